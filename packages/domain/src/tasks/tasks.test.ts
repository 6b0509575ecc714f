import { describe, expect, it } from 'vitest';
import { CASE_KINDS } from '../cases/case-kinds.js';
import { DEADLINE_KINDS, DEADLINE_KINDS_DEFINITION } from '../calendar/deadline-kinds.js';
import { createWorkingDayCalendar } from '../calendar/working-days.js';
import type { Grant } from '../identity/actor.js';
import { PERMISSIONS } from '../identity/permissions.js';
import { ROLES, SEPARATED_ADMIN_ROLES, isDepartmentScopedRole, type Role } from '../identity/roles.js';
import {
  STAFF_NOTIFICATION_KINDS,
  STAFF_NOTIFICATION_KIND_LABELS,
  TASK_ACTIONS,
  TASK_ACTION_LABELS,
  TASK_KINDS,
  TASK_KINDS_DEFINITION,
  TASK_KIND_LABELS,
  TASK_STATES,
  TASK_STATE_LABELS,
  assertTaskRoutable,
  availableTaskActions,
  calendarYearCaseId,
  calendarYearOfCaseId,
  calendarYearToConfirm,
  canBeAssignedTask,
  dueReminderOf,
  isTaskVisibleTo,
  taskDueStatus,
  taskKindForDeadline,
  taskQueueScopeOf,
  taskQueueScopesOf,
  type TaskKind,
  type TaskRouting,
  type TaskViewer,
} from './tasks.js';

const DEPT_A = 'dept-a';
const DEPT_B = 'dept-b';
const ME = 'user-me';
const OTHER = 'user-other';

const grant = (role: Role, departmentId: string | null = DEPT_A): Grant => ({
  role,
  departmentId: isDepartmentScopedRole(role) ? departmentId : null,
});

const viewer = (
  grants: readonly Grant[],
  departmentId: string | null = DEPT_A,
  permissions: TaskViewer['permissions'] = [],
): TaskViewer => ({ userId: ME, departmentId, grants, permissions });

const CHINESE = /\p{Script=Han}/u;

describe('task registry: kinds, states, notification kinds', () => {
  it.each([
    ['TASK_KINDS', TASK_KINDS, TASK_KIND_LABELS],
    ['TASK_STATES', TASK_STATES, TASK_STATE_LABELS],
    ['TASK_ACTIONS', TASK_ACTIONS, TASK_ACTION_LABELS],
    ['STAFF_NOTIFICATION_KINDS', STAFF_NOTIFICATION_KINDS, STAFF_NOTIFICATION_KIND_LABELS],
  ] as Array<[string, readonly string[], Record<string, string>]>)(
    '%s: one distinct zh-CN label per value',
    (_name, values, labels) => {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const value of values) expect(labels[value]).toMatch(CHINESE);
      expect(new Set(Object.values(labels)).size).toBe(values.length);
    },
  );

  it('names the notification kinds as the console shows them', () => {
    expect(STAFF_NOTIFICATION_KIND_LABELS).toEqual({
      TASK_ASSIGNED: '新待办',
      TASK_DUE_SOON: '即将到期',
      TASK_OVERDUE: '已逾期',
      TASK_REASSIGNED: '待办转交',
    });
  });

  it.each(TASK_KINDS)('%s links to a known case kind and names a known permission or none', (kind) => {
    const definition = TASK_KINDS_DEFINITION[kind];
    expect(CASE_KINDS).toContain(definition.caseKind);
    if (definition.handlerPermission !== null) expect(PERMISSIONS).toContain(definition.handlerPermission);
  });

  /** Kinds that route a deadline another kind registers to other handlers: [kind, the deadline's own kind]. */
  const ROUTING_VARIANTS: Partial<Record<TaskKind, TaskKind>> = {
    APPLICATION_CONSULTATION_REPLY: 'CONSULTATION_REPLY',
  };

  it.each(DEADLINE_KINDS)(
    'deadline kind %s has exactly one task kind besides routing variants, on the same kind of case',
    (deadlineKind) => {
      const kinds = TASK_KINDS.filter((kind) => TASK_KINDS_DEFINITION[kind].deadlineKind === deadlineKind);
      const own = kinds.filter((kind) => ROUTING_VARIANTS[kind] === undefined);
      expect(own).toHaveLength(1);
      expect(taskKindForDeadline(deadlineKind)).toBe(own[0]);
      for (const kind of kinds) {
        expect(TASK_KINDS_DEFINITION[kind].caseKind).toBe(DEADLINE_KINDS_DEFINITION[deadlineKind].caseKind);
      }
    },
  );

  it('an application’s consultation task carries the consultation reply deadline to the application handlers', () => {
    expect(TASK_KINDS_DEFINITION.APPLICATION_CONSULTATION_REPLY).toMatchObject({
      caseKind: 'CONSULTATION',
      deadlineKind: 'CONSULTATION_REPLY',
      handlerPermission: 'APPLICATION_HANDLE',
    });
    expect(taskKindForDeadline('CONSULTATION_REPLY')).toBe('CONSULTATION_REPLY');
    for (const [variant, base] of Object.entries(ROUTING_VARIANTS)) {
      expect(TASK_KINDS_DEFINITION[variant as TaskKind].deadlineKind).toBe(
        TASK_KINDS_DEFINITION[base].deadlineKind,
      );
    }
  });

  it('the calendar confirmation goes to the general office’s calendar keepers, on a calendar year', () => {
    expect(TASK_KINDS_DEFINITION.CALENDAR_CONFIRM_YEAR).toMatchObject({
      caseKind: 'CALENDAR_YEAR',
      deadlineKind: null,
      handlerPermission: 'CALENDAR_MANAGE',
    });
  });
});

