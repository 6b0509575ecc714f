import {
  ARRIVE_EARLY_MINUTES,
  ELIGIBILITY_OUTCOME_LABELS,
  INVITATION_ACTION_LABELS,
  INVITATION_STATE_LABELS,
  MEETING_ACTION_LABELS,
  MEETING_STATE_LABELS,
  OPINION_ADOPTION_LABELS,
  OPINION_SOURCE_LABELS,
  REVIEW_ACTION_LABELS,
  TOPIC_CATEGORY_LABELS,
  addWorkingDays,
  createWorkingDayCalendar,
  type OpinionAdoption,
} from '@gdp/domain';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useConsoleBrowser } from './support/browser.js';
import { button, expectChinesePage, field, openConsole } from './support/console.js';
import { documentFlow, personOf } from './support/document-flow.js';
import { externalAppOf } from './support/external-app.js';

const { baseUrl, runId, accounts, meetingDepartment, invitationsApiToken, opinionsApiToken, publicApiToken } =
  inject('e2e');

const organizer = personOf(accounts.meetingOrganizer, `Gdp-E2e-${runId}-Hz!1`);
const officer = personOf(accounts.meetingOfficer, `Gdp-E2e-${runId}-Hb!1`);
const head = personOf(accounts.meetingHead, `Gdp-E2e-${runId}-Hf!1`);
const publisher = personOf(accounts.meetingPublisher, `Gdp-E2e-${runId}-Hp!1`);

const { signInAs, pickOption, expectOk, openStep, reviewStep, approveNamingPublisher, confirmStep } =
  documentFlow(baseUrl, runId);

type Step =
  'registered' | 'created' | 'invited' | 'answered' | 'attended' | 'heard' | 'submitted' | 'published';
const passed = new Set<Step>();
function needs(context: { skip: (condition: boolean, note?: string) => void }, ...steps: Step[]) {
  const missing = steps.filter((step) => !passed.has(step));
  context.skip(missing.length > 0, `an earlier flow failed (${missing.join(', ')})`);
}

const SHANGHAI = 'Asia/Shanghai';
/** A `datetime-local` value as the console (Asia/Shanghai) shows an instant: 2026-11-27T10:05. */
const localInputValue = (instant: Date) =>
  instant.toLocaleString('sv-SE', { timeZone: SHANGHAI }).replace(' ', 'T').slice(0, 16);
/** The instant of a `datetime-local` value typed in Asia/Shanghai (UTC+8, no daylight saving). */
const instantOf = (value: string) => new Date(`${value}:00+08:00`);
const chineseDate = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

/** An external app: plain GraphQL over HTTP with its token. */
const externalApp = <T>(token: string, query: string, variables: Record<string, unknown>) =>
  externalAppOf(baseUrl, token).call<T>(query, variables);
const externalData = <T>(token: string, query: string, variables: Record<string, unknown>) =>
  externalAppOf(baseUrl, token).data<T>(query, variables);

interface InvitationView {
  caseNumber: string;
  state: string;
  representativeName: string;
  meetingTitle: string;
  meetingState: string;
  wholeMeeting: boolean;
  topics: { id: string; title: string }[];
  checkedInAt: string | null;
  isLate: boolean;
  notices: string[];
  opinions: { content: string; adoption: string | null; adoptionExplanation: string | null }[];
  feedback: string | null;
  feedbackSentAt: string | null;
}
const INVITATION_VIEW = `caseNumber state representativeName meetingTitle meetingState wholeMeeting
  topics { id title } checkedInAt isLate notices
  opinions { content adoption adoptionExplanation } feedback feedbackSentAt`;

/** What a representative reads with the invitation's number and code (invitations:respond). */
const readInvitation = (caseNumber: string, accessCode: string) =>
  externalApp<{ invitationByCode: InvitationView }>(
    invitationsApiToken,
    `query ($caseNumber: String!, $accessCode: String!) {
      invitationByCode(caseNumber: $caseNumber, accessCode: $accessCode) { ${INVITATION_VIEW} }
    }`,
    { caseNumber, accessCode },
  );

