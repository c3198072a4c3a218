import { test, expect } from '@playwright/test';
import { answer, demoAccount, learnerText, publishAsTrainer, setLanguage, signIn, signOutAny, submitQuiz } from './helpers';

// The demo trainee reads Arabic: with JavaScript in Arabic; without, after switching to English.
for (const javaScriptEnabled of [true, false]) {
  const lang = javaScriptEnabled ? 'ar' : 'en';
  const t = learnerText[lang];
  test(`a trainee studies, fails, passes and verifies the certificate (JavaScript ${javaScriptEnabled ? 'on' : 'off'}, ${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const title = `Referral basics ${javaScriptEnabled ? 'js' : 'nojs'}`;
    await publishAsTrainer(page, `referral-basics-${javaScriptEnabled ? 'js' : 'nojs'}`, title);

    const trainee = await demoAccount(page, /Trainee, Public Security/);
    await signIn(page, trainee.email, trainee.password);
    await setLanguage(page, lang);
    await page.goto('/');
    await page.locator('.module-card', { hasText: title }).getByRole('link', { name: title }).click();
    await page.getByRole('link', { name: 'Screen and refer' }).click();
    await expect(page.locator('.lesson-body strong')).toHaveText('screen and refer');
    await page.getByRole('button', { name: t.doneBack }).click();
    await expect(page.locator('.lesson-list li.read')).toHaveCount(1);

    await page.getByRole('button', { name: t.startQuiz }).click();
    await answer(page, false);
    await submitQuiz(page, t);
    await expect(page.locator('#result h2')).toContainText(t.notPassed);
    // Failed with attempts left: right and wrong in words, but no key and no explanation.
    await expect(page.locator('#result .outcome').first()).toContainText(t.wrong);
    await expect(page.locator('#result .key-note')).toContainText(t.keyLater);
    await expect(page.locator('#result')).not.toContainText('Specialists, after referral.');
    await expect(page.locator('#result')).not.toContainText(t.aRightAnswer);

    await page.getByRole('link', { name: t.backToModule }).click();
    await page.getByRole('button', { name: t.tryAgain }).click();
    // A reload in the middle of the attempt keeps the answers.
    if (javaScriptEnabled) await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    await answer(page, true);
    if (javaScriptEnabled) {
      await expect(page.locator('.autosave')).toContainText(t.answersSaved);
    } else {
      await page.getByRole('button', { name: t.saveAnswers }).click();
      await expect(page.getByText('Your answers are saved.')).toBeVisible();
    }
    await page.reload();
    await expect(page.getByLabel('Specialists after referral')).toBeChecked();
    await expect(page.getByLabel('False')).toBeChecked();
    await submitQuiz(page, t);
    await expect(page.locator('#result h2')).toContainText(t.passed100);
    // Passed: the key and the explanations, said in words.
    await expect(page.locator('#result')).toContainText('Specialists, after referral.');
    await expect(page.locator('#result')).toContainText(t.aRightAnswer);
    await expect(page.locator('#result .key-note')).toHaveCount(0);

    await page.getByRole('link', { name: t.backToModule }).click();
    await page.getByRole('link', { name: t.yourCertificate }).click();
    await expect(page.locator('.certificate-module')).toHaveText(title);
    const code = (await page.locator('.certificate-code strong').innerText()).trim();
    await signOutAny(page);

    await page.goto(`/verify/${code}`);
    await expect(page.locator('.verified')).toContainText(`completed “${title}”`);
    await context.close();
  });
}
