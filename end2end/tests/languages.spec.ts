import { test, expect, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { demoAccount, setLanguage, signIn, signOut } from './helpers';

// An officer in Irbid, Mosul, Gaziantep or Tripoli learns the first demo module, takes its quiz,
// reads the result and opens the certificate in their own language. Arabic and Turkish with
// JavaScript, French and English without. A screenshot of the quiz at 360 px per language is
// kept with the test's results.

type Lang = 'ar' | 'fr' | 'tr' | 'en';
const runs: { lang: Lang; javaScriptEnabled: boolean; name: string }[] = [
  { lang: 'ar', javaScriptEnabled: true, name: 'هدى الكردي' },
  { lang: 'fr', javaScriptEnabled: false, name: 'Rana Khoury' },
  { lang: 'tr', javaScriptEnabled: true, name: 'Ayşe Demir' },
  { lang: 'en', javaScriptEnabled: false, name: 'John Smith' },
];
const email = (lang: Lang) => `officer.${lang}.e2e@psd-amman.demo`;
const firstPasswords = new Map<Lang, string>();

// Four new officers, one per language, as an admin adds people.
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  const admin = await demoAccount(page, /Admin/);
  await signIn(page, admin.email, admin.password);
  await page.goto('/admin/import');
  const csv = ['email,name,role,agency,country']
    .concat(runs.map(r => `${email(r.lang)},${r.name},trainee,"Public Security Directorate, Amman",JO`))
    .join('\n');
  await page.getByLabel('CSV file').setInputFiles({ name: 'officers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.locator('form[action="/api/admin/import_users"] button[type="submit"]').last().click();
  for (const r of runs) {
    const row = page.locator('.issued tr', { hasText: email(r.lang) });
    firstPasswords.set(r.lang, (await row.locator('code').innerText()).trim());
  }
  await signOut(page);
  await page.close();
});

/** The first sign-in: the officer replaces the first password (by field names: any language). */
async function firstSignIn(page: Page, lang: Lang) {
  const first = firstPasswords.get(lang)!;
  await signIn(page, email(lang), first);
  await expect(page).toHaveURL(/\/account$/);
  const form = page.locator('form[action="/api/account/change_password"]');
  await form.locator('input[name="current_password"]').fill(first);
  await form.locator('input[name="new_password"]').fill(`an officer in ${lang} chooses words`);
  await form.locator('input[name="confirm_password"]').fill(`an officer in ${lang} chooses words`);
  await form.locator('button[type="submit"]').click();
  await expect(page.locator('.notice, [role="status"]').first()).toBeVisible();
}

const curriculum = '../app/data/curriculum/01-what-is-trafficking';
const source = JSON.parse(readFileSync(`${curriculum}.json`, 'utf8'));

/** The module as a reader of `lang` sees it: its texts, and the source's key beside them. */
function moduleIn(lang: Lang) {
  const t = lang === 'en' ? source : JSON.parse(readFileSync(`${curriculum}.${lang}.json`, 'utf8'));
  return {
    title: t.title as string,
    questions: source.questions.map((q: any, i: number) => ({
      kind: q.kind as string,
      prompt: t.questions[i].prompt as string,
      options: q.options.map((o: any, j: number) => ({
        text: t.questions[i].options[j].text as string,
        correct: o.correct as boolean,
        match: t.questions[i].options[j].match as string | null,
      })),
    })),
  };
}

/** English interface words that must not appear on another language's page. */
const english = ['Lesson', 'Submit', 'Passed', 'attempt', 'Back to the module', 'Your certificate', 'Verification code', 'Sign out'];

async function noEnglish(page: Page, lang: Lang) {
  if (lang === 'en') return;
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  const text = await page.locator('body').innerText();
  for (const word of english) expect(text, `"${word}" on ${page.url()}`).not.toContain(word);
}

async function answerRight(page: Page, m: ReturnType<typeof moduleIn>) {
  const fieldsets = page.locator('fieldset.question');
  await expect(fieldsets).toHaveCount(m.questions.length);
  const count = m.questions.length;
  for (let i = 0; i < count; i++) {
    const fieldset = fieldsets.nth(i);
    const legend = await fieldset.locator('legend').innerText();
    const q = m.questions.find((q: any) => legend.includes(q.prompt));
    expect(q, `a question of the module: ${legend}`).toBeTruthy();
    if (q.kind === 'matching') {
      for (const o of q.options) {
        const row = fieldset.locator('label.match', { has: page.locator('span', { hasText: o.text }) });
        await row.locator('select').selectOption({ label: o.match });
      }
    } else {
      for (const o of q.options.filter((o: any) => o.correct)) {
        await fieldset.getByLabel(o.text, { exact: true }).check();
      }
    }
  }
}

for (const { lang, javaScriptEnabled } of runs) {
  test(`an officer learns, passes and opens the certificate in ${lang} (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }, testInfo) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const m = moduleIn(lang);
    await firstSignIn(page, lang);
    await setLanguage(page, lang);

    await page.goto('/');
    await page.getByRole('link', { name: m.title, exact: true }).first().click();
    await expect(page.locator('h1')).toHaveText(m.title);
    await noEnglish(page, lang);

    // Every lesson, read through the lesson pages' own button.
    await page.locator('.lesson-list a').first().click();
    for (let n = 0; n < source.lessons.length; n++) {
      await expect(page.locator('article.lesson')).toHaveAttribute('lang', lang);
      await noEnglish(page, lang);
      await page.locator('form.lesson-next button').click();
    }
    await expect(page.locator('.lesson-list li.read')).toHaveCount(source.lessons.length);

    await page.locator('form[action="/api/learning/start"] button').click();
    await expect(page.locator('fieldset.question').first()).toBeVisible();
    await noEnglish(page, lang);
    await page.setViewportSize({ width: 360, height: 740 });
    const shot = testInfo.outputPath(`quiz-${lang}-360px.png`);
    await page.screenshot({ path: shot, fullPage: true });
    await testInfo.attach(`quiz-${lang}-360px`, { path: shot, contentType: 'image/png' });
    if (javaScriptEnabled) await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    await answerRight(page, m);
    await page.locator('button[name="action"][value="review"]').click();
    await noEnglish(page, lang);
    await page.locator('button[name="action"][value="submit-saved"]').click();
    await expect(page.locator('#result')).toBeVisible();
    await expect(page.locator('#result h2')).toContainText(lang === 'tr' ? '%100' : '100');
    await noEnglish(page, lang);

    // The module page says it is done; the certificate is in the reader's language and date.
    await page.goto('/');
    await page.getByRole('link', { name: m.title, exact: true }).first().click();
    await page.locator('a[href^="/certificates/"]').first().click();
    await expect(page.locator('.certificate-module')).toHaveText(m.title);
    // This month's name (or last month's, if the month turned during the test).
    const monthOf = (d: Date) => new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(d);
    const months = [monthOf(new Date(Date.now() - 10 * 60_000)), monthOf(new Date())];
    await expect(page.locator('main')).toContainText(new RegExp(months.join('|')));
    await noEnglish(page, lang);
    await context.close();
  });
}