async function invitationOf(invitation: Issued): Promise<InvitationView> {
  const answer = await readInvitation(invitation.caseNumber, invitation.accessCode);
  expect(answer.errors?.map((error) => error.message) ?? []).toEqual([]);
  return answer.data!.invitationByCode;
}

interface Representative {
  key: 'a' | 'b' | 'c' | 'd';
  name: string;
  organisation: string;
}
interface Issued {
  caseNumber: string;
  accessCode: string;
}

/**
 * Representatives at meetings (SPEC M8) [seed §6]: the organizer registers four representatives found eligible,
 * plans a meeting of two topics open to them with three seats, and invites three (one for a single topic) and a
 * fourth, who is waitlisted. With their codes two accept and one declines through an external app; the waitlisted
 * one is promoted. At the meeting one arrival is on time and one late, a speech and a written opinion (from the
 * external app) are recorded; the meeting closes with minutes and decisions, every opinion gets its adoption, the
 * representatives get their feedback and the results pass the three levels of review and are published — within
 * the 3 working days, so the meeting's only deadline ends met and the other suites still see none open.
 *
 * Lateness with the server's real clock: the meeting starts about 5 minutes after it is planned, so a check-in
 * with the code (the server's now) is later than 10 minutes before the start — late; the desk records the other
 * arrival at exactly 10 minutes before the start (typed, in the past) — on time.
 */
