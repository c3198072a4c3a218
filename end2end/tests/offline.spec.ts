import { BrowserContext, chromium, devices, expect, Page, test } from '@playwright/test';
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { answer, demoAccount, hydrated, publishAsTrainer, setLanguage, signIn, signOutAny } from './helpers';

// Offline use with a service worker: a phone that keeps a module, loses the network, reads,
// answers, is switched off, and comes back online the next day.

const chromiumOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/** A phone's browser whose storage outlives a restart (the same profile directory each time). */
async function phone(profile: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { ...devices['Pixel 7'], ...chromiumOptions, baseURL });
}

/** Waits until the service worker controls the page (the page is then seen by it). */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const waitingCount = (page: Page) => page.evaluate(() => new Promise<number>((resolve) => {
  navigator.serviceWorker.addEventListener('message', (e) => e.data.type === 'answer' && e.data.id === -1 && resolve(e.data.value.length));
  navigator.serviceWorker.controller!.postMessage({ type: 'waiting', id: -1 });
}));

test('a trainee keeps a module, reads and answers offline, restarts the phone and finds the attempt scored once', async ({ page }, info) => {
  test.setTimeout(120_000);
  const baseURL = info.project.use.baseURL!;
  await publishAsTrainer(page, 'offline-e2e', 'Offline check');
  const trainee = await demoAccount(page, /Trainee, (?!Public Security)/);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-phone-'));

  let ctx = await phone(profile, baseURL);
  let tab = ctx.pages()[0] ?? await ctx.newPage();
  await signIn(tab, trainee.email, trainee.password);
  await setLanguage(tab, 'en');
  await controlled(tab);
  await tab.goto('/learning');
  await tab.getByRole('link', { name: 'Offline check' }).first().click();
  const modulePage = new URL(tab.url()).pathname;

  // Kept on request: "Available offline", with a way to remove it.
  const copy = tab.locator('#offline-copy');
  await expect(copy.getByRole('button', { name: 'Keep for offline reading' })).toBeVisible();
  await copy.getByRole('button').click();
  await expect(copy).toContainText('Available offline');
  await expect(copy.getByRole('button', { name: 'Remove the offline copy' })).toBeVisible();
  // The account page says how much the phone keeps.
  await tab.goto('/account');
  await expect(tab.locator('#offline-storage')).toContainText('Kept on this phone for offline use:');

  // The quiz is started online, then the network goes.
  await tab.goto(modulePage);
  await tab.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(tab.getByRole('button', { name: 'Submit' })).toBeVisible();
  // Hydrated online: the quiz's script and wasm are in the worker's cache for the offline visits.
  await hydrated(tab);
  const attemptPage = new URL(tab.url()).pathname;
  await tab.goto(modulePage);
  await ctx.setOffline(true);

  // Every lesson reads offline; "done" waits on the phone and goes on to the module.
  await tab.locator('.lesson-list a').first().click();
  await expect(tab.locator('article.lesson h1')).toHaveText('Screen and refer');
  await tab.getByRole('button', { name: 'Done — back to the module' }).click();
  await expect(tab).toHaveURL(new RegExp(`${modulePage}$`));
  await expect(tab.locator('#sync-status')).toContainText('Offline');
  await expect(tab.locator('#sync-status')).toContainText('Waiting to be sent: 1');
  // A page that was never opened says the phone is offline, in the reader's language.
  await tab.goto('/admin/never-opened');
  await expect(tab.locator('h1')).toHaveText('You are offline');

  // Answers given offline are kept as they are given (by the quiz's island), through a reload...
  await tab.goto(attemptPage);
  await hydrated(tab);
  await answer(tab, true);
  await expect(tab.locator('#sync-status')).toContainText('Waiting to be sent: 2');
  await tab.reload();
  await expect(tab.getByLabel('Specialists after referral')).toBeChecked();
  await expect(tab.getByLabel('False')).toBeChecked();
  // ...and through the browser's restart.
  await ctx.close();
  ctx = await phone(profile, baseURL);
  await ctx.setOffline(true);
  tab = ctx.pages()[0] ?? await ctx.newPage();
  await tab.goto(attemptPage);
  await hydrated(tab);
  await expect(tab.getByLabel('Specialists after referral')).toBeChecked();
  await expect(tab.getByLabel('False')).toBeChecked();

  // Submitted offline: kept, and said so.
  // Offline, the server's confirmation page cannot come: the browser asks instead.
  tab.once('dialog', dialog => dialog.accept());
  await tab.getByRole('button', { name: 'Submit' }).click();
  await expect(tab.locator('#sync-status')).toContainText('Your submission is kept on this phone');
  // The submission and, unless the browser's background sync sent it as the phone restarted, the
  // lesson marked read.
  expect(await waitingCount(tab)).toBeGreaterThanOrEqual(1);

  // Back online: the outbox is sent (asked three times at once, as a flaky network would), the
  // result appears, and the attempt was scored once.
  await ctx.setOffline(false);
  // (The page may already be on its way to the result: going online sent the outbox.)
  await tab.evaluate(() => {
    for (let i = 0; i < 3; i++) navigator.serviceWorker.controller!.postMessage({ type: 'replay', id: 100 + i });
  }).catch(() => {});
  await expect(tab.getByText('Passed — 100 %')).toBeVisible({ timeout: 20_000 });
  // The result may show before the worker has crossed the last item off.
  await expect.poll(() => waitingCount(tab), { timeout: 10_000 }).toBe(0);
  await tab.goto(modulePage);
  await expect(tab.locator('.lesson-list li.read')).toHaveCount(1);
  await expect(tab.locator('table.attempts tbody tr')).toHaveCount(1);
  await expect(tab.locator('#sync-status')).toContainText('Last sent at');

  // The offline copy can be removed.
  await tab.locator('#offline-copy').getByRole('button', { name: 'Remove the offline copy' }).click();
  await expect(tab.locator('#offline-copy').getByRole('button', { name: 'Keep for offline reading' })).toBeVisible();

  // Signed out, a shared phone keeps nothing of this person.
  await setLanguage(tab, 'ar');
  await signOutAny(tab);
  await expect(tab).toHaveURL(/signed_out=1/);
  expect(await tab.evaluate(async () => {
    let kept = 0; // pages and waiting forms; the styles and scripts may stay
    for (const name of await caches.keys()) {
      if (!name.startsWith('frontline-static-')) kept += (await (await caches.open(name)).keys()).length;
    }
    return kept;
  })).toBe(0);
  expect(await tab.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('frontline:')))).toEqual([]);
  await ctx.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

