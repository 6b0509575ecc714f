import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { addWorkingDays, createWorkingDayCalendar, dueDateOf, type Deadline as DomainDeadline } from '@gdp/domain';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createDepartment, signedIn } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { TestDeadlineResolver } from '../support/test-deadline-resolver.js';
import type { Department } from '../../src/modules/organisation/department.entity.js';
import { Task } from '../../src/modules/task/task.entity.js';

/** SPEC §2.3: the bureau's calendar and the one deadline service, driven through a test-only case kind. */

const DEADLINE = `id kind caseKind caseId title departmentId assigneeId startDate periodWorkingDays extensionsWorkingDays
  extensionCount dueDate isProvisional isSuspended state workingDaysLeft isOverdue version
  suspensions { from to reason }`;
const START = `mutation Start($kind: DeadlineKind!, $title: String!, $startDate: String, $departmentId: ID, $assigneeId: ID, $caseId: ID) {
  testStartDeadline(kind: $kind, title: $title, startDate: $startDate, departmentId: $departmentId, assigneeId: $assigneeId, caseId: $caseId) { ${DEADLINE} }
}`;
const SUSPEND = `mutation S($id: ID!, $on: String!, $reason: String!) { testSuspendDeadline(id: $id, on: $on, reason: $reason) { ${DEADLINE} } }`;
const RESUME = `mutation R($id: ID!, $on: String!) { testResumeDeadline(id: $id, on: $on) { ${DEADLINE} } }`;
const RESTART = `mutation RS($id: ID!, $from: String!, $reason: String!) { testRestartDeadline(id: $id, from: $from, reason: $reason) { ${DEADLINE} } }`;
const EXTEND = `mutation E($id: ID!, $by: Int!, $withNotice: Boolean!, $reason: String) {
  testExtendDeadline(id: $id, byWorkingDays: $by, withNotice: $withNotice, reason: $reason) { ${DEADLINE} }
}`;
const MEET = `mutation M($id: ID!) { testMeetDeadline(id: $id) { ${DEADLINE} } }`;
const MEET_BY_NOTICE = `mutation MN($id: ID!) { testMeetDeadlineByNotice(id: $id) { ${DEADLINE} } }`;
const MARK_OVERDUE = `mutation { testMarkOverdueDeadlines }`;
const ONE = `query One($id: ID!) { deadline(id: $id) { ${DEADLINE} events { action onDate dueDateBefore dueDateAfter reason byWorkingDays } } }`;
const LIST = `query List($filter: DeadlineFilter, $page: PageInput) { deadlines(filter: $filter, page: $page) { total items { ${DEADLINE} } } }`;
const SUMMARY = `query Sum($filter: DeadlineFilter) { deadlineSummary(filter: $filter) {
  today dueSoonUntil total { open overdue dueSoon suspended provisional }
  byDepartment { key open overdue dueSoon } byAssignee { key open }
} }`;
const OVERRIDE = 'id date kind note isActive version';
const CHANGE = `override { ${OVERRIDE} } year { year isProvisional isConfirmed hasOfficialData workingDays }
  movedDeadlines { dueDateBefore dueDateAfter provisionalBefore provisionalAfter deadline { id dueDate isProvisional } }`;
const CREATE_OVERRIDE = `mutation C($input: CalendarOverrideInput!) { createCalendarOverride(input: $input) { ${CHANGE} } }`;
const UPDATE_OVERRIDE = `mutation U($id: ID!, $version: Int!, $input: CalendarOverrideChangeInput!) {
  updateCalendarOverride(id: $id, version: $version, input: $input) { ${CHANGE} }
}`;
const REMOVE_OVERRIDE = `mutation D($id: ID!, $version: Int!) { removeCalendarOverride(id: $id, version: $version) { ${CHANGE} } }`;
const CONFIRM_YEAR = `mutation Y($year: Int!) { confirmCalendarYear(year: $year) { ${CHANGE} } }`;
const YEAR = `query Year($year: Int!) { workingDayCalendar(year: $year) {
  year hasOfficialData isConfirmed isProvisional workingDays specialDays { date isWorkingDay source name }
} }`;
const OVERRIDES = `query O($filter: CalendarOverrideFilter) { calendarOverrides(filter: $filter) { total items { ${OVERRIDE} } } }`;

type Row = Record<string, any>;

