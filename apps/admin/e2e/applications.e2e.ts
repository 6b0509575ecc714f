import {
  APPLICATION_ACTION_LABELS,
  APPLICATION_RESULT_CATEGORY_LABELS,
  APPLICATION_STATE_LABELS,
  CROCKFORD_ALPHABET,
  UNAVAILABLE_REASON_LABELS,
  addWorkingDays,
  createWorkingDayCalendar,
  isValidResidentId,
  maskIdNumber,
  normalizeAccessCode,
} from '@gdp/domain';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useConsoleBrowser } from './support/browser.js';
import { button, expectChinesePage, field, openConsole } from './support/console.js';
import { documentFlow, personOf } from './support/document-flow.js';
import { externalAppOf } from './support/external-app.js';

const { baseUrl, runId, accounts, applicationsApiToken } = inject('e2e');

const handler = personOf(accounts.applicationHandler, `Gdp-E2e-${runId}-Ys!1`);
const { signInAs, pickOption, expectOk, openStep } = documentFlow(baseUrl, runId);

type Step = 'submitted' | 'opened' | 'corrected' | 'closed';
const passed = new Set<Step>();
function needs(context: { skip: (condition: boolean, note?: string) => void }, ...steps: Step[]) {
  const missing = steps.filter((step) => !passed.has(step));
  context.skip(missing.length > 0, `an earlier flow failed (${missing.join(', ')})`);
}

/** The server's day of receipt: today in Asia/Shanghai (its clock is the real one). */
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
/** An empty database has no calendar overrides: the default calendar is the server's. */
const calendar = createWorkingDayCalendar();
/** 条例 art. 33 and 30: 20 working days from receipt, and again from the corrected application's receipt. */
const replyDueDate = addWorkingDays(calendar, today, 20);
/** How the console prints a calendar date (2026年12月25日). */
const chineseDate = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

/** A resident ID number of this run with a valid check character (GB 11643-1999). */
function residentIdOfRun(): string {
  const base = `33050219880512${String(parseInt(runId, 36) % 1000).padStart(3, '0')}`;
  const id = [...'0123456789X'].map((check) => base + check).find(isValidResidentId);
  if (!id) throw new Error(`no check character makes ${base}? valid`);
  return id;
}

/** The external app: plain GraphQL over HTTP with its applications:submit token. */
const externalApp = <T>(query: string, variables: Record<string, unknown>) =>
  externalAppOf(baseUrl, applicationsApiToken).call<T>(query, variables);

interface ApplicantStatus {
  caseNumber: string;
  state: string;
  stateLabel: string;
  receivedDate: string;
  replyDueDate: string | null;
  notices: { subject: string; content: string }[];
  replyLetter: {
    title: string;
    salutation: string;
    paragraphs: string[];
    signature: string;
    date: string;
  } | null;
}

/** What the applicant reads with the case number and the access code. */
async function applicantReads(caseNumber: string, accessCode: string) {
  return externalApp<{ applicationStatus: ApplicantStatus }>(
    `query ($caseNumber: String!, $accessCode: String!) {
      applicationStatus(caseNumber: $caseNumber, accessCode: $accessCode) {
        caseNumber state stateLabel receivedDate replyDueDate
        notices { subject content }
        replyLetter { title salutation paragraphs signature date }
      }
    }`,
    { caseNumber, accessCode },
  );
}

async function statusOf(caseNumber: string, accessCode: string): Promise<ApplicantStatus> {
  const answer = await applicantReads(caseNumber, accessCode);
  expect(answer.errors ?? []).toEqual([]);
  return answer.data!.applicationStatus;
}

/**
 * Disclosure applications (SPEC M6): an external app submits an application of a natural person; the handler
 * finds it (ID number masked), asks for a correction (the reply clock stops), records the corrected application
 * (the clock starts again from its receipt) and replies 无法提供·本机关不掌握相关政府信息. The applicant follows
 * every step with the access code; the annual report counts the case. The case ends closed with every deadline
 * met, so the other suites still see none open.
 */