/** A second server on its own port and (demo) database, named after `release`. */
function serve(port: number, database: string, release: string): Promise<ChildProcess> {
  const server = spawn('target/debug/frontline', ['serve'], {
    cwd: path.resolve(__dirname, '../..'),
    env: {
      ...process.env, FRONTLINE_ADDR: `127.0.0.1:${port}`, DATABASE_URL: `sqlite://${database}?mode=rwc`,
      LEPTOS_OUTPUT_NAME: 'frontline', LEPTOS_SITE_ROOT: 'target/site', LEPTOS_SITE_PKG_DIR: 'pkg',
      FRONTLINE_LOG: 'warn', FRONTLINE_SECURE_COOKIES: 'false', FRONTLINE_RELEASE: release, FRONTLINE_DEMO: 'true',
    },
    stdio: 'ignore',
  });
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok ? resolve(server) : Promise.reject())
      .catch(() => Date.now() - started > 30_000 ? reject(new Error('server did not start')) : setTimeout(poll, 200));
    poll();
  });
}

async function stop(server: ChildProcess) {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

test('a new release replaces the service worker and removes the old caches', async ({ browser }) => {
  test.setTimeout(90_000);
  const port = 3100 + 50 + Math.floor(Math.random() * 40);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-release-'));
  const database = path.join(dir, 'frontline.db');
  const origin = `http://127.0.0.1:${port}`;
  let server = await serve(port, database, 'first');
  const context = await browser.newContext({ baseURL: origin });
  try {
    const tab = await context.newPage();
    const trainee = await demoAccount(tab, /Trainee/);
    await signIn(tab, trainee.email, trainee.password);
    await controlled(tab);
    await tab.reload(); // the second page goes through the worker, which keeps the styles
    await expect.poll(() => cacheNames(tab)).toContain('frontline-static-first');

    await stop(server);
    server = await serve(port, database, 'second');
    await tab.reload();
    // The browser checks /sw.js on its own after a navigation, when it gets round to it; the test
    // asks at once. The new worker installs, takes over and drops the caches of the first.
    await expect.poll(async () => {
      await tab.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
      await tab.reload();
      return cacheNames(tab);
    }, { timeout: 30_000 }).toContain('frontline-static-second');
    expect(await cacheNames(tab)).not.toContain('frontline-static-first');
    await expect(tab.locator('h1')).toBeVisible();
  } finally {
    await context.close();
    await stop(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a save replayed out of order never rolls the answers back', async ({ page }) => {
  await publishAsTrainer(page, 'offline-seq-e2e', 'Sequence check');
  const trainee = await demoAccount(page, /Trainee, (?!Public Security)/);
  await signIn(page, trainee.email, trainee.password);
  await setLanguage(page, 'en');
  await page.goto('/learning');
  await page.getByRole('link', { name: 'Sequence check' }).first().click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const attempt = new URL(page.url()).pathname.split('/').pop()!;
  // As a phone's queue would send them: save 5, then a late save 3, then 5 again.
  const statuses = await page.evaluate(async (attempt) => {
    const save = (answer: string, seq: string) => fetch('/api/learning/save_answers', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ attempt_id: attempt, 'answers[q0]': answer, seq }),
    }).then((r) => r.status);
    return [await save('1', '5'), await save('0', '3'), await save('0', '5')];
  }, attempt);
  expect(statuses).toEqual([200, 200, 200]);
  await page.reload();
  await expect(page.locator('input[name="answers[q0]"][value="1"]')).toBeChecked();
  await expect(page.locator('input[name="answers[q0]"][value="0"]')).not.toBeChecked();
  await setLanguage(page, 'ar');
});

test("another site's form is never queued by the worker", async ({ page }) => {
  const trainee = await demoAccount(page, /Trainee, (?!Public Security)/);
  await signIn(page, trainee.email, trainee.password);
  await controlled(page);
  const origin = new URL(page.url()).origin;
  // Offline, a page that is not Frontline posts a form to it: the worker must not keep it to send
  // later from Frontline's own origin, with the trainee's cookie.
  await page.goto('about:blank');
  await page.setContent(`<form method="post" action="${origin}/api/learning/mark_read?then=/">
    <input name="module_id" value="1"><input name="lesson_id" value="1"><button>go</button></form>`);
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'go' }).click();
  await page.waitForLoadState().catch(() => {});
  await page.context().setOffline(false);
  await page.goto(`${origin}/learning`);
  await controlled(page);
  expect(await waitingCount(page)).toBe(0);
  await signOutAny(page);
});
