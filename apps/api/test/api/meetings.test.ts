import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Deadline } from '../../src/modules/deadline/deadline.entity.js';
import { Notice } from '../../src/modules/notice/notice.entity.js';
import { Task } from '../../src/modules/task/task.entity.js';
import { createApiToken, createDepartment, signedIn } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import type { Person, Row } from '../support/document-fixtures.js';
import { REVIEW_APPROVE, REVIEW_INITIAL, REVIEW_PUBLISH, REVIEW_SECRECY } from '../support/document-fixtures.js';
import { TEST_START, startTestApp, type TestApp } from '../support/test-app.js';

/** Public representatives at meetings (SPEC M8) through the API, staff and external apps. */

const REP_FIELDS = 'id version name type organisation phone email postalAddress state eligibilityOutcome isInvitable';
const REGISTER = `mutation Register($input: RepresentativeInput!, $confirm: Boolean) {
  registerRepresentative(input: $input, confirmNotDuplicate: $confirm) { ${REP_FIELDS} } }`;
const ELIGIBILITY = `mutation Eligibility($id: ID!, $version: Int!, $input: EligibilityCheckInput!) {
  recordRepresentativeEligibility(id: $id, version: $version, input: $input) { ${REP_FIELDS} eligibilityChecks { outcome basis } } }`;
const SET_ACTIVE = `mutation Active($id: ID!, $version: Int!, $active: Boolean!) {
  setRepresentativeActive(id: $id, version: $version, active: $active) { ${REP_FIELDS} } }`;
const REPRESENTATIVE = `query Rep($id: ID!) { representative(id: $id) { ${REP_FIELDS}
  participation { caseNumber state checkedInAt } } }`;

const INVITATION_FIELDS = `id version caseNumber state sequence topicIds checkedInAt checkedInBy isLate departedAt
  departedAfterTopicId attendancePublic availableActions isInterestFlagged representative { id name phone email }`;
const MEETING_FIELDS = `id version caseNumber title state departmentId startsAt seats endedAt decisions feedbackSentAt deadlineId
  availableActions topics { id title representativesMayAttend seats }`;
const MEETING = `query Meeting($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS}
  invitations { ${INVITATION_FIELDS} } opinions { id version kind source topicId content adoption }
  attendance { caseNumber representativeName isLate checkedInAt departedAfterTopic attendancePublic }
  resultVersions { id kind body sealedAt } resultReviews { id version state } } }`;
const CREATE = `mutation Create($input: MeetingInput!) { createMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $version: Int!, $input: MeetingInput!) {
  updateMeeting(id: $id, version: $version, input: $input) { ${MEETING_FIELDS} } }`;
const POSTPONE = `mutation Postpone($id: ID!, $version: Int!, $input: MeetingReasonInput!) {
  postponeMeeting(id: $id, version: $version, input: $input) { ${MEETING_FIELDS} } }`;
const RESCHEDULE = `mutation Reschedule($id: ID!, $version: Int!, $input: RescheduleMeetingInput!) {
  rescheduleMeeting(id: $id, version: $version, input: $input) { ${MEETING_FIELDS} } }`;
const CANCEL = `mutation Cancel($id: ID!, $version: Int!, $input: MeetingReasonInput!) {
  cancelMeeting(id: $id, version: $version, input: $input) { ${MEETING_FIELDS} } }`;
const START = `mutation Start($id: ID!, $version: Int!) { startMeeting(id: $id, version: $version) { ${MEETING_FIELDS} } }`;
const CLOSE = `mutation Close($id: ID!, $version: Int!, $input: CloseMeetingInput!) {
  closeMeeting(id: $id, version: $version, input: $input) { ${MEETING_FIELDS} } }`;
const FEEDBACK = `mutation Feedback($id: ID!, $version: Int!) { sendMeetingFeedback(id: $id, version: $version) { ${MEETING_FIELDS} } }`;
const SUBMIT = `mutation Submit($id: ID!, $version: Int!) { submitMeetingResults(id: $id, version: $version) { ${MEETING_FIELDS} } }`;
const INVITE = `mutation Invite($meetingId: ID!, $input: InviteRepresentativeInput!) {
  inviteRepresentative(meetingId: $meetingId, input: $input) { caseNumber accessCode letter { title paragraphs }
    invitation { ${INVITATION_FIELDS} } } }`;
const REISSUE = `mutation Reissue($id: ID!, $version: Int!) { reissueInvitationCode(id: $id, version: $version) {
  caseNumber accessCode invitation { id version } } }`;
const WITHDRAW = `mutation Withdraw($id: ID!, $version: Int!, $reason: String!) {
  withdrawInvitation(id: $id, version: $version, reason: $reason) { ${INVITATION_FIELDS} } }`;
const CHECK_IN = `mutation CheckIn($id: ID!, $version: Int!, $at: DateTimeISO) {
  checkInRepresentative(id: $id, version: $version, at: $at) { ${INVITATION_FIELDS} } }`;
const DEPART = `mutation Depart($id: ID!, $version: Int!, $afterTopicId: ID!) {
  recordRepresentativeDeparture(id: $id, version: $version, afterTopicId: $afterTopicId) { ${INVITATION_FIELDS} } }`;
const OPINION = `mutation Opinion($meetingId: ID!, $input: MeetingOpinionInput!) {
  recordMeetingOpinion(meetingId: $meetingId, input: $input) { id version kind source } }`;
const SPEECH = `mutation Speech($meetingId: ID!, $input: MeetingSpeechInput!) {
  recordMeetingSpeech(meetingId: $meetingId, input: $input) { id version kind } }`;
const ADOPT = `mutation Adopt($id: ID!, $version: Int!, $input: OpinionAdoptionInput!) {
  recordOpinionAdoption(id: $id, version: $version, input: $input) { id version adoption } }`;
const LETTER = `query Letter($invitationId: ID!) { invitationLetter(invitationId: $invitationId) { title paragraphs } }`;
const CALENDAR = `query Calendar($from: DateTimeISO!, $to: DateTimeISO!) { meetingsCalendar(from: $from, to: $to) { id title state } }`;

const VIEW_FIELDS = `caseNumber state representativeName meetingTitle meetingState organizer place wholeMeeting
  topics { id title } rules checkedInAt isLate attendancePublic interestDeclarations { topicId hasDirectInterest }
  opinions { id content adoption adoptionExplanation } feedbackSentAt feedback notices`;
const BY_CODE = `query ByCode($caseNumber: String!, $accessCode: String!) {
  invitationByCode(caseNumber: $caseNumber, accessCode: $accessCode) { ${VIEW_FIELDS} } }`;
const RESPOND = `mutation Respond($caseNumber: String!, $accessCode: String!, $accept: Boolean!, $key: String!) {
  respondToInvitation(caseNumber: $caseNumber, accessCode: $accessCode, accept: $accept, idempotencyKey: $key) { ${VIEW_FIELDS} } }`;