describe('依申请公开：网上提交、告知补正、登记补正、答复并办结；申请人凭查询码查看；年度报告统计', () => {
  const browser = useConsoleBrowser('applications');
  const idNumber = residentIdOfRun();
  const applicantName = `申请人${runId}`;
  const description = `本市 2025 年度老旧小区改造项目清单（${runId}）`;
  const correctionRequest = `请说明所需信息涉及的具体街道或项目名称（${runId}）`;
  const correctedDescription = `吴兴区 2025 年度老旧小区改造项目清单及资金安排（${runId}）`;
  const replyText = `经检索，本机关未制作或获取上述信息（${runId}）。`;
  let caseNumber = '';
  let accessCode = '';
  let casePath = '';
  let letterText = '';

  const main = (page: Page) => page.getByRole('main');
  const state = (page: Page) =>
    main(page)
      .getByText(/^(办理中|待申请人补正|待申请人缴费|答复保密审查中|已办结)$/)
      .first();
  const replyDeadline = (page: Page): Locator => main(page).getByTestId('reply-deadline').first();

  it('外部应用网上提交申请（自然人、有效身份证号、同意隐私声明）→ 案件编号和查询码', async () => {
    expect(isValidResidentId(idNumber)).toBe(true);
    const submit = `mutation ($key: String!, $input: ExternalApplicationInput!) {
      submitApplication(idempotencyKey: $key, input: $input) { caseNumber accessCode receivedDate }
    }`;
    const variables = {
      key: `e2e-application-${runId}`,
      input: {
        applicant: {
          applicantType: 'NATURAL_PERSON',
          name: applicantName,
          idType: 'RESIDENT_ID',
          idNumber,
          phone: '13800001234',
          postalAddress: `湖州市测试路 ${runId} 号`,
        },
        description,
        purpose: '了解本小区改造安排',
        deliveryForm: 'ELECTRONIC',
        privacyNoticeAccepted: true,
      },
    };
    const answer = await externalApp<{
      submitApplication: { caseNumber: string; accessCode: string; receivedDate: string };
    }>(submit, variables);
    expect(answer.errors ?? []).toEqual([]);
    const submission = answer.data!.submitApplication;
    expect(submission.caseNumber).toMatch(/^YS-\d{4}-\d{6}$/);
    expect(normalizeAccessCode(submission.accessCode)).toHaveLength(20);
    expect(submission.receivedDate).toBe(today);
    caseNumber = submission.caseNumber;
    accessCode = submission.accessCode;

    // The same idempotency key again: the first result, not a second case.
    const replay = await externalApp<typeof answer.data>(submit, variables);
    expect(replay.data?.submitApplication.caseNumber).toBe(caseNumber);

    const status = await statusOf(caseNumber, accessCode);
    expect(status.state).toBe('PROCESSING');
    expect(status.replyDueDate).toBe(replyDueDate);
    passed.add('submitted');
  });

  it('办理人员在“依申请公开”中找到案件（列表只显示遮掩的证件号码），打开后看到答复期限', async (context) => {
    needs(context, 'submitted');
    const { page } = browser();
    await signInAs(page, handler);
    await page.getByRole('menuitem', { name: '依申请公开', exact: true }).click();
    const grid = page
      .locator('.RaDatagrid-root')
      .filter({ has: page.locator('thead', { hasText: '证件号码' }) });
    const row = grid.getByRole('row').filter({ hasText: caseNumber });
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain(maskIdNumber(idNumber));
    expect(rowText).toContain(applicantName);
    expect(rowText).toContain(APPLICATION_STATE_LABELS.PROCESSING);
    expect(rowText).toContain(chineseDate(replyDueDate));
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(idNumber);
    await expectChinesePage(page);

    await row.getByText(caseNumber).click();
    await page.waitForURL(/#\/applications\/[^/]+\/show$/);
    casePath = new URL(page.url()).hash.slice(1);
    await main(page).getByTestId('application-request').getByText(description).waitFor();
    await expect.poll(() => replyDeadline(page).innerText()).toContain(chineseDate(replyDueDate));
    expect(await main(page).getByTestId('application-applicant').innerText()).toContain(
      maskIdNumber(idNumber),
    );
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(idNumber);
    await expectChinesePage(page);
    passed.add('opened');
  });

  it('告知补正 → 待申请人补正、答复期限暂停；申请人凭查询码看到补正告知；登记补正材料后自当日重新计算 20 个工作日', async (context) => {
    needs(context, 'opened');
    const { page } = browser();
    let dialog = await openStep(page, APPLICATION_ACTION_LABELS.REQUEST_CORRECTION);
    await field(dialog, '需要补正的事项').fill(correctionRequest);
    expect(await dialog.getByRole('spinbutton', { name: '补正期限（工作日）' }).inputValue()).toBe('15');
    await expectChinesePage(page);
    await expectOk(page, 'RequestApplicationCorrection', () =>
      button(dialog, APPLICATION_ACTION_LABELS.REQUEST_CORRECTION).click(),
    );
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => state(page).innerText()).toBe(APPLICATION_STATE_LABELS.AWAITING_CORRECTION);
    await expect.poll(() => replyDeadline(page).getAttribute('data-standing')).toBe('SUSPENDED');
    expect(await replyDeadline(page).innerText()).toContain('计时暂停');
    await main(page).getByTestId('application-steps').getByText(correctionRequest).waitFor();
    await expectChinesePage(page);

    const waiting = await statusOf(caseNumber, accessCode);
    expect(waiting.state).toBe('AWAITING_CORRECTION');
    expect(waiting.stateLabel).toBe(APPLICATION_STATE_LABELS.AWAITING_CORRECTION);
    expect(waiting.replyDueDate).toBeNull();
    const correctionNotice = waiting.notices.find((notice) => notice.content.includes(correctionRequest));
    expect(correctionNotice?.subject).toContain('补正告知');
    expect(correctionNotice?.content).toContain(caseNumber);

    dialog = await openStep(page, APPLICATION_ACTION_LABELS.RECORD_CORRECTION);
    expect(await dialog.getByLabel('收到补正材料日期').inputValue()).toBe(today);
    await field(dialog, '补正后的申请内容').fill(correctedDescription);
    await expectOk(page, 'RecordApplicationCorrection', () =>
      button(dialog, APPLICATION_ACTION_LABELS.RECORD_CORRECTION).click(),
    );
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => state(page).innerText()).toBe(APPLICATION_STATE_LABELS.PROCESSING);
    await expect.poll(() => replyDeadline(page).innerText()).toContain(chineseDate(replyDueDate));
    expect(await replyDeadline(page).getAttribute('data-standing')).not.toBe('SUSPENDED');
    const clock = main(page).getByTestId('application-clock');
    expect(await clock.innerText()).toContain(chineseDate(today));
    await main(page).getByTestId('application-request').getByText(correctedDescription).waitFor();
    await expectChinesePage(page);

    const resumed = await statusOf(caseNumber, accessCode);
    expect(resumed.state).toBe('PROCESSING');
    expect(resumed.replyDueDate).toBe(replyDueDate);
    passed.add('corrected');
  });

  it('答复并办结（无法提供·本机关不掌握相关政府信息）：期限全部办结，答复书可打印；申请人凭查询码看到答复书，错误的查询码查不到', async (context) => {
    needs(context, 'corrected');
    const { page } = browser();
    const dialog = await openStep(page, APPLICATION_ACTION_LABELS.REPLY);
    await pickOption(
      page,
      dialog.getByRole('combobox', { name: '办理结果' }),
      APPLICATION_RESULT_CATEGORY_LABELS.UNAVAILABLE,
    );
    await pickOption(
      page,
      dialog.getByRole('combobox', { name: '具体情形' }),
      UNAVAILABLE_REASON_LABELS.NOT_HELD,
    );
    await field(dialog, '答复说明').fill(replyText);
    await expectChinesePage(page);
    await expectOk(page, 'ReplyToApplication', () => button(dialog, APPLICATION_ACTION_LABELS.REPLY).click());
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => state(page).innerText()).toBe(APPLICATION_STATE_LABELS.CLOSED);
    const steps = main(page).getByTestId('application-steps');
    await steps.getByText(replyText).waitFor();
    expect(await steps.innerText()).toContain(UNAVAILABLE_REASON_LABELS.NOT_HELD);
    // Every deadline of the case ended (the reply met, the correction notice and period ended).
    const clock = main(page).getByTestId('application-clock');
    await expect.poll(() => clock.innerText()).not.toContain('计时中');
    await expectChinesePage(page);
    passed.add('closed');

    await page.getByRole('link', { name: '答复书', exact: true }).click();
    await page.waitForURL(/#\/applications\/[^/]+\/reply-letter$/);
    const letter = page.getByTestId('reply-letter');
    await letter.waitFor();
    letterText = await letter.innerText();
    expect(letterText).toContain(`案件编号：${caseNumber}`);
    expect(letterText).toContain(applicantName);
    expect(letterText).toContain(replyText);
    expect(letterText).not.toContain(idNumber);
    await expectChinesePage(page);

    const closed = await statusOf(caseNumber, accessCode);
    expect(closed.state).toBe('CLOSED');
    expect(closed.stateLabel).toBe(APPLICATION_STATE_LABELS.CLOSED);
    expect(closed.replyDueDate).toBeNull();
    const reply = closed.replyLetter!;
    expect(reply).not.toBeNull();
    // The applicant reads the letter the console prints.
    for (const part of [reply.title, reply.salutation, ...reply.paragraphs, reply.signature, reply.date])
      expect(letterText.replace(/\s+/g, '')).toContain(part.replace(/\s+/g, ''));
    expect(reply.paragraphs.join('')).toContain(replyText);
    // The correction notice is still there, with the reply's after it.
    expect(closed.notices.some((notice) => notice.content.includes(correctionRequest))).toBe(true);
    expect(closed.notices.length).toBeGreaterThanOrEqual(2);

    const code = normalizeAccessCode(accessCode)!;
    const last = code.at(-1)!;
    const wrongCode = code.slice(0, -1) + [...CROCKFORD_ALPHABET].find((symbol) => symbol !== last)!;
    const refused = await applicantReads(caseNumber, wrongCode);
    expect(refused.data?.applicationStatus ?? null).toBeNull();
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('年度报告·依申请公开情况：本年度新收申请计入该案件，勾稽关系 ✓', async (context) => {
    needs(context, 'closed');
    const { page } = browser();
    await openConsole(page, baseUrl, casePath);
    await page.getByRole('menuitem', { name: '依申请公开', exact: true }).click();
    await page.getByRole('link', { name: '年度报告统计' }).click();
    await page.waitForURL(/#\/applications\/annual-report$/);
    const year = Number(today.slice(0, 4));
    await pickOption(page, page.getByRole('combobox', { name: '年度' }), `${year} 年`);
    await page.getByText(`${year} 年度`, { exact: false }).first().waitFor();
    const table = page.getByTestId('annual-report-table');
    const received = table.locator('tr[data-row="NEW"]');
    // 一、本年新收: the total column (the last) counts this case.
    await expect
      .poll(async () => Number(await received.locator('td').last().innerText()))
      .toBeGreaterThanOrEqual(1);
    const results = table.locator('tr[data-row="RESULT_TOTAL"]');
    expect(Number(await results.locator('td').last().innerText())).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.getByTestId('annual-report-balance').innerText()).toContain('✓');
    await expectChinesePage(page);
  });
});
