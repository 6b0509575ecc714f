import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { calendarYearCaseId, type Role } from '@gdp/domain';
import { ManualClock } from '../../src/clock.js';
import { loadWorkingDayCalendar } from '../../src/modules/calendar/calendar.service.js';
import { startCaseDeadline } from '../../src/modules/deadline/deadline.service.js';
import type { Department } from '../../src/modules/organisation/department.entity.js';
import type { User } from '../../src/modules/organisation/user.entity.js';
import {
  closeCalendarConfirmationTask,
  createDueNotifications,
  ensureCalendarConfirmationTask,
  syncTaskDueDates,
} from '../../src/modules/task/index.js';
import { createDepartment, createStaff, signedIn } from '../support/factories.js';
import { firstError, type GraphQLClient, type GraphQLResponse } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TestTaskResolver } from '../support/test-task-resolver.js';

/** The task registry (待办), inboxes, the overview, reassignment and staff notifications (SPEC §2.3c). */

type Row = Record<string, any>;

const TASK_FIELDS =
  'id kind caseKind caseId title assigneeId departmentId deadlineId dueDate state version workingDaysLeft isOverdue availableActions closedAt closedById';
const OPEN = `mutation Open($kind: TaskKind!, $title: String!, $caseId: ID, $assigneeId: ID, $departmentId: ID, $deadlineId: ID, $dueDate: String) {
  testOpenTask(kind: $kind, title: $title, caseId: $caseId, assigneeId: $assigneeId, departmentId: $departmentId, deadlineId: $deadlineId, dueDate: $dueDate) { ${TASK_FIELDS} }
}`;
const CLOSE = `mutation Close($id: ID, $kind: TaskKind, $caseId: ID) { testCloseTask(id: $id, kind: $kind, caseId: $caseId) { ${TASK_FIELDS} } }`;
const CANCEL = `mutation Cancel($kind: TaskKind!, $caseId: ID!) { testCancelTask(kind: $kind, caseId: $caseId) { ${TASK_FIELDS} } }`;
const MY_TASKS = `query Mine($filter: MyTaskFilter, $page: PageInput, $sort: SortInput) {
  myTasks(filter: $filter, page: $page, sort: $sort) { total items { ${TASK_FIELDS} } }
}`;
const TASKS = `query All($filter: TaskFilter, $page: PageInput, $sort: SortInput) {
  tasks(filter: $filter, page: $page, sort: $sort) { total items { ${TASK_FIELDS} } }
}`;
const REASSIGN = `mutation Reassign($id: ID!, $version: Int!, $assigneeId: ID) {
  reassignTask(id: $id, version: $version, assigneeId: $assigneeId) { ${TASK_FIELDS} }
}`;
const NOTIFICATIONS = `query Notifications($filter: StaffNotificationFilter, $page: PageInput) {
  myNotifications(filter: $filter, page: $page) {
    total items { id kind taskId title onDate createdAt readAt taskKind caseKind caseId dueDate taskState }
  }
}`;
const UNREAD = `{ unreadNotificationCount }`;
const MARK_READ = `mutation Mark($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) { marked unread } }`;
const UPDATE_USER = `mutation UpdateUser($id: ID!, $version: Int!, $input: UserInput!) {
  updateUser(id: $id, version: $version, input: $input) { id departmentId }
}`;
const SET_USER_ACTIVE = `mutation SetUserActive($id: ID!, $version: Int!, $isActive: Boolean!) {
  setUserActive(id: $id, version: $version, isActive: $isActive) { id isActive version }
}`;

