import { describe, expect, inject, it } from 'vitest';
import { ACTION_TIMEOUT_MS, useConsoleBrowser } from './support/browser.js';
import { button, expectAlert, expectChinesePage, openConsole, submitPassword } from './support/console.js';

const { baseUrl, accounts } = inject('e2e');

describe('登录页（未登录）', () => {
  const browser = useConsoleBrowser('sign-in');

  it('未登录访问首页：显示中文登录页，只跳转一次', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl}/`);
    // One history entry for the visit and one for the redirect; a redirect loop fills the history
    // (Chromium caps it at 50) and keeps the page busy.
    const historyLength = () => page.evaluate(() => history.length);
    try {
      await button(page, '登录').waitFor();
    } catch (error) {
      throw new Error(
        `The sign-in page did not appear within ${ACTION_TIMEOUT_MS} ms of opening ${baseUrl}/ ` +
          `(${page.url()}, ${await historyLength()} history entries — a redirect loop?)`,
        { cause: error },
      );
    }
    await expect.poll(() => page.url()).toMatch(/#\/login$/);
    await expectChinesePage(page);
    expect(
      await historyLength(),
      'history entries after opening / (a redirect loop adds one per round)',
    ).toBeLessThanOrEqual(3);
  });

  it('连续 5 次密码错误后，第 6 次登录显示账号已锁定', async () => {
    const { page } = browser();
    const { username, initialPassword } = accounts.lockout;
    await openConsole(page, baseUrl, '/login');
    await button(page, '登录').waitFor();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await submitPassword(page, username, `Wrong-Password-${attempt}!`);
      await expectAlert(page, '用户名或密码错误');
    }
    // The right password no longer helps: the account is locked before the password is checked.
    await submitPassword(page, username, initialPassword);
    const alert = await expectAlert(page, '已被锁定');
    expect(await alert.innerText()).toContain('锁定');
    await expectChinesePage(page);
    expect(page.url()).toMatch(/#\/login$/);
  });
});