const DECLARE = `mutation Declare($caseNumber: String!, $accessCode: String!, $input: InterestDeclarationInput!, $key: String!) {
  declareInterest(caseNumber: $caseNumber, accessCode: $accessCode, input: $input, idempotencyKey: $key) { ${VIEW_FIELDS} } }`;
const CODE_CHECK_IN = `mutation CodeCheckIn($caseNumber: String!, $accessCode: String!, $key: String!) {
  checkInByCode(caseNumber: $caseNumber, accessCode: $accessCode, idempotencyKey: $key) { ${VIEW_FIELDS} } }`;
const LISTING = `mutation Listing($caseNumber: String!, $accessCode: String!, $isPublic: Boolean!, $key: String!) {
  setAttendancePublic(caseNumber: $caseNumber, accessCode: $accessCode, isPublic: $isPublic, idempotencyKey: $key) { ${VIEW_FIELDS} } }`;
const SUBMIT_OPINION = `mutation SubmitOpinion($caseNumber: String!, $accessCode: String!, $topicId: ID, $content: String!, $key: String!) {
  submitRepresentativeOpinion(caseNumber: $caseNumber, accessCode: $accessCode, topicId: $topicId, content: $content, idempotencyKey: $key) {
    caseNumber opinionId receivedAt } }`;
const PUBLIC_RESULTS = `query Results { publicMeetingResults { total items { indexNumber title body subjectKind departmentName } } }`;
const PUBLIC_RESULT = `query Result($indexNumber: String!) { publicMeetingResult(indexNumber: $indexNumber) { indexNumber title body } }`;

const at = (minutesAfterStart: number) => new Date(new Date(TEST_START).getTime() + minutesAfterStart * 60_000).toISOString();
const key = () => randomUUID();