describe('tasks (待办) and staff notifications', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let deptA: Department;
  let deptB: Department;
  const people: Record<string, { client: GraphQLClient; user: User }> = {};
  const client = (name: string) => people[name].client;
  const userId = (name: string) => people[name].user.id;

  async function staffIn(
    name: string,
    roles: Array<Role | { role: Role; departmentId: string | null }>,
    departmentId: string | null,
  ) {
    people[name] = await signedIn(testApp, { roles, departmentId });
  }

  const open = async (variables: Row, as = 'headA'): Promise<Row> =>
    (
      await client(as).ok(OPEN, {
        title: `YS-2026-${randomUUID().slice(0, 6)} 申请公开某项目批复`,
        ...variables,
      })
    ).testOpenTask;
  const inbox = async (name: string, filter: Row = {}): Promise<Row[]> =>
    (await client(name).ok(MY_TASKS, { filter, page: { page: 1, perPage: 100 } })).myTasks.items;
  const inboxIds = async (name: string, filter: Row = {}) =>
    (await inbox(name, filter)).map((task) => task.id);
  const overview = async (name: string, filter: Row = {}): Promise<Row[]> =>
    (await client(name).ok(TASKS, { filter, page: { page: 1, perPage: 100 } })).tasks.items;
  const notificationsOf = async (name: string, filter: Row = {}): Promise<Row[]> =>
    (await client(name).ok(NOTIFICATIONS, { filter, page: { page: 1, perPage: 100 } })).myNotifications.items;
  const notificationsAbout = async (name: string, taskId: string) =>
    (await notificationsOf(name)).filter((notification) => notification.taskId === taskId);
  const taskRow = async (id: string): Promise<Row> =>
    (await ds.query('SELECT * FROM task WHERE id = $1', [id]))[0];

  async function auditOf(response: GraphQLResponse): Promise<Row[]> {
    const requestId = response.headers.get('x-request-id');
    return ds.query(
      `SELECT action, outcome, entity_type, entity_id, reason, changes FROM audit_log WHERE request_id = $1 ORDER BY seq`,
      [requestId],
    );
  }
  /** A job's run: the service function in its own transaction, at a date of the test's choosing. */
  const atDate = <T>(
    instant: string,
    work: (clock: ManualClock) => (manager: DataSource['manager']) => Promise<T>,
  ) => ds.transaction(work(new ManualClock(instant)));

  beforeAll(async () => {
    testApp = await startTestApp({}, { extraResolvers: [TestTaskResolver] });
    ds = testApp.db.database.dataSource;
    deptA = await createDepartment(ds, { name: '政策法规处' });
    deptB = await createDepartment(ds, { name: '财务处' });
    const a = deptA.id;
    const b = deptB.id;
    await staffIn('drafterA1', [{ role: 'DRAFTER', departmentId: a }], a);
    await staffIn('drafterA2', [{ role: 'DRAFTER', departmentId: a }], a);
    await staffIn('handlerA', ['APPLICATION_HANDLER'], a);
    await staffIn('drafterB', [{ role: 'DRAFTER', departmentId: b }], b);
    await staffIn('headA', [{ role: 'DEPARTMENT_HEAD', departmentId: a }], a);
    await staffIn('headB', [{ role: 'DEPARTMENT_HEAD', departmentId: b }], b);
    await staffIn('office', ['GENERAL_OFFICE'], null);
    await staffIn('leadership', ['LEADERSHIP_OFFICE'], null);
    await staffIn('leader', ['BUREAU_LEADER'], null);
    await staffIn('sysadminA', ['SYSTEM_ADMIN'], a);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  describe('the inbox', () => {
    it('shows an assigned task to its assignee only, with working days left on the Shanghai date', async () => {
      // 2026-11-26 (Thursday): 11-27, 11-30, 12-01…12-04 are the working days up to the due date.
      const task = await open({
        kind: 'CONSULTATION_REPLY',
        assigneeId: userId('drafterA1'),
        dueDate: '2026-12-04',
      });
      expect(task).toMatchObject({
        caseKind: 'CONSULTATION',
        assigneeId: userId('drafterA1'),
        departmentId: deptA.id, // the assignee's department
        state: 'OPEN',
        dueDate: '2026-12-04',
      });
      const [mine] = (await inbox('drafterA1')).filter((row) => row.id === task.id);
      expect(mine).toMatchObject({ workingDaysLeft: 6, isOverdue: false, availableActions: [] });
      for (const other of ['drafterA2', 'drafterB', 'headA', 'office', 'sysadminA']) {
        expect(await inboxIds(other), other).not.toContain(task.id);
      }
      // New task → a notification for the assignee, and for no one else.
      expect(await notificationsAbout('drafterA1', task.id)).toMatchObject([
        {
          kind: 'TASK_ASSIGNED',
          title: task.title,
          onDate: '2026-11-26',
          readAt: null,
          taskKind: 'CONSULTATION_REPLY',
          dueDate: '2026-12-04',
        },
      ]);
      expect(await notificationsAbout('drafterA2', task.id)).toEqual([]);
    });

    it('shows an unassigned department task to the department’s eligible users only', async () => {
      const task = await open({ kind: 'CONSULTATION_REPLY', departmentId: deptA.id, dueDate: '2026-12-10' });
      expect(task.assigneeId).toBeNull();
      for (const member of ['drafterA1', 'drafterA2', 'handlerA', 'headA']) {
        expect(await inboxIds(member), member).toContain(task.id);
        expect(await notificationsAbout(member, task.id), member).toMatchObject([{ kind: 'TASK_ASSIGNED' }]);
      }
      // Another department, the bureau-wide offices (not members of A), and the administrator of A: not theirs.
      for (const outsider of ['drafterB', 'headB', 'office', 'leadership', 'sysadminA']) {
        expect(await inboxIds(outsider), outsider).not.toContain(task.id);
        expect(await notificationsAbout(outsider, task.id), outsider).toEqual([]);
      }
    });

    it('filters by state, kind, due date and overdue; rejects a malformed date', async () => {
      const overdue = await open({
        kind: 'MEETING_FEEDBACK',
        assigneeId: userId('drafterA2'),
        dueDate: '2026-11-20',
      });
      const later = await open({
        kind: 'PROACTIVE_PUBLICATION',
        assigneeId: userId('drafterA2'),
        dueDate: '2027-01-15',
      });
      const rows = await inbox('drafterA2', { state: 'OPEN' });
      const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
      expect(byId[overdue.id]).toMatchObject({ isOverdue: true, workingDaysLeft: -4 });
      expect(await inboxIds('drafterA2', { overdue: true })).toEqual([overdue.id]);
      expect(await inboxIds('drafterA2', { overdue: false })).not.toContain(overdue.id);
      expect(await inboxIds('drafterA2', { kind: 'PROACTIVE_PUBLICATION' })).toEqual([later.id]);
      expect(await inboxIds('drafterA2', { dueBefore: '2026-12-31' })).not.toContain(later.id);
      // The most urgent first.
      const ordered = await inboxIds('drafterA2', { state: 'OPEN' });
      expect(ordered.indexOf(overdue.id)).toBeLessThan(ordered.indexOf(later.id));
      const bad = firstError(
        await client('drafterA2').gql(MY_TASKS, { filter: { dueBefore: '2026-02-30' } }),
      );
      expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.message).toMatch(/截止日/);
      expect(bad.extensions?.fields).toHaveProperty('dueBefore');
      const badSort = firstError(
        await client('drafterA2').gql(MY_TASKS, { sort: { field: 'assigneeId', order: 'ASC' } }),
      );
      expect(badSort.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SORT.FIELD_NOT_ALLOWED' });
    });

    it('opens one task per kind and record, closes and cancels by (kind, case), audits each change', async () => {
      const caseId = randomUUID();
      const first = await open({
        kind: 'COMPLAINT_TRANSFER',
        caseId,
        departmentId: deptA.id,
        dueDate: '2026-12-03',
      });
      const again = await open({
        kind: 'COMPLAINT_TRANSFER',
        caseId,
        departmentId: deptA.id,
        dueDate: '2026-12-03',
      });
      expect(again.id).toBe(first.id);
      expect(
        Number((await ds.query(`SELECT count(*) AS n FROM task WHERE case_id = $1`, [caseId]))[0].n),
      ).toBe(1);

      const closing = await client('headA').gql<{ testCloseTask: Row }>(CLOSE, {
        kind: 'COMPLAINT_TRANSFER',
        caseId,
      });
      expect(closing.data?.testCloseTask).toMatchObject({
        id: first.id,
        state: 'DONE',
        closedById: userId('headA'),
        availableActions: [],
      });
      expect(await auditOf(closing)).toMatchObject([
        {
          outcome: 'SUCCESS',
          entity_type: 'Task',
          entity_id: first.id,
          changes: [{ entityType: 'Task', fields: { state: { from: 'OPEN', to: 'DONE' } } }],
        },
      ]);
      expect(await inboxIds('drafterA1', { state: 'OPEN' })).not.toContain(first.id);
      expect(
        (await client('headA').ok(CLOSE, { kind: 'COMPLAINT_TRANSFER', caseId })).testCloseTask,
      ).toBeNull();

      // Closed, the record may get a new task of the same kind; cancelling withdraws it.
      const second = await open({
        kind: 'COMPLAINT_TRANSFER',
        caseId,
        departmentId: deptA.id,
        dueDate: '2026-12-08',
      });
      expect(second.id).not.toBe(first.id);
      expect(
        (await client('headA').ok(CANCEL, { kind: 'COMPLAINT_TRANSFER', caseId })).testCancelTask.state,
      ).toBe('CANCELLED');
      // Tasks are never deleted.
      await expect(ds.query('DELETE FROM task WHERE id = $1', [first.id])).rejects.toThrow(/待办不能删除/);
    });
  });

  describe('the overview for overseers', () => {
    let inA: Row;
    let inB: Row;
    beforeAll(async () => {
      inA = await open({ kind: 'CONSULTATION_REPLY', departmentId: deptA.id, dueDate: '2026-12-15' });
      inB = await open({ kind: 'CONSULTATION_REPLY', departmentId: deptB.id, dueDate: '2026-12-16' });
    });

    it('limits a department head to their own department', async () => {
      const ids = (await overview('headA')).map((task) => task.id);
      expect(ids).toContain(inA.id);
      expect(ids).not.toContain(inB.id);
      expect(await overview('headA', { departmentId: deptB.id })).toEqual([]);
      expect(
        (await overview('headA', { unassigned: true })).every((task) => task.departmentId === deptA.id),
      ).toBe(true);
      const [mine] = (await overview('headA')).filter((task) => task.id === inA.id);
      expect(mine.availableActions).toEqual(['REASSIGN']);
    });

    it('shows every department to the bureau-wide offices and leaders', async () => {
      for (const overseer of ['office', 'leadership', 'leader']) {
        const ids = (await overview(overseer)).map((task) => task.id);
        expect(ids, overseer).toEqual(expect.arrayContaining([inA.id, inB.id]));
      }
      const [asLeader] = (await overview('leader')).filter((task) => task.id === inB.id);
      expect(asLeader.availableActions).toEqual([]); // oversees, does not assign
      expect((await overview('office', { departmentId: deptB.id })).map((task) => task.id)).toContain(inB.id);
    });

    it('refuses the overview to drafters and administrators', async () => {
      for (const outsider of ['drafterA1', 'handlerA', 'sysadminA']) {
        expect(firstError(await client(outsider).gql(TASKS)).extensions?.code, outsider).toBe('FORBIDDEN');
      }
    });
  });

  describe('reassigning', () => {
    it('hands a department task to a member: the new assignee is told and sees it; the queue no longer does', async () => {
      const task = await open({
        kind: 'MEETING_FEEDBACK',
        departmentId: deptA.id,
        dueDate: '2026-12-02',
      });
      const response = await client('headA').gql<{ reassignTask: Row }>(REASSIGN, {
        id: task.id,
        version: task.version,
        assigneeId: userId('drafterA2'),
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.reassignTask).toMatchObject({
        assigneeId: userId('drafterA2'),
        version: task.version + 1,
      });
      expect(await auditOf(response)).toMatchObject([
        {
          action: 'Mutation.reassignTask',
          outcome: 'SUCCESS',
          entity_type: 'Task',
          entity_id: task.id,
          changes: [{ fields: { assigneeId: { from: null, to: userId('drafterA2') } } }],
        },
      ]);
      expect(await inboxIds('drafterA2')).toContain(task.id);
      expect(await inboxIds('drafterA1')).not.toContain(task.id);
      const told = await notificationsAbout('drafterA2', task.id);
      expect(told.map((notification) => notification.kind)).toEqual(['TASK_ASSIGNED']);
      expect(told[0].readAt).toBeNull();

      // Handed on again: the previous assignee hears of it (待办转交).
      const moved = (
        await client('headA').ok(REASSIGN, {
          id: task.id,
          version: task.version + 1,
          assigneeId: userId('handlerA'),
        })
      ).reassignTask;
      expect(moved.assigneeId).toBe(userId('handlerA'));
      expect(
        (await notificationsAbout('drafterA2', task.id)).map((notification) => notification.kind).sort(),
      ).toEqual(['TASK_ASSIGNED', 'TASK_REASSIGNED']);
      // And back to the department's queue.
      const back = (
        await client('headA').ok(REASSIGN, { id: task.id, version: moved.version, assigneeId: null })
      ).reassignTask;
      expect(back.assigneeId).toBeNull();
      expect(await inboxIds('drafterA1')).toContain(task.id);
    });

    it('refuses assignees outside the department, inactive or not eligible, and stale versions — changing nothing', async () => {
      const task = await open({ kind: 'CONSULTATION_REPLY', departmentId: deptA.id, dueDate: '2026-12-21' });
      const inactive = await createStaff(ds, {
        roles: [{ role: 'DRAFTER', departmentId: deptA.id }],
        departmentId: deptA.id,
      });
      await ds.query('UPDATE app_user SET is_active = false WHERE id = $1', [inactive.id]);
      const refusals: Array<[string, string]> = [
        ['another department', userId('drafterB')],
        ['inactive', inactive.id],
        ['the department’s system administrator', userId('sysadminA')],
        ['a bureau-wide office whose account is elsewhere', userId('office')],
        ['unknown', randomUUID()],
        ['malformed', 'not-an-id'],
      ];
      for (const [name, assigneeId] of refusals) {
        const response = await client('headA').gql(REASSIGN, {
          id: task.id,
          version: task.version,
          assigneeId,
        });
        const error = firstError(response);
        expect(error.extensions, name).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'TASK.ASSIGNEE_INVALID',
        });
        expect(error.message).toMatch(/承办人须为该处室/);
        expect(error.extensions?.fields).toHaveProperty('assigneeId');
        expect(await auditOf(response)).toMatchObject([
          { outcome: 'FAILED', reason: 'TASK.ASSIGNEE_INVALID' },
        ]);
      }
      expect(await taskRow(task.id)).toMatchObject({ assignee_id: null, version: task.version });

      const stale = firstError(
        await client('headA').gql(REASSIGN, {
          id: task.id,
          version: task.version + 7,
          assigneeId: userId('drafterA1'),
        }),
      );
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' });
      const queue = firstError(
        await client('headA').gql(REASSIGN, { id: task.id, version: task.version, assigneeId: null }),
      );
      expect(queue.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TASK.ALREADY_IN_QUEUE' });
      expect(await taskRow(task.id)).toMatchObject({ assignee_id: null, version: task.version });
    });

    it('hides other departments’ tasks from a head (NOT_FOUND whatever the version) and lets the offices assign bureau-wide', async () => {
      const inB = await open({ kind: 'CONSULTATION_REPLY', departmentId: deptB.id, dueDate: '2026-12-22' });
      for (const version of [inB.version, inB.version + 3]) {
        const error = firstError(
          await client('headA').gql(REASSIGN, { id: inB.id, version, assigneeId: userId('drafterA1') }),
        );
        expect(error.extensions).toMatchObject({ code: 'NOT_FOUND' });
      }
      expect(
        firstError(await client('headA').gql(REASSIGN, { id: randomUUID(), version: 1, assigneeId: null }))
          .extensions?.code,
      ).toBe('NOT_FOUND');
      for (const role of ['drafterB', 'leader', 'sysadminA']) {
        const error = firstError(
          await client(role).gql(REASSIGN, {
            id: inB.id,
            version: inB.version,
            assigneeId: userId('drafterB'),
          }),
        );
        expect(error.extensions?.code, role).toBe('FORBIDDEN');
      }
      const done = (
        await client('office').ok(REASSIGN, {
          id: inB.id,
          version: inB.version,
          assigneeId: userId('drafterB'),
        })
      ).reassignTask;
      expect(done.assigneeId).toBe(userId('drafterB'));

      await client('headA').ok(CLOSE, { id: done.id });
      const closed = firstError(
        await client('office').gql(REASSIGN, {
          id: done.id,
          version: done.version + 1,
          assigneeId: userId('headB'),
        }),
      );
      expect(closed.extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        reason: 'TASK.NOT_OPEN',
        allowedActions: [],
      });
    });
  });

  describe('deactivating a user', () => {
    it('moves their open tasks to the department queue and tells the department’s heads, in the same mutation', async () => {
      const leaving = await signedIn(testApp, {
        roles: [{ role: 'DRAFTER', departmentId: deptA.id }],
        departmentId: deptA.id,
      });
      const task = await open({
        kind: 'CONSULTATION_REPLY',
        assigneeId: leaving.user.id,
        dueDate: '2026-12-11',
      });
      const finished = await open({
        kind: 'MEETING_FEEDBACK',
        assigneeId: leaving.user.id,
        dueDate: '2026-12-01',
      });
      await client('headA').ok(CLOSE, { id: finished.id });
      expect(await inboxIds('drafterA1')).not.toContain(task.id);

      const admin = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] });
      const response = await admin.client.gql(SET_USER_ACTIVE, {
        id: leaving.user.id,
        version: leaving.user.version,
        isActive: false,
      });
      expect(response.errors).toBeUndefined();
      const [audit] = await auditOf(response);
      expect(audit).toMatchObject({
        action: 'Mutation.setUserActive',
        outcome: 'SUCCESS',
        entity_type: 'User',
      });
      expect(audit.changes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            entityType: 'Task',
            entityId: task.id,
            fields: expect.objectContaining({ assigneeId: { from: leaving.user.id, to: null } }),
          }),
        ]),
      );

      expect(await taskRow(task.id)).toMatchObject({
        assignee_id: null,
        department_id: deptA.id,
        state: 'OPEN',
        assigned_by_id: admin.user.id,
      });
      expect(await taskRow(finished.id)).toMatchObject({ assignee_id: leaving.user.id, state: 'DONE' });
      expect(await inboxIds('drafterA1')).toContain(task.id);
      expect((await notificationsAbout('headA', task.id)).map((notification) => notification.kind)).toEqual([
        'TASK_REASSIGNED',
      ]);
      expect(await notificationsAbout('headB', task.id)).toEqual([]);
      // The head hands it on.
      const row = await taskRow(task.id);
      const handed = (
        await client('headA').ok(REASSIGN, {
          id: task.id,
          version: row.version,
          assigneeId: userId('drafterA1'),
        })
      ).reassignTask;
      expect(handed.assigneeId).toBe(userId('drafterA1'));
    });

    it('a move to another department leaves that department’s open tasks in its queue', async () => {
      const moving = await signedIn(testApp, {
        roles: [{ role: 'DRAFTER', departmentId: deptA.id }],
        departmentId: deptA.id,
      });
      const left = await open({ kind: 'CONSULTATION_REPLY', assigneeId: moving.user.id, departmentId: deptA.id });
      const kept = await open({ kind: 'COMPLAINT_HANDLING', assigneeId: moving.user.id, departmentId: deptB.id });
      const admin = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] });
      await admin.client.ok(UPDATE_USER, {
        id: moving.user.id,
        version: moving.user.version,
        input: { username: moving.user.username, displayName: moving.user.displayName, departmentId: deptB.id },
      });
      expect(await taskRow(left.id)).toMatchObject({ assignee_id: null, department_id: deptA.id, state: 'OPEN' });
      expect(await taskRow(kept.id)).toMatchObject({ assignee_id: moving.user.id, department_id: deptB.id });
      expect((await notificationsAbout('headA', left.id)).map((notification) => notification.kind)).toEqual([
        'TASK_REASSIGNED',
      ]);
    });
  });

  describe('notifications', () => {
    it('lists, counts and marks the caller’s own notifications only', async () => {
      const reader = await signedIn(testApp, {
        roles: [{ role: 'DRAFTER', departmentId: deptB.id }],
        departmentId: deptB.id,
      });
      people.reader = reader;
      const first = await open({
        kind: 'CONSULTATION_REPLY',
        assigneeId: reader.user.id,
        dueDate: '2026-12-14',
      });
      const second = await open({
        kind: 'COMPLAINT_HANDLING',
        assigneeId: reader.user.id,
        dueDate: '2026-12-15',
      });
      expect((await client('reader').ok(UNREAD)).unreadNotificationCount).toBe(2);
      const list = await notificationsOf('reader');
      expect(list.map((notification) => notification.taskId).sort()).toEqual([first.id, second.id].sort());

      // Someone else's notification id is ignored (and not revealed).
      const [foreign] = await notificationsOf('drafterA1');
      const other = await client('reader').ok(MARK_READ, { ids: [foreign.id] });
      expect(other.markNotificationsRead).toEqual({ marked: 0, unread: 2 });
      expect(
        (await notificationsOf('drafterA1')).find((notification) => notification.id === foreign.id)?.readAt,
      ).toBeNull();

      const one = await client('reader').ok(MARK_READ, { ids: [list[0].id] });
      expect(one.markNotificationsRead).toEqual({ marked: 1, unread: 1 });
      expect(
        (await notificationsOf('reader', { unreadOnly: true })).map((notification) => notification.id),
      ).toEqual([list[1].id]);
      const all = await client('reader').ok(MARK_READ, { all: true });
      expect(all.markNotificationsRead).toEqual({ marked: 1, unread: 0 });
      expect((await client('reader').ok(UNREAD)).unreadNotificationCount).toBe(0);

      const nothing = firstError(await client('reader').gql(MARK_READ, {}));
      expect(nothing.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'NOTIFICATION.NOTHING_TO_MARK',
      });
      expect(firstError(await testApp.client().gql(UNREAD)).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('reminds once before the due date and once after it, however often the job runs (National Day 2026)', async () => {
      const deptC = await createDepartment(ds, { name: '公共服务处' });
      const holder = await signedIn(testApp, {
        roles: [{ role: 'DRAFTER', departmentId: deptC.id }],
        departmentId: deptC.id,
      });
      people.holder = holder;
      // Due Friday 2026-10-09, after the 10-01…10-07 holiday: two working days left from 09-30 on.
      const task = await open({
        kind: 'CONSULTATION_REPLY',
        assigneeId: holder.user.id,
        dueDate: '2026-10-09',
      });
      const run = (instant: string) =>
        atDate(
          instant,
          (clock) => async (manager) =>
            createDueNotifications(manager, clock, await loadWorkingDayCalendar(manager), 2),
        );
      const kinds = async () =>
        (await notificationsAbout('holder', task.id)).map((notification) => notification.kind).sort();

      expect(await run('2026-09-29T02:00:00.000Z')).toEqual({ dueSoon: 0, overdue: 0 });
      expect(await kinds()).toEqual(['TASK_ASSIGNED']);
      expect(await run('2026-09-30T02:00:00.000Z')).toEqual({ dueSoon: 1, overdue: 0 });
      expect(await run('2026-09-30T09:00:00.000Z')).toEqual({ dueSoon: 0, overdue: 0 });
      expect(await run('2026-10-05T02:00:00.000Z')).toEqual({ dueSoon: 0, overdue: 0 });
      expect(await kinds()).toEqual(['TASK_ASSIGNED', 'TASK_DUE_SOON']);
      const [soon] = (await notificationsAbout('holder', task.id)).filter(
        (notification) => notification.kind === 'TASK_DUE_SOON',
      );
      expect(soon.onDate).toBe('2026-10-09');
      // 10-09 runs to its end (23:59 Shanghai is 15:59 UTC); overdue from 10-10, a make-up working Saturday.
      expect(await run('2026-10-09T15:59:00.000Z')).toEqual({ dueSoon: 0, overdue: 0 });
      expect(await run('2026-10-09T16:00:00.000Z')).toEqual({ dueSoon: 0, overdue: 1 });
      expect(await run('2026-10-12T02:00:00.000Z')).toEqual({ dueSoon: 0, overdue: 0 });
      expect(await kinds()).toEqual(['TASK_ASSIGNED', 'TASK_DUE_SOON', 'TASK_OVERDUE']);
      // A closed task is reminded of no more.
      await client('headA').ok(CLOSE, { id: task.id });
      expect(await run('2026-10-13T02:00:00.000Z')).toEqual({ dueSoon: 0, overdue: 0 });
    });

    it('reminds everyone who may take an unassigned task', async () => {
      const deptD = await createDepartment(ds, { name: '产业发展处' });
      const one = await signedIn(testApp, {
        roles: [{ role: 'DRAFTER', departmentId: deptD.id }],
        departmentId: deptD.id,
      });
      const two = await signedIn(testApp, {
        roles: [{ role: 'DEPARTMENT_HEAD', departmentId: deptD.id }],
        departmentId: deptD.id,
      });
      const task = await open({
        kind: 'CONSULTATION_REPLY',
        departmentId: deptD.id,
        dueDate: '2026-09-16',
      });
      const counts = await atDate(
        '2026-09-15T02:00:00.000Z',
        (clock) => async (manager) =>
          createDueNotifications(manager, clock, await loadWorkingDayCalendar(manager), 2),
      );
      expect(counts).toEqual({ dueSoon: 2, overdue: 0 });
      const recipients = await ds.query(
        `SELECT user_id FROM staff_notification WHERE task_id = $1 AND kind = 'TASK_DUE_SOON' ORDER BY user_id`,
        [task.id],
      );
      expect(recipients.map((row: Row) => row.user_id).sort()).toEqual([one.user.id, two.user.id].sort());
    });
  });

  describe('due dates from the deadline service', () => {
    it('copies the deadline’s due date when opened and whenever it changes', async () => {
      const caseId = randomUUID();
      const deadline = await ds.transaction((manager) =>
        startCaseDeadline(
          manager,
          { clock: testApp.clock, actorId: null },
          {
            kind: 'CONSULTATION_REPLY',
            caseId,
            title: 'YS-2026-000777 申请公开某项目批复',
            departmentId: deptA.id,
            startDate: '2026-11-09',
          },
        ),
      );
      expect(deadline.dueDate).toBe('2026-11-30');
      const task = await open({
        kind: 'CONSULTATION_REPLY',
        caseId,
        departmentId: deptA.id,
        deadlineId: deadline.id,
      });
      expect(task).toMatchObject({
        deadlineId: deadline.id,
        dueDate: '2026-11-30',
        isOverdue: false,
        workingDaysLeft: 2,
      });
      // A task cannot follow another case's deadline.
      const mismatch = await client('headA').gql(OPEN, {
        kind: 'CONSULTATION_REPLY',
        title: 'x',
        caseId: randomUUID(),
        deadlineId: deadline.id,
      });
      expect(firstError(mismatch).extensions?.code).toBe('INTERNAL');

      await ds.query(`UPDATE deadline SET due_date = NULL WHERE id = $1`, [deadline.id]);
      expect(await ds.transaction((manager) => syncTaskDueDates(manager, [deadline.id]))).toBe(1);
      expect((await taskRow(task.id)).due_date).toBeNull();
      await ds.query(`UPDATE deadline SET due_date = '2026-12-29' WHERE id = $1`, [deadline.id]);
      expect(await ds.transaction((manager) => syncTaskDueDates(manager, [deadline.id, 'not-an-id']))).toBe(
        1,
      );
      expect(await ds.transaction((manager) => syncTaskDueDates(manager, [deadline.id]))).toBe(0);
      const [mine] = (await inbox('drafterA1')).filter((row) => row.id === task.id);
      expect(mine).toMatchObject({ dueDate: '2026-12-29' });
    });
  });

  describe('confirming next year’s holiday arrangement', () => {
    const ensure = (instant: string) =>
      atDate(instant, (clock) => (manager) => ensureCalendarConfirmationTask(manager, clock));

    it('opens one task for the general office from 1 November, and closes it once the year is confirmed', async () => {
      const caseId = calendarYearCaseId(2027);
      expect(await ensure('2026-10-31T02:00:00.000Z')).toMatchObject({
        year: null,
        task: null,
        opened: false,
      });
      const first = await ensure('2026-11-01T02:00:00.000Z');
      expect(first).toMatchObject({ year: 2027, opened: true, closed: 0 });
      expect(first.task).toMatchObject({
        kind: 'CALENDAR_CONFIRM_YEAR',
        caseKind: 'CALENDAR_YEAR',
        caseId,
        departmentId: null,
        assigneeId: null,
        dueDate: '2026-12-31',
        state: 'OPEN',
      });
      const again = await ensure('2026-11-02T02:00:00.000Z');
      expect(again).toMatchObject({ year: 2027, opened: false });
      expect(again.task?.id).toBe(first.task?.id);
      expect(
        Number((await ds.query(`SELECT count(*) AS n FROM task WHERE kind = 'CALENDAR_CONFIRM_YEAR'`))[0].n),
      ).toBe(1);

      const [seen] = (await inbox('office')).filter((task) => task.id === first.task?.id);
      expect(seen).toMatchObject({ dueDate: '2026-12-31', isOverdue: false, workingDaysLeft: 25 });
      expect(await notificationsAbout('office', first.task!.id)).toMatchObject([
        { kind: 'TASK_ASSIGNED', caseKind: 'CALENDAR_YEAR' },
      ]);
      for (const other of ['leadership', 'drafterA1', 'headA', 'sysadminA']) {
        expect(await inboxIds(other), other).not.toContain(first.task?.id);
      }

      await client('office').ok(`mutation { confirmCalendarYear(year: 2027) { __typename } }`);
      const after = await ensure('2026-11-26T02:00:00.000Z');
      expect(after).toMatchObject({ year: null, task: null, opened: false });
      expect(await taskRow(first.task!.id)).toMatchObject({ state: 'DONE' });
      expect(
        Number(
          (
            await ds.query(
              `SELECT count(*) AS n FROM task WHERE kind = 'CALENDAR_CONFIRM_YEAR' AND state = 'OPEN'`,
            )
          )[0].n,
        ),
      ).toBe(0);
      expect(
        await ds.transaction((manager) => closeCalendarConfirmationTask(manager, testApp.clock, 2027, null)),
      ).toBeNull();
    });
  });
});
