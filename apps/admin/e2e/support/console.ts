import type { Locator, Page, Response } from 'playwright-core';
import { expect } from 'vitest';
import { ACTION_TIMEOUT_MS } from './browser.js';
import { Authenticator } from './totp.js';

/** Untranslated i18n keys rendered as text (`ra.action.save`, `resources.users.fields.phone`, `gdp.auth.x`). */
const RAW_TRANSLATION_KEY = /\b(?:ra|gdp|resources)\.[a-z_]+\.[a-zA-Z_.]+/;
const HAN = /\p{Script=Han}/u;

/** Opens a console route (hash router): `open(page, base, '/departments')`. */
export async function openConsole(page: Page, baseUrl: string, route = '/login'): Promise<void> {
  await page.goto(`${baseUrl}/#${route}`);
}

/**
 * The page is the Chinese console: `<html lang="zh-CN">`, the platform's name as the document title,
 * visible Chinese text, and no raw translation key anywhere in the visible text.
 */
export async function expectChinesePage(page: Page): Promise<void> {
  const { lang, title, text } = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    text: document.body.innerText,
  }));
  expect(lang).toBe('zh-CN');
  expect(title).toContain('政务公开管理平台');
  expect(text).toMatch(HAN);
  expect(text).not.toMatch(RAW_TRANSLATION_KEY);
}

/** A text field by its (Chinese) label, exactly — `新密码` is not `确认新密码`. */
export const field = (scope: Page | Locator, label: string): Locator =>
  scope.getByRole('textbox', { name: label, exact: true });

export const button = (scope: Page | Locator, name: string): Locator =>
  scope.getByRole('button', { name, exact: true });

/** Waits for the visible alert (MUI Alert or notification) whose text contains `text`. */
export async function expectAlert(page: Page, text: string | RegExp): Promise<Locator> {
  const alert = page.getByRole('alert').filter({ hasText: text }).first();
  await alert.waitFor({ state: 'visible' });
  return alert;
}

/** Runs `action` (a click) and resolves with the response of the GraphQL operation it sends. */
export async function graphqlResponse(
  page: Page,
  operationName: string,
  action: () => Promise<void>,
): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (candidate) =>
        candidate.url().endsWith('/graphql') &&
        candidate.request().method() === 'POST' &&
        (candidate.request().postDataJSON() as { operationName?: string } | null)?.operationName ===
          operationName,
      { timeout: ACTION_TIMEOUT_MS },
    ),
    action(),
  ]);
  return response;
}

/** The sign-in page's first step: username and password, then 登录. */
export async function submitPassword(page: Page, username: string, password: string): Promise<void> {
  await field(page, '用户名').fill(username);
  await field(page, '密码').fill(password);
  await graphqlResponse(page, 'Login', () => button(page, '登录').click());
}

/** Waits for the dashboard of a fully signed-in user (the “我的账号” card with the username). */
export async function expectDashboard(page: Page, username: string): Promise<void> {
  await page.getByText('我的账号', { exact: true }).waitFor();
  await expect
    .poll(() => page.getByTestId('me-username').textContent(), { timeout: ACTION_TIMEOUT_MS })
    .toBe(username);
}

/** The value of one row of the dashboard's “我的账号” card (label → the row's text). */
export function accountRow(page: Page, label: string): Locator {
  return page
    .locator('div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .filter({ hasNotText: '我的账号' })
    .last();
}

/** Signs out through the user menu (个人设置 → 退出登录) and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '个人设置' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await button(page, '登录').waitFor();
}

/** The forced change of the initial password, with a good new password. */
export async function changeInitialPassword(
  page: Page,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  await page.getByText('首次登录须修改初始密码', { exact: false }).waitFor();
  await field(page, '当前密码').fill(currentPassword);
  await field(page, '新密码').fill(newPassword);
  await field(page, '确认新密码').fill(newPassword);
  await graphqlResponse(page, 'ChangePassword', () => button(page, '保存').click());
}

/**
 * TOTP enrolment as a user does it: 获取密钥, read the secret shown under “密钥” (grouped by four), type the
 * code of an authenticator app, 确认绑定. Returns the authenticator for later sign-ins.
 */
export async function enrolTotp(page: Page): Promise<Authenticator> {
  await page.getByRole('heading', { name: '绑定动态验证码' }).waitFor();
  await graphqlResponse(page, 'BeginTotpEnrolment', () => button(page, '获取密钥').click());
  const secretText = (await page.getByTestId('totp-secret').textContent()) ?? '';
  expect(secretText.replace(/\s+/g, '')).toMatch(/^[A-Z2-7]{16,}$/);
  const authenticator = new Authenticator(secretText);
  await field(page, '动态验证码').fill(await authenticator.nextCode());
  await graphqlResponse(page, 'ConfirmTotpEnrolment', () => button(page, '确认绑定').click());
  return authenticator;
}
