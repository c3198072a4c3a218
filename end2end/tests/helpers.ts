import { expect, Page } from '@playwright/test';

/** The demo sign-in of a role, as the sign-in page shows it in demo mode. */
export async function demoAccount(page: Page, note: RegExp): Promise<{ email: string; password: string }> {
  await page.goto('/sign-in');
  const row = page.locator('.demo tr', { hasText: note }).first();
  await expect(row).toBeVisible();
  return {
    email: (await row.locator('.demo-email').innerText()).trim(),
    password: (await row.locator('.demo-password').innerText()).trim(),
  };
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Opens the header's menu where it is folded (a phone), so that its links and Sign out show. */
export async function openMenu(page: Page) {
  const summary = page.locator('.site-menu > summary');
  // A click returns as the next page starts to load: its header may not be parsed yet.
  await expect(summary).toBeAttached();
  if (await summary.isVisible() && (await page.locator('.site-menu').getAttribute('open')) === null) {
    await summary.click();
  }
  await expect(page.locator('.site-nav')).toBeVisible();
}

/** Waits until the page's islands run (the app marks the body when they have hydrated). */
export async function hydrated(page: Page) {
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
}

/** Signs out through the header's menu, in any language. */
export async function signOutAny(page: Page) {
  await openMenu(page);
  await page.locator('.site-nav button').click();
}

/** "Submit…" on the quiz, then "Submit now" on the page that asks to confirm. */
export async function submitQuiz(page: Page, t: { submit: string; submitNow: string } = learnerText.en) {
  await page.locator('button[name="action"][value="review"]').click();
  await expect(page.locator('.submit-review')).toBeVisible();
  await page.getByRole('button', { name: t.submitNow }).click();
}

export async function signOut(page: Page) {
  await openMenu(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You are signed out.')).toBeVisible();
}

/** A tiny module the trainee can pass by reading the labels: one lesson, two questions. */
export function moduleDocument(slug: string, title: string, settings: Record<string, unknown> = {}) {
  const option = (text: string, correct: boolean) => ({ text, correct, position: null, match: null, feedback: correct ? 'Right.' : 'Not this one.' });
  return JSON.stringify({
    format: 'frontline.module/2', slug, title, summary: 'End-to-end check.', language: 'en',
    estimated_minutes: 5, agency_kinds: [], pass_mark_percent: 100, max_attempts: null,
    time_limit_minutes: null, questions_per_attempt: null, shuffle_questions: true, shuffle_options: true, ...settings,
    lessons: [{ title: 'Screen and refer', body_markdown: 'Front-line staff **screen and refer**; specialists identify.' }],
    questions: [
      { kind: 'single', prompt: 'Who formally identifies a victim?', scenario: null, explanation: 'Specialists, after referral.', points: 1,
        options: [option('Specialists after referral', true), option('The first officer on the scene', false), option('The interpreter', false)] },
      { kind: 'true_false', prompt: 'Indicators are proof of trafficking.', scenario: null, explanation: 'They are prompts to look further.', points: 1,
        options: [option('True', false), option('False', true)] },
    ],
  });
}

export async function publishAsTrainer(page: Page, slug: string, title: string, settings: Record<string, unknown> = {}) {
  const trainer = await demoAccount(page, /Trainer/);
  await signIn(page, trainer.email, trainer.password);
  await page.goto('/author');
  await page.getByLabel('Module file').setInputFiles({ name: `${slug}.json`, mimeType: 'application/json', buffer: Buffer.from(moduleDocument(slug, title, settings)) });
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('button', { name: 'Publish this version' }).click();
  await expect(page.locator('.version-status')).toContainText('published');
  await signOutAny(page);
}

export async function answer(page: Page, right: boolean) {
  await page.getByLabel(right ? 'Specialists after referral' : 'The interpreter').check();
  await page.getByLabel(right ? 'False' : 'True').check();
}


/** Sets the signed-in person's language on their account page (by field names: any language). */
export async function setLanguage(page: Page, code: 'en' | 'ar' | 'fr' | 'tr') {
  await page.goto('/account');
  await page.locator('form[action="/api/account/update_profile"] select[name="locale"]').selectOption(code);
  await page.locator('form[action="/api/account/update_profile"] button[type="submit"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

/** What a trainee clicks and reads while learning, in each language. */
export const learnerText = {
  en: {
    doneBack: 'Done — back to the module', startQuiz: 'Start the quiz', submit: 'Submit', submitNow: 'Submit now',
    notPassed: 'Not passed yet', passed100: 'Passed — 100 %', backToModule: 'Back to the module',
    tryAgain: 'Try again', saveAnswers: 'Save answers', answersSaved: 'Answers saved',
    yourCertificate: 'Your certificate', due: 'due',
    wrong: '— wrong', keyLater: 'once you pass', aRightAnswer: 'a right answer',
  },
  ar: {
    doneBack: 'أنهيت القراءة — العودة إلى الوحدة', startQuiz: 'ابدأ الاختبار', submit: 'سلّم الإجابات', submitNow: 'سلّم الآن',
    notPassed: 'لم تجتز الاختبار بعد', passed100: 'اجتزت الاختبار — 100 %', backToModule: 'العودة إلى الوحدة',
    tryAgain: 'حاول مرة أخرى', saveAnswers: 'احفظ الإجابات', answersSaved: 'حُفظت الإجابات',
    yourCertificate: 'شهادتك', due: 'موعد الإنجاز',
    wrong: '— خاطئة', keyLater: 'بعد أن تجتاز الاختبار', aRightAnswer: 'إجابة صحيحة',
  },
};