describe('the inbox rule: who sees a task', () => {
  const DEPARTMENT_KIND: TaskKind = 'CONSULTATION_REPLY';
  const CALENDAR: TaskKind = 'CALENDAR_CONFIRM_YEAR';
  const task = (overrides: Partial<TaskRouting> = {}): TaskRouting => ({
    kind: DEPARTMENT_KIND,
    assigneeId: null,
    departmentId: DEPT_A,
    ...overrides,
  });

  const cases: Array<[string, TaskRouting, TaskViewer, boolean]> = [
    // Assigned: the assignee only, whatever their roles or department.
    ['the assignee', task({ assigneeId: ME }), viewer([grant('DRAFTER')]), true],
    [
      'the assignee from another department',
      task({ assigneeId: ME }),
      viewer([grant('DRAFTER', DEPT_B)], DEPT_B),
      true,
    ],
    ['a colleague of the assignee', task({ assigneeId: OTHER }), viewer([grant('DRAFTER')]), false],
    [
      'the head of the assignee’s department',
      task({ assigneeId: OTHER }),
      viewer([grant('DEPARTMENT_HEAD')]),
      false,
    ],
    [
      'the general office, for another’s assigned task',
      task({ assigneeId: OTHER }),
      viewer([grant('GENERAL_OFFICE')]),
      false,
    ],
    // Unassigned, no permission named: members of the department with a business role.
    ['a drafter of the department', task(), viewer([grant('DRAFTER')]), true],
    ['the department head', task(), viewer([grant('DEPARTMENT_HEAD')]), true],
    [
      'a bureau-wide role whose account is in the department',
      task(),
      viewer([grant('COMPLAINT_HANDLER')], DEPT_A),
      true,
    ],
    [
      'a drafter granted in the department, account elsewhere',
      task(),
      viewer([grant('DRAFTER', DEPT_A)], DEPT_B),
      true,
    ],
    ['a drafter of another department', task(), viewer([grant('DRAFTER', DEPT_B)], DEPT_B), false],
    [
      'a bureau-wide role whose account is elsewhere',
      task(),
      viewer([grant('LEADERSHIP_OFFICE')], DEPT_B),
      false,
    ],
    ['a bureau-wide role with no department', task(), viewer([grant('GENERAL_OFFICE')], null), false],
    ['a member without any role', task(), viewer([], DEPT_A), false],
    ['the system administrator of the department', task(), viewer([grant('SYSTEM_ADMIN')], DEPT_A), false],
    [
      'the security administrator of the department',
      task(),
      viewer([grant('SECURITY_ADMIN')], DEPT_A),
      false,
    ],
    ['the auditor of the department', task(), viewer([grant('AUDITOR')], DEPT_A), false],
    [
      'anyone, for a department kind with no department',
      task({ departmentId: null }),
      viewer([grant('DRAFTER')]),
      false,
    ],
    // Unassigned, permission named (CALENDAR_MANAGE: the general office, a bureau-wide role).
    [
      'the general office, bureau-level task',
      task({ kind: CALENDAR, departmentId: null }),
      viewer([grant('GENERAL_OFFICE')], null),
      true,
    ],
    [
      'the general office, a department’s task',
      task({ kind: CALENDAR, departmentId: DEPT_B }),
      viewer([grant('GENERAL_OFFICE')], null),
      true,
    ],
    [
      'a drafter, calendar task of their own department',
      task({ kind: CALENDAR, departmentId: DEPT_A }),
      viewer([grant('DRAFTER')]),
      false,
    ],
    [
      'the leadership office, calendar task',
      task({ kind: CALENDAR, departmentId: null }),
      viewer([grant('LEADERSHIP_OFFICE')], null),
      false,
    ],
    [
      'the system administrator, calendar task',
      task({ kind: CALENDAR, departmentId: null }),
      viewer([grant('SYSTEM_ADMIN')], null),
      false,
    ],
    // An application's consultation waits for the application handlers, not the office's members.
    [
      'an application handler elsewhere, application consultation in the office',
      task({ kind: 'APPLICATION_CONSULTATION_REPLY' }),
      viewer([grant('APPLICATION_HANDLER')], DEPT_B),
      true,
    ],
    [
      'a drafter of the office, application consultation',
      task({ kind: 'APPLICATION_CONSULTATION_REPLY' }),
      viewer([grant('DRAFTER')]),
      false,
    ],
  ];

  it.each(cases)('%s → %s', (_name, routing, who, expected) => {
    expect(isTaskVisibleTo(routing, who)).toBe(expected);
  });

  it.each(ROLES.filter((role) => SEPARATED_ADMIN_ROLES.includes(role)))(
    'never gives %s any queue, whatever the kind',
    (role) => {
      const scopes = taskQueueScopesOf(viewer([grant(role)], DEPT_A, ['APPLICATION_EXTENSION_APPROVE']));
      for (const kind of TASK_KINDS) expect(scopes[kind]).toEqual([]);
    },
  );

  it('gives each kind its scope: departments of membership, or the permission’s grant scope', () => {
    const head = viewer([grant('DEPARTMENT_HEAD', DEPT_A), grant('DRAFTER', DEPT_B)], DEPT_A);
    expect(new Set(taskQueueScopeOf(head, 'CONSULTATION_REPLY') as string[])).toEqual(
      new Set([DEPT_A, DEPT_B]),
    );
    // Applications are the disclosure office's, bureau-wide: their handlers see them, a head does not.
    expect(taskQueueScopeOf(head, 'APPLICATION_REPLY')).toEqual([]);
    expect(taskQueueScopeOf(viewer([grant('APPLICATION_HANDLER')], DEPT_A), 'APPLICATION_REPLY')).toBe('ALL');
    expect(taskQueueScopeOf(head, 'CALENDAR_CONFIRM_YEAR')).toEqual([]);
    expect(taskQueueScopeOf(viewer([grant('GENERAL_OFFICE')], null), 'CALENDAR_CONFIRM_YEAR')).toBe('ALL');
    expect(taskQueueScopeOf(viewer([grant('GENERAL_OFFICE')], null), 'APPLICATION_REPLY')).toEqual([]);
  });
});

