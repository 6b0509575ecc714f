import {
  APPLICATION_ACTION_LABELS,
  APPLICATION_RESULT_CATEGORY_LABELS,
  APPLICATION_STATE_LABELS,
  CROCKFORD_ALPHABET,
  REVIEW_ACTION_LABELS,
  REVIEW_OUTCOME_LABELS,
  TASK_KIND_LABELS,
  UNAVAILABLE_REASON_LABELS,
  WITHHOLDING_REASON_LABELS,
  addWorkingDays,
  createWorkingDayCalendar,
  normalizeAccessCode,
} from '@gdp/domain';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useConsoleBrowser } from './support/browser.js';
import { button, expectChinesePage, field, openConsole } from './support/console.js';
import { documentFlow, personOf, type Person } from './support/document-flow.js';
import { externalAppOf } from './support/external-app.js';

const { baseUrl, runId, accounts, applicationsApiToken, holdingDepartment } = inject('e2e');

const handler = personOf(accounts.supplyHandler, `Gdp-E2e-${runId}-Yt!1`);
const officer = personOf(accounts.supplyOfficer, `Gdp-E2e-${runId}-Xb!1`);
const head = personOf(accounts.supplyHead, `Gdp-E2e-${runId}-Xf!1`);

const { signInAs, pickOption, expectOk, openStep } = documentFlow(baseUrl, runId);

type Step = 'submitted' | 'corrected' | 'inReview' | 'secrecy' | 'approved' | 'closed';
const passed = new Set<Step>();
function needs(context: { skip: (condition: boolean, note?: string) => void }, ...steps: Step[]) {
  const missing = steps.filter((step) => !passed.has(step));
  context.skip(missing.length > 0, `an earlier flow failed (${missing.join(', ')})`);
}

/**
 * The server runs on the real clock (the suite injects none): every date is computed from today in
 * Asia/Shanghai with the default calendar, which is the server's in the test database for this year.
 */
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
/** 条例 art. 33 and 30: 20 working days from receipt, and again from the corrected application's receipt. */
const replyDueDate = addWorkingDays(createWorkingDayCalendar(), today, 20);
const chineseDate = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

/** The external app of online applications (applications:submit). */
const externalApp = externalAppOf(baseUrl, applicationsApiToken);

interface Issued {
  caseNumber: string;
  accessCode: string;
}

async function submitApplication(key: string, name: string, description: string): Promise<Issued> {
  const { submitApplication: submitted } = await externalApp.data<{
    submitApplication: Issued & { receivedDate: string };
  }>(
    `mutation ($key: String!, $input: ExternalApplicationInput!) {
      submitApplication(idempotencyKey: $key, input: $input) { caseNumber accessCode receivedDate }
    }`,
    {
      key: `e2e-supply-${key}-${runId}`,
      input: {
        applicant: {
          applicantType: 'NATURAL_PERSON',
          name,
          idType: 'PASSPORT',
          idNumber: `E${key.toUpperCase()}${runId.toUpperCase()}`,
          phone: '13800002345',
        },
        description,
        deliveryForm: 'ELECTRONIC',
        privacyNoticeAccepted: true,
      },
    },
  );
  const { caseNumber, accessCode, receivedDate } = submitted;
  expect(caseNumber).toMatch(/^YS-\d{4}-\d{6}$/);
  expect(receivedDate).toBe(today);
  return { caseNumber, accessCode };
}

interface ApplicantStatus {
  caseNumber: string;
  state: string;
  stateLabel: string;
  replyDueDate: string | null;
  notices: { subject: string; content: string }[];
  replyLetter: { paragraphs: string[] } | null;
  suppliedContent: { text: string; files: { fileName: string }[] } | null;
}

const APPLICATION_STATUS = `query ($caseNumber: String!, $accessCode: String!) {
  applicationStatus(caseNumber: $caseNumber, accessCode: $accessCode) {
    caseNumber state stateLabel replyDueDate
    notices { subject content }
    replyLetter { paragraphs }
    suppliedContent { text files { fileName } }
  }
}`;

/** What the applicant reads with a case number and an access code. */
const applicantReads = (issued: Issued) =>
  externalApp.call<{ applicationStatus: ApplicantStatus }>(APPLICATION_STATUS, { ...issued });

