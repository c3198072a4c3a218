import { test, expect } from '@playwright/test';
import { demoAccount, signIn } from './helpers';

test('a trainer builds a small module, previews it, publishes it and finds it published', async ({ page }) => {
  const trainer = await demoAccount(page, /Trainer/);
  await signIn(page, trainer.email, trainer.password);
  await page.goto('/author');
  // The demo curriculum is there on first start.
  await expect(page.locator('table.modules')).toContainText('What trafficking is');

  await page.getByLabel('Title').fill('Checkpoint basics (e2e)');
  await page.getByRole('button', { name: 'Create module' }).click();
  await expect(page.locator('.version-status')).toContainText('draft');

  await page.getByLabel('New lesson title').fill('Who you may meet');
  await page.getByRole('button', { name: 'Add lesson' }).click();
  await page.getByLabel('Text (Markdown)').fill('## Look further\n\n**Indicators are prompts, never proof.**');
  await page.getByRole('button', { name: 'Save and preview' }).click();
  await expect(page.locator('.lesson-preview strong')).toHaveText('Indicators are prompts, never proof.');
  await page.getByRole('link', { name: /← Checkpoint basics/ }).click();

  for (const [kind, prompt] of [['single', 'Who decides formal identification?'], ['true_false', 'Consent matters once deception was used.']]) {
    await page.getByLabel('New question of kind').selectOption(kind);
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.getByLabel('Question', { exact: true }).fill(prompt);
    if (kind === 'single') {
      await page.getByLabel('Option 1 text').fill('Specialists, after referral');
      await page.getByLabel('Option 2 text').fill('The first officer on the scene');
      await page.getByLabel('Option 3 text').fill('');
    } else {
      await page.getByLabel('Option 1 correct').uncheck();
      await page.getByLabel('Option 2 correct').check();
    }
    await page.getByRole('button', { name: 'Save question' }).click();
    await expect(page.getByText('Question saved.')).toBeVisible();
  }

  // Preview: answer as a trainee would, nothing recorded.
  await page.getByRole('link', { name: 'Preview as a trainee' }).click();
  await page.getByLabel('Specialists, after referral').check();
  await page.getByLabel('False').check();
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.locator('#result h2')).toContainText('Passed — 100 %');

  await page.getByRole('link', { name: '← Back to the editor' }).click();
  await page.getByRole('button', { name: 'Publish this version' }).click();
  await expect(page.locator('.version-status')).toContainText('published');
  await page.goto('/author');
  await expect(page.locator('table.modules tr', { hasText: 'Checkpoint basics (e2e)' })).toContainText('version 1');
});

test('authored script never runs in the browser', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  const trainer = await demoAccount(page, /Trainer/);
  await signIn(page, trainer.email, trainer.password);
  await page.goto('/author');
  await page.getByLabel('Title').fill('<img src=x onerror=alert(1)> XSS probe');
  await page.getByRole('button', { name: 'Create module' }).click();
  await page.getByLabel('New lesson title').fill('<svg onload=alert(2)>');
  await page.getByRole('button', { name: 'Add lesson' }).click();
  await page.getByLabel('Text (Markdown)').fill(
    '<script>alert(3)</script>\n\n[click](javascript:alert(4))\n\n<details open ontoggle=alert(5)>\n\n<math><mtext><table><mglyph><style><img src=x onerror=alert(6)>',
  );
  await page.getByRole('button', { name: 'Save and preview' }).click();
  await expect(page.locator('.lesson-preview')).toContainText('<script>alert(3)</script>');
  const link = page.locator('.lesson-preview a');
  if (await link.count()) await link.first().click({ trial: true });
  await page.getByRole('link', { name: /XSS probe/ }).click();
  await page.getByRole('link', { name: 'Preview as a trainee' }).click();
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  // (The header's menu is a <details> of the layout's own; nothing authored becomes one.)
  await expect(page.locator('main :is(img, svg:not(.icon), details, math)')).toHaveCount(0);
});

test('authored text that closes a textarea stays text in every editor', async ({ page }) => {
  const breakout = '</textarea><form action="/api/admin/create_user" method="post"><button>go</button></form>';
  const trainer = await demoAccount(page, /Trainer/);
  await signIn(page, trainer.email, trainer.password);
  await page.goto('/author');
  await page.getByLabel('Title').fill('Breakout probe');
  await page.getByRole('button', { name: 'Create module' }).click();
  await page.locator('#update_settings-summary').fill(`Summary ${breakout}`);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByLabel('New lesson title').fill('Lesson probe');
  await page.getByRole('button', { name: 'Add lesson' }).click();
  await page.getByLabel('Text (Markdown)').fill(`Body ${breakout}`);
  await page.getByRole('button', { name: 'Save and preview' }).click();
  // Saved (the page after the post says so) before it is reloaded: a reload during the post's
  // navigation finds no page to reload.
  await expect(page.locator('p.notice[role="status"]')).toBeVisible();
  // The lesson editor and the module editor, reloaded: the text is back in its box, no form escaped.
  await page.reload();
  await expect(page.getByLabel('Text (Markdown)')).toHaveValue(`Body ${breakout}`);
  await expect(page.locator('form[action="/api/admin/create_user"]')).toHaveCount(0);
  await page.getByRole('link', { name: /Breakout probe/ }).click();
  await expect(page.locator('#update_settings-summary')).toHaveValue(`Summary ${breakout}`);
  await expect(page.locator('form[action="/api/admin/create_user"]')).toHaveCount(0);
});
