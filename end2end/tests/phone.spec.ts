import { test, expect, Page, TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { demoAccount, openMenu, setLanguage, signIn, signOutAny } from './helpers';

// On the phone in an officer's hand (360 × 740): accessibility beyond what axe sees, and axe on
// every page of every role in every language. Screenshots of the learner's and the supervisor's
// pages in English and Arabic are attached to the report.

type Lang = 'en' | 'ar' | 'fr' | 'tr';
const languages: Lang[] = ['en', 'ar', 'fr', 'tr'];
const phone = { width: 360, height: 740 };

/** axe-core's WCAG 2.2 A and AA rules on the page as it is now: no violation. */
async function axe(page: Page, where: string) {
  // The quiz's sticky bar covers whatever the drawn questions put under it when the page opens
  // (a long first prompt, a French bar on two lines: the first radio), and axe counts a covered
  // target as too small. At the page's end the bar rests in the flow and covers nothing.
  if (await page.locator('.quiz-bar').count()) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const found = violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(found, `axe on ${where}`).toEqual([]);
}

/** The first link matching `selector` on `url`, as a path. */
async function firstHref(page: Page, url: string, selector: string): Promise<string | null> {
  await page.goto(url);
  const link = page.locator(selector).first();
  return (await link.count()) ? await link.getAttribute('href') : null;
}

/** The module's quiz: started, or the open attempt resumed. */
async function openQuiz(page: Page, module: string) {
  await page.goto(module);
  const start = page.locator('form[action="/api/learning/start"] button');
  if (await start.count()) await start.first().click();
  else await page.locator('a.button[href^="/attempts/"]').first().click();
  await expect(page.locator('.quiz-bar')).toBeVisible();
  // Sizes are measured next: the styles must have applied, not just the HTML arrived.
  await page.waitForLoadState();
}

/** The pages a role sees, found by following its own links. */
async function pagesOf(page: Page, role: string): Promise<string[]> {
  const found = async (url: string, selector: string) => firstHref(page, url, selector);
  const pages: (string | null)[] = ['/', '/account', '/referrals'];
  if (role === 'trainee') {
    pages.push(await found('/referrals', 'a[href^="/referrals/sheet"]'));
    const module = await found('/', '.module-card h3 a');
    const lesson = module && await found(module, '.lesson-list a');
    pages.push('/learning', module, lesson);
    if (module) {
      await openQuiz(page, module);
      const attempt = new URL(page.url()).pathname;
      pages.push(attempt, `${attempt}?review=1`);
    }
    pages.push(await found('/learning', 'a[href^="/certificates/"]'));
  } else if (role === 'supervisor') {
    pages.push('/agency', await found('/agency', 'a[href^="/people/"]'));
  } else if (role === 'trainer') {
    const module = await found('/author', 'a[href^="/author/modules/"]');
    pages.push('/author', module, '/reports/evaluation');
    if (module) {
      for (const selector of ['a[href^="/author/lessons/"]', 'a[href^="/author/questions/"]', 'a[href$="/preview"]', 'a[href*="/translations/"]', 'a[href*="/analysis"]']) {
        pages.push(await found(module, selector));
      }
    }
  } else if (role === 'coordinator') {
    pages.push('/directory', '/directory/JO/new', '/directory/JO/import', '/admin/users', '/reports/countries/JO');
    pages.push(await found('/directory', 'a[href^="/directory/JO/entries/"]'));
  } else if (role === 'admin') {
    pages.push('/admin', '/admin/users', '/admin/users/new', '/admin/import', '/admin/audit', '/admin/records', '/admin/countries', '/reports/countries');
    pages.push(await found('/admin/users', 'table a[href^="/admin/users/"]'));
    pages.push(await found('/admin/countries', 'a[href^="/admin/countries/"]'));
    pages.push(await found('/reports/countries', 'a[href^="/reports/countries/"]'));
    pages.push(await found('/admin/countries', 'a[href^="/agencies/"]'));
    pages.push('/reports/evaluation', '/reports/evaluation/JO', '/reports/programme/JO');
  }
  return [...new Set(pages.filter((p): p is string => !!p))];
}

const accounts: { role: string; note: RegExp }[] = [
  { role: 'trainee', note: /Trainee, General Security, Beirut/ },
  { role: 'supervisor', note: /Supervisor, General Security, Beirut/ },
  { role: 'trainer', note: /Trainer/ },
  { role: 'coordinator', note: /Country coordinator, Jordan/ },
  { role: 'admin', note: /Admin/ },
];

test.describe('axe on every page', () => {
  test.use({ viewport: phone });

  for (const lang of languages) {
    test(`a visitor's pages in ${lang}`, async ({ page }) => {
      await page.goto('/sign-in');
      if (lang !== 'en') await page.locator(`.languages button[value="${lang}"], .languages [lang="${lang}"]`).first().click();
      for (const url of ['/', '/sign-in', '/offline', '/verify', '/verify/NO-SUCH-CODE', '/no-such-page']) {
        await page.goto(url);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await axe(page, `${url} (visitor, ${lang})`);
      }
    });
  }

  for (const { role, note } of accounts) {
    test(`every page of a ${role}, in every language`, async ({ page }) => {
      test.setTimeout(300_000);
      const account = await demoAccount(page, note);
      await signIn(page, account.email, account.password);
      const original = (await page.locator('html').getAttribute('lang')) as Lang;
      const pages = await pagesOf(page, role);
      expect(pages.length).toBeGreaterThan(2);
      try {
        for (const lang of languages) {
          await setLanguage(page, lang);
          for (const url of pages) {
            await page.goto(url);
            await axe(page, `${url} (${role}, ${lang})`);
          }
        }
      } finally {
        // The demo account's language as it was, even after a failure: later tests expect it.
        await setLanguage(page, original);
      }
    });
  }
});

/** The page scrolls sideways at the current width? */
async function scrollsSideways(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Every target outside running text is at least 44 × 44 px (a radio or tick box: its label). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const targets = document.querySelectorAll('a, button, summary, select, input, label.choice, label.check');
    for (const el of Array.from(targets)) {
      const input = el as HTMLInputElement;
      if (el.tagName === 'INPUT' && ['radio', 'checkbox', 'hidden'].includes(input.type)) continue;
      // Links inside a sentence are exempt (WCAG 2.5.8); so are the skip link until focused.
      if (el.tagName === 'A' && el.closest('p:not(.first-unanswered), .lesson-body, figcaption, .hint, small')) continue;
      if (el.classList.contains('skip-link')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue; // not shown
      if (r.width < 43.5 || r.height < 43.5) small.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return small;
  });
}

for (const lang of ['en', 'ar'] as const) {
  test.describe(`on a 360 px phone, in ${lang}`, () => {
    test.use({ viewport: phone });

    test(`the learner's and the supervisor's pages: first action above the fold, big targets, no sideways scroll (${lang})`, async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      const trainee = await demoAccount(page, /Trainee, General Security, Beirut/);
      await signIn(page, trainee.email, trainee.password);
      const traineeLang = (await page.locator('html').getAttribute('lang')) as Lang;
      await setLanguage(page, lang);
      await page.goto('/');
      // One row of header; the first module's action without scrolling.
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(80);
      await shoot(page, testInfo, `home-${lang}-360px`);
      const action = await page.locator('.module-card .button').first().boundingBox();
      expect(action!.y + action!.height).toBeLessThanOrEqual(phone.height);
      // The menu opens without JavaScript's help (a <details>) and every link in it is a big target.
      await openMenu(page);
      await expect(page.locator('.site-nav a').first()).toBeVisible();
      expect(await smallTargets(page)).toEqual([]);
      await shoot(page, testInfo, `menu-${lang}-360px`);

      const module = await page.locator('.module-card h3 a').first().getAttribute('href');
      const lesson = await firstHref(page, module!, '.lesson-list a');
      for (const [name, url] of [['learning', '/learning'], ['module', module!], ['lesson', lesson!], ['account', '/account']]) {
        await page.goto(url);
        expect(await scrollsSideways(page), `${url} scrolls sideways`).toBe(false);
        expect(await smallTargets(page), url).toEqual([]);
        // Text-only zoom to 200 %: still no sideways scroll (WCAG 1.4.10).
        await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
        expect(await scrollsSideways(page), `${url} at 200 % text`).toBe(false);
        await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
        await shoot(page, testInfo, `${name}-${lang}-360px`);
      }
      await openQuiz(page, module!);
      expect(await smallTargets(page), 'quiz').toEqual([]);
      expect(await scrollsSideways(page), 'quiz scrolls sideways').toBe(false);
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      expect(await scrollsSideways(page), 'quiz at 200 % text').toBe(false);
      await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
      await shoot(page, testInfo, `quiz-${lang}-360px`);
      await page.locator('button[value="review"]').click();
      await expect(page.locator('.submit-review')).toBeVisible();
      await page.waitForLoadState();
      expect(await smallTargets(page), 'review').toEqual([]);
      await shoot(page, testInfo, `submit-review-${lang}-360px`);
      await setLanguage(page, traineeLang);
      await signOutAny(page);

      const supervisor = await demoAccount(page, /Supervisor, General Security, Beirut/);
      await signIn(page, supervisor.email, supervisor.password);
      const supervisorLang = (await page.locator('html').getAttribute('lang')) as Lang;
      await setLanguage(page, lang);
      await page.goto('/agency');
      expect(await scrollsSideways(page), 'the agency page scrolls sideways').toBe(false);
      // The matrix scrolls inside its frame, its first column kept in view.
      const first = page.locator('table.matrix tbody th').first();
      await expect(first).toHaveCSS('position', 'sticky');
      await shoot(page, testInfo, `agency-${lang}-360px`);
      const person = await page.locator('a[href^="/people/"]').first().getAttribute('href');
      await page.goto(person!);
      expect(await scrollsSideways(page), 'the person page scrolls sideways').toBe(false);
      await shoot(page, testInfo, `person-${lang}-360px`);
      // Names and emails are isolated from the sentence around them (and emails run left to right).
      await expect(page.locator('h1 bdi.name')).toHaveCount(1);
      await expect(page.locator('bdi.code[dir="ltr"]').first()).toBeVisible();
      await setLanguage(page, supervisorLang);
    });
  });
}

