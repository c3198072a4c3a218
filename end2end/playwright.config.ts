import { defineConfig, devices } from '@playwright/test';

// The server under test: started by test.sh (or by Playwright below when run alone) on its own
// port and a throwaway SQLite file, so a developer's running instance is never touched.
const baseURL = process.env.FRONTLINE_E2E_URL ?? 'http://127.0.0.1:3100';

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  // Head room for a busy CI machine (a fresh clone's run is twice as slow as a warm one): a
  // hang still fails, a slow first hydration or sign-in (argon2) does not.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright must never download a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' } },
  ],
  webServer: process.env.FRONTLINE_E2E_URL
    ? undefined
    : {
        command: 'target/debug/frontline serve',
        cwd: '..',
        url: `${baseURL}/healthz`,
        reuseExistingServer: false,
        timeout: 60_000,
        env: {
          FRONTLINE_ADDR: '127.0.0.1:3100',
          DATABASE_URL: process.env.FRONTLINE_E2E_DATABASE_URL ?? 'sqlite://target/e2e/frontline.db?mode=rwc',
          LEPTOS_OUTPUT_NAME: 'frontline',
          LEPTOS_SITE_ROOT: 'target/site',
          LEPTOS_SITE_PKG_DIR: 'pkg',
          FRONTLINE_LOG: 'warn',
          // Demo accounts to sign in with; plain HTTP on localhost, so no Secure cookie.
          FRONTLINE_DEMO: 'true',
          FRONTLINE_SECURE_COOKIES: 'false',
        },
      },
});