describe('meetings with public representatives (SPEC M8)', () => {
  let testApp: TestApp;
  let department: { id: string };
  let organizer: Person;
  let otherOrganizer: Person;
  let leader: Person;
  let office: Person;
  let officer: Person;
  let head: Person;
  let publisher: Person;
  let app: GraphQLClient;
  let opinionApp: GraphQLClient;
  let portal: GraphQLClient;

  beforeAll(async () => {
    testApp = await startTestApp({ sessionIdleMinutes: 100_000 });
    const ds = testApp.db.database.dataSource;
    department = await createDepartment(ds);
    const member = (role: 'MEETING_ORGANIZER' | 'CONFIDENTIALITY_OFFICER' | 'DEPARTMENT_HEAD' | 'PUBLISHER') =>
      signedIn(testApp, { roles: [{ role, departmentId: department.id }], departmentId: department.id });
    organizer = await member('MEETING_ORGANIZER');
    officer = await member('CONFIDENTIALITY_OFFICER');
    head = await member('DEPARTMENT_HEAD');
    publisher = await member('PUBLISHER');
    otherOrganizer = await signedIn(testApp, { roles: ['MEETING_ORGANIZER'] });
    leader = await signedIn(testApp, { roles: ['BUREAU_LEADER'] });
    office = await signedIn(testApp, { roles: ['LEADERSHIP_OFFICE'] });
    app = testApp.client().withBearer((await createApiToken(ds, ['invitations:respond'])).token);
    opinionApp = testApp.client().withBearer((await createApiToken(ds, ['opinions:submit'])).token);
    portal = testApp.client().withBearer((await createApiToken(ds, ['public:read'])).token);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const representativeInput = (overrides: Row = {}) => ({
    name: `王${randomUUID().slice(0, 4)}`,
    type: 'STAKEHOLDER',
    organisation: `湖州市某社区${randomUUID().slice(0, 4)}`,
    phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    ...overrides,
  });
  /** Registered and found eligible (MET). */
  const eligibleRepresentative = async (overrides: Row = {}) => {
    const registered = (await organizer.client.ok(REGISTER, { input: representativeInput(overrides) })).registerRepresentative;
    return (
      await organizer.client.ok(ELIGIBILITY, {
        id: registered.id,
        version: registered.version,
        input: { outcome: 'MET', basis: '推荐单位意见；无违法犯罪记录证明' },
      })
    ).recordRepresentativeEligibility as Row;
  };
  const meetingInput = (overrides: Row = {}) => ({
    title: `关于文旅惠民政策的局务会${randomUUID().slice(0, 4)}`,
    departmentId: department.id,
    startsAt: at(20),
    plannedEndsAt: at(80),
    place: '局三楼会议室',
    seats: null,
    topics: [
      { title: '文旅惠民消费券发放方案', representativesMayAttend: true, category: 'MAJOR_DECISION', seats: null },
      { title: '内部人事事项', representativesMayAttend: false },
    ],
    ...overrides,
  });
  const createMeeting = async (overrides: Row = {}) =>
    (await organizer.client.ok(CREATE, { input: meetingInput(overrides) })).createMeeting as Row;
  const meetingOf = async (id: string, person: Person = organizer) => (await person.client.ok(MEETING, { id })).meeting as Row;
  const invite = async (meetingId: string, representativeId: string, input: Row = {}) =>
    (await organizer.client.ok(INVITE, { meetingId, input: { representativeId, topicIds: [], ...input } })).inviteRepresentative as Row;
  const respond = async (issue: Row, accept: boolean) =>
    (await app.ok(RESPOND, { caseNumber: issue.caseNumber, accessCode: issue.accessCode, accept, key: key() })).respondToInvitation as Row;

  describe('registry', () => {
    it('registers, refuses a likely duplicate unless confirmed, records eligibility, deactivates', async () => {
      const input = representativeInput({ email: 'Rep@Example.com', postalAddress: '湖州市某路 1 号' });
      const first = (await organizer.client.ok(REGISTER, { input })).registerRepresentative;
      expect(first).toMatchObject({ state: 'ACTIVE', eligibilityOutcome: null, isInvitable: false, email: 'rep@example.com' });
      const duplicate = await organizer.client.fails(REGISTER, { input: { ...input, name: '另一人', phone: null } });
      expect(duplicate.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REPRESENTATIVE.LIKELY_DUPLICATE' });
      expect(JSON.stringify(duplicate.extensions)).toContain(first.id);
      const confirmed = (await organizer.client.ok(REGISTER, { input: { ...input, name: '另一人', phone: null }, confirm: true }))
        .registerRepresentative;
      expect(confirmed.id).not.toBe(first.id);

      const notMet = (
        await office.client.ok(ELIGIBILITY, { id: first.id, version: first.version, input: { outcome: 'NOT_MET', basis: '有不良记录' } })
      ).recordRepresentativeEligibility;
      const met = (
        await organizer.client.ok(ELIGIBILITY, { id: first.id, version: notMet.version, input: { outcome: 'MET', basis: '复核符合' } })
      ).recordRepresentativeEligibility;
      expect(met).toMatchObject({ eligibilityOutcome: 'MET', isInvitable: true });
      expect(met.eligibilityChecks.map((check: Row) => check.outcome)).toEqual(['MET', 'NOT_MET']);
      const stale = await organizer.client.fails(SET_ACTIVE, { id: first.id, version: notMet.version, active: false });
      expect(stale.extensions?.code).toBe('CONFLICT');
      const inactive = (await organizer.client.ok(SET_ACTIVE, { id: first.id, version: met.version, active: false }))
        .setRepresentativeActive;
      expect(inactive).toMatchObject({ state: 'INACTIVE', isInvitable: false });
    });

    it('refuses bad input in zh-CN and shows contacts only to the registry keepers', async () => {
      const bad = await organizer.client.fails(REGISTER, { input: { name: ' ', type: 'EXPERT' } });
      expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(bad.extensions?.fields ?? {})).toEqual(expect.arrayContaining(['name', 'phone']));
      const rep = await eligibleRepresentative({ email: 'a@b.cn' });
      const asLeader = (await leader.client.ok(REPRESENTATIVE, { id: rep.id })).representative;
      expect(asLeader).toMatchObject({ name: rep.name, phone: null, email: null, postalAddress: null });
      const asOffice = (await office.client.ok(REPRESENTATIVE, { id: rep.id })).representative;
      expect(asOffice.phone).toBe(rep.phone);
      const denied = await leader.client.fails(REGISTER, { input: representativeInput() });
      expect(denied.extensions?.code).toBe('FORBIDDEN');
      expect((await app.fails(REPRESENTATIVE, { id: rep.id })).extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('meetings and invitations', () => {
    it('creates within the organizer’s department only; another department’s organizer gets NOT_FOUND', async () => {
      const refused = await otherOrganizer.client.fails(CREATE, { input: meetingInput() });
      expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MEETING.DEPARTMENT_NOT_GRANTED' });
      const noTopic = await organizer.client.fails(CREATE, {
        input: meetingInput({ topics: [{ title: '内部事项', representativesMayAttend: false }] }),
      });
      expect(noTopic.extensions?.fields).toHaveProperty('topics');
      const past = await organizer.client.fails(CREATE, { input: meetingInput({ startsAt: at(-60), plannedEndsAt: at(-30) }) });
      expect(past.extensions?.reason).toBe('MEETING.START_IN_PAST');

      const meeting = await createMeeting();
      expect(meeting).toMatchObject({ state: 'PLANNED', availableActions: ['EDIT', 'INVITE', 'POSTPONE', 'CANCEL', 'START'] });
      expect(meeting.caseNumber).toMatch(/^LX-2026-\d{6}$/);
      expect((await otherOrganizer.client.fails(MEETING, { id: meeting.id })).extensions?.code).toBe('NOT_FOUND');
      const foreign = await otherOrganizer.client.fails(START, { id: meeting.id, version: meeting.version });
      expect(foreign.extensions?.code).toBe('NOT_FOUND');
      const asLeader = await meetingOf(meeting.id, leader);
      expect(asLeader.availableActions).toEqual([]);
      const calendar = (await office.client.ok(CALENDAR, { from: at(0), to: at(24 * 60) })).meetingsCalendar as Row[];
      expect(calendar.map((item) => item.id)).toContain(meeting.id);
      const otherCalendar = (await otherOrganizer.client.ok(CALENDAR, { from: at(0), to: at(24 * 60) })).meetingsCalendar as Row[];
      expect(otherCalendar.map((item) => item.id)).not.toContain(meeting.id);

      const topics = meeting.topics as Row[];
      const edited = (
        await organizer.client.ok(UPDATE, {
          id: meeting.id,
          version: meeting.version,
          input: meetingInput({
            title: meeting.title,
            topics: [{ id: topics[0].id, title: '消费券发放方案（修改）', representativesMayAttend: true, category: 'MAJOR_DECISION' }],
          }),
        })
      ).updateMeeting;
      expect(edited.topics.map((topic: Row) => topic.title)).toEqual(['消费券发放方案（修改）']);
      const stale = await organizer.client.fails(UPDATE, { id: meeting.id, version: meeting.version, input: meetingInput() });
      expect(stale.extensions?.code).toBe('CONFLICT');
    });

    it('invites only eligible representatives to open topics; seats fill, the waitlist is promoted on a decline', async () => {
      const meeting = await createMeeting({ seats: 1 });
      const openTopic = meeting.topics[0].id;
      const closedTopic = meeting.topics[1].id;
      const unchecked = (await organizer.client.ok(REGISTER, { input: representativeInput() })).registerRepresentative;
      const notInvitable = await organizer.client.fails(INVITE, { meetingId: meeting.id, input: { representativeId: unchecked.id, topicIds: [] } });
      expect(notInvitable.extensions?.reason).toBe('MEETING.REPRESENTATIVE_NOT_INVITABLE');
      const a = await eligibleRepresentative();
      const closed = await organizer.client.fails(INVITE, { meetingId: meeting.id, input: { representativeId: a.id, topicIds: [closedTopic] } });
      expect(closed.extensions?.reason).toBe('MEETING.TOPIC_NOT_OPEN');

      const first = await invite(meeting.id, a.id, { topicIds: [openTopic] });
      expect(first.invitation.state).toBe('INVITED');
      expect(first.caseNumber).toMatch(/^YQ-2026-\d{6}$/);
      expect(first.letter.paragraphs.join('\n')).toContain(first.accessCode);
      const again = await organizer.client.fails(INVITE, { meetingId: meeting.id, input: { representativeId: a.id, topicIds: [] } });
      expect(again.extensions?.code).toBe('CONFLICT');
      const second = await invite(meeting.id, (await eligibleRepresentative()).id);
      const third = await invite(meeting.id, (await eligibleRepresentative()).id);
      expect([second.invitation.state, third.invitation.state]).toEqual(['WAITLISTED', 'WAITLISTED']);
      const reprint = (await organizer.client.ok(LETTER, { invitationId: first.invitation.id })).invitationLetter;
      expect(reprint.paragraphs.join('\n')).not.toContain(first.accessCode);
      expect((await otherOrganizer.client.fails(LETTER, { invitationId: first.invitation.id })).extensions?.code).toBe('NOT_FOUND');

      // A code opens its own invitation only: another invitation's number with it is the same NOT_FOUND as a wrong code.
      const own = (await app.ok(BY_CODE, { caseNumber: first.caseNumber, accessCode: first.accessCode })).invitationByCode;
      expect(own).toMatchObject({ state: 'INVITED', wholeMeeting: false, topics: [{ id: openTopic }] });
      expect(JSON.stringify(own)).not.toContain(second.caseNumber);
      const crossed = await app.fails(BY_CODE, { caseNumber: second.caseNumber, accessCode: first.accessCode });
      const unknown = await app.fails(BY_CODE, { caseNumber: 'YQ-2026-999999', accessCode: first.accessCode });
      expect(crossed.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CITIZEN_CODE.NOT_FOUND' });
      expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CITIZEN_CODE.NOT_FOUND' });
      expect(crossed.message).toBe(unknown.message);
      expect((await opinionApp.fails(BY_CODE, { caseNumber: first.caseNumber, accessCode: first.accessCode })).extensions?.code).toBe('FORBIDDEN');

      // Idempotent: a replay returns the first answer; the same key with another answer is refused.
      const answerKey = key();
      const declined = (await app.ok(RESPOND, { caseNumber: first.caseNumber, accessCode: first.accessCode, accept: false, key: answerKey }))
        .respondToInvitation;
      expect(declined.state).toBe('DECLINED');
      const replay = (await app.ok(RESPOND, { caseNumber: first.caseNumber, accessCode: first.accessCode, accept: false, key: answerKey }))
        .respondToInvitation;
      expect(replay).toEqual(declined);
      const reused = await app.fails(RESPOND, { caseNumber: first.caseNumber, accessCode: first.accessCode, accept: true, key: answerKey });
      expect(reused.extensions?.reason).toBe('IDEMPOTENCY.KEY_REUSED');

      const after = await meetingOf(meeting.id);
      expect(after.invitations.map((invitation: Row) => invitation.state)).toEqual(['DECLINED', 'INVITED', 'WAITLISTED']);
      const promotedNotices = await testApp.db.database.dataSource.manager.findBy(Notice, {
        caseKind: 'INVITATION',
        caseId: second.invitation.id,
      });
      expect(promotedNotices.map((notice) => notice.subject)).toEqual(
        expect.arrayContaining([expect.stringContaining('候补递补')]),
      );
      // Its holder reads the promotion with their code.
      const promoted = (await app.ok(BY_CODE, { caseNumber: second.caseNumber, accessCode: second.accessCode })).invitationByCode;
      expect(promoted.state).toBe('INVITED');
      expect(promoted.notices.join('\n')).toContain('候补递补');

      // Withdrawing the promoted one promotes the next; a reissued code replaces the old one.
      const secondRow = after.invitations[1];
      await organizer.client.ok(WITHDRAW, { id: secondRow.id, version: secondRow.version, reason: '代表因故不能列席' });
      expect((await meetingOf(meeting.id)).invitations.map((invitation: Row) => invitation.state)).toEqual([
        'DECLINED',
        'WITHDRAWN',
        'INVITED',
      ]);
      const thirdRow = (await meetingOf(meeting.id)).invitations[2];
      const reissued = (await organizer.client.ok(REISSUE, { id: thirdRow.id, version: thirdRow.version })).reissueInvitationCode;
      expect(reissued.accessCode).not.toBe(third.accessCode);
      expect((await app.fails(BY_CODE, { caseNumber: third.caseNumber, accessCode: third.accessCode })).extensions?.code).toBe('NOT_FOUND');
      expect((await app.ok(BY_CODE, { caseNumber: third.caseNumber, accessCode: reissued.accessCode })).invitationByCode.state).toBe('INVITED');
    });

    it('postponement, new time and cancellation are told to every invited representative', async () => {
      const meeting = await createMeeting();
      const issues = [await invite(meeting.id, (await eligibleRepresentative()).id), await invite(meeting.id, (await eligibleRepresentative()).id)];
      let current = await meetingOf(meeting.id);
      expect(current.state).toBe('INVITATIONS_SENT');
      current = (await organizer.client.ok(POSTPONE, { id: meeting.id, version: current.version, input: { reason: '议题材料需补充' } }))
        .postponeMeeting;
      expect(current).toMatchObject({ state: 'POSTPONED', availableActions: ['EDIT', 'RESCHEDULE', 'CANCEL', 'RECORD_OPINION'] });
      const start = await organizer.client.fails(START, { id: meeting.id, version: current.version });
      expect(start.extensions).toMatchObject({ code: 'INVALID_TRANSITION', allowedActions: current.availableActions });
      const badTime = await organizer.client.fails(RESCHEDULE, {
        id: meeting.id,
        version: current.version,
        input: { startsAt: at(200), plannedEndsAt: at(100) },
      });
      expect(badTime.extensions?.fields).toHaveProperty('plannedEndsAt');
      current = (await organizer.client.ok(RESCHEDULE, { id: meeting.id, version: current.version, input: { startsAt: at(24 * 60), plannedEndsAt: at(25 * 60) } }))
        .rescheduleMeeting;
      expect(current.state).toBe('INVITATIONS_SENT');
      current = (await organizer.client.ok(CANCEL, { id: meeting.id, version: current.version, input: { reason: '情况变化，不再召开' } }))
        .cancelMeeting;
      expect(current).toMatchObject({ state: 'CANCELLED', availableActions: [] });
      for (const issue of issues) {
        const view = (await app.ok(BY_CODE, { caseNumber: issue.caseNumber, accessCode: issue.accessCode })).invitationByCode;
        expect(view.meetingState).toBe('CANCELLED');
        const told = view.notices.join('\n');
        expect(told).toContain('会议延期');
        expect(told).toContain('会议时间已重新确定');
        expect(told).toContain('会议取消');
      }
    });
  });

  describe('guards', () => {
    it('refuses callers without the permission before looking at the arguments', async () => {
      const meeting = await createMeeting();
      for (const person of [leader, office, officer]) {
        expect((await person.client.fails(START, { id: meeting.id, version: meeting.version })).extensions?.code).toBe('FORBIDDEN');
        expect((await person.client.fails(CREATE, { input: meetingInput() })).extensions?.code).toBe('FORBIDDEN');
      }
      expect((await officer.client.fails(MEETING, { id: meeting.id })).extensions?.code).toBe('FORBIDDEN');
      expect((await app.fails(MEETING, { id: meeting.id })).extensions?.code).toBe('FORBIDDEN');
      expect((await testApp.client().fails(MEETING, { id: meeting.id })).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await portal.fails(SUBMIT_OPINION, { caseNumber: 'YQ-2026-000001', accessCode: 'x', content: 'x', key: key() })).extensions?.code).toBe(
        'FORBIDDEN',
      );
    });

    it('refuses bad input and out-of-order steps with their reasons, changing nothing', async () => {
      const meeting = await createMeeting();
      const representative = await eligibleRepresentative();
      const issue = await invite(meeting.id, representative.id);
      const invitation = issue.invitation;
      // Check-in needs an accepted invitation; a speech needs a present speaker; adoption waits for the close.
      const notAccepted = await organizer.client.fails(CHECK_IN, { id: invitation.id, version: invitation.version });
      expect(notAccepted.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'INVITATION.INVALID_TRANSITION' });
      const speech = await organizer.client.fails(SPEECH, {
        meetingId: meeting.id,
        input: { invitationId: invitation.id, topicId: meeting.topics[0].id, content: '发言' },
      });
      expect(speech.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'MEETING.INVALID_TRANSITION' });
      const opinion = (
        await organizer.client.ok(OPINION, { meetingId: meeting.id, input: { invitationId: invitation.id, content: '书面意见' } })
      ).recordMeetingOpinion;
      const adoption = await organizer.client.fails(ADOPT, { id: opinion.id, version: opinion.version, input: { adoption: 'ADOPTED', explanation: '已采纳' } });
      expect(adoption.extensions).toMatchObject({ code: 'INVALID_TRANSITION', allowedActions: expect.arrayContaining(['START']) });
      const foreignAdoption = await otherOrganizer.client.fails(ADOPT, { id: opinion.id, version: opinion.version, input: { adoption: 'ADOPTED', explanation: '已采纳' } });
      expect(foreignAdoption.extensions?.code).toBe('NOT_FOUND');
      const emptyOpinion = await organizer.client.fails(OPINION, { meetingId: meeting.id, input: { invitationId: invitation.id, content: ' ' } });
      expect(emptyOpinion.extensions?.fields).toHaveProperty('content');
      const badInvite = await organizer.client.fails(INVITE, { meetingId: meeting.id, input: { representativeId: 'x', topicIds: [] } });
      expect(badInvite.extensions?.code).toBe('BAD_USER_INPUT');
      const badClose = await organizer.client.fails(CLOSE, { id: meeting.id, version: meeting.version + 1, input: { endedAt: at(1), minutes: '', decisions: '' } });
      expect(badClose.extensions?.code).toBe('BAD_USER_INPUT');
      const badRange = await organizer.client.fails(CALENDAR, { from: at(10), to: at(0) });
      expect(badRange.extensions?.reason).toBe('MEETING.INVALID_CALENDAR_RANGE');
      const badSubmission = await opinionApp.fails(SUBMIT_OPINION, {
        caseNumber: issue.caseNumber,
        accessCode: issue.accessCode,
        topicId: meeting.topics[1].id,
        content: '对内部事项的意见',
        key: key(),
      });
      expect(badSubmission.extensions?.reason).toBe('MEETING.TOPIC_NOT_INVITED');
      expect((await meetingOf(meeting.id)).opinions).toHaveLength(1);
    });

    it('edits an entry, lists the registry and meetings, records an answer given by phone', async () => {
      const rep = await eligibleRepresentative({ type: 'LEGAL_ADVISER' });
      const UPDATE_REP = `mutation UpdateRep($id: ID!, $version: Int!, $input: RepresentativeInput!) {
        updateRepresentative(id: $id, version: $version, input: $input) { ${REP_FIELDS} } }`;
      const updated = (
        await office.client.ok(UPDATE_REP, { id: rep.id, version: rep.version, input: representativeInput({ name: rep.name, phone: rep.phone, organisation: '湖州市律师协会' }) })
      ).updateRepresentative;
      expect(updated).toMatchObject({ organisation: '湖州市律师协会', eligibilityOutcome: 'MET' });
      const REPS = `query Reps($filter: RepresentativeFilter) { representatives(filter: $filter) { total items { id name phone } } }`;
      const found = (await leader.client.ok(REPS, { filter: { search: '律师协会', invitable: true } })).representatives;
      expect(found.items).toEqual([{ id: rep.id, name: rep.name, phone: null }]);

      const meeting = await createMeeting();
      const MEETINGS = `query Meetings($filter: MeetingFilter) { meetings(filter: $filter) { total items { id } } }`;
      expect((await organizer.client.ok(MEETINGS, { filter: { search: meeting.caseNumber } })).meetings.items).toEqual([{ id: meeting.id }]);
      expect((await otherOrganizer.client.ok(MEETINGS, { filter: { search: meeting.caseNumber } })).meetings.total).toBe(0);
      const issue = await invite(meeting.id, rep.id);
      const ANSWER = `mutation Answer($id: ID!, $version: Int!, $accept: Boolean!) {
        recordInvitationResponse(id: $id, version: $version, accept: $accept) { id state availableActions } }`;
      const answered = (await organizer.client.ok(ANSWER, { id: issue.invitation.id, version: issue.invitation.version, accept: true }))
        .recordInvitationResponse;
      expect(answered).toMatchObject({ state: 'ACCEPTED', availableActions: ['DECLINE', 'WITHDRAW', 'REISSUE_CODE', 'CHECK_IN'] });
      const history = (await organizer.client.ok(REPRESENTATIVE, { id: rep.id })).representative.participation;
      expect(history).toEqual([{ caseNumber: issue.caseNumber, state: 'ACCEPTED', checkedInAt: null }]);
      expect((await otherOrganizer.client.ok(REPRESENTATIVE, { id: rep.id })).representative.participation).toEqual([]);
    });

    it('limits wrong codes per case number like every citizen code', async () => {
      const meeting = await createMeeting();
      const issue = await invite(meeting.id, (await eligibleRepresentative()).id);
      const wrong = issue.accessCode.replace(/^./, (first: string) => (first === '0' ? '1' : '0'));
      const codes: string[] = [];
      for (let attempt = 0; attempt < 11; attempt += 1) {
        codes.push((await app.fails(BY_CODE, { caseNumber: issue.caseNumber, accessCode: wrong })).extensions?.code as string);
      }
      expect(codes.slice(0, 10)).toEqual(Array(10).fill('NOT_FOUND'));
      expect(codes[10]).toBe('RATE_LIMITED');
      const right = await app.fails(RESPOND, { caseNumber: issue.caseNumber, accessCode: issue.accessCode, accept: true, key: key() });
      expect(right.extensions?.code).toBe('RATE_LIMITED');
    });

    it('an unanswered feedback deadline shows as overdue on the deadline dashboard', async () => {
      testApp.clock.set(TEST_START);
      const meeting = await createMeeting();
      testApp.clock.set(at(20));
      const started = (await organizer.client.ok(START, { id: meeting.id, version: meeting.version })).startMeeting;
      testApp.clock.set(at(30));
      const closed = (
        await organizer.client.ok(CLOSE, { id: meeting.id, version: started.version, input: { endedAt: at(30), minutes: '纪要', decisions: '决定' } })
      ).closeMeeting;
      const DEADLINES = `query Deadlines($filter: DeadlineFilter) { deadlines(filter: $filter) { items { id kind dueDate } } }`;
      const overdue = async (overseer: Person) =>
        ((await overseer.client.ok(DEADLINES, { filter: { kind: 'MEETING_FEEDBACK', standing: 'OVERDUE' } })).deadlines.items as Row[]).map(
          (item) => item.id,
        );
      expect(await overdue(office)).not.toContain(closed.deadlineId);
      // Sessions last 12 hours at most: the office signs in again on the day after the due date.
      testApp.clock.set('2026-12-02T02:00:00.000Z');
      expect(await overdue(await signedIn(testApp, { roles: ['LEADERSHIP_OFFICE'] }))).toContain(closed.deadlineId);
      testApp.clock.set(at(30));
    });

    it('shows the feedback deadline on the meeting to whoever reads it, not only to the deadline overseers', async () => {
      const FEEDBACK_FIELDS = 'id deadlineId feedbackDueDate feedbackStanding feedbackMetAt';
      const feedbackOf = async (person: Person, id: string) =>
        (await person.client.ok(`query Meeting($id: ID!) { meeting(id: $id) { ${FEEDBACK_FIELDS} } }`, { id })).meeting as Row;
      const listed = async (person: Person, search: string) =>
        (
          await person.client.ok(`query Meetings($filter: MeetingFilter) { meetings(filter: $filter) { items { ${FEEDBACK_FIELDS} } } }`, {
            filter: { search },
          })
        ).meetings.items as Row[];
      testApp.clock.set(TEST_START);
      const meeting = await createMeeting();
      expect(await feedbackOf(organizer, meeting.id)).toMatchObject({ feedbackDueDate: null, feedbackStanding: null, feedbackMetAt: null });
      testApp.clock.set(at(20));
      const started = (await organizer.client.ok(START, { id: meeting.id, version: meeting.version })).startMeeting;
      testApp.clock.set(at(30));
      await organizer.client.ok(CLOSE, { id: meeting.id, version: started.version, input: { endedAt: at(30), minutes: '纪要', decisions: '决定' } });
      // The organizer oversees no deadlines, yet reads the meeting's: Thu 26 Nov 2026 + 3 working days = Tue 1 Dec.
      expect((await organizer.client.fails(`{ deadlines { total } }`)).extensions?.code).toBe('FORBIDDEN');
      const due = { feedbackDueDate: '2026-12-01', feedbackMetAt: null };
      expect(await feedbackOf(organizer, meeting.id)).toMatchObject({ ...due, feedbackStanding: 'DUE_SOON' });
      expect(await listed(organizer, meeting.caseNumber as string)).toEqual([
        expect.objectContaining({ id: meeting.id, ...due, feedbackStanding: 'DUE_SOON' }),
      ]);
      expect(await feedbackOf(leader, meeting.id)).toMatchObject({ ...due, feedbackStanding: 'DUE_SOON' });
      // The day after the due date (sessions last 12 hours at most: the organizer signs in again).
      testApp.clock.set('2026-12-02T02:00:00.000Z');
      const later = await signedIn(testApp, { roles: [{ role: 'MEETING_ORGANIZER', departmentId: department.id }], departmentId: department.id });
      expect(await feedbackOf(later, meeting.id)).toMatchObject({ ...due, feedbackStanding: 'OVERDUE' });
      testApp.clock.set(at(30));
    });

    it('sorts the meetings and the registry both ways', async () => {
      const MEETINGS = `query Meetings($filter: MeetingFilter, $sort: SortInput) { meetings(filter: $filter, sort: $sort) { items { id startsAt } } }`;
      // A department of its own: this file's other meetings stay out of the list.
      const ownDepartment = (await createDepartment(testApp.db.database.dataSource)).id;
      const own = await signedIn(testApp, { roles: [{ role: 'MEETING_ORGANIZER', departmentId: ownDepartment }], departmentId: ownDepartment });
      const ids: string[] = [];
      for (const minutes of [200, 100, 300]) {
        const input = meetingInput({ departmentId: ownDepartment, startsAt: at(minutes), plannedEndsAt: at(minutes + 60) });
        ids.push(((await own.client.ok(CREATE, { input })).createMeeting as Row).id as string);
      }
      const order = async (sort?: Row) =>
        ((await own.client.ok(MEETINGS, { filter: { departmentId: ownDepartment }, sort })).meetings.items as Row[]).map((item) => item.id);
      const [middle, earliest, latest] = ids;
      expect(await order()).toEqual([latest, middle, earliest]);
      expect(await order({ field: 'startsAt', order: 'DESC' })).toEqual([latest, middle, earliest]);
      expect(await order({ field: 'startsAt', order: 'ASC' })).toEqual([earliest, middle, latest]);

      const REPS = `query Reps($filter: RepresentativeFilter, $sort: SortInput) { representatives(filter: $filter, sort: $sort) { items { name } } }`;
      const tag = randomUUID().slice(0, 6);
      for (const letter of ['B', 'A', 'C']) {
        await organizer.client.ok(REGISTER, { input: representativeInput({ organisation: `排序单位${tag}`, name: `王${letter}${tag}` }) });
      }
      const names = async (sort?: Row) =>
        ((await organizer.client.ok(REPS, { filter: { search: `排序单位${tag}` }, sort })).representatives.items as Row[]).map((item) => item.name);
      const ascending = ['A', 'B', 'C'].map((letter) => `王${letter}${tag}`);
      expect(await names()).toEqual(ascending);
      expect(await names({ field: 'name', order: 'DESC' })).toEqual([...ascending].reverse());
    });
  });

  describe('a meeting from invitation to published results', () => {
    it('runs attendance, opinions, feedback, the 3-working-day deadline, review and publication', async () => {
      const ds = testApp.db.database.dataSource;
      testApp.clock.set(TEST_START);
      const meeting = await createMeeting();
      const topicId = meeting.topics[0].id;
      const expert = await eligibleRepresentative({ type: 'EXPERT', email: 'expert@example.cn' });
      const onTime = await invite(meeting.id, expert.id, { topicIds: [topicId] });
      const late = await invite(meeting.id, (await eligibleRepresentative()).id);
      for (const issue of [onTime, late]) expect((await respond(issue, true)).state).toBe('ACCEPTED');

      // Before the meeting: an interest declaration (flagged for an expert), a written opinion with the code.
      const declared = (
        await app.ok(DECLARE, {
          caseNumber: onTime.caseNumber,
          accessCode: onTime.accessCode,
          input: { topicId, hasDirectInterest: true, note: '本人曾参与方案咨询' },
          key: key(),
        })
      ).declareInterest;
      expect(declared.interestDeclarations).toEqual([{ topicId, hasDirectInterest: true }]);
      const notInvitedTopic = await app.fails(DECLARE, {
        caseNumber: onTime.caseNumber,
        accessCode: onTime.accessCode,
        input: { topicId: meeting.topics[1].id, hasDirectInterest: false },
        key: key(),
      });
      expect(notInvitedTopic.extensions?.code).toBe('BAD_USER_INPUT');
      const opinionKey = key();
      const written = { caseNumber: onTime.caseNumber, accessCode: onTime.accessCode, topicId, content: '建议消费券向低收入群体倾斜', key: opinionKey };
      const receipt = (await opinionApp.ok(SUBMIT_OPINION, written)).submitRepresentativeOpinion;
      expect((await opinionApp.ok(SUBMIT_OPINION, written)).submitRepresentativeOpinion).toEqual(receipt);
      expect((await app.fails(SUBMIT_OPINION, written)).extensions?.code).toBe('FORBIDDEN');
      await organizer.client.ok(OPINION, {
        meetingId: meeting.id,
        input: { invitationId: late.invitation.id, topicId: null, content: '书面来信：建议延长使用期限' },
      });

      // Check-in: 15 minutes before the start is on time; 5 minutes before is late. The start does not wait.
      testApp.clock.set(at(5));
      const checkedIn = (await app.ok(CODE_CHECK_IN, { caseNumber: onTime.caseNumber, accessCode: onTime.accessCode, key: key() }))
        .checkInByCode;
      expect(checkedIn).toMatchObject({ isLate: false });
      testApp.clock.set(at(15));
      let current = await meetingOf(meeting.id);
      const lateRow = current.invitations.find((invitation: Row) => invitation.id === late.invitation.id);
      const lateCheckIn = (await organizer.client.ok(CHECK_IN, { id: lateRow.id, version: lateRow.version })).checkInRepresentative;
      expect(lateCheckIn).toMatchObject({ isLate: true, checkedInBy: 'ORGANIZER' });
      const twice = await organizer.client.fails(CHECK_IN, { id: lateRow.id, version: lateCheckIn.version });
      expect(twice.extensions?.reason).toBe('INVITATION.ALREADY_CHECKED_IN');
      testApp.clock.set(at(20));
      current = (await organizer.client.ok(START, { id: meeting.id, version: current.version })).startMeeting;
      expect(current.state).toBe('HELD');

      // During: a speech per topic and invitation; the expert leaves after the topic; opt-in to be named.
      current = await meetingOf(meeting.id);
      const expertRow = current.invitations.find((invitation: Row) => invitation.id === onTime.invitation.id);
      expect(expertRow.isInterestFlagged).toBe(true);
      expect(expertRow.representative.phone).toBe(expert.phone);
      await organizer.client.ok(SPEECH, {
        meetingId: meeting.id,
        input: { invitationId: expertRow.id, topicId, content: '发言：建议分批发放' },
      });
      const departed = (await organizer.client.ok(DEPART, { id: expertRow.id, version: expertRow.version, afterTopicId: topicId }))
        .recordRepresentativeDeparture;
      expect(departed.departedAfterTopicId).toBe(topicId);
      await app.ok(LISTING, { caseNumber: onTime.caseNumber, accessCode: onTime.accessCode, isPublic: true, key: key() });

      // Decision makers read everything; contacts stay hidden from them.
      const asLeader = await meetingOf(meeting.id, leader);
      expect(asLeader.opinions).toHaveLength(3);
      expect(asLeader.invitations.every((invitation: Row) => invitation.representative.phone === null)).toBe(true);
      expect(asLeader.attendance.find((row: Row) => row.representativeName === expert.name)).toMatchObject({
        isLate: false,
        departedAfterTopic: '文旅惠民消费券发放方案',
        attendancePublic: true,
      });

      // Close: the feedback deadline is 3 working days after the end date (Thu 26 Nov 2026 → Tue 1 Dec 2026).
      testApp.clock.set(at(40));
      const future = await organizer.client.fails(CLOSE, {
        id: meeting.id,
        version: current.version,
        input: { endedAt: at(90), minutes: '纪要', decisions: '决定' },
      });
      expect(future.extensions?.reason).toBe('MEETING.INVALID_END');
      current = (
        await organizer.client.ok(CLOSE, {
          id: meeting.id,
          version: current.version,
          input: { endedAt: at(40), minutes: '会议讨论了消费券发放方案。', decisions: '原则通过消费券发放方案，分两批发放。' },
        })
      ).closeMeeting;
      expect(current.state).toBe('CLOSED');
      const deadline = await ds.manager.findOneByOrFail(Deadline, { id: current.deadlineId });
      expect(deadline).toMatchObject({ kind: 'MEETING_FEEDBACK', startDate: '2026-11-26', dueDate: '2026-12-01', state: 'OPEN' });
      const task = await ds.manager.findOneByOrFail(Task, { kind: 'MEETING_FEEDBACK', caseId: meeting.id });
      expect(task).toMatchObject({ departmentId: department.id, dueDate: '2026-12-01', state: 'OPEN' });

      // Feedback waits for every adoption.
      expect(current.availableActions).not.toContain('SEND_FEEDBACK');
      const blocked = await organizer.client.fails(FEEDBACK, { id: meeting.id, version: current.version });
      expect(blocked.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'MEETING.ADOPTION_MISSING' });
      const opinions = (await meetingOf(meeting.id)).opinions as Row[];
      const badAdoption = await organizer.client.fails(ADOPT, { id: opinions[0].id, version: opinions[0].version, input: { adoption: 'MAYBE', explanation: '' } });
      expect(badAdoption.extensions?.code).toBe('BAD_USER_INPUT');
      for (const opinion of opinions) {
        await organizer.client.ok(ADOPT, {
          id: opinion.id,
          version: opinion.version,
          input: { adoption: opinion.kind === 'SPEECH' ? 'PARTLY_ADOPTED' : 'ADOPTED', explanation: '已在方案中体现' },
        });
      }
      current = await meetingOf(meeting.id);
      expect(current.availableActions).toContain('SEND_FEEDBACK');
      current = (await organizer.client.ok(FEEDBACK, { id: meeting.id, version: current.version })).sendMeetingFeedback;
      expect(current.state).toBe('FEEDBACK_SENT');
      const feedback = (await app.ok(BY_CODE, { caseNumber: onTime.caseNumber, accessCode: onTime.accessCode })).invitationByCode;
      expect(feedback.feedback).toContain('原则通过消费券发放方案');
      expect(feedback.feedback).toContain('采纳');
      expect(feedback.opinions.map((opinion: Row) => opinion.adoption).sort()).toEqual(['ADOPTED', 'PARTLY_ADOPTED']);
      expect(JSON.stringify(feedback)).not.toContain('建议延长使用期限');

      // Results: review (level 1 by the organizer, 2, 3), published by the named publisher into the catalog.
      current = (await organizer.client.ok(SUBMIT, { id: meeting.id, version: current.version })).submitMeetingResults;
      expect(current.state).toBe('RESULTS_IN_REVIEW');
      current = await meetingOf(meeting.id);
      const [original] = current.resultVersions as Row[];
      expect(original.body).toContain(expert.name);
      expect(original.body).not.toContain(late.invitation.representative.name);
      let review = current.resultReviews[0] as Row;
      review = (
        await organizer.client.ok(REVIEW_INITIAL, {
          id: review.id,
          version: review.version,
          contentVersionId: original.id,
          opinion: '会议结果不涉及国家秘密',
          assessment: { outcome: 'DISCLOSE', reasons: [] },
        })
      ).reviewInitial;
      review = (
        await officer.client.ok(REVIEW_SECRECY, {
          id: review.id,
          version: review.version,
          contentVersionId: original.id,
          opinion: '同意公开',
          outcome: { outcome: 'DISCLOSE', reasons: [] },
        })
      ).reviewSecrecy;
      review = (
        await head.client.ok(REVIEW_APPROVE, {
          id: review.id,
          version: review.version,
          contentVersionId: original.id,
          opinion: '同意',
          publisherId: publisher.user.id,
        })
      ).reviewApprove;
      await publisher.client.ok(REVIEW_PUBLISH, { id: review.id, version: review.version, contentVersionId: original.id });
      expect((await meetingOf(meeting.id)).state).toBe('RESULTS_PUBLISHED');
      expect(await ds.manager.findOneByOrFail(Deadline, { id: current.deadlineId })).toMatchObject({ state: 'MET' });
      const met = (await organizer.client.ok(`query Meeting($id: ID!) { meeting(id: $id) { feedbackDueDate feedbackStanding feedbackMetAt } }`, { id: meeting.id })).meeting;
      expect(met).toMatchObject({ feedbackDueDate: '2026-12-01', feedbackStanding: null, feedbackMetAt: expect.any(String) });
      expect(await ds.manager.findOneByOrFail(Task, { id: task.id })).toMatchObject({ state: 'DONE' });

      const results = (await portal.ok(PUBLIC_RESULTS)).publicMeetingResults;
      const entry = results.items.find((item: Row) => item.title === `${meeting.title}会议结果`);
      expect(entry).toMatchObject({ subjectKind: 'MEETING_RESULT' });
      expect(entry.body).toContain('原则通过消费券发放方案');
      const one = (await portal.ok(PUBLIC_RESULT, { indexNumber: entry.indexNumber })).publicMeetingResult;
      expect(one.body).toBe(entry.body);
      // No external answer carries anyone's contacts.
      for (const answer of [results, feedback, declared, checkedIn]) {
        const text = JSON.stringify(answer);
        expect(text).not.toContain(expert.phone);
        expect(text).not.toContain('expert@example.cn');
      }
      expect((await app.fails(PUBLIC_RESULTS)).extensions?.code).toBe('FORBIDDEN');
    });

    it('a withholding sets RESULTS_WITHHELD; a partial disclosure publishes the redacted text; a return goes back', async () => {
      const runToReview = async () => {
        testApp.clock.set(TEST_START);
        const meeting = await createMeeting();
        testApp.clock.set(at(20));
        let current = (await organizer.client.ok(START, { id: meeting.id, version: meeting.version })).startMeeting;
        testApp.clock.set(at(30));
        current = (await organizer.client.ok(CLOSE, { id: meeting.id, version: current.version, input: { endedAt: at(30), minutes: '纪要', decisions: '涉及个人信息的决定' } }))
          .closeMeeting;
        current = (await organizer.client.ok(FEEDBACK, { id: meeting.id, version: current.version })).sendMeetingFeedback;
        expect((await organizer.client.ok(SUBMIT, { id: meeting.id, version: current.version })).submitMeetingResults.state).toBe(
          'RESULTS_IN_REVIEW',
        );
        current = await meetingOf(meeting.id);
        const original = current.resultVersions[0];
        const review = (
          await organizer.client.ok(REVIEW_INITIAL, {
            id: current.resultReviews[0].id,
            version: current.resultReviews[0].version,
            contentVersionId: original.id,
            opinion: '初审',
            assessment: { outcome: 'DISCLOSE', reasons: [] },
          })
        ).reviewInitial;
        return { meeting, original, review };
      };

      const withheld = await runToReview();
      const atThree = (
        await officer.client.ok(REVIEW_SECRECY, {
          id: withheld.review.id,
          version: withheld.review.version,
          contentVersionId: withheld.original.id,
          opinion: '涉及个人隐私',
          outcome: { outcome: 'WITHHOLD', reasons: ['PERSONAL_PRIVACY'], basis: '《条例》第十五条' },
        })
      ).reviewSecrecy;
      await head.client.ok(REVIEW_APPROVE, { id: atThree.id, version: atThree.version, contentVersionId: withheld.original.id, opinion: '同意', publisherId: null });
      const withheldMeeting = await meetingOf(withheld.meeting.id);
      expect(withheldMeeting.state).toBe('RESULTS_WITHHELD');
      expect(await testApp.db.database.dataSource.manager.findOneByOrFail(Deadline, { id: withheldMeeting.deadlineId })).toMatchObject({ state: 'MET' });

      const partial = await runToReview();
      const PREPARE = `mutation Prepare($reviewId: ID!, $reviewVersion: Int!, $body: String!) {
        prepareMeetingResultRedaction(reviewId: $reviewId, reviewVersion: $reviewVersion, body: $body) { id kind basedOnId } }`;
      const foreign = await organizer.client.fails(PREPARE, { reviewId: partial.review.id, reviewVersion: partial.review.version, body: 'x' });
      expect(foreign.extensions?.code).toBe('FORBIDDEN');
      const redacted = (
        await officer.client.ok(PREPARE, { reviewId: partial.review.id, reviewVersion: partial.review.version, body: '会议结果（公开版）：决定已作出。' })
      ).prepareMeetingResultRedaction;
      expect(redacted).toMatchObject({ kind: 'REDACTED', basedOnId: partial.original.id });
      // The officer cannot read the meeting, yet reads the texts under review through the review.
      const READ_TEXTS = `query Texts($id: ID!) { review(id: $id) { meetingResultVersions { id kind basedOnId } } }`;
      const texts = (await officer.client.ok(READ_TEXTS, { id: partial.review.id })).review.meetingResultVersions;
      expect(texts.map((text: Row) => text.id)).toEqual(expect.arrayContaining([partial.original.id, redacted.id]));
      const partialThree = (
        await officer.client.ok(REVIEW_SECRECY, {
          id: partial.review.id,
          version: partial.review.version,
          contentVersionId: partial.original.id,
          opinion: '部分公开',
          outcome: { outcome: 'PARTIAL', reasons: ['PERSONAL_PRIVACY'], basis: '《条例》第十五条', redactedContentVersionId: redacted.id },
        })
      ).reviewSecrecy;
      const approved = (
        await head.client.ok(REVIEW_APPROVE, { id: partialThree.id, version: partialThree.version, contentVersionId: redacted.id, opinion: '同意', publisherId: publisher.user.id })
      ).reviewApprove;
      await publisher.client.ok(REVIEW_PUBLISH, { id: approved.id, version: approved.version, contentVersionId: redacted.id });
      expect((await meetingOf(partial.meeting.id)).state).toBe('RESULTS_PUBLISHED');
      const published = (await portal.ok(PUBLIC_RESULTS)).publicMeetingResults.items.find(
        (item: Row) => item.title === `${partial.meeting.title}会议结果`,
      );
      expect(published.body).toBe('会议结果（公开版）：决定已作出。');

      const returned = await runToReview();
      const RETURN = `mutation Return($id: ID!, $version: Int!, $opinion: String!) { reviewReturn(id: $id, version: $version, opinion: $opinion) { id version state } }`;
      const back = (await officer.client.ok(RETURN, { id: returned.review.id, version: returned.review.version, opinion: '请补充采纳情况说明' })).reviewReturn;
      expect(back.state).toBe('LEVEL_1');
      let current = await meetingOf(returned.meeting.id);
      expect(current.state).toBe('FEEDBACK_SENT');
      await organizer.client.ok(SUBMIT, { id: returned.meeting.id, version: current.version });
      current = await meetingOf(returned.meeting.id);
      expect(current.state).toBe('RESULTS_IN_REVIEW');
      expect(current.resultReviews).toHaveLength(1);
      expect(current.resultVersions).toHaveLength(2);
    });
  });
});
