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

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You are signed out.')).toBeVisible();
}
