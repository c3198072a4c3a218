import { test, expect } from '@playwright/test';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page is complete server-rendered HTML', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Recognise, protect and refer victims of trafficking',
    );
    await expect(page.getByRole('button', { name: 'Check connection' })).toBeVisible();
    // The stylesheet applied: the header has the accent background.
    await expect(page.locator('.site-header')).toHaveCSS('background-color', 'rgb(11, 90, 122)');
    // No wasm ran.
    await expect(page.locator('body')).not.toHaveAttribute('data-hydrated', 'true');
  });

  test('a visitor picks the language on the sign-in page, and it stays', async ({ page }) => {
    await page.goto('/sign-in?next=/account');
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect(page).toHaveURL(/\/sign-in\?next=\/account$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('تسجيل الدخول');
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });

  test('an unknown page answers 404 with a way home', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('link', { name: 'Back to the home page' })).toBeVisible();
  });
});

test.describe('with JavaScript', () => {
  test('islands hydrate and the connection check asks the server', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    await page.getByRole('button', { name: 'Check connection' }).click();
    await expect(page.locator('.connection-check output')).toContainText('Connected to Frontline');
    expect(errors).toEqual([]);
  });
});

test.describe('in Arabic', () => {
  test.use({ locale: 'ar-JO' });

  test('the page is right-to-left and translated', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('button', { name: 'تحقّق من الاتصال' })).toBeVisible();
  });
});
