import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useConsoleBrowser } from './support/browser.js';
import {
  button,
  changeInitialPassword,
  enrolTotp,
  expectAlert,
  expectChinesePage,
  expectDashboard,
  field,
  graphqlResponse,
  openConsole,
  signOut,
  submitPassword,
} from './support/console.js';
import type { Authenticator } from './support/totp.js';

const { baseUrl, runId, accounts } = inject('e2e');

const MASKED = '〔已屏蔽〕';

/** Steps of the story that passed; a later flow that builds on a failed one is skipped, not failed again. */
type Step = 'admin' | 'adminSession' | 'department' | 'staff' | 'phoneChanged' | 'staleEdit' | 'auditor';
const passed = new Set<Step>();
function needs(context: { skip: (condition: boolean, note?: string) => void }, ...steps: Step[]) {
  const missing = steps.filter((step) => !passed.has(step));
  context.skip(missing.length > 0, `an earlier flow failed (${missing.join(', ')})`);
}

/**
 * The staff console end to end, in order: each flow continues where the previous one left the browser
 * (signed in as the system administrator, later as the auditor, who checks the audit trail of what the
 * administrator did). Every name carries the run id.
 */
describe('管理控制台：系统管理员的操作与安全审计员的审计', () => {
  const browser = useConsoleBrowser('console');
  const admin = { ...accounts.admin, password: `Gdp-E2e-${runId}-Adm1n!` };
  const auditor = { ...accounts.auditor, password: `Gdp-E2e-${runId}-Aud1t!` };
  let adminAuthenticator: Authenticator;

  const department = { code: `E2E_${runId.toUpperCase()}`, name: `测试处室${runId}` };
  let departmentId = '';
  const staff = {
    username: `e2e.staff.${runId}`,
    displayName: '测试科员',
    phone: '13800138000',
    newPhone: '13900139000',
    email: `staff.${runId}@example.gov.cn`,
  };
  let staffId = '';

  it('系统管理员首次登录：先显示中文的密码规则错误，改好密码，绑定动态验证码，工作台显示中文角色', async () => {
    const { page } = browser();
    await openConsole(page, baseUrl, '/login');
    await button(page, '登录').waitFor();
    await expectChinesePage(page);
    await submitPassword(page, admin.username, admin.initialPassword);

    // The forced change of the initial password: a weak one is refused by the API, in Chinese.
    await page.getByText('首次登录须修改初始密码', { exact: false }).waitFor();
    expect(page.url()).toContain('#/change-password');
    await expectChinesePage(page);
    await field(page, '当前密码').fill(admin.initialPassword);
    await field(page, '新密码').fill('abc');
    await field(page, '确认新密码').fill('abc');
    await graphqlResponse(page, 'ChangePassword', () => button(page, '保存').click());
    await expectAlert(page, '密码至少 8 个字符');
    expect(page.url()).toContain('#/change-password');
    await changeInitialPassword(page, admin.initialPassword, admin.password);

    // A system administrator must enrol a second factor before anything else.
    await page.getByRole('heading', { name: '绑定动态验证码' }).waitFor();
    expect(page.url()).toContain('#/totp-enrolment');
    await expectChinesePage(page);
    adminAuthenticator = await enrolTotp(page);

    await expectDashboard(page, admin.username);
    await expectChinesePage(page);
    const main = page.getByRole('main');
    await main.getByText('系统管理员', { exact: true }).waitFor();
    await main.getByText('已绑定', { exact: true }).waitFor();
    expect(await main.innerText()).not.toContain('SYSTEM_ADMIN');
    passed.add('admin');
  });

  it('退出后重新登录：须输入动态验证码（错误的验证码被拒绝）', async (context) => {
    needs(context, 'admin');
    const { page } = browser();
    await signOut(page);
    await expectChinesePage(page);
    await submitPassword(page, admin.username, admin.password);
    await page.getByText('请打开身份验证器应用，输入 6 位动态验证码').waitFor();
    await expectChinesePage(page);

    await field(page, '动态验证码').fill(await adminAuthenticator.wrongCode());
    await graphqlResponse(page, 'Login', () => button(page, '登录').click());
    await expectAlert(page, '动态验证码错误或已过期');

    await field(page, '动态验证码').fill(await adminAuthenticator.nextCode());
    await graphqlResponse(page, 'Login', () => button(page, '登录').click());
    await expectDashboard(page, admin.username);
    passed.add('adminSession');
  });

  it('新建处室和该处室的用户（控制台表单），二者出现在列表中', async (context) => {
    needs(context, 'adminSession');
    const { page } = browser();
    await page.getByRole('menuitem', { name: '处室' }).click();
    await page.getByRole('link', { name: '新建' }).click();
    await field(page, '处室代码').waitFor();
    await expectChinesePage(page);
    await field(page, '处室代码').fill(department.code);
    await field(page, '名称').fill(department.name);
    await graphqlResponse(page, 'CreateDepartment', () => button(page, '保存').click());
    await expectAlert(page, '已创建'); // the notification hides after a few seconds: checked first
    await page.waitForURL(/#\/departments\/[^/]+\/show$/);
    departmentId = /#\/departments\/([^/]+)\/show$/.exec(page.url())![1];
    await page.getByRole('main').getByText(department.code, { exact: true }).waitFor();

    await page.getByRole('menuitem', { name: '处室' }).click();
    await page.getByRole('cell', { name: department.name, exact: true }).waitFor();
    await expectChinesePage(page);
    passed.add('department');

    await page.getByRole('menuitem', { name: '用户' }).click();
    await page.getByRole('link', { name: '新建' }).click();
    await field(page, '用户名').waitFor();
    await expectChinesePage(page);
    await field(page, '用户名').fill(staff.username);
    await field(page, '姓名').fill(staff.displayName);
    const departmentInput = page.getByRole('combobox', { name: '所属处室' });
    await departmentInput.click();
    await departmentInput.fill(department.name);
    await page.getByRole('option', { name: department.name, exact: true }).click();
    await field(page, '电话').fill(staff.phone);
    await field(page, '电子邮箱').fill(staff.email);
    await field(page, '初始密码').fill(`Init-${runId}-Pw1!`);
    await graphqlResponse(page, 'CreateUser', () => button(page, '保存').click());
    await page.waitForURL(/#\/users\/[^/]+\/show$/);
    staffId = /#\/users\/([^/]+)\/show$/.exec(page.url())![1];
    const main = page.getByRole('main');
    await main.getByText(department.name, { exact: true }).waitFor();
    await main.getByText(staff.phone, { exact: true }).waitFor();
    await expectChinesePage(page);

    await page.getByRole('menuitem', { name: '用户' }).click();
    const row = page.getByRole('row').filter({ hasText: staff.username });
    await row.waitFor();
    expect(await row.innerText()).toContain(department.name);
    expect(await row.innerText()).toContain(staff.displayName);
    await expectChinesePage(page);
    passed.add('staff');
  });

  it('修改用户的电话（个人信息）', async (context) => {
    needs(context, 'staff');
    const { page } = browser();
    await openConsole(page, baseUrl, `/users/${staffId}`);
    await expect.poll(() => field(page, '电话').inputValue()).toBe(staff.phone);
    await expectChinesePage(page);
    await field(page, '电话').fill(staff.newPhone);
    const response = await graphqlResponse(page, 'UpdateUser', () => button(page, '保存').click());
    // Named in the failure: what the console sent and what the API answered.
    const answer = (await response.json()) as { errors?: Array<{ message: string }> };
    const sent = JSON.stringify((response.request().postDataJSON() as { variables?: unknown }).variables);
    expect(
      answer.errors?.map((error) => error.message) ?? [],
      `the API's errors; the console sent ${sent}`,
    ).toEqual([]);
    await page.waitForURL(/#\/users\/[^/]+\/show$/);
    await page.getByRole('main').getByText(staff.newPhone, { exact: true }).waitFor();
    passed.add('phoneChanged');
  });

  it('过期的编辑被拒绝：两个标签页编辑同一处室，后保存的显示“已被他人修改”并保留所填内容', async (test) => {
    needs(test, 'department');
    const { page: first, context } = browser();
    const second = await context.newPage();
    // Closed after afterEach, so a failure's screenshots show both tabs.
    test.onTestFinished(() => second.close());

    const editForm = async (tab: Page) => {
      await openConsole(tab, baseUrl, `/departments/${departmentId}`);
      await expect.poll(() => field(tab, '名称').inputValue()).toBe(department.name);
    };
    await editForm(first);
    await editForm(second);
    await expectChinesePage(second);

    await field(first, '名称').fill(`${department.name}（甲）`);
    await graphqlResponse(first, 'UpdateDepartment', () => button(first, '保存').click());
    await first.waitForURL(/#\/departments\/[^/]+\/show$/);
    await first.getByRole('main').getByText(`${department.name}（甲）`, { exact: true }).waitFor();

    const typedName = `${department.name}（乙）`;
    const typedPhone = '010-12345678';
    await field(second, '名称').fill(typedName);
    await field(second, '办公电话').fill(typedPhone);
    await graphqlResponse(second, 'UpdateDepartment', () => button(second, '保存').click());
    await expectAlert(second, '已被他人修改');
    await expectChinesePage(second);
    expect(second.url()).toMatch(new RegExp(`#/departments/${departmentId}$`));
    expect(await field(second, '名称').inputValue()).toBe(typedName);
    expect(await field(second, '办公电话').inputValue()).toBe(typedPhone);
    passed.add('staleEdit');
  });

  it('安全审计员首次登录（改密码、绑定动态验证码）后，在审计日志中看到以上操作，个人信息已屏蔽', async (context) => {
    needs(context, 'adminSession');
    const { page } = browser();
    await openConsole(page, baseUrl, '/');
    await signOut(page);
    await submitPassword(page, auditor.username, auditor.initialPassword);
    await changeInitialPassword(page, auditor.initialPassword, auditor.password);
    await enrolTotp(page);
    await expectDashboard(page, auditor.username);
    await page.getByRole('main').getByText('安全审计员', { exact: true }).waitFor();
    await expectChinesePage(page);

    await page.getByRole('menuitem', { name: '审计日志' }).click();
    const rows = page.getByRole('row');
    const rowOf = (action: string, outcome: string) =>
      rows.filter({ hasText: action }).filter({ hasText: outcome }).filter({ hasText: admin.username });
    // What the administrator did, by the flows that completed (a failed flow fails on its own).
    const expected: Array<[string, string, string]> = [['Mutation.login', '成功', '用户名密码登录']];
    if (passed.has('department')) expected.push(['Mutation.createDepartment', '成功', '新建处室']);
    if (passed.has('staff')) expected.push(['Mutation.createUser', '成功', '新建用户']);
    if (passed.has('staleEdit')) {
      expected.push(['Mutation.updateDepartment', '成功', '修改处室']);
      expected.push(['Mutation.updateDepartment', '失败', 'RECORD.STALE_VERSION']); // the stale edit, refused
    }
    await rows.filter({ hasText: 'Mutation.logout' }).first().waitFor(); // the list has loaded
    await expectChinesePage(page);
    for (const [action, outcome, text] of expected) {
      const row = action === 'Mutation.login' ? rows.filter({ hasText: action }) : rowOf(action, outcome);
      expect(await row.filter({ hasText: text }).count(), `${action} ${outcome} rows`).toBeGreaterThan(0);
    }
    expect(await page.getByRole('main').innerText()).not.toContain(staff.phone);
    context.skip(!passed.has('staff'), 'the user was not created: no personal data to check');

    // The created user's row: the phone and e-mail are personal data, masked for the auditor.
    await rowOf('Mutation.createUser', '成功').first().click();
    await page.getByText('变更内容（已屏蔽敏感值）').waitFor();
    const details = await page.getByRole('main').innerText();
    expect(details).toContain(MASKED);
    expect(details).toContain(staff.username);
    expect(details).not.toContain(staff.phone);
    expect(details).not.toContain(staff.email);
    await expectChinesePage(page);
    passed.add('auditor');
  });

  it('安全审计员看到用户电话的修改：显示〔已屏蔽〕，从不显示号码', async (context) => {
    needs(context, 'auditor', 'phoneChanged');
    const { page } = browser();
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    const rows = page.getByRole('row');
    await rows.filter({ hasText: 'Mutation.createUser' }).first().waitFor(); // the list has loaded
    const phoneChange = rows.filter({ hasText: 'Mutation.updateUser' }).filter({ hasText: '成功' });
    expect(
      await phoneChange.count(),
      'successful Mutation.updateUser rows (did the phone change save?)',
    ).toBe(1);
    await phoneChange.click();
    await page.getByText('变更内容（已屏蔽敏感值）').waitFor();
    const details = await page.getByRole('main').innerText();
    expect(details).toContain('phone');
    expect(details).toContain(MASKED);
    expect(details).not.toContain(staff.phone);
    expect(details).not.toContain(staff.newPhone);
    await expectChinesePage(page);
  });
});
