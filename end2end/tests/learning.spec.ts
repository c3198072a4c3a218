import { test, expect, Page } from '@playwright/test';
import { demoAccount, signIn } from './helpers';

/** A tiny module the trainee can pass by reading the labels: one lesson, two questions. */
function moduleDocument(slug: string, title: string) {
  const option = (text: string, correct: boolean) => ({ text, correct, position: null, match: null, feedback: correct ? 'Right.' : 'Not this one.' });
  return JSON.stringify({
    format: 'frontline.module/1', slug, title, summary: 'End-to-end check.', language: 'en',
    estimated_minutes: 5, agency_kinds: [], pass_mark_percent: 100, max_attempts: null,
    time_limit_minutes: null, questions_per_attempt: null, shuffle_questions: true, shuffle_options: true,
    lessons: [{ title: 'Screen and refer', body_markdown: 'Front-line staff **screen and refer**; specialists identify.' }],
    questions: [
      { kind: 'single', prompt: 'Who formally identifies a victim?', scenario: null, explanation: 'Specialists, after referral.', points: 1,
        options: [option('Specialists after referral', true), option('The first officer on the scene', false), option('The interpreter', false)] },
      { kind: 'true_false', prompt: 'Indicators are proof of trafficking.', scenario: null, explanation: 'They are prompts to look further.', points: 1,
        options: [option('True', false), option('False', true)] },
    ],
  });
}

async function publishAsTrainer(page: Page, slug: string, title: string) {
  const trainer = await demoAccount(page, /Trainer/);
  await signIn(page, trainer.email, trainer.password);
  await page.goto('/author');
  await page.getByLabel('Module file').setInputFiles({ name: `${slug}.json`, mimeType: 'application/json', buffer: Buffer.from(moduleDocument(slug, title)) });
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('button', { name: 'Publish this version' }).click();
  await expect(page.locator('.version-status')).toContainText('published');
  await page.locator('.site-nav button').click();
}

async function answer(page: Page, right: boolean) {
  await page.getByLabel(right ? 'Specialists after referral' : 'The interpreter').check();
  await page.getByLabel(right ? 'False' : 'True').check();
}

for (const javaScriptEnabled of [true, false]) {
  test(`a trainee studies, fails, passes and verifies the certificate (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const title = `Referral basics ${javaScriptEnabled ? 'js' : 'nojs'}`;
    await publishAsTrainer(page, `referral-basics-${javaScriptEnabled ? 'js' : 'nojs'}`, title);

    const trainee = await demoAccount(page, /Trainee, Public Security/);
    await signIn(page, trainee.email, trainee.password);
    await page.locator('.module-card', { hasText: title }).getByRole('link', { name: title }).click();
    await page.getByRole('link', { name: 'Screen and refer' }).click();
    await expect(page.locator('.lesson-body strong')).toHaveText('screen and refer');
    await page.getByRole('button', { name: 'Done — back to the module' }).click();
    await expect(page.locator('.lesson-list li.read')).toHaveCount(1);

    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await answer(page, false);
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.locator('#result h2')).toContainText('Not passed yet');
    await expect(page.locator('#result')).toContainText('Specialists, after referral.'); // explanation after submission

    await page.getByRole('link', { name: 'Back to the module' }).click();
    await page.getByRole('button', { name: 'Try again' }).click();
    // A reload in the middle of the attempt keeps the answers.
    if (javaScriptEnabled) await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    await answer(page, true);
    if (javaScriptEnabled) {
      await expect(page.locator('.autosave')).toContainText('Answers saved');
    } else {
      await page.getByRole('button', { name: 'Save answers' }).click();
      await expect(page.getByText('Your answers are saved.')).toBeVisible();
    }
    await page.reload();
    await expect(page.getByLabel('Specialists after referral')).toBeChecked();
    await expect(page.getByLabel('False')).toBeChecked();
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.locator('#result h2')).toContainText('Passed — 100 %');

    await page.getByRole('link', { name: 'Back to the module' }).click();
    await page.getByRole('link', { name: 'Your certificate' }).click();
    await expect(page.locator('.certificate-module')).toHaveText(title);
    const code = (await page.locator('.certificate-code strong').innerText()).trim();
    await page.locator('.site-nav button').click();

    await page.goto(`/verify/${code}`);
    await expect(page.locator('.verified')).toContainText(`completed “${title}”`);
    await context.close();
  });
}