const statusOf = async (issued: Issued): Promise<ApplicantStatus> =>
  (await externalApp.data<{ applicationStatus: ApplicantStatus }>(APPLICATION_STATUS, { ...issued }))
    .applicationStatus;

async function expectNothingFor(issued: Issued) {
  const refused = await applicantReads(issued);
  expect(refused.data?.applicationStatus ?? null).toBeNull();
  expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
}

/**
 * Supplying information on application (SPEC M6 with M3): an external app submits an application; the
 * handler finds it with its reply due date, asks for a correction (the clock stops) and records the corrected
 * application (20 working days again from its receipt), then submits the information to supply for review by
 * the department holding it. Its confidentiality officer prepares a redacted version (区分处理) and decides a
 * partial disclosure, its head approves the supply, and the handler supplies the approved version: the case
 * closes as 部分公开. The applicant reads the status, the reply and exactly the redacted text with the code; a
 * wrong code, or the code on another case's number, finds nothing. A second application (the other case)
 * is closed too, so every deadline ends met and the other suites still see none open.
 */
describe('依申请公开·提供信息：网上申请、补正后重新计时、送信息所在处室保密审查（区分处理）、审批后提供并按部分公开办结；申请人凭查询码只看到区分处理后的内容', () => {
  const browser = useConsoleBrowser('application-supply');
  const applicantName = `申请人甲${runId}`;
  const otherApplicantName = `申请人乙${runId}`;
  const description = `老旧小区改造项目资料（${runId}）`;
  const correctedDescription = `吴兴区 2025 年度老旧小区改造项目清单及各项目补助资金（${runId}）`;
  const correctionRequest = `请说明所需信息涉及的年度和区县（${runId}）`;
  const disclosable = `2025 年度吴兴区老旧小区改造项目共 12 个，补助资金合计 3600 万元（${runId}）。`;
  const privatePart = `其中困难住户王某某、李某某个人补助明细见附表（${runId}）。`;
  const suppliedText = `${disclosable}\n${privatePart}`;
  const levelOneOpinion = `所需信息由${holdingDepartment.name}掌握，拟予提供（${runId}）`;
  const replyText = `现将项目清单及补助资金情况提供给您（${runId}）。`;
  const secrecyOpinion = `附表涉及个人隐私，区分处理后提供（${runId}）`;
  const secrecyBasis = '《中华人民共和国政府信息公开条例》第十五条、第三十七条';
  const otherDescription = `本局 2010 年以前的会议记录（${runId}）`;
  let applicant: Issued = { caseNumber: '', accessCode: '' };
  let other: Issued = { caseNumber: '', accessCode: '' };
  let casePath = '';
  let reviewPath = '';

  const main = (page: Page) => page.getByRole('main');
  const state = (page: Page) =>
    main(page)
      .getByText(new RegExp(`^(${Object.values(APPLICATION_STATE_LABELS).join('|')})$`))
      .first();
  const replyDeadline = (page: Page): Locator => main(page).getByTestId('reply-deadline').first();

  /** The review's page from the reviewer's own 待办 (tasks) row of this case. */
  async function openReviewTask(page: Page, person: Person, taskKind: 'REVIEW_LEVEL_2' | 'REVIEW_LEVEL_3') {
    await signInAs(page, person);
    await page.getByRole('menuitem', { name: '待办', exact: true }).click();
    const grid = page
      .locator('.RaDatagrid-root')
      .filter({ has: page.locator('thead', { hasText: '待办类型' }) });
    const task = grid.getByRole('row').filter({ hasText: applicant.caseNumber });
    await task.first().waitFor();
    expect(await task.first().innerText()).toContain(TASK_KIND_LABELS[taskKind]);
    await task.first().getByRole('link', { name: '查看', exact: true }).click();
    await page.waitForURL(/#\/reviews\/[^/]+\/show$/);
    expect(new URL(page.url()).hash.slice(1)).toBe(reviewPath);
    await main(page).getByTestId('review-original').getByText(disclosable, { exact: false }).waitFor();
    await expectChinesePage(page);
  }

  it('外部应用（applications:submit）网上提交两件申请 → 案件编号和查询码，申请人看到答复期限', async () => {
    applicant = await submitApplication('a', applicantName, description);
    other = await submitApplication('b', otherApplicantName, otherDescription);
    expect(other.caseNumber).not.toBe(applicant.caseNumber);
    const status = await statusOf(applicant);
    expect(status.state).toBe('PROCESSING');
    expect(status.replyDueDate).toBe(replyDueDate);
    expect(status.suppliedContent).toBeNull();
    passed.add('submitted');
  });

  it('承办人员在“依申请公开”中看到申请及答复期限；告知补正（计时暂停），登记补正后自收到之日重新计算 20 个工作日', async (context) => {
    needs(context, 'submitted');
    const { page } = browser();
    await signInAs(page, handler);
    await page.getByRole('menuitem', { name: '依申请公开', exact: true }).click();
    const grid = page
      .locator('.RaDatagrid-root')
      .filter({ has: page.locator('thead', { hasText: '案件编号' }) });
    const row = grid.getByRole('row').filter({ hasText: applicant.caseNumber });
    await row.waitFor();
    expect(await row.innerText()).toContain(applicantName);
    expect(await row.innerText()).toContain(chineseDate(replyDueDate));
    await row.getByText(applicant.caseNumber).click();
    await page.waitForURL(/#\/applications\/[^/]+\/show$/);
    casePath = new URL(page.url()).hash.slice(1);
    await main(page).getByTestId('application-request').getByText(description).waitFor();
    await expect.poll(() => replyDeadline(page).innerText()).toContain(chineseDate(replyDueDate));
    await expectChinesePage(page);

    let dialog = await openStep(page, APPLICATION_ACTION_LABELS.REQUEST_CORRECTION);
    await field(dialog, '需要补正的事项').fill(correctionRequest);
    await expectOk(page, 'RequestApplicationCorrection', () =>
      button(dialog, APPLICATION_ACTION_LABELS.REQUEST_CORRECTION).click(),
    );
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => state(page).innerText()).toBe(APPLICATION_STATE_LABELS.AWAITING_CORRECTION);
    await expect.poll(() => replyDeadline(page).getAttribute('data-standing')).toBe('SUSPENDED');
    expect((await statusOf(applicant)).replyDueDate).toBeNull();

    dialog = await openStep(page, APPLICATION_ACTION_LABELS.RECORD_CORRECTION);
    expect(await dialog.getByLabel('收到补正材料日期').inputValue()).toBe(today);
    await field(dialog, '补正后的申请内容').fill(correctedDescription);
    await expectOk(page, 'RecordApplicationCorrection', () =>
      button(dialog, APPLICATION_ACTION_LABELS.RECORD_CORRECTION).click(),
    );
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => state(page).innerText()).toBe(APPLICATION_STATE_LABELS.PROCESSING);
    // The restarted clock: from the corrected application's receipt (today, the real clock), 20 working days.
    await expect.poll(() => replyDeadline(page).getAttribute('data-standing')).not.toBe('SUSPENDED');
    expect(await replyDeadline(page).innerText()).toContain(chineseDate(replyDueDate));
    const clock = await main(page).getByTestId('application-clock').innerText();
    expect(clock).toMatch(new RegExp(`起算日\\s+${chineseDate(today)}`));
    expect(clock).toContain('20 个工作日');
    await main(page).getByTestId('application-request').getByText(correctedDescription).waitFor();
    expect((await statusOf(applicant)).replyDueDate).toBe(replyDueDate);
    await expectChinesePage(page);
    passed.add('corrected');
  });

  it('承办人员“提供信息送保密审查”：信息所在处室、提供的信息内容、初审意见 → 答复保密审查中', async (context) => {
    needs(context, 'corrected');
    const { page } = browser();
    const label = APPLICATION_ACTION_LABELS.SUBMIT_REPLY_FOR_REVIEW;
    const dialog = await openStep(page, label);
    const department = dialog.getByRole('combobox', { name: '信息所在处室' });
    await department.click();
    await department.fill(holdingDepartment.name);
    await page.getByRole('option', { name: holdingDepartment.name, exact: true }).click();
    await field(dialog, '提供的信息内容（或所附文件的说明）').fill(suppliedText);
    expect(await dialog.getByRole('combobox', { name: '初审：信息性质' }).innerText()).toContain(
      REVIEW_OUTCOME_LABELS.DISCLOSE,
    );
    await field(dialog, '初审意见').fill(levelOneOpinion);
    await field(dialog, '答复说明').fill(replyText);
    await expectChinesePage(page);
    await expectOk(page, 'SubmitApplicationReplyForReview', () => button(dialog, label).click());
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => state(page).innerText()).toBe(APPLICATION_STATE_LABELS.IN_REVIEW);
    // The reply clock keeps running during the review.
    expect(await replyDeadline(page).innerText()).toContain(chineseDate(replyDueDate));
    const reviewLink = main(page)
      .getByTestId('application-steps')
      .getByRole('link', { name: '查看保密审查' });
    await reviewLink.click();
    await page.waitForURL(/#\/reviews\/[^/]+\/show$/);
    reviewPath = new URL(page.url()).hash.slice(1);
    await main(page).getByTestId('review-decisions').getByText(levelOneOpinion, { exact: false }).waitFor();
    expect(await main(page).innerText()).toContain(holdingDepartment.name);
    // Level 2 and 3 belong to the holding department: the handler has no step to take here.
    for (const action of ['SECRECY_REVIEW', 'APPROVE'] as const)
      expect(await button(main(page), REVIEW_ACTION_LABELS[action]).count()).toBe(0);
    expect((await statusOf(applicant)).state).toBe('IN_REVIEW');
    passed.add('inReview');
  });

  it('信息所在处室保密员从待办打开审查，准备区分处理版本（删去个人隐私部分），审查结论为部分公开', async (context) => {
    needs(context, 'inReview');
    const { page } = browser();
    await openReviewTask(page, officer, 'REVIEW_LEVEL_2');
    const label = REVIEW_ACTION_LABELS.SECRECY_REVIEW;
    const dialog = await openStep(page, label);
    await field(dialog, '审查意见').fill(secrecyOpinion);
    await pickOption(page, dialog.getByRole('combobox', { name: '审查结论' }), REVIEW_OUTCOME_LABELS.PARTIAL);
    await pickOption(
      page,
      dialog.getByRole('combobox', { name: '不予公开理由' }),
      WITHHOLDING_REASON_LABELS.PERSONAL_PRIVACY,
    );
    await page.keyboard.press('Escape');
    await field(dialog, '依据').fill(secrecyBasis);
    const redaction = dialog.getByTestId('redacted-version-step');
    const redactedText = field(redaction, '区分处理后的正文');
    expect(await redactedText.inputValue()).toBe(suppliedText);
    await redactedText.fill(disclosable);
    await expectOk(page, 'PrepareApplicationSupplyRedaction', () =>
      redaction.getByRole('button', { name: '生成区分处理版本' }).click(),
    );
    await expect
      .poll(() => dialog.getByRole('combobox', { name: '区分处理版本' }).innerText())
      .toBe('区分处理版本 1');
    await expectChinesePage(page);
    await expectOk(page, 'ReviewSecrecy', () => button(dialog, label).click());
    await dialog.waitFor({ state: 'hidden' });
    const redacted = main(page).getByTestId('review-redacted');
    await expect.poll(() => redacted.innerText()).toContain(disclosable);
    expect(await redacted.innerText()).not.toContain(privatePart);
    const decisions = main(page).getByTestId('review-decisions');
    await expect.poll(() => decisions.innerText()).toContain(secrecyOpinion);
    expect(await decisions.innerText()).toContain(
      `结论：${REVIEW_OUTCOME_LABELS.PARTIAL}；理由：${WITHHOLDING_REASON_LABELS.PERSONAL_PRIVACY}`,
    );
    passed.add('secrecy');
  });

  it('处室负责人从待办打开审查并审批通过（审查后提供给申请人，不指定发布人）', async (context) => {
    needs(context, 'secrecy');
    const { page } = browser();
    await openReviewTask(page, head, 'REVIEW_LEVEL_3');
    const label = REVIEW_ACTION_LABELS.APPROVE;
    const dialog = await openStep(page, label);
    await field(dialog, '审查意见').fill(`同意区分处理后提供（${runId}）`);
    await expectOk(page, 'ReviewApprove', () => button(dialog, label).click());
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => main(page).getByTestId('review-redacted').innerText()).toContain('（已审批）');
    // Supplying is the handler's step on the case, not the head's: no 发布 either.
    expect(await button(main(page), REVIEW_ACTION_LABELS.PUBLISH).count()).toBe(0);
    await expectChinesePage(page);
    passed.add('approved');
  });

  it('承办人员“提供给申请人并办结”：案件已办结，办理结果为部分公开，期限按期办结', async (context) => {
    needs(context, 'approved');
    const { page } = browser();
    await signInAs(page, handler);
    await openConsole(page, baseUrl, casePath);
    await expect.poll(() => state(page).innerText()).toBe(APPLICATION_STATE_LABELS.IN_REVIEW);
    const label = '提供给申请人并办结';
    await button(main(page), label).click();
    const confirm = page.getByRole('dialog');
    await expectOk(page, 'SupplyApplicationReply', () => button(confirm, label).click());
    await confirm.waitFor({ state: 'hidden' });
    await expect.poll(() => state(page).innerText()).toBe(APPLICATION_STATE_LABELS.CLOSED);
    const steps = main(page).getByTestId('application-steps');
    await steps.getByText(replyText).waitFor();
    const stepsText = await steps.innerText();
    expect(stepsText).toContain(APPLICATION_RESULT_CATEGORY_LABELS.PARTIALLY_DISCLOSED);
    expect(stepsText).toContain(WITHHOLDING_REASON_LABELS.PERSONAL_PRIVACY);
    expect(stepsText).toMatch(new RegExp(`答复日期\\s+${chineseDate(today)}`));
    await expect.poll(() => main(page).getByTestId('application-clock').innerText()).not.toContain('计时中');
    await expectChinesePage(page);
    passed.add('closed');
  });

  it('申请人凭案件编号和查询码看到已办结、答复书和恰好区分处理后的内容；错误的查询码或他人的案件编号查不到（NOT_FOUND）', async (context) => {
    needs(context, 'closed');
    const closed = await statusOf(applicant);
    expect(closed.caseNumber).toBe(applicant.caseNumber);
    expect(closed.state).toBe('CLOSED');
    expect(closed.stateLabel).toBe(APPLICATION_STATE_LABELS.CLOSED);
    expect(closed.replyDueDate).toBeNull();
    expect(closed.suppliedContent).toEqual({ text: disclosable, files: [] });
    const letter = closed.replyLetter!.paragraphs.join('\n');
    expect(letter).toContain('区分处理');
    expect(letter).toContain(replyText);
    // Nothing of the original or of the review reaches the applicant.
    const everything = JSON.stringify(closed);
    for (const hidden of [privatePart, levelOneOpinion, secrecyBasis])
      expect(everything).not.toContain(hidden);
    expect(closed.notices.some((notice) => notice.content.includes(correctionRequest))).toBe(true);

    const code = normalizeAccessCode(applicant.accessCode)!;
    const wrongCode = code.slice(0, -1) + [...CROCKFORD_ALPHABET].find((symbol) => symbol !== code.at(-1))!;
    await expectNothingFor({ caseNumber: applicant.caseNumber, accessCode: wrongCode });
    await expectNothingFor({ caseNumber: other.caseNumber, accessCode: applicant.accessCode });
    await expectNothingFor({ caseNumber: applicant.caseNumber, accessCode: other.accessCode });
    expect((await statusOf(other)).suppliedContent).toBeNull();
  });

  it('另一件申请由承办人员答复（无法提供·本机关不掌握）办结，不留计时中的期限', async (context) => {
    needs(context, 'submitted');
    const { page } = browser();
    await signInAs(page, handler);
    await page.getByRole('menuitem', { name: '依申请公开', exact: true }).click();
    await page.getByRole('row').filter({ hasText: other.caseNumber }).getByText(other.caseNumber).click();
    await page.waitForURL(/#\/applications\/[^/]+\/show$/);
    await main(page).getByTestId('application-request').getByText(otherDescription).waitFor();
    const label = APPLICATION_ACTION_LABELS.REPLY;
    const dialog = await openStep(page, label);
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
    await expectOk(page, 'ReplyToApplication', () => button(dialog, label).click());
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => state(page).innerText()).toBe(APPLICATION_STATE_LABELS.CLOSED);
    expect((await statusOf(other)).state).toBe('CLOSED');
  });
});
