import { test, expect } from '@playwright/test';
import { answer, demoAccount, publishAsTrainer, signIn } from './helpers';

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