describe('who a task may be handed to', () => {
  const departmentTask = { kind: 'CONSULTATION_REPLY' as const, departmentId: DEPT_A };
  const calendar = { kind: 'CALENDAR_CONFIRM_YEAR' as const, departmentId: null };
  it.each([
    ['a drafter of the department', departmentTask, viewer([grant('DRAFTER')], DEPT_A), true],
    ['a head of the department', departmentTask, viewer([grant('DEPARTMENT_HEAD')], DEPT_A), true],
    [
      'a drafter granted there whose account is elsewhere',
      departmentTask,
      viewer([grant('DRAFTER', DEPT_A)], DEPT_B),
      false,
    ],
    ['a member of another department', departmentTask, viewer([grant('DRAFTER', DEPT_B)], DEPT_B), false],
    ['a member with no role', departmentTask, viewer([], DEPT_A), false],
    ['the department’s system administrator', departmentTask, viewer([grant('SYSTEM_ADMIN')], DEPT_A), false],
    [
      'the general office, bureau-level calendar task',
      calendar,
      viewer([grant('GENERAL_OFFICE')], DEPT_B),
      true,
    ],
    ['a drafter, bureau-level calendar task', calendar, viewer([grant('DRAFTER')], DEPT_A), false],
  ] as const)('%s → %s', (_name, task, candidate, expected) => {
    expect(canBeAssignedTask(candidate, task)).toBe(expected);
  });

  it('refuses an unassigned task nobody could see, and accepts the routable ones', () => {
    expect(() =>
      assertTaskRoutable({ kind: 'CONSULTATION_REPLY', assigneeId: null, departmentId: null }),
    ).toThrow(expect.objectContaining({ reason: 'TASK.UNROUTABLE' }));
    expect(() =>
      assertTaskRoutable({ kind: 'CONSULTATION_REPLY', assigneeId: ME, departmentId: null }),
    ).not.toThrow();
    expect(() =>
      assertTaskRoutable({ kind: 'CONSULTATION_REPLY', assigneeId: null, departmentId: DEPT_A }),
    ).not.toThrow();
    expect(() =>
      assertTaskRoutable({ kind: 'APPLICATION_REPLY', assigneeId: null, departmentId: null }),
    ).not.toThrow();
    expect(() =>
      assertTaskRoutable({ kind: 'CALENDAR_CONFIRM_YEAR', assigneeId: null, departmentId: null }),
    ).not.toThrow();
  });
});