describe('working-day calendar and deadlines through the API', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let office: GraphQLClient; // GENERAL_OFFICE: keeps the calendar, oversees bureau-wide
  let handler: GraphQLClient; // drives the test case kind
  let approver: GraphQLClient; // holds APPLICATION_EXTENSION_APPROVE
  let headA: GraphQLClient;
  let drafter: GraphQLClient;
  let deptA: Department;
  let deptB: Department;

  beforeAll(async () => {
    testApp = await startTestApp({}, { extraResolvers: [TestDeadlineResolver] });
    dataSource = testApp.db.database.dataSource;
    deptA = await createDepartment(dataSource, { name: '政策法规处' });
    deptB = await createDepartment(dataSource, { name: '财务处' });
  });

  /** Signs everyone in at the test's date (the clock jumps between dates months apart). */
  async function signInAll(): Promise<void> {
    office = (await signedIn(testApp, { roles: ['GENERAL_OFFICE'] })).client;
    handler = (await signedIn(testApp, { roles: ['APPLICATION_HANDLER'] })).client;
    approver = (await signedIn(testApp, { roles: ['APPLICATION_HANDLER'], permissions: ['APPLICATION_EXTENSION_APPROVE'] })).client;
    headA = (await signedIn(testApp, { roles: [{ role: 'DEPARTMENT_HEAD', departmentId: deptA.id }] })).client;
    drafter = (await signedIn(testApp, { roles: [{ role: 'DRAFTER', departmentId: deptA.id }] })).client;
  }

  afterAll(async () => {
    await testApp?.close();
  });

  beforeEach(async () => {
    await setDate('2026-09-28T02:00:00.000Z');
    // Each test starts from the official calendar and no open deadlines.
    await dataSource.query(`UPDATE deadline SET state = 'CANCELLED' WHERE state = 'OPEN'`);
    await dataSource.query('DELETE FROM calendar_override');
    await dataSource.query('DELETE FROM calendar_confirmed_year');
  });

  async function setDate(instant: string): Promise<void> {
    testApp.clock.set(instant);
    await signInAll();
  }

  const start = async (variables: Row): Promise<Row> =>
    (await handler.ok(START, { title: 'YS-2026-000001 申请公开某项目批复', ...variables })).testStartDeadline;

  it('counts 20 working days over National Day 2026 (10-01…07 off, 10-10 worked), start day not counted', async () => {
    const deadline = await start({ kind: 'APPLICATION_REPLY', startDate: '2026-09-28' });
    expect(deadline).toMatchObject({
      caseKind: 'APPLICATION',
      periodWorkingDays: 20,
      dueDate: '2026-10-30',
      isProvisional: false,
      state: 'OPEN',
      workingDaysLeft: 20,
      isOverdue: false,
    });
    await setDate('2026-10-30T15:59:00.000Z'); // 23:59 in Shanghai: the due date runs to its end
    expect((await office.ok(ONE, { id: deadline.id })).deadline).toMatchObject({ workingDaysLeft: 0, isOverdue: false });
    await setDate('2026-10-30T16:00:00.000Z'); // 00:00 on 10-31 in Shanghai
    expect((await office.ok(ONE, { id: deadline.id })).deadline).toMatchObject({ workingDaysLeft: -1, isOverdue: true });
  });

  it('suspends, resumes and restarts, recording each step', async () => {
    const deadline = await start({ kind: 'APPLICATION_REPLY', startDate: '2026-11-02' });
    expect(deadline.dueDate).toBe('2026-11-30');
    const suspended = (await handler.ok(SUSPEND, { id: deadline.id, on: '2026-11-05', reason: '征求第三方意见' })).testSuspendDeadline;
    expect(suspended).toMatchObject({ dueDate: null, isSuspended: true, suspensions: [{ from: '2026-11-05', to: null, reason: '征求第三方意见' }] });
    // The consultation took 15 working days: the due date moves by exactly 15 working days.
    const calendar = createWorkingDayCalendar();
    const answered = addWorkingDays(calendar, '2026-11-05', 15);
    const resumed = (await handler.ok(RESUME, { id: deadline.id, on: answered })).testResumeDeadline;
    expect(resumed.dueDate).toBe(addWorkingDays(calendar, '2026-11-30', 15));
    expect(resumed.isSuspended).toBe(false);
    const restarted = (await handler.ok(RESTART, { id: deadline.id, from: '2026-12-01', reason: '申请人补正' })).testRestartDeadline;
    expect(restarted).toMatchObject({ startDate: '2026-12-01', suspensions: [], dueDate: addWorkingDays(calendar, '2026-12-01', 20) });
    const { deadline: read } = await office.ok(ONE, { id: deadline.id });
    expect(read.events.map((event: Row) => event.action)).toEqual(['STARTED', 'SUSPENDED', 'RESUMED', 'RESTARTED']);
    expect(read.events[2]).toMatchObject({ dueDateBefore: null, dueDateAfter: resumed.dueDate });
  });

  it('extends under the kind policy: approver, notice, once, at most 20 working days', async () => {
    const deadline = await start({ kind: 'APPLICATION_REPLY', startDate: '2026-09-28' });
    const noPermission = await handler.fails(EXTEND, { id: deadline.id, by: 20, withNotice: true, reason: '需调取档案' });
    expect(noPermission.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DEADLINE.EXTENSION_APPROVER_REQUIRED' });
    const noNotice = await approver.fails(EXTEND, { id: deadline.id, by: 20, withNotice: false, reason: '需调取档案' });
    expect(noNotice.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DEADLINE.EXTENSION_NOTICE_REQUIRED' });
    const tooLong = await approver.fails(EXTEND, { id: deadline.id, by: 21, withNotice: true, reason: '需调取档案' });
    expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DEADLINE.EXTENSION_TOO_LONG' });
    expect(tooLong.message).toContain('20 个工作日');
    const noReason = await approver.fails(EXTEND, { id: deadline.id, by: 20, withNotice: true });
    expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DEADLINE.EXTENSION_REASON_REQUIRED' });
    // Refused attempts changed nothing.
    expect((await office.ok(ONE, { id: deadline.id })).deadline).toMatchObject({ dueDate: '2026-10-30', extensionCount: 0 });
    const extended = (await approver.ok(EXTEND, { id: deadline.id, by: 20, withNotice: true, reason: '需调取档案' })).testExtendDeadline;
    expect(extended).toMatchObject({ extensionsWorkingDays: 20, extensionCount: 1, dueDate: addWorkingDays(createWorkingDayCalendar(), '2026-10-30', 20) });
    const again = await approver.fails(EXTEND, { id: deadline.id, by: 1, withNotice: true, reason: '再延' });
    expect(again.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'DEADLINE.EXTENSION_LIMIT' });

    const complaint = await start({ kind: 'COMPLAINT_HANDLING', startDate: '2026-09-28' });
    // A complaint extension needs no approver, but a reason and a notice.
    expect((await handler.fails(EXTEND, { id: complaint.id, by: 5, withNotice: true })).extensions?.reason).toBe(
      'DEADLINE.EXTENSION_REASON_REQUIRED',
    );
    expect((await handler.ok(EXTEND, { id: complaint.id, by: 5, withNotice: true, reason: '需现场核查' })).testExtendDeadline.extensionCount).toBe(1);
    const meeting = await start({ kind: 'MEETING_FEEDBACK', startDate: '2026-09-28' });
    expect((await handler.fails(EXTEND, { id: meeting.id, by: 1, withNotice: true, reason: 'x' })).extensions?.reason).toBe(
      'DEADLINE.EXTENSION_NOT_ALLOWED',
    );
  });

  it('a notice meets a "tell within N working days" deadline, and only such a deadline', async () => {
    const correction = await start({ kind: 'APPLICATION_CORRECTION_NOTICE', startDate: '2026-11-26' });
    expect(correction.dueDate).toBe(addWorkingDays(createWorkingDayCalendar(), '2026-11-26', 7));
    expect((await handler.ok(MEET_BY_NOTICE, { id: correction.id })).testMeetDeadlineByNotice.state).toBe('MET');
    const reply = await start({ kind: 'APPLICATION_REPLY', startDate: '2026-11-26' });
    const refused = await handler.fails(MEET_BY_NOTICE, { id: reply.id });
    expect(refused.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'DEADLINE.NOT_MET_BY_NOTICE' });
    expect((await handler.ok(MEET, { id: reply.id })).testMeetDeadline).toMatchObject({ state: 'MET', workingDaysLeft: null });
    // Closed deadlines leave the default (open) list but are found by id.
    expect((await office.ok(LIST, { filter: { caseId: reply.caseId } })).deadlines.total).toBe(0);
    expect((await office.ok(LIST, { filter: { ids: [reply.id] } })).deadlines.items).toEqual([
      expect.objectContaining({ id: reply.id, state: 'MET' }),
    ]);
    const closed = await handler.fails(SUSPEND, { id: reply.id, on: '2026-11-27', reason: 'x' });
    expect(closed.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'DEADLINE.CLOSED' });
  });

  it('refuses bad input in zh-CN and a second deadline of one kind for one case', async () => {
    const bad = await handler.fails(START, { kind: 'APPLICATION_REPLY', title: 'x', startDate: '2026-02-30' });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { startDate: ['起算日须为有效日期'] } });
    const caseId = randomUUID();
    await start({ kind: 'APPLICATION_REPLY', caseId });
    const twice = await handler.fails(START, { kind: 'APPLICATION_REPLY', title: 'x', caseId });
    expect(twice.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DEADLINE.ALREADY_STARTED' });
    const deadline = await start({ kind: 'COMPLAINT_HANDLING' });
    const noReason = await handler.fails(SUSPEND, { id: deadline.id, on: '2026-09-29', reason: '  ' });
    expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DEADLINE.REASON_REQUIRED' });
    const beforeStart = await handler.fails(SUSPEND, { id: deadline.id, on: '2026-09-01', reason: '征求意见' });
    expect(beforeStart.extensions?.code).toBe('INVALID_TRANSITION');
    expect((await office.ok(ONE, { id: deadline.id })).deadline).toMatchObject({ suspensions: [], version: deadline.version });
  });

  describe('calendar overrides', () => {
    it('recomputes open deadlines and reports which moved; a provisional year flags its deadlines until confirmed', async () => {
      await setDate('2026-12-10T02:00:00.000Z');
      const crossing = await start({ kind: 'APPLICATION_REPLY', startDate: '2026-12-10' });
      // 2027-01-01 is a legal holiday; 2027 has no official data yet: derived and provisional.
      expect(crossing).toMatchObject({ dueDate: '2027-01-08', isProvisional: true });
      const untouched = await start({ kind: 'COMPLAINT_TRANSFER', startDate: '2026-12-10' });
      // The case's task follows its deadline's due date.
      const task = await dataSource.manager.save(
        dataSource.manager.create(Task, {
          kind: 'APPLICATION_REPLY',
          caseKind: 'APPLICATION',
          caseId: crossing.caseId,
          title: crossing.title,
          assigneeId: null,
          departmentId: deptA.id,
          deadlineId: crossing.id,
          dueDate: crossing.dueDate,
          state: 'OPEN',
          createdAt: testApp.clock.now(),
          assignedAt: null,
          assignedById: null,
          closedAt: null,
          closedById: null,
        }),
      );
      expect(untouched).toMatchObject({ dueDate: '2026-12-17', isProvisional: false });

      const { createCalendarOverride: change } = await office.ok(CREATE_OVERRIDE, {
        input: { date: '2027-01-04', kind: 'OFF', note: '元旦调休' },
      });
      expect(change.override).toMatchObject({ date: '2027-01-04', kind: 'OFF', isActive: true });
      expect(change.year).toMatchObject({ year: 2027, hasOfficialData: false, isConfirmed: false, isProvisional: true });
      expect(change.movedDeadlines).toEqual([
        {
          dueDateBefore: '2027-01-08',
          dueDateAfter: '2027-01-11',
          provisionalBefore: true,
          provisionalAfter: true,
          deadline: { id: crossing.id, dueDate: '2027-01-11', isProvisional: true },
        },
      ]);
      const { deadline: read } = await office.ok(ONE, { id: crossing.id });
      expect(read.events.at(-1)).toMatchObject({ action: 'RECOMPUTED', dueDateBefore: '2027-01-08', dueDateAfter: '2027-01-11' });
      expect((await dataSource.manager.findOneByOrFail(Task, { id: task.id })).dueDate).toBe('2027-01-11');

      const { confirmCalendarYear: confirmed } = await office.ok(CONFIRM_YEAR, { year: 2027 });
      expect(confirmed.year).toMatchObject({ isConfirmed: true, isProvisional: false });
      expect(confirmed.movedDeadlines).toEqual([
        expect.objectContaining({ dueDateBefore: '2027-01-11', dueDateAfter: '2027-01-11', provisionalBefore: true, provisionalAfter: false }),
      ]);
      const twice = await office.fails(CONFIRM_YEAR, { year: 2027 });
      expect(twice.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CALENDAR.YEAR_ALREADY_CONFIRMED' });
      const official = await office.fails(CONFIRM_YEAR, { year: 2026 });
      expect(official.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'CALENDAR.YEAR_HAS_OFFICIAL_DATA' });

      // Removing the override moves the deadline back.
      const { removeCalendarOverride: removed } = await office.ok(REMOVE_OVERRIDE, {
        id: change.override.id,
        version: change.override.version,
      });
      expect(removed.override.isActive).toBe(false);
      expect(removed.movedDeadlines.map((move: Row) => [move.deadline.id, move.dueDateAfter])).toEqual([[crossing.id, '2027-01-08']]);
    });

    it('shows a year with official data, derived holidays and overrides', async () => {
      const { workingDayCalendar: y2026 } = await drafter.ok(YEAR, { year: 2026 });
      expect(y2026).toMatchObject({ hasOfficialData: true, isProvisional: false });
      const days = new Map(y2026.specialDays.map((day: Row) => [day.date, day]));
      expect(days.get('2026-10-01')).toMatchObject({ isWorkingDay: false, source: 'OFFICIAL' });
      expect(days.get('2026-10-10')).toMatchObject({ isWorkingDay: true, source: 'OFFICIAL' });
      expect(days.get('2026-09-20')).toMatchObject({ isWorkingDay: true });
      const { workingDayCalendar: y2027 } = await drafter.ok(YEAR, { year: 2027 });
      expect(y2027).toMatchObject({ hasOfficialData: false, isProvisional: true });
      const days2027 = new Map(y2027.specialDays.map((day: Row) => [day.date, day]));
      expect(days2027.get('2027-02-09')).toMatchObject({ isWorkingDay: false, source: 'DERIVED', name: '春节补假' });
      expect(days2027.get('2027-02-10')).toMatchObject({ isWorkingDay: false, source: 'DERIVED' });
      await office.ok(CREATE_OVERRIDE, { input: { date: '2027-02-20', kind: 'WORK', note: '春节调休上班' } });
      const { workingDayCalendar: after } = await drafter.ok(YEAR, { year: 2027 });
      expect(after.workingDays).toBe(y2027.workingDays + 1);
      expect(after.specialDays.find((day: Row) => day.date === '2027-02-20')).toMatchObject({ source: 'OVERRIDE', name: '春节调休上班' });
    });

    it('refuses bad input, duplicates, stale versions and other roles — changing nothing', async () => {
      const bad = await office.fails(CREATE_OVERRIDE, { input: { date: '2026-13-01', kind: 'OFF', note: '' } });
      expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.extensions?.fields).toMatchObject({ date: [expect.stringContaining('有效日期')], note: [expect.stringContaining('说明')] });
      const farAway = await office.fails(CREATE_OVERRIDE, { input: { date: '2300-01-01', kind: 'OFF', note: '远期' } });
      expect(farAway.extensions?.code).toBe('BAD_USER_INPUT');
      const forbidden = await drafter.fails(CREATE_OVERRIDE, { input: { date: '2027-01-04', kind: 'OFF', note: 'x' } });
      expect(forbidden.extensions?.code).toBe('FORBIDDEN');
      expect((await office.ok(OVERRIDES, {})).calendarOverrides.total).toBe(0);

      const { createCalendarOverride: first } = await office.ok(CREATE_OVERRIDE, { input: { date: '2027-01-04', kind: 'OFF', note: '元旦调休' } });
      const duplicate = await office.fails(CREATE_OVERRIDE, { input: { date: '2027-01-04', kind: 'WORK', note: '重复' } });
      expect(duplicate.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CALENDAR.OVERRIDE_EXISTS' });
      const updated = (
        await office.ok(UPDATE_OVERRIDE, { id: first.override.id, version: first.override.version, input: { kind: 'OFF', note: '元旦假期' } })
      ).updateCalendarOverride;
      expect(updated.override.note).toBe('元旦假期');
      const stale = await office.fails(UPDATE_OVERRIDE, {
        id: first.override.id,
        version: first.override.version,
        input: { kind: 'WORK', note: '过期的编辑' },
      });
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' });
      const { calendarOverrides } = await drafter.ok(OVERRIDES, { filter: { year: 2027 } });
      expect(calendarOverrides.items).toEqual([expect.objectContaining({ date: '2027-01-04', note: '元旦假期', kind: 'OFF' })]);
      const audit = await dataSource.query(
        `SELECT action, outcome FROM audit_log WHERE entity_type = 'CalendarOverride' AND entity_id = $1 ORDER BY seq`,
        [first.override.id],
      );
      expect(audit).toEqual([
        { action: 'Mutation.createCalendarOverride', outcome: 'SUCCESS' },
        { action: 'Mutation.updateCalendarOverride', outcome: 'SUCCESS' },
      ]);
    });

    it('a calendar change and deadline operations running at once agree with a count from scratch', async () => {
      await setDate('2026-12-10T02:00:00.000Z');
      const deadlines = await Promise.all(
        Array.from({ length: 6 }, (_, index) => start({ kind: 'COMPLAINT_HANDLING', startDate: `2026-12-${10 + index}` })),
      );
      await Promise.all([
        office.ok(CREATE_OVERRIDE, { input: { date: '2026-12-31', kind: 'OFF', note: '本局安排' } }),
        ...deadlines.map((deadline) =>
          handler.ok(EXTEND, { id: deadline.id, by: 3, withNotice: true, reason: '需现场核查' }),
        ),
      ]);
      const calendar = createWorkingDayCalendar({ overrides: [{ date: '2026-12-31', kind: 'OFF', note: '本局安排' }] });
      for (const deadline of deadlines) {
        const { deadline: read } = await office.ok(ONE, { id: deadline.id });
        const domain: DomainDeadline = { start: read.startDate, periodWorkingDays: 15, extensionsWorkingDays: 3, suspensions: [] };
        expect(read.dueDate).toBe(dueDateOf(calendar, domain));
      }
    });
  });

  describe('the dashboard', () => {
    it('lists by standing and department, within the caller scope; counts for the chart', async () => {
      await setDate('2026-11-26T02:00:00.000Z');
      const overdue = await start({ kind: 'COMPLAINT_ACCEPTANCE_NOTICE', startDate: '2026-11-20', departmentId: deptA.id });
      const dueSoon = await start({ kind: 'COMPLAINT_TRANSFER', startDate: '2026-11-24', departmentId: deptA.id });
      const onTrack = await start({ kind: 'APPLICATION_REPLY', startDate: '2026-11-26', departmentId: deptB.id });
      const suspended = await start({ kind: 'CONSULTATION_REPLY', startDate: '2026-11-26', departmentId: deptB.id });
      await handler.ok(SUSPEND, { id: suspended.id, on: '2026-11-26', reason: '等待答复' });
      const ids = (items: Row[]) => items.map((item) => item.id).sort();
      const list = async (client: GraphQLClient, filter: Row = {}) => (await client.ok(LIST, { filter })).deadlines;

      expect(ids((await list(office)).items)).toEqual([overdue.id, dueSoon.id, onTrack.id, suspended.id].sort());
      expect(ids((await list(office, { standing: 'OVERDUE' })).items)).toEqual([overdue.id]);
      expect(ids((await list(office, { standing: 'DUE_SOON' })).items)).toEqual([dueSoon.id]);
      expect(ids((await list(office, { standing: 'ON_TRACK' })).items)).toEqual([onTrack.id]);
      expect(ids((await list(office, { standing: 'SUSPENDED' })).items)).toEqual([suspended.id]);
      // A department head sees their department's only; another department's deadline "does not exist".
      expect(ids((await list(headA)).items)).toEqual([overdue.id, dueSoon.id].sort());
      expect(ids((await list(headA, { departmentId: deptB.id })).items)).toEqual([]);
      expect((await headA.fails(ONE, { id: onTrack.id })).extensions?.code).toBe('NOT_FOUND');
      expect((await drafter.fails(LIST, {})).extensions?.code).toBe('FORBIDDEN');

      const { deadlineSummary } = await office.ok(SUMMARY, {});
      expect(deadlineSummary).toMatchObject({
        today: '2026-11-26',
        dueSoonUntil: '2026-12-01',
        total: { open: 4, overdue: 1, dueSoon: 1, suspended: 1, provisional: 0 },
      });
      expect(deadlineSummary.byDepartment).toEqual(
        expect.arrayContaining([
          { key: deptA.id, open: 2, overdue: 1, dueSoon: 1 },
          { key: deptB.id, open: 2, overdue: 0, dueSoon: 0 },
        ]),
      );
      expect((await headA.ok(SUMMARY, {})).deadlineSummary.total).toMatchObject({ open: 2, overdue: 1 });

      expect((await handler.ok(MARK_OVERDUE)).testMarkOverdueDeadlines).toBe(1);
      expect((await handler.ok(MARK_OVERDUE)).testMarkOverdueDeadlines).toBe(0);
    });
  });
});
