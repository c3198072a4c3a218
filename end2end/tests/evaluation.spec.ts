import { test, expect } from '@playwright/test';
import { answer, demoAccount, publishAsTrainer, setLanguage, signIn, signOutAny, submitQuiz } from './helpers';

// A trainee takes the pre-test, the lessons, the post-test and the survey; with JavaScript on
// and off. The pre-test's result shows the score and nothing of the key.
for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'js' : 'nojs';
  test(`a trainee takes the pre-test, the lessons, the post-test and the survey (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const title = `Referral with a pre-test ${mode}`;
    await publishAsTrainer(page, `referral-pretest-${mode}`, title, { pretest: 'required' });

    const trainee = await demoAccount(page, /Trainee, General Security/);
    await signIn(page, trainee.email, trainee.password);
    await setLanguage(page, 'en');
    await page.goto('/learning');
    await page.locator('.module-card', { hasText: title }).getByRole('link', { name: title }).click();
    await expect(page.locator('#pretest')).toContainText('shows no answers');
    await expect(page.getByRole('link', { name: 'Screen and refer' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Skip the pre-test' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Start the pre-test' }).click();
    await expect(page.locator('h1')).toHaveText('Pre-test');
    await answer(page, false);
    await submitQuiz(page);
    await expect(page.locator('#result')).toContainText('Pre-test recorded: you scored 0 %');
    await expect(page.locator('main')).not.toContainText('Specialists, after referral.');
    await expect(page.locator('main')).not.toContainText('Not this one.');

    await page.getByRole('link', { name: 'Back to the module' }).click();
    await expect(page.locator('main')).toContainText('Your pre-test score: 0 %');
    await page.getByRole('link', { name: 'Screen and refer' }).click();
    await page.getByRole('button', { name: 'Done — back to the module' }).click();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(page.locator('h1')).toContainText('1');
    await answer(page, true);
    await submitQuiz(page);
    await expect(page.locator('#result h2')).toContainText('Passed — 100 %');

    await page.getByRole('link', { name: 'Back to the module' }).click();
    const survey = page.locator('#survey');
    await expect(survey).toBeVisible();
    await survey.getByRole('group', { name: 'How relevant was this module to your work?' }).getByRole('radio', { name: '5 — very much' }).check();
    await survey.getByRole('group', { name: /Before the module/ }).getByRole('radio', { name: '2', exact: true }).check();
    await survey.getByRole('group', { name: 'And now, after the module?' }).getByRole('radio', { name: '4', exact: true }).check();
    await survey.getByLabel(/What was missing/).fill(`<img src=x onerror=alert(1)> shelters in Beirut ${mode}`);
    await survey.getByRole('button', { name: 'Send answers' }).click();
    await expect(page.getByText('Thank you: your answers are kept without your name.')).toBeVisible();
    await expect(page.locator('#survey')).toHaveCount(0);
    await signOutAny(page);
    await context.close();
  });
}

test('an admin reads the knowledge gain, opens a country and downloads its programme summary', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const admin = await demoAccount(page, /Admin/);
  await signIn(page, admin.email, admin.password);
  await page.goto('/reports/evaluation');
  await expect(page.locator('.headline')).toContainText('took both tests');
  await expect(page.locator('#gain-by-country-table')).toContainText('Jordan');
  await expect(page.locator('figure.chart').first()).toBeVisible();
  await expect(page.locator('#survey-summary')).toContainText('What was missing');
  // What trainees wrote is shown as text, never run.
  await expect(page.locator('#survey-summary img')).toHaveCount(0);

  await page.locator('#gain-by-country-table').getByRole('link', { name: 'Jordan' }).click();
  await expect(page.locator('h1')).toHaveText('Knowledge gain in Jordan');
  await expect(page.locator('#gain-by-cohort-table tbody tr').first()).toBeVisible();
  await page.getByRole('link', { name: 'Programme summary' }).click();
  await expect(page.locator('article.programme h1')).toContainText('Programme summary: Jordan');
  await expect(page.locator('.programme-facts')).toContainText('Took both tests');
  // Printed, it is the summary alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('form.filters')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
  const bytes = require('fs').readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8');
  expect(csv).toContain('both tests,');
  expect(csv).toContain('country,Jordan');
  await context.close();
});
