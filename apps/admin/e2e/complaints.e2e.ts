import {
  COMPLAINT_ACTION_LABELS,
  CORRECTION_ORDER_ACTION_LABELS,
  DEADLINE_KIND_LABELS,
  TASK_KIND_LABELS,
} from '@gdp/domain';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useConsoleBrowser } from './support/browser.js';
import {
  button,
  changeInitialPassword,
  expectChinesePage,
  expectDashboard,
  field,
  graphqlResponse,
  openConsole,
  signOut,
  submitPassword,
} from './support/console.js';

const { baseUrl, runId, accounts, complaintDepartment } = inject('e2e');

type Step = 'registered' | 'handled' | 'reported';
const passed = new Set<Step>();
function needs(context: { skip: (condition: boolean, note?: string) => void }, ...steps: Step[]) {
  const missing = steps.filter((step) => !passed.has(step));
  context.skip(missing.length > 0, `an earlier flow failed (${missing.join(', ')})`);
}

/** Everything the page shows as text (what a person could read or copy). */
const pageText = (page: Page) => page.evaluate(() => document.body.innerText);

/** Waits for the page to settle on `route`, then checks the complainant's identity is nowhere in its text. */
async function expectNoIdentityOn(page: Page, secrets: readonly string[], what: string) {
  const text = await pageText(page);
  for (const secret of secrets)
    expect(text, `${what} shows the complainant's “${secret}”`).not.toContain(secret);
}

