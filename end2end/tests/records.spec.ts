import { test, expect, Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { answer, demoAccount, publishAsTrainer, setLanguage, signIn, signOutAny, submitQuiz } from './helpers';

/** A trainee passes a new module `slug` and downloads its credential: its code and the file. */
async function downloadCredential(page: Page, slug: string): Promise<{ code: string; credential: string }> {
  const title = `Credential check ${slug}`;
  await publishAsTrainer(page, slug, title);
  const trainee = await demoAccount(page, /Trainee, Public Security/);
  await signIn(page, trainee.email, trainee.password);
  await setLanguage(page, 'en');
  await page.goto('/');
  await page.locator('.module-card', { hasText: title }).getByRole('link', { name: title }).click();
  await page.getByRole('link', { name: 'Screen and refer' }).click();
  await page.getByRole('button', { name: 'Done — back to the module' }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page, true);
  await submitQuiz(page);
  await page.getByRole('link', { name: 'Back to the module' }).click();
  await page.getByRole('link', { name: 'Your certificate' }).click();
  await expect(page.locator('.certificate-module')).toHaveText(title);
  const code = (await page.locator('.certificate-code strong').innerText()).trim();
  const link = page.locator(`a[href="/certificates/${code}/credential"]`);
  await expect(link).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(`frontline-certificate-${code}.jwt`);
  const credential = readFileSync(await download.path()).toString();
  expect(credential.split('.')).toHaveLength(3);
  await signOutAny(page);
  return { code, credential };
}

/** Someone who never heard of Frontline checks a credential on /verify, pasted or uploaded. */
async function check(page: Page, how: { paste?: string; file?: string }) {
  await page.goto('/verify');
  if (how.paste !== undefined) await page.getByLabel('Credential text').fill(how.paste);
  if (how.file) await page.getByLabel('Or the credential file').setInputFiles(how.file);
  await page.getByRole('button', { name: 'Check the credential' }).click();
}

for (const javaScriptEnabled of [true, false]) {
  test(`a trainee downloads the credential and a stranger checks it, pasted and uploaded (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }, testInfo) => {
    const context = await browser.newContext({ javaScriptEnabled, acceptDownloads: true });
    const page = await context.newPage();
    const { code, credential } = await downloadCredential(page, `credential-${javaScriptEnabled ? 'js' : 'nojs'}`);

    // With a standard JOSE library (jose, for Node.js) and a saved copy of the key set: no
    // Frontline code, and the server not asked again.
    const jwks = createLocalJWKSet(await (await page.request.get('/.well-known/jwks.json')).json());
    const { payload: claims, protectedHeader } = await jwtVerify(credential, jwks, { algorithms: ['RS256'] });
    expect(protectedHeader.typ).toBe('JWT');
    expect((claims as any).credentialSubject.achievement.name).toMatch(/^Credential check /);
    expect((claims as any).type).toContain('OpenBadgeCredential');

    await check(page, { paste: credential });
    await expect(page.locator('.notice.verified')).toContainText('Genuine: signed by this installation');
    await expect(page.locator('.notice.verified')).toContainText('completed “');
    await expect(page.locator(`.notice.verified a[href="/verify/${code}"]`)).toBeVisible();

    // The file itself, uploaded.
    const file = testInfo.outputPath('credential.jwt');
    writeFileSync(file, credential);
    await check(page, { file });
    await expect(page.locator('.notice.verified')).toContainText('Genuine');

    // The name changed in the signed part, the signature kept: not genuine, and nothing of it
    // is shown.
    const [header, payload, signature] = credential.split('.');
    const altered = JSON.parse(Buffer.from(payload, 'base64url').toString());
    altered.credentialSubject.identifier[0].identityHash = 'Someone Else';
    const forgery = `${header}.${Buffer.from(JSON.stringify(altered)).toString('base64url')}.${signature}`;
    await expect(jwtVerify(forgery, jwks, { algorithms: ['RS256'] })).rejects.toThrow(/signature verification failed/);
    const forged = testInfo.outputPath('forged.jwt');
    writeFileSync(forged, forgery);
    await check(page, { file: forged });
    await expect(page.locator('.error[role="alert"]')).toContainText('Not genuine');
    await expect(page.locator('.notice.verified')).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText('Someone Else');

    // Hostile text stays text.
    await check(page, { paste: '<img src=x onerror="document.title=1">' });
    await expect(page.locator('.error[role="alert"]')).toContainText('This is not a credential');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await context.close();
  });
}

test('an admin revokes a certificate and every check says so', async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const { code, credential } = await downloadCredential(page, 'credential-revoked');

  const admin = await demoAccount(page, /Admin/);
  await signIn(page, admin.email, admin.password);
  await page.goto(`/verify/${code}`);
  await expect(page.locator('.notice.verified')).toBeVisible();
  // A revocation without a reason is refused, and changes nothing.
  await page.getByRole('button', { name: 'Revoke the certificate' }).click();
  await expect(page.locator('.notice.verified')).toBeVisible();
  await page.getByLabel('Reason').fill('Answers shared <b>in a group</b>');
  await page.getByRole('button', { name: 'Revoke the certificate' }).click();
  await expect(page.getByText('The certificate is revoked.')).toBeVisible();
  await expect(page.locator('.error[role="alert"]')).toContainText('was revoked on');
  await expect(page.getByRole('button', { name: 'Revoke the certificate' })).toHaveCount(0);

  await page.goto('/admin/audit?action=certificate_revoked');
  await expect(page.locator('main')).toContainText(code);
  await expect(page.locator('main')).toContainText('Answers shared <b>in a group</b>');
  await page.goto('/admin/records');
  await expect(page.locator('h1')).toHaveText('Learning records (xAPI)');
  await expect(page.locator('main')).toContainText('No LRS is configured');
  await signOutAny(page);

  await check(page, { paste: credential });
  await expect(page.locator('.error[role="alert"]')).toContainText('Genuine');
  await expect(page.locator('.error[role="alert"]')).toContainText('was revoked on');
  await expect(page.locator('.notice.verified')).toHaveCount(0);
  await context.close();
});