describe('available actions: reassigning within the TASK_ASSIGN scope', () => {
  it.each([
    ['a head, own department', 'OPEN', DEPT_A, [grant('DEPARTMENT_HEAD', DEPT_A)], ['REASSIGN']],
    ['a head, another department', 'OPEN', DEPT_B, [grant('DEPARTMENT_HEAD', DEPT_A)], []],
    ['a head, bureau-level task', 'OPEN', null, [grant('DEPARTMENT_HEAD', DEPT_A)], []],
    ['the general office, any department', 'OPEN', DEPT_B, [grant('GENERAL_OFFICE')], ['REASSIGN']],
    ['the general office, bureau-level task', 'OPEN', null, [grant('GENERAL_OFFICE')], ['REASSIGN']],
    ['the leadership office, a closed task', 'DONE', DEPT_A, [grant('LEADERSHIP_OFFICE')], []],
    ['a drafter', 'OPEN', DEPT_A, [grant('DRAFTER', DEPT_A)], []],
    ['a bureau leader (oversees, does not assign)', 'OPEN', DEPT_A, [grant('BUREAU_LEADER')], []],
  ] as const)('%s', (_name, state, departmentId, grants, expected) => {
    expect(availableTaskActions({ state, departmentId }, grants)).toEqual(expected);
  });
});

describe('due status and reminders on the real 2026 calendar', () => {
  const calendar = createWorkingDayCalendar();
  // 2026 National Day: 10-01…10-07 off, 09-20 (Sunday) and 10-10 (Saturday) are make-up working days.
  const DUE = '2026-10-09';

  it.each([
    ['2026-09-28', 4, false, null],
    ['2026-09-29', 3, false, null],
    ['2026-09-30', 2, false, 'TASK_DUE_SOON'],
    ['2026-10-01', 2, false, 'TASK_DUE_SOON'],
    ['2026-10-07', 2, false, 'TASK_DUE_SOON'],
    ['2026-10-08', 1, false, 'TASK_DUE_SOON'],
    ['2026-10-09', 0, false, 'TASK_DUE_SOON'],
    ['2026-10-10', -1, true, 'TASK_OVERDUE'],
    ['2026-10-11', -1, true, 'TASK_OVERDUE'],
    ['2026-10-12', -2, true, 'TASK_OVERDUE'],
  ] as const)('on %s: %i working days left, overdue %s, reminder %s', (today, left, overdue, reminder) => {
    expect(taskDueStatus(calendar, DUE, today)).toEqual({ workingDaysLeft: left, isOverdue: overdue });
    expect(dueReminderOf(calendar, DUE, today, 2)).toBe(reminder);
  });

  it('has no status or reminder without a due date (a suspended deadline)', () => {
    expect(taskDueStatus(calendar, null, '2026-10-12')).toEqual({ workingDaysLeft: null, isOverdue: false });
    expect(dueReminderOf(calendar, null, '2026-10-12', 2)).toBeNull();
  });
});

describe('confirming next year’s holiday arrangement', () => {
  it.each([
    ['2026-10-31', [], null],
    ['2026-11-01', [], { year: 2027, dueDate: '2026-12-31' }],
    ['2026-12-31', [], { year: 2027, dueDate: '2026-12-31' }],
    ['2026-11-26', [2027], null],
    // 2026 has official data: nothing to confirm in November 2025.
    ['2025-11-15', [], null],
    ['2027-01-05', [], null],
  ] as const)('on %s with confirmed %j → %j', (today, confirmed, expected) => {
    expect(calendarYearToConfirm(today, new Set(confirmed))).toEqual(expected);
  });

  it('asks nothing when the holiday package knows next year', () => {
    expect(calendarYearToConfirm('2026-11-01', new Set(), () => true)).toBeNull();
  });

  it('gives each year one fixed case id and reads the year back', () => {
    expect(calendarYearCaseId(2027)).toBe('00000000-0000-4000-8000-000000002027');
    expect(calendarYearOfCaseId(calendarYearCaseId(2027))).toBe(2027);
    expect(calendarYearOfCaseId('7d0c6e58-3f1c-4b8e-9a55-2f7c1c8f0a11')).toBeNull();
    expect(() => calendarYearCaseId(99)).toThrow();
  });
});