describe('社会代表列席会议：登记代表、邀请与候补递补、签到迟到、意见与采纳、反馈、结果审查公开', () => {
  const browser = useConsoleBrowser('meetings');
  const title = `关于老旧小区加装电梯补助办法的专题会议${runId}`;
  const topics = [
    { title: `加装电梯财政补助标准${runId}`, category: TOPIC_CATEGORY_LABELS.MAJOR_DECISION },
    { title: `加装电梯低层住户权益保障${runId}`, category: TOPIC_CATEGORY_LABELS.PUBLIC_CONCERN },
  ];
  const representatives: Representative[] = [
    { key: 'a', name: `甲代表${runId}`, organisation: '测试社区居委会' },
    { key: 'b', name: `乙代表${runId}`, organisation: '测试律师事务所' },
    { key: 'c', name: `丙代表${runId}`, organisation: '测试高校' },
    { key: 'd', name: `丁代表${runId}`, organisation: '测试业主委员会' },
  ];
  const [repA, repB, repC, repD] = representatives;
  const issued = new Map<Representative['key'], Issued>();
  const speech = `建议补助标准按楼层分档，并向低收入家庭倾斜（${runId}）`;
  const writtenOpinion = `低层住户的采光和通行影响应当给予补偿，建议设立协商机制（${runId}）`;
  const minutes = `会议听取了加装电梯补助办法起草情况的汇报，列席代表发表了意见（${runId}）。`;
  const decisions = `原则通过补助办法，补助标准按楼层分档，低层住户补偿由协商机制确定（${runId}）。`;
  const adoptions: Record<'a' | 'b', { adoption: OpinionAdoption; explanation: string }> = {
    a: { adoption: 'ADOPTED', explanation: `补助标准已按楼层分档（${runId}）` },
    b: { adoption: 'PARTLY_ADOPTED', explanation: `设立协商机制，补偿标准另行研究（${runId}）` },
  };
  let meetingPath = '';
  let startsAtValue = '';
  let feedbackDueDate = '';

  const main = (page: Page) => page.getByRole('main');
  const invitationRow = (page: Page, representative: Representative): Locator =>
    main(page).getByTestId('invitation-row').filter({ hasText: representative.name });
  const stateOfRow = (page: Page, representative: Representative) =>
    invitationRow(page, representative).getByTestId('invitation-state').innerText();
  const meetingState = (page: Page) =>
    main(page).getByTestId('meeting-overview').getByTestId('meeting-state').innerText();

  /** A meeting step without a form: its button, then the confirmation's button of the same name. */
  async function confirmMeetingStep(page: Page, label: string, operation: string, scope?: Locator) {
    await button(scope ?? main(page), label).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectOk(page, operation, () => button(dialog, label).click());
    await dialog.waitFor({ state: 'hidden' });
  }

  it('会议组织人员登记四位社会代表，资格审核均为“符合列席条件”', async () => {
    const { page } = browser();
    await signInAs(page, organizer);
    for (const representative of representatives) {
      await page.getByRole('menuitem', { name: '社会代表名册', exact: true }).click();
      await page.waitForURL(/#\/representatives$/);
      await openConsole(page, baseUrl, '/representatives/create');
      await field(page, '姓名').waitFor();
      await field(page, '姓名').fill(representative.name);
      await field(page, '工作单位').fill(representative.organisation);
      await field(page, '电子邮箱').fill(`rep.${representative.key}.${runId}@example.cn`);
      await expectChinesePage(page);
      await expectOk(page, 'RegisterRepresentative', () => button(page, '保存').click());
      await page.waitForURL(/#\/representatives\/[^/]+\/show$/);

      const dialog = await openStep(page, '资格审核');
      await dialog.getByRole('radio', { name: ELIGIBILITY_OUTCOME_LABELS.MET, exact: true }).check();
      await field(dialog, '审核依据').fill(`推荐单位意见、无违法犯罪记录证明（${runId}）`);
      await expectOk(page, 'RecordRepresentativeEligibility', () => button(dialog, '资格审核').click());
      await dialog.waitFor({ state: 'hidden' });
      const eligibility = main(page).getByTestId('representative-eligibility');
      await expect
        .poll(() => eligibility.getByTestId('eligibility-outcome').innerText())
        .toBe(ELIGIBILITY_OUTCOME_LABELS.MET);
      expect(await main(page).getByTestId('representative-profile').innerText()).toContain('可以邀请');
    }
    passed.add('registered');
  });

  it('新建会议：两个邀请社会代表列席的议题，全会 3 个席位，约 5 分钟后开始', async (context) => {
    needs(context, 'registered');
    const { page } = browser();
    await page.getByRole('menuitem', { name: '列席会议', exact: true }).click();
    await page.waitForURL(/#\/meetings$/);
    await openConsole(page, baseUrl, '/meetings/create');
    await field(page, '会议名称').waitFor();
    await field(page, '会议名称').fill(title);
    // The start is in the future when saved (the API refuses a past one) and less than 10 minutes away.
    startsAtValue = localInputValue(new Date(Date.now() + 6 * 60_000));
    await page.getByLabel('会议开始时间').fill(startsAtValue);
    await page
      .getByLabel('预计结束时间')
      .fill(localInputValue(new Date(instantOf(startsAtValue).getTime() + 2 * 3600_000)));
    await field(page, '会议地点').fill('市住房和城乡建设局 3 楼会议室');
    await page.getByRole('spinbutton', { name: '全会社会代表席位数' }).fill('3');
    await button(page, '添加').click();
    const topicTitles = page.getByRole('textbox', { name: '议题名称', exact: true });
    await expect.poll(() => topicTitles.count()).toBe(2);
    const categories = page.getByRole('combobox', { name: '议题类别' });
    for (const [index, topic] of topics.entries()) {
      await topicTitles.nth(index).fill(topic.title);
      await pickOption(page, categories.nth(index), topic.category);
    }
    await expectChinesePage(page);
    await expectOk(page, 'CreateMeeting', () => button(page, '保存').click());
    await page.waitForURL(/#\/meetings\/[^/]+\/show$/);
    meetingPath = new URL(page.url()).hash.slice(1);

    await expect.poll(() => meetingState(page)).toBe(MEETING_STATE_LABELS.PLANNED);
    const overview = await main(page).getByTestId('meeting-overview').innerText();
    expect(overview).toContain('3 席');
    expect(overview).toContain(meetingDepartment.name);
    const topicTable = await main(page).getByTestId('meeting-topics').innerText();
    for (const topic of topics) {
      expect(topicTable).toContain(topic.title);
      expect(topicTable).toContain(topic.category);
    }
    await expectChinesePage(page);
    passed.add('created');
  });

  /** 邀请社会代表: the representative, the topics (all, or `topic` only); the letter shows the code once. */
  async function invite(page: Page, representative: Representative, topic?: string): Promise<Issued> {
    const label = MEETING_ACTION_LABELS.INVITE;
    const dialog = await openStep(page, label);
    const choose = dialog.getByRole('combobox', { name: '社会代表' });
    await choose.click();
    await choose.fill(representative.name);
    await page.getByRole('option', { name: new RegExp(representative.name) }).click();
    if (topic) {
      await dialog.getByLabel('列席全部邀请社会代表的议题').uncheck();
      await dialog.getByRole('checkbox', { name: new RegExp(topic) }).check();
    }
    await expectOk(page, 'InviteRepresentative', () => button(dialog, label).click());
    const letter = page.getByRole('dialog').filter({ hasText: '仅此一次显示' });
    await letter.waitFor();
    const heading = await letter.getByRole('heading').first().innerText();
    const caseNumber = /邀请函\s*(\S+)/.exec(heading)?.[1] ?? '';
    const accessCode = (await letter.locator('strong').first().innerText()).trim();
    expect(caseNumber).not.toBe('');
    expect(accessCode).not.toBe('');
    expect(await letter.innerText()).toContain(representative.name);
    await button(letter, '关闭').click();
    await letter.waitFor({ state: 'hidden' });
    await invitationRow(page, representative).waitFor();
    return { caseNumber, accessCode };
  }

  it('邀请三位代表（其中一位只列席一个议题），第四位因席位已满列入候补', async (context) => {
    needs(context, 'created');
    const { page } = browser();
    issued.set('a', await invite(page, repA));
    issued.set('b', await invite(page, repB, topics[1].title));
    issued.set('c', await invite(page, repC));
    issued.set('d', await invite(page, repD));

    await expect.poll(() => meetingState(page)).toBe(MEETING_STATE_LABELS.INVITATIONS_SENT);
    for (const representative of [repA, repB, repC])
      expect(await stateOfRow(page, representative)).toBe(INVITATION_STATE_LABELS.INVITED);
    await expect.poll(() => stateOfRow(page, repD)).toBe(INVITATION_STATE_LABELS.WAITLISTED);
    const rowB = await invitationRow(page, repB).innerText();
    expect(rowB).toContain(topics[1].title);
    expect(rowB).not.toContain(topics[0].title);
    expect(await invitationRow(page, repA).innerText()).toContain('全部议题');
    await expectChinesePage(page);
    passed.add('invited');
  });

  it('代表凭查询码通过外部应用答复：两位接受、一位谢绝，候补代表递补（控制台可见），组织人员登记其接受', async (context) => {
    needs(context, 'invited');
    const { page } = browser();
    const viewB = await invitationOf(issued.get('b')!);
    expect(viewB.meetingTitle).toBe(title);
    expect(viewB.representativeName).toBe(repB.name);
    expect(viewB.wholeMeeting).toBe(false);
    expect(viewB.topics.map((topic) => topic.title)).toEqual([topics[1].title]);
    expect(viewB.state).toBe('INVITED');

    const respond = (key: 'a' | 'b' | 'c', accept: boolean) =>
      externalData<{ respondToInvitation: { state: string } }>(
        invitationsApiToken,
        `mutation ($caseNumber: String!, $accessCode: String!, $accept: Boolean!, $key: String!) {
          respondToInvitation(caseNumber: $caseNumber, accessCode: $accessCode, accept: $accept, idempotencyKey: $key) { state }
        }`,
        { ...issued.get(key)!, accept, key: `e2e-meeting-respond-${key}-${runId}` },
      );
    expect((await respond('a', true)).respondToInvitation.state).toBe('ACCEPTED');
    expect((await respond('b', true)).respondToInvitation.state).toBe('ACCEPTED');
    expect((await respond('c', false)).respondToInvitation.state).toBe('DECLINED');

    // The waitlisted representative is told with their own code.
    const viewD = await invitationOf(issued.get('d')!);
    expect(viewD.state).toBe('INVITED');
    expect(viewD.notices.join('\n')).toContain('候补递补');

    await page.reload();
    await expect.poll(() => stateOfRow(page, repC)).toBe(INVITATION_STATE_LABELS.DECLINED);
    await expect.poll(() => stateOfRow(page, repD)).toBe(INVITATION_STATE_LABELS.INVITED);
    expect(await stateOfRow(page, repA)).toBe(INVITATION_STATE_LABELS.ACCEPTED);
    expect(await stateOfRow(page, repB)).toBe(INVITATION_STATE_LABELS.ACCEPTED);

    // The promoted representative answers by phone; the organizer records it.
    const accept = INVITATION_ACTION_LABELS.ACCEPT;
    await button(invitationRow(page, repD), accept).click();
    const dialog = page.getByRole('dialog');
    await expectOk(page, 'RecordInvitationResponse', () => button(dialog, accept).click());
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => stateOfRow(page, repD)).toBe(INVITATION_STATE_LABELS.ACCEPTED);
    await expectChinesePage(page);
    passed.add('answered');
  });

  it('会议开始；一位代表按时签到（工作人员登记会前 10 分钟到达），一位凭查询码签到记为迟到', async (context) => {
    needs(context, 'answered');
    const { page } = browser();
    await confirmMeetingStep(page, MEETING_ACTION_LABELS.START, 'StartMeeting');
    await expect.poll(() => meetingState(page)).toBe(MEETING_STATE_LABELS.HELD);

    // On time: arrived exactly ARRIVE_EARLY_MINUTES before the start, recorded at the desk afterwards.
    const arrived = localInputValue(
      new Date(instantOf(startsAtValue).getTime() - ARRIVE_EARLY_MINUTES * 60_000),
    );
    const checkIn = INVITATION_ACTION_LABELS.CHECK_IN;
    const dialog = await openStep(page, checkIn, invitationRow(page, repA));
    await dialog.getByLabel('签到时间').fill(arrived);
    await expectOk(page, 'CheckInRepresentative', () => button(dialog, checkIn).click());
    await dialog.waitFor({ state: 'hidden' });
    const checkInA = invitationRow(page, repA).getByTestId('check-in');
    await expect.poll(() => checkInA.innerText()).not.toContain('未签到');
    expect(await checkInA.getByTestId('late-flag').count()).toBe(0);

    // Late: the representative checks in with the code now, later than 10 minutes before the start.
    const checkedIn = await externalData<{ checkInByCode: { isLate: boolean; checkedInAt: string } }>(
      invitationsApiToken,
      `mutation ($caseNumber: String!, $accessCode: String!, $key: String!) {
        checkInByCode(caseNumber: $caseNumber, accessCode: $accessCode, idempotencyKey: $key) { isLate checkedInAt }
      }`,
      { ...issued.get('b')!, key: `e2e-meeting-checkin-b-${runId}` },
    );
    expect(checkedIn.checkInByCode.isLate).toBe(true);
    expect(new Date(checkedIn.checkInByCode.checkedInAt).getTime()).toBeGreaterThan(
      instantOf(startsAtValue).getTime() - ARRIVE_EARLY_MINUTES * 60_000,
    );

    await page.reload();
    const checkInB = invitationRow(page, repB).getByTestId('check-in');
    await checkInB.getByTestId('late-flag').waitFor();
    expect(await checkInB.innerText()).toContain('迟到');
    expect(await checkInB.innerText()).toContain('代表凭查询码签到');
    expect(await invitationRow(page, repA).getByTestId('late-flag').count()).toBe(0);
    await expectChinesePage(page);
    passed.add('attended');
  });

  it('记录会上发言；代表通过外部应用（opinions:submit）提交书面意见，控制台按议题显示', async (context) => {
    needs(context, 'attended');
    const { page } = browser();
    const label = MEETING_ACTION_LABELS.RECORD_SPEECH;
    const dialog = await openStep(page, label, main(page).getByTestId('meeting-opinions'));
    await pickOption(
      page,
      dialog.getByRole('combobox', { name: '发言的代表' }),
      `${repA.name}（${issued.get('a')!.caseNumber}）`,
    );
    await pickOption(page, dialog.getByRole('combobox', { name: '议题' }), topics[0].title);
    await field(dialog, '发言内容').fill(speech);
    await expectOk(page, 'RecordMeetingSpeech', () => button(dialog, label).click());
    await dialog.waitFor({ state: 'hidden' });

    const topicId = (await invitationOf(issued.get('b')!)).topics[0].id;
    const receipt = await externalData<{ submitRepresentativeOpinion: { caseNumber: string } }>(
      opinionsApiToken,
      `mutation ($caseNumber: String!, $accessCode: String!, $topicId: ID, $content: String!, $key: String!) {
        submitRepresentativeOpinion(caseNumber: $caseNumber, accessCode: $accessCode, topicId: $topicId,
          content: $content, idempotencyKey: $key) { caseNumber opinionId receivedAt }
      }`,
      { ...issued.get('b')!, topicId, content: writtenOpinion, key: `e2e-meeting-opinion-b-${runId}` },
    );
    expect(receipt.submitRepresentativeOpinion.caseNumber).toBe(issued.get('b')!.caseNumber);

    await page.reload();
    const opinions = main(page).getByTestId('meeting-opinions');
    const speechCard = opinions.getByTestId('meeting-opinion').filter({ hasText: speech });
    const opinionCard = opinions.getByTestId('meeting-opinion').filter({ hasText: writtenOpinion });
    await speechCard.waitFor();
    await opinionCard.waitFor();
    expect(await speechCard.innerText()).toContain(repA.name);
    expect(await speechCard.innerText()).toContain('会上发言');
    expect(await opinionCard.innerText()).toContain(repB.name);
    expect(await opinionCard.innerText()).toContain(OPINION_SOURCE_LABELS.EXTERNAL);
    expect(await opinions.innerText()).toContain(topics[0].title);
    expect(await opinions.innerText()).toContain(topics[1].title);
    await expectChinesePage(page);
    passed.add('heard');
  });

  it('会议结束并记录纪要和决定；登记每条意见的采纳情况，向代表反馈，会议结果送保密审查（3 个工作日时限未逾期）', async (context) => {
    needs(context, 'heard');
    const { page } = browser();
    const close = MEETING_ACTION_LABELS.CLOSE;
    let dialog = await openStep(page, close);
    await field(dialog, '会议纪要').fill(minutes);
    await field(dialog, '会议决定情况').fill(decisions);
    await expectOk(page, 'CloseMeeting', () => button(dialog, close).click());
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => meetingState(page)).toBe(MEETING_STATE_LABELS.CLOSED);

    // Seed §6-4(4): 3 working days from the day the meeting ended (the default calendar of an empty database).
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: SHANGHAI });
    feedbackDueDate = addWorkingDays(createWorkingDayCalendar(), today, 3);
    const deadline = main(page).getByTestId('meeting-after').getByTestId('feedback-deadline');
    await expect.poll(() => deadline.innerText()).toContain(chineseDate(feedbackDueDate));
    expect(await deadline.innerText()).not.toContain('已逾期');

    const opinions = main(page).getByTestId('meeting-opinions');
    for (const [key, content] of [
      ['a', speech],
      ['b', writtenOpinion],
    ] as const) {
      const card = opinions.getByTestId('meeting-opinion').filter({ hasText: content });
      const label = MEETING_ACTION_LABELS.RECORD_ADOPTION;
      dialog = await openStep(page, label, card);
      await dialog
        .getByRole('radio', { name: OPINION_ADOPTION_LABELS[adoptions[key].adoption], exact: true })
        .check();
      await field(dialog, '采纳情况说明').fill(adoptions[key].explanation);
      await expectOk(page, 'RecordOpinionAdoption', () => button(dialog, label).click());
      await dialog.waitFor({ state: 'hidden' });
      await expect
        .poll(() => card.getByTestId('adoption').innerText())
        .toContain(OPINION_ADOPTION_LABELS[adoptions[key].adoption]);
    }

    await confirmMeetingStep(page, MEETING_ACTION_LABELS.SEND_FEEDBACK, 'SendMeetingFeedback');
    await expect.poll(() => meetingState(page)).toBe(MEETING_STATE_LABELS.FEEDBACK_SENT);
    await confirmMeetingStep(page, MEETING_ACTION_LABELS.SUBMIT_RESULTS, 'SubmitMeetingResults');
    await expect.poll(() => meetingState(page)).toBe(MEETING_STATE_LABELS.RESULTS_IN_REVIEW);
    expect(await main(page).getByTestId('meeting-after').innerText()).toContain(minutes);
    await expectChinesePage(page);
    passed.add('submitted');
  });

  it('会议结果保密审查：组织人员初审、保密员审查、处室负责人审批并指定发布人，发布人发布；时限按期办结', async (context) => {
    needs(context, 'submitted');
    const { page } = browser();
    const after = main(page).getByTestId('meeting-after');
    await after.getByRole('link', { name: `${title}会议结果` }).click();
    await page.waitForURL(/#\/reviews\/[^/]+\/show$/);
    const reviewPath = new URL(page.url()).hash.slice(1);
    await expectChinesePage(page);
    await reviewStep(page, 'INITIAL_REVIEW', '会议结果不涉及国家秘密，建议公开');
    await signInAs(page, officer);
    await openConsole(page, baseUrl, reviewPath);
    await reviewStep(page, 'SECRECY_REVIEW', '经审查可以公开');
    await signInAs(page, head);
    await openConsole(page, baseUrl, reviewPath);
    await approveNamingPublisher(page, publisher);
    await signInAs(page, publisher);
    await openConsole(page, baseUrl, reviewPath);
    await confirmStep(page, REVIEW_ACTION_LABELS.PUBLISH, 'ReviewPublish');

    // The organizer sees the meeting published and its deadline met on time.
    await signInAs(page, organizer);
    await openConsole(page, baseUrl, meetingPath);
    await expect.poll(() => meetingState(page)).toBe(MEETING_STATE_LABELS.RESULTS_PUBLISHED);
    const deadline = main(page).getByTestId('meeting-after').getByTestId('feedback-deadline');
    await expect.poll(() => deadline.innerText()).toContain('办结');
    expect(await deadline.innerText()).toContain(chineseDate(feedbackDueDate));
    expect(await deadline.innerText()).not.toContain('已逾期');
    await expectChinesePage(page);
    passed.add('published');
  });

  it('外部应用（public:read）读取已公开的会议结果；代表凭查询码读取反馈，不能读取他人的邀请（NOT_FOUND）', async (context) => {
    needs(context, 'published');
    const results = await externalData<{
      publicMeetingResults: {
        items: { title: string; body: string; subjectKind: string; indexNumber: string }[];
      };
    }>(
      publicApiToken,
      `query ($search: String) {
        publicMeetingResults(search: $search) { items { title body subjectKind indexNumber } total }
      }`,
      { search: runId },
    );
    const entry = results.publicMeetingResults.items.find((item) => item.title === `${title}会议结果`);
    expect(entry).toBeDefined();
    expect(entry!.subjectKind).toBe('MEETING_RESULT');
    expect(entry!.body).toContain(decisions);
    expect(entry!.body).toContain(adoptions.b.explanation);
    // No representative agreed to be named: the published results name none of them.
    for (const representative of representatives) expect(entry!.body).not.toContain(representative.name);

    const viewB = await invitationOf(issued.get('b')!);
    expect(viewB.feedbackSentAt).not.toBeNull();
    expect(viewB.feedback).toContain(decisions);
    expect(viewB.feedback).toContain(adoptions.b.explanation);
    expect(viewB.feedback).not.toContain(adoptions.a.explanation);
    expect(viewB.opinions.map((opinion) => opinion.adoption)).toEqual([adoptions.b.adoption]);
    expect(viewB.isLate).toBe(true);

    // B's code opens B's invitation only: A's number with B's code is the same NOT_FOUND as a wrong code.
    const refused = await readInvitation(issued.get('a')!.caseNumber, issued.get('b')!.accessCode);
    expect(refused.data?.invitationByCode ?? null).toBeNull();
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});
