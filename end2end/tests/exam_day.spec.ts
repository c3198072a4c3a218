import { test, expect } from '@playwright/test';
import { demoAccount, publishAsTrainer, setLanguage, signIn } from './helpers';

// A busy server answers the quiz's autosave 503 with Retry-After: the island sends nothing more
// until the wait is over (the answers meanwhile stay on the phone), then saves.
test('the quiz autosave waits out a busy server, then saves', async ({ browser }) => {
  // Two waits of up to 20 s each (hydration, the save after Retry-After) in one test.
  test.setTimeout(90_000);
  // Without the service worker, so that the page's own requests are the ones routed here.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const title = 'Busy exam day';
  await publishAsTrainer(page, 'busy-exam-day', title);
  const trainee = await demoAccount(page, /Trainee, (?!Public Security)/);
  await signIn(page, trainee.email, trainee.password);
  await setLanguage(page, 'en');
  await page.goto('/');
  await page.locator('.module-card', { hasText: title }).getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });

  const sent: number[] = [];
  await page.route('**/api/learning/save_answers', async (route) => {
    sent.push(Date.now());
    if (sent.length === 1) {
      await route.fulfill({
        status: 503,
        headers: { 'Retry-After': '4', 'Content-Type': 'application/json' },
        body: JSON.stringify({ Busy: { retry_after: 4 } }),
      });
    } else {
      await route.continue();
    }
  });
  await page.getByLabel('The interpreter').check();
  await expect(page.locator('.autosave')).toContainText('Not saved');
  // Another answer during the wait: kept, not sent (the gap between the two saves below shows
  // that nothing went before Retry-After had passed).
  await page.getByLabel('True').check();
  await expect(page.locator('.autosave')).toContainText('Answers saved', { timeout: 20_000 });
  expect(sent.length).toBeGreaterThanOrEqual(2);
  expect(sent[1] - sent[0]).toBeGreaterThanOrEqual(4000);
  // What was saved is both answers, the one given during the wait among them.
  await page.reload();
  await expect(page.getByLabel('True')).toBeChecked();
  await expect(page.getByLabel('The interpreter')).toBeChecked();
  await setLanguage(page, 'ar');
  await context.close();
});