/** A workflow step: the button on the case's page, its dialog, the save button named like the step. */
async function openStep(page: Page, label: string): Promise<Locator> {
  await button(page.getByRole('main'), label).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

/**
 * Opens a list from the menu and returns its row for `text` once that list has loaded: the rows of the grid
 * with the list's own column (the previous page's grid, or the dashboard's recent actions, name the case too).
 */
async function listRow(page: Page, menuItem: string, column: string, text: string): Promise<Locator> {
  await page.getByRole('menuitem', { name: menuItem, exact: true }).click();
  const grid = page.locator('.RaDatagrid-root').filter({ has: page.locator('thead', { hasText: column }) });
  const row = grid.getByRole('row').filter({ hasText: text });
  await row.first().waitFor();
  return row;
}

async function pickOption(page: Page, combobox: Locator, option: string) {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Whistleblower protection end to end (SPEC M14 [seed §11-5]): a complaint handler registers a complaint with
 * a distinctive complainant name, accepts it, transfers it to the department concerned and handles it with a
 * correction order; the department's head reports the correction. The name appears on no page the head can
 * open, nor on the handler's list and case pages — only the audited reveal shows it, and this handler lacks
 * COMPLAINT_IDENTITY_REVEAL. The story ends with every deadline met (the other suites see none open).
 */
describe('投诉举报：登记、受理、转办、处理并责令改正；被投诉处室负责人报告整改，看不到投诉举报人', () => {
  const browser = useConsoleBrowser('complaints');
  const handler = { ...accounts.complaintHandler, password: `Gdp-E2e-${runId}-Ts!1` };
  const head = { ...accounts.departmentHead, password: `Gdp-E2e-${runId}-Hd!1` };
  const complainant = {
    name: `欧阳明远${runId}`,
    workplace: `某某科技公司${runId}`,
    phone: '13912345678',
    address: `滨江路${runId}号`,
  };
  const secrets = [complainant.name, complainant.workplace, complainant.phone, complainant.address];
  const summary = `反映${complaintDepartment.name}未按目录公开年度预算信息（${runId}）`;
  const requirement = `十个工作日内补充公开年度预算信息（${runId}）`;
  const report = `已于本周补充公开并更新目录（${runId}）`;
  let caseNumber = '';
  let complaintPath = '';

  it('投诉举报处理人登记来信：保密信息单独成区；保存后显示案件编号和查询码（仅此一次）', async () => {
    const { page } = browser();
    await openConsole(page, baseUrl, '/login');
    await button(page, '登录').waitFor();
    await submitPassword(page, handler.username, handler.initialPassword);
    await changeInitialPassword(page, handler.initialPassword, handler.password);
    await expectDashboard(page, handler.username);

    await page.getByRole('menuitem', { name: '投诉举报', exact: true }).click();
    await page.getByRole('link', { name: '登记投诉举报' }).click();
    await field(page, '事项摘要（处理人撰写）').waitFor();
    await expectChinesePage(page);

    await pickOption(
      page,
      page.getByRole('combobox', { name: '事项类别' }),
      '不按本单位政务公开目录规定的内容、形式和范围公开政务信息',
    );
    await pickOption(page, page.getByRole('combobox', { name: '投诉举报方式' }), '信函');
    const department = page.getByRole('combobox', { name: '被投诉举报处室' });
    await department.click();
    await department.fill(complaintDepartment.name);
    await page.getByRole('option', { name: complaintDepartment.name, exact: true }).click();
    await field(page, '事项摘要（处理人撰写）').fill(summary);

    const sealed = page.getByTestId('complaint-sealed-section');
    expect(await sealed.innerText()).toContain('保密信息');
    expect(await sealed.innerText()).toContain('仅经授权的工作人员可查看');
    await field(sealed, '姓名').fill(complainant.name);
    await field(sealed, '工作单位').fill(complainant.workplace);
    await field(sealed, '住址').fill(complainant.address);
    await field(sealed, '联系电话').fill(complainant.phone);
    await field(sealed, '投诉举报内容（原始材料）').fill(
      `本人${complainant.name}，在${complainant.workplace}工作，反映该处室未公开年度预算。`,
    );
    await expectChinesePage(page);

    await graphqlResponse(page, 'RegisterComplaint', () => button(page, '保存').click());
    const dialog = page.getByRole('dialog').filter({ hasText: '投诉举报已登记' });
    await dialog.waitFor();
    caseNumber = (await dialog.getByTestId('registered-case-number').innerText()).trim();
    expect(caseNumber).toMatch(/^TS-\d{4}-\d{6}$/);
    expect((await dialog.getByTestId('registered-access-code').innerText()).trim().length).toBeGreaterThan(
      10,
    );
    expect(await dialog.innerText()).toContain('请告知投诉举报人，本码仅显示一次');
    await expectChinesePage(page);
    await button(dialog, '关闭').click();

    await page.waitForURL(/#\/complaints\/[^/]+\/show$/);
    complaintPath = new URL(page.url()).hash.slice(1);
    await page.getByTestId('complaint-summary').getByText(summary).waitFor();
    expect(await page.getByRole('main').innerText()).toContain(caseNumber);
    // The clock runs from receipt: the acceptance (3) and handling (15 working days) deadlines.
    const deadlines = page.getByTestId('complaint-deadlines');
    await deadlines.getByText(DEADLINE_KIND_LABELS.COMPLAINT_HANDLING, { exact: true }).waitFor();
    await deadlines.getByText(DEADLINE_KIND_LABELS.COMPLAINT_ACCEPTANCE_NOTICE, { exact: true }).waitFor();
    await expectNoIdentityOn(page, secrets, 'the case page after the intake');
    // The access code is not kept: the page shows it nowhere once the dialog is closed.
    expect(await pageText(page)).not.toContain('查询码：');
    passed.add('registered');
  });

  it('受理（需要转办）→ 转办给被投诉处室（只附摘要）→ 登记转办结果 → 作出处理并责令改正', async (context) => {
    needs(context, 'registered');
    const { page } = browser();
    const state = page.getByRole('main').getByTestId('complaint-state').first();
    // No reveal for a handler without COMPLAINT_IDENTITY_REVEAL.
    expect(await button(page, '查看保密信息').count()).toBe(0);

    let dialog = await openStep(page, COMPLAINT_ACTION_LABELS.ACCEPT);
    await dialog.getByLabel('需要转办').check();
    await expectChinesePage(page);
    await graphqlResponse(page, 'AcceptComplaint', () =>
      button(dialog, COMPLAINT_ACTION_LABELS.ACCEPT).click(),
    );
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => state.innerText()).toBe('已受理调查中');

    dialog = await openStep(page, COMPLAINT_ACTION_LABELS.TRANSFER);
    expect(await dialog.getByTestId('complaint-action-warning').innerText()).toContain(
      '转办只附处理人摘要，不含投诉举报人身份和原始材料',
    );
    await expect
      .poll(() => page.getByRole('combobox', { name: '转办处室' }).inputValue())
      .toBe(complaintDepartment.name);
    expect(await field(dialog, '转办摘要（处理人撰写）').inputValue()).toBe(summary);
    await expectChinesePage(page);
    await graphqlResponse(page, 'TransferComplaint', () =>
      button(dialog, COMPLAINT_ACTION_LABELS.TRANSFER).click(),
    );
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => state.innerText()).toBe('已转办');

    dialog = await openStep(page, COMPLAINT_ACTION_LABELS.RECORD_TRANSFER_RESULT);
    await field(dialog, '转办结果').fill(`处室已核查，情况属实（${runId}）`);
    await graphqlResponse(page, 'RecordComplaintTransferResult', () =>
      button(dialog, COMPLAINT_ACTION_LABELS.RECORD_TRANSFER_RESULT).click(),
    );
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => state.innerText()).toBe('已受理调查中');

    dialog = await openStep(page, COMPLAINT_ACTION_LABELS.HANDLE);
    await pickOption(page, dialog.getByRole('combobox', { name: '处理结论' }), '属实');
    await field(dialog, '调查处理意见').fill(`经核查，该处室未按目录公开年度预算信息（${runId}）`);
    await field(dialog, '答复内容').fill('您反映的问题经核查属实，已责令有关处室限期改正。');
    await button(dialog, '添加').click();
    await expect
      .poll(() => dialog.getByRole('combobox', { name: '责令改正处室' }).inputValue())
      .toBe(complaintDepartment.name);
    await field(dialog, '整改要求').fill(requirement);
    const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await dialog.getByLabel('整改期限').fill(dueDate);
    await expectChinesePage(page);
    const response = await graphqlResponse(page, 'HandleComplaint', () =>
      button(dialog, COMPLAINT_ACTION_LABELS.HANDLE).click(),
    );
    const answer = (await response.json()) as { errors?: Array<{ message: string }> };
    expect(answer.errors?.map((error) => error.message) ?? []).toEqual([]);
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => state.innerText()).toBe('已处理');

    const orders = page.getByTestId('complaint-correction-orders');
    await orders.getByText(requirement).waitFor();
    expect(await orders.innerText()).toContain('已责令改正');
    // Every deadline of the case is met: acceptance, transfer and handling.
    const deadlines = await page.getByTestId('complaint-deadlines').innerText();
    expect(deadlines).not.toContain('计时中');
    await expectChinesePage(page);
    await expectNoIdentityOn(page, secrets, 'the handled case page');

    const row = await listRow(page, '投诉举报', '事项类别', caseNumber);
    expect(await row.innerText()).toContain('已处理');
    expect(await row.innerText()).toContain('属实');
    await page.getByText('投诉举报统计', { exact: true }).click();
    await page.getByTestId('complaint-total').waitFor();
    await page.getByTestId('complaint-count-outcome').getByText('属实', { exact: true }).waitFor();
    await expectChinesePage(page);
    await expectNoIdentityOn(page, secrets, 'the complaints list');
    passed.add('handled');
  });

  it('被投诉处室负责人：只看到本处室的责令改正（案件编号和整改要求），报告整改；任何页面都没有投诉举报人', async (context) => {
    needs(context, 'handled');
    const { page } = browser();
    await signOut(page);
    await submitPassword(page, head.username, head.initialPassword);
    await changeInitialPassword(page, head.initialPassword, head.password);
    await expectDashboard(page, head.username);
    await expectNoIdentityOn(page, secrets, "the head's dashboard");
    expect(await page.getByRole('menuitem', { name: '投诉举报', exact: true }).count()).toBe(0);

    // The head's task is the order's (整改并报告): 查看 opens the order, never the complaint.
    const task = await listRow(page, '待办', '待办类型', caseNumber);
    expect(await task.innerText()).toContain(TASK_KIND_LABELS.CORRECTION_ORDER);
    await expectChinesePage(page);
    await expectNoIdentityOn(page, secrets, "the head's tasks");
    await task.getByRole('link', { name: '查看', exact: true }).click();
    await page.waitForURL(/#\/correctionOrders\/[^/]+\/show$/);
    await page.getByTestId('correction-order-requirement').getByText(requirement).waitFor();
    await expectNoIdentityOn(page, secrets, 'the correction order page (from the task)');

    const row = await listRow(page, '责令改正', '整改要求', caseNumber);
    expect(await row.innerText()).toContain(requirement);
    expect(await row.innerText()).toContain('已责令改正');
    expect(await pageText(page)).not.toContain(summary);
    await expectChinesePage(page);
    await expectNoIdentityOn(page, secrets, 'the correction orders list');

    await button(row, CORRECTION_ORDER_ACTION_LABELS.REPORT).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(requirement).waitFor();
    await field(dialog, '整改情况').fill(report);
    await graphqlResponse(page, 'ReportCorrection', () =>
      button(dialog, CORRECTION_ORDER_ACTION_LABELS.REPORT).click(),
    );
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => row.innerText()).toContain('已报告整改');
    passed.add('reported');

    await row.getByText(requirement).click();
    await page.waitForURL(/#\/correctionOrders\/[^/]+\/show$/);
    await page.getByTestId('correction-order-reportText').getByText(report).waitFor();
    await expectChinesePage(page);
    await expectNoIdentityOn(page, secrets, 'the correction order page');
    expect(await pageText(page)).not.toContain(summary);

    // The complaint itself stays closed to the head: no list, no page, nothing of it shown.
    await openConsole(page, baseUrl, '/complaints');
    await page.getByText('无权访问', { exact: false }).first().waitFor();
    await expectNoIdentityOn(page, secrets, 'the complaints list (refused)');
    await openConsole(page, baseUrl, complaintPath);
    await page.getByText('无权访问', { exact: false }).first().waitFor();
    await expectNoIdentityOn(page, secrets, 'the case page (refused)');
    expect(await pageText(page)).not.toContain(summary);
  });

  it('投诉举报处理人核实整改完成后办结', async (context) => {
    needs(context, 'reported');
    const { page } = browser();
    await openConsole(page, baseUrl, '/');
    await signOut(page);
    await submitPassword(page, handler.username, handler.password);
    await expectDashboard(page, handler.username);

    const row = await listRow(page, '责令改正', '整改要求', caseNumber);
    expect(await row.innerText()).toContain('已报告整改');
    await button(row, CORRECTION_ORDER_ACTION_LABELS.VERIFY).click();
    const confirm = page.getByRole('dialog').filter({ hasText: caseNumber });
    await graphqlResponse(page, 'VerifyCorrection', () => button(confirm, '确认').click());
    await expect.poll(() => row.innerText()).toContain('已核实整改完成');

    await openConsole(page, baseUrl, complaintPath);
    await page.getByTestId('complaint-correction-orders').getByText('已核实整改完成').waitFor();
    await button(page.getByRole('main'), COMPLAINT_ACTION_LABELS.CLOSE).click();
    const close = page.getByRole('dialog').filter({ hasText: caseNumber });
    await graphqlResponse(page, 'CloseComplaint', () => button(close, COMPLAINT_ACTION_LABELS.CLOSE).click());
    await expect
      .poll(() => page.getByRole('main').getByTestId('complaint-state').first().innerText())
      .toBe('已办结');
    await expectChinesePage(page);
    await expectNoIdentityOn(page, secrets, 'the closed case page');
  });
});