/** A module of five questions whose trainer chose one question per screen. */
function onePerScreenModule(slug: string, title: string) {
  const option = (text: string, correct: boolean) => ({ text, correct, position: null, match: null, feedback: correct ? 'Yes.' : 'No.' });
  const question = (n: number) => ({
    kind: 'single', prompt: `Screen question ${n}?`, scenario: null, explanation: 'Because.', points: 1,
    options: [option(`Right answer ${n}`, true), option(`Wrong answer ${n}`, false)],
  });
  return JSON.stringify({
    format: 'frontline.module/2', slug, title, summary: 'Phone quiz.', language: 'en',
    estimated_minutes: 5, agency_kinds: [], pass_mark_percent: 60, max_attempts: null,
    time_limit_minutes: null, questions_per_attempt: null, shuffle_questions: false, shuffle_options: false,
    one_per_screen: true,
    lessons: [{ title: 'Read me', body_markdown: 'Short.' }],
    questions: [1, 2, 3, 4, 5].map(question),
  });
}

for (const javaScriptEnabled of [true, false]) {
  test(`a quiz that is easy to finish on a phone, and cannot be submitted by accident (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ javaScriptEnabled, viewport: phone });
    const page = await context.newPage();
    const slug = `one-per-screen-${javaScriptEnabled ? 'js' : 'nojs'}`;
    const title = `One per screen (${javaScriptEnabled ? 'JavaScript' : 'plain HTML'})`;
    const trainer = await demoAccount(page, /Trainer/);
    await signIn(page, trainer.email, trainer.password);
    await page.goto('/author');
    await page.getByLabel('Module file').setInputFiles({ name: `${slug}.json`, mimeType: 'application/json', buffer: Buffer.from(onePerScreenModule(slug, title)) });
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByLabel('One question per screen')).toBeChecked();
    await page.getByRole('button', { name: 'Publish this version' }).click();
    await expect(page.locator('.version-status')).toContainText('published');
    await signOutAny(page);

    const trainee = await demoAccount(page, /Trainee, Public Security/);
    await signIn(page, trainee.email, trainee.password);
    await setLanguage(page, 'en');
    await page.goto('/learning');
    await page.locator('.module-card', { hasText: title }).getByRole('link', { name: title }).click();
    await page.locator('form[action="/api/learning/start"] button').click();
    if (javaScriptEnabled) await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });

    // One question on the screen; the bar says how many are answered and stays in view.
    await expect(page.locator('fieldset.question:visible')).toHaveCount(1);
    await expect(page.locator('.question-of')).toHaveText('Question 1 of 5');
    await expect(page.locator('.answered-count')).toHaveText('0 of 5 answered');
    await page.getByLabel('Right answer 1').check();
    if (javaScriptEnabled) await expect(page.locator('.answered-count')).toHaveText('1 of 5 answered');
    await page.getByRole('button', { name: 'Next question →' }).click();
    await expect(page.locator('.question-of')).toHaveText('Question 2 of 5');
    await expect(page.locator('.answered-count')).toHaveText('1 of 5 answered');
    await page.getByLabel('Wrong answer 2').check();
    // The list jumps (and saves): question 4, then back to 1, whose answer was kept.
    await page.locator('.question-nav button', { hasText: '4' }).click();
    await expect(page.locator('.question-of')).toHaveText('Question 4 of 5');
    await expect(page.locator('.question-nav li.answered')).toHaveCount(2);
    await page.locator('.question-nav button', { hasText: '1' }).click();
    await expect(page.getByLabel('Right answer 1')).toBeChecked();
    await page.waitForLoadState();
    const bar = await page.locator('.quiz-bar').boundingBox();
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(phone.height + 1);

    // "Submit…" asks first, listing what is unanswered; going back loses nothing.
    await page.getByRole('button', { name: 'Submit…' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Submit attempt 1?');
    await expect(page.locator('.submit-review .lead')).toHaveText('You answered 2 of 5 questions.');
    await expect(page.locator('.unanswered li')).toHaveText(['3. Screen question 3?', '4. Screen question 4?', '5. Screen question 5?']);
    await page.locator('.unanswered a', { hasText: 'Screen question 3?' }).click();
    await expect(page.locator('.question-of')).toHaveText('Question 3 of 5');
    await page.getByLabel('Right answer 3').check();
    await page.getByRole('button', { name: 'Submit…' }).click();
    await expect(page.locator('.submit-review .lead')).toHaveText('You answered 3 of 5 questions.');
    await page.getByRole('button', { name: 'Submit now' }).click();
    // Two of five right: 40 %, below the 60 % pass mark; the answers counted are the ones kept.
    await expect(page.locator('#result h2')).toContainText('Not passed yet');
    await context.close();
  });
}

test('the whole quiz by keyboard: focus is never hidden under the bar, and the result comes by Enter', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  const trainee = await demoAccount(page, /Trainee, General Security, Beirut/);
  await signIn(page, trainee.email, trainee.password);
  const traineeLang = (await page.locator('html').getAttribute('lang')) as Lang;
  await setLanguage(page, 'ar');
  await page.goto('/');
  const module = await page.locator('.module-card h3 a').first().getAttribute('href');
  await page.goto(module!);
  // By keyboard from the module page: the start button (or the open attempt's link).
  const start = page.locator('form[action="/api/learning/start"] button');
  await ((await start.count()) ? start.first() : page.locator('a.button[href^="/attempts/"]').first()).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.quiz-bar')).toBeVisible();
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  const questions = await page.locator('fieldset.question').count();
  // Tab through the page: every focused control is visible and not under the sticky bar
  // (WCAG 2.4.11); in each radio group an arrow key picks an answer.
  let reachedReview = false;
  for (let i = 0; i < 400 && !reachedReview; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const bar = document.querySelector('.quiz-bar')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const inBar = !!el.closest('.quiz-bar');
      const hidden = !inBar && r.bottom > bar.top + 1 && r.top < bar.bottom;
      return {
        hidden, tag: `${el.tagName} at ${Math.round(r.top)}–${Math.round(r.bottom)}, bar ${Math.round(bar.top)}–${Math.round(bar.bottom)}`,
        type: (el as HTMLInputElement).type, value: (el as HTMLInputElement).value,
        offscreen: r.bottom < 0 || r.top > window.innerHeight,
      };
    });
    expect(where.hidden, `focus on ${where.tag} under the bar`).toBe(false);
    expect(where.offscreen, `focus on ${where.tag} off screen`).toBe(false);
    if (where.tag.startsWith('INPUT') && where.type === 'radio') await page.keyboard.press('ArrowDown');
    if (where.tag.startsWith('SELECT')) await page.keyboard.press('ArrowDown');
    if (where.tag.startsWith('BUTTON') && where.value === 'review') reachedReview = true;
  }
  expect(reachedReview).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('.submit-review')).toBeVisible();
  const counted = await page.locator('.submit-review .lead').innerText();
  expect(counted).toContain(String(questions));
  await page.locator('button[value="submit-saved"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#result')).toBeVisible();
  await setLanguage(page, traineeLang);
  await context.close();
});

test('"Check connection" works without JavaScript: the page comes back with the server\'s answer', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Check connection' }).click();
  await expect(page).toHaveURL(/\?check=1$/);
  await expect(page.locator('.connection-check output')).toHaveText('Connected to Frontline: the server and its database answered.');
  await context.close();
});
