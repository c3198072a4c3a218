import { test, expect } from '@playwright/test';
import { answer, demoAccount, learnerText, openMenu, publishAsTrainer, setLanguage, signIn, signOut, signOutAny, submitQuiz } from './helpers';

test('a supervisor assigns with a due date, the trainee completes it, the dashboard shows it; an admin downloads the country CSV', async ({ page }) => {
  const title = 'Referral basics (assigned)';
  await publishAsTrainer(page, 'referral-basics-assigned', title);

  const supervisor = await demoAccount(page, /Supervisor, Public Security/);
  await signIn(page, supervisor.email, supervisor.password);
  await openMenu(page);
  await page.getByRole('navigation').getByRole('link', { name: 'My agency' }).click();
  await page.getByLabel('Module', { exact: true }).selectOption({ label: title });
  await page.getByLabel('Due date (optional)').fill('2099-12-31');
  await page.getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByText('Assigned to the whole agency.')).toBeVisible();
  await signOut(page);

  const trainee = await demoAccount(page, /Trainee, Public Security/);
  await signIn(page, trainee.email, trainee.password);
  await setLanguage(page, 'ar'); // as the demo has them; another test may have switched
  await page.goto('/');
  const card = page.locator('.module-card', { hasText: title });
  await expect(card.locator('.assigned')).toContainText(`${learnerText.ar.due} 31 ديسمبر 2099`);
  await card.getByRole('link', { name: title }).click();
  await page.getByRole('link', { name: 'Screen and refer' }).click();
  await page.getByRole('button', { name: learnerText.ar.doneBack }).click();
  await page.getByRole('button', { name: learnerText.ar.startQuiz }).click();
  await answer(page, true);
  await submitQuiz(page, learnerText.ar);
  await expect(page.locator('#result h2')).toContainText(learnerText.ar.passed100);
  await signOutAny(page);

  await signIn(page, supervisor.email, supervisor.password);
  await page.goto('/agency');
  const column = await page.locator('table.matrix thead th').allInnerTexts();
  const index = column.findIndex((t) => t.includes(title));
  expect(index).toBeGreaterThan(0);
  const row = page.locator('table.matrix tbody tr', { hasText: trainee.email });
  await expect(row.locator('td').nth(index - 1)).toHaveAttribute('data-status', 'passed');
  // Only people with a passed module, then their own page.
  await page.getByLabel('Show').selectOption('passed');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/status=passed/);
  await page.locator('table.matrix tbody tr', { hasText: trainee.email }).getByRole('link').click();
  await expect(page.locator('#person-modules tr', { hasText: title }).locator('td').first()).toHaveAttribute('data-status', 'passed');
  await expect(page.locator('#person-attempts')).toContainText('passed');
  await signOut(page);

  const admin = await demoAccount(page, /Admin/);
  await signIn(page, admin.email, admin.password);
  await page.goto('/reports/countries');
  await expect(page.locator('#country-table')).toContainText(title);
  // On a phone the narrow drawing is the one shown.
  await expect(page.locator('figure.chart svg.chart-narrow').first()).toBeVisible();
  await expect(page.locator('figure.chart svg.chart-wide').first()).toBeHidden();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
  const path = await download.path();
  const bytes = require('fs').readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('Jordan completed');
});

test('without JavaScript, a supervisor finds who is overdue and an admin opens one country by agency', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const supervisor = await demoAccount(page, /Supervisor, Public Security/);
  await signIn(page, supervisor.email, supervisor.password);
  await page.goto('/agency');
  await page.getByLabel('Show').selectOption('overdue');
  await page.getByLabel('Sort by').selectOption('overdue');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/status=overdue&sort=overdue/);
  // The URL changes as the page starts to load: the rows are counted once it has.
  await page.waitForLoadState();
  const shown = await page.locator('table.matrix tbody tr').count();
  const overdue = await page.locator('table.matrix tbody tr:has(td[data-status="overdue"])').count();
  expect(shown).toBeGreaterThan(0);
  expect(overdue).toBe(shown);
  await expect(page.getByText(/of \d+ people shown/)).toContainText(`${shown} of`);
  await signOut(page);

  const admin = await demoAccount(page, /Admin/);
  await signIn(page, admin.email, admin.password);
  await page.goto('/reports/countries');
  await page.getByRole('link', { name: 'Jordan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Completion in Jordan');
  await expect(page.locator('#country-agencies')).toContainText('Public Security');
  await expect(page.locator('#country-kinds')).toContainText('Law enforcement');
  // By kind of agency, per month, and the knowledge gain per kind of agency.
  await expect(page.locator('figure.chart svg.chart-wide')).toHaveCount(3);
  await expect(page.locator('figure.chart svg.chart-narrow')).toHaveCount(3);
  await expect(page.locator('#country-gain .headline')).toContainText('took both tests');
  await expect(page.locator('#country-gain-table')).toContainText('Law enforcement');
  await context.close();
});
