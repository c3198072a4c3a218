import { test, expect } from '@playwright/test';
import { demoAccount, openMenu, signIn, signOut } from './helpers';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a trainee signs in, sees their home, and signs out', async ({ page }) => {
      const trainee = await demoAccount(page, /Trainee/);
      await signIn(page, trainee.email, 'not the password');
      await expect(page.getByRole('alert')).toContainText('The email or password is not right');

      await signIn(page, trainee.email, trainee.password);
      await expect(page).toHaveURL(/\/$/);
      await expect(page.locator('[data-role="trainee"]')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('مرحباً'); // demo trainees read Arabic
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

      await openMenu(page);
      await page.getByRole('button', { name: 'تسجيل الخروج' }).click();
      await page.goto('/account');
      await expect(page).toHaveURL(/\/sign-in\?next=\/account/);
    });

    test('a refused form says why in Arabic, at the field', async ({ page }) => {
      const trainee = await demoAccount(page, /Trainee/); // demo trainees read Arabic
      await signIn(page, trainee.email, trainee.password);
      await page.goto('/account');
      await page.getByLabel('كلمة المرور الحالية', { exact: true }).fill('not my password at all');
      await page.getByLabel('كلمة المرور الجديدة', { exact: true }).fill('a fresh passphrase of mine');
      await page.getByLabel('كلمة المرور الجديدة مرة أخرى', { exact: true }).fill('a fresh passphrase of mine');
      await page.getByRole('button', { name: 'تغيير كلمة المرور' }).click();
      await expect(page).toHaveURL(/\/account/);
      await expect(page.getByRole('alert')).toContainText('كلمة المرور الحالية غير صحيحة.');
      await expect(page.locator('.field-error')).toContainText('كلمة المرور الحالية غير صحيحة.');
      await expect(page.locator('body')).not.toContainText('The current password is not right.');
      await openMenu(page);
      await page.getByRole('button', { name: 'تسجيل الخروج' }).click();
    });

    test('a supervisor sees only their agency', async ({ page }) => {
      const supervisor = await demoAccount(page, /Supervisor, Public Security/);
      await signIn(page, supervisor.email, supervisor.password);
      await openMenu(page);
      await page.getByRole('navigation').getByRole('link', { name: 'My agency' }).click();
      await page.locator('main details > summary').click();
      const people = page.locator('main details table');
      await expect(people).toContainText('psd-amman.demo');
      await expect(people).not.toContainText('gs-beirut.demo');
      await signOut(page);
    });
  });
}

test('an admin imports people from a CSV file, then one of them signs in', async ({ page }) => {
  const admin = await demoAccount(page, /Admin/);
  await signIn(page, admin.email, admin.password);
  await page.goto('/admin/import');
  const csv = [
    'email,name,role,agency,country',
    'salma.e2e@psd-amman.demo,سلمى ناصر,trainee,"Public Security Directorate, Amman",JO',
    'yousef.e2e@psd-amman.demo,Yousef Adel,trainee,"Public Security Directorate, Amman",JO',
    'ghost.e2e@nowhere.demo,=cmd|calc,trainee,No Such Agency,JO',
  ].join('\n');
  await page.getByLabel('CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.locator('.import-summary')).toHaveText('2 row(s) ready, 1 with problems.');
  await expect(page.locator('tr.row-error')).toContainText('No agency');
  await expect(page.locator('tr.row-error')).toContainText('= + - or @');

  await page.getByRole('button', { name: 'Import only the 2 valid rows' }).click();
  await expect(page.getByText('2 account(s) created.')).toBeVisible();
  const row = page.locator('.issued tr', { hasText: 'salma.e2e@psd-amman.demo' });
  const password = (await row.locator('code').innerText()).trim();
  await signOut(page);

  // A first password is for the first sign-in only: everything leads to the account page until
  // Salma chooses her own.
  await signIn(page, 'salma.e2e@psd-amman.demo', password);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto('/learning');
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText('Choose your own password before you continue')).toBeVisible();
  await page.getByLabel('Current password', { exact: true }).fill(password);
  await page.getByLabel('New password', { exact: true }).fill('salma chooses her own words');
  await page.getByLabel('New password again', { exact: true }).fill('salma chooses her own words');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password is changed.')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('سلمى ناصر');
});
