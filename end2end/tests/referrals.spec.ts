import { test, expect } from '@playwright/test';
import { demoAccount, openMenu, signIn, signOutAny } from './helpers';

// On a phone, JavaScript off: an officer in Lebanon, reading Arabic, finds the women's shelter
// in Beirut that speaks Arabic, and its number is a tap-to-call link.
test('a trainee in Lebanon finds an Arabic-speaking shelter for women in Beirut on a phone, JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const trainee = await demoAccount(page, /Trainee, General Security, Beirut/);
  await signIn(page, trainee.email, trainee.password);
  const started = Date.now();
  await page.goto('/');
  await openMenu(page);
  await page.locator('.site-nav a[href="/referrals"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('select[name="country"]')).toHaveValue('LB');
  await page.locator('select[name="city"]').selectOption('Beirut');
  await page.locator('select[name="kind"]').selectOption('shelter');
  await page.locator('select[name="serves"]').selectOption('women');
  await page.locator('select[name="language"]').selectOption('ar');
  await page.locator('.referral-filters button[type="submit"]').click();
  const cards = page.locator('article.referral');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('دار إيواء النساء، بيروت');
  const call = cards.first().locator('a.call').first();
  await expect(call).toHaveAttribute('href', /^tel:\+9610000040\d$/);
  await expect(cards.first().locator('.demo-badge')).toBeVisible();
  await page.waitForLoadState();
  const box = await call.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  // Nothing wider than the phone (layout only: the page's own scripts are off).
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  console.log(`found the shelter in ${Date.now() - started} ms of page loads`);

  // The printable sheet of the city.
  await page.locator('a[href^="/referrals/sheet"][href*="Beirut"]').click();
  await expect(page.locator('.contact-sheet a[href^="tel:"]').first()).toBeVisible();
  await expect(page.locator('.contact-sheet')).not.toContainText('طرابلس');
  await signOutAny(page);
  await context.close();
});

// The coordinator of Jordan sees the stale entries flagged, verifies one, and adds an entry
// whose hostile name stays text.
test('the coordinator of Jordan verifies a stale entry and adds one', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const coordinator = await demoAccount(page, /Country coordinator, Jordan/);
  await signIn(page, coordinator.email, coordinator.password);
  await page.goto('/');
  await expect(page.locator('.notice.warning')).toContainText('not been verified for six months');
  await page.goto('/directory');
  await expect(page.locator('h1')).toContainText('Jordan');
  const stale = await page.locator('tr.row-error').count();
  expect(stale).toBeGreaterThan(0);
  await page.locator('tr.row-error').first().getByRole('button', { name: 'Still correct: mark verified today' }).click();
  await expect(page.getByText('Marked as verified today.')).toBeVisible();
  await expect(page.locator('tr.row-error')).toHaveCount(stale - 1);

  await page.getByRole('link', { name: 'Add an entry' }).click();
  await page.locator('#entry-city').fill('Irbid');
  await page.locator('#entry-kind').selectOption('legal_aid');
  await page.locator('#entry-phones').fill('call us');
  const name = `<img src=x onerror=alert(1)> Legal aid, Irbid ${Date.now()}`;
  await page.locator('#entry-en-name').fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.field-error')).toContainText('does not start with a phone number');
  await expect(page.locator('#entry-en-name')).toHaveValue(name);
  await page.locator('#entry-phones').fill('+962 0 000 0399 Office');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('The entry is in the directory, verified today.')).toBeVisible();
  await expect(page.locator('main')).toContainText(name);
  await expect(page.locator('main img')).toHaveCount(0);
  // Lebanon's directory is not theirs to keep.
  const response = await page.goto('/directory/LB');
  expect(response!.status()).toBe(404);
  await signOutAny(page);
  await context.close();
});
