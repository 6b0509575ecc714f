import type { CaseKind } from '../cases/case-kinds.js';
import type { DeadlineKind } from '../calendar/deadline-kinds.js';
import { hasOfficialData, workingDaysBetween, type WorkingDayCalendar } from '../calendar/working-days.js';
import { departmentScopeOf, type DepartmentScope, type Grant } from '../identity/actor.js';
import {
  isFineGrainedPermission,
  type FineGrainedPermission,
  type Permission,
} from '../identity/permissions.js';
import { BUSINESS_ROLES, isDepartmentScopedRole, type Role } from '../identity/roles.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import { DomainError } from '../shared/domain-error.js';

/**
 * The task registry (待办, SPEC §2.3c): one list of "someone must do X about record Y by date Z" that
 * every module writes to and every user reads from. A task points to its record by (case kind, case id),
 * is held by an assignee or waits in a department's queue, and carries its due date from the deadline
 * service (or a fixed date).
 */
export interface TaskKindDefinition {
  label: string;
  /** The kind of record the task points to. */
  caseKind: CaseKind;
  /** The deadline whose due date the task carries, or null for a task with a fixed due date. */
  deadlineKind: DeadlineKind | null;
  /**
   * Who may take the task while it waits unassigned: holders of this permission (within their grant's
   * department, or bureau-wide), or null — anyone of the task's department holding a business role.
   */
  handlerPermission: Permission | null;
}

export const TASK_KINDS_DEFINITION = {
  /** From 1 November, next year's State Council holiday arrangement must be entered and confirmed. */
  CALENDAR_CONFIRM_YEAR: {
    label: '确认下一年度节假日安排',
    caseKind: 'CALENDAR_YEAR',
    deadlineKind: null,
    handlerPermission: 'CALENDAR_MANAGE',
  },
  // One kind per kind of deadline: the case modules register them with the deadline they start.
  // Applications are the disclosure office's, bureau-wide: they wait for the application handlers.
  APPLICATION_REPLY: {
    label: '答复政府信息公开申请',
    caseKind: 'APPLICATION',
    deadlineKind: 'APPLICATION_REPLY',
    handlerPermission: 'APPLICATION_HANDLE',
  },
  APPLICATION_CORRECTION_NOTICE: {
    label: '告知申请人补正',
    caseKind: 'APPLICATION',
    deadlineKind: 'APPLICATION_CORRECTION_NOTICE',
    handlerPermission: 'APPLICATION_HANDLE',
  },
  /** The applicant's period to correct ran out: close the case (其他处理 1) or record the late correction. */
  APPLICATION_CORRECTION_PERIOD: {
    label: '申请人补正期限届满后处理',
    caseKind: 'APPLICATION',
    deadlineKind: 'APPLICATION_CORRECTION_PERIOD',
    handlerPermission: 'APPLICATION_HANDLE',
  },
  APPLICATION_FEE_PAYMENT: {
    label: '申请人缴费期限届满后处理',
    caseKind: 'APPLICATION',
    deadlineKind: 'APPLICATION_FEE_PAYMENT',
    handlerPermission: 'APPLICATION_HANDLE',
  },
  CONSULTATION_REPLY: {
    label: '办理征求意见答复',
    caseKind: 'CONSULTATION',
    deadlineKind: 'CONSULTATION_REPLY',
    handlerPermission: null,
  },
  /**
   * An application's consultation (条例 art. 32, 34) follows the same reply deadline but, like the
   * application, waits for the application handlers bureau-wide rather than in a department's queue.
   */
  APPLICATION_CONSULTATION_REPLY: {
    label: '办理依申请公开征求意见答复',
    caseKind: 'CONSULTATION',
    deadlineKind: 'CONSULTATION_REPLY',
    handlerPermission: 'APPLICATION_HANDLE',
  },
  /** A co-department's consent waits in that department's queue for its head [seed §4-8]. */
  CO_DEPARTMENT_CONSENT: {
    label: '会办处室审核是否同意公开',
    caseKind: 'CONSULTATION',
    deadlineKind: 'CO_DEPARTMENT_CONSENT',
    handlerPermission: 'CONSULTATION_CONSENT',
  },
  // Complaints are the bureau's, not a department's: they wait for the complaint handlers bureau-wide.
  COMPLAINT_ACCEPTANCE_NOTICE: {
    label: '决定是否受理投诉举报（不予受理的告知理由）',
    caseKind: 'COMPLAINT',
    deadlineKind: 'COMPLAINT_ACCEPTANCE_NOTICE',
    handlerPermission: 'COMPLAINT_HANDLE',
  },
  COMPLAINT_TRANSFER: {
    label: '转办投诉举报',
    caseKind: 'COMPLAINT',
    deadlineKind: 'COMPLAINT_TRANSFER',
    handlerPermission: 'COMPLAINT_HANDLE',
  },
  COMPLAINT_HANDLING: {
    label: '办结投诉举报',
    caseKind: 'COMPLAINT',
    deadlineKind: 'COMPLAINT_HANDLING',
    handlerPermission: 'COMPLAINT_HANDLE',
  },
  /**
   * An order to correct (责令改正) waits in the ordered department's queue for its head, due on the date the
   * order sets; its case id is the order's (one task per order), never the complaint's.
   */
  CORRECTION_ORDER: {
    label: '整改并报告（责令改正）',
    caseKind: 'COMPLAINT',
    deadlineKind: null,
    handlerPermission: 'CORRECTION_REPORT',
  },
  MEETING_FEEDBACK: {
    label: '反馈会议意见并公开结果',
    caseKind: 'MEETING',
    deadlineKind: 'MEETING_FEEDBACK',
    handlerPermission: null,
  },
  PROACTIVE_PUBLICATION: {
    label: '按时限主动公开信息',
    caseKind: 'DOCUMENT',
    deadlineKind: 'PROACTIVE_PUBLICATION',
    handlerPermission: null,
  },
  /**
   * 条例 art. 18: information not disclosed is re-assessed periodically; the department's head (or the
   * leadership office) re-determines its attribute or records that it stays as it is.
   */
  DOCUMENT_REASSESSMENT: {
    label: '定期评估不予公开的信息',
    caseKind: 'DOCUMENT',
    deadlineKind: null,
    handlerPermission: 'DOCUMENT_ATTRIBUTE_REDETERMINE',
  },
  /**
   * 条例 art. 44: a 依申请公开 document several applicants asked for is proposed for proactive disclosure; the
   * department's head (or the leadership office) re-determines its attribute or records that it stays.
   */
  DOCUMENT_PROACTIVE_PROPOSAL: {
    label: '依申请公开较多的信息研究纳入主动公开',
    caseKind: 'DOCUMENT',
    deadlineKind: null,
    handlerPermission: 'DOCUMENT_ATTRIBUTE_REDETERMINE',
  },
  /**
   * The confidentiality review's steps (SPEC M3), one task per review and step: level 1 is the producer's
   * (assigned to them); levels 2 and 3 wait in the owning department's queue; the leadership office's
   * determinations and confirmations bureau-wide; publication goes to the publisher named at level 3.
   */
  REVIEW_LEVEL_1: {
    label: '保密审查初审',
    caseKind: 'REVIEW',
    deadlineKind: null,
    handlerPermission: 'REVIEW_LEVEL_1',
  },
  REVIEW_LEVEL_2: {
    label: '保密审查（信息安全保密员）',
    caseKind: 'REVIEW',
    deadlineKind: null,
    handlerPermission: 'REVIEW_LEVEL_2',
  },
  REVIEW_LEVEL_3: {
    label: '保密审查审批',
    caseKind: 'REVIEW',
    deadlineKind: null,
    handlerPermission: 'REVIEW_LEVEL_3',
  },
  REVIEW_OFFICE: {
    label: '保密审查提请确定或涉密处理审核确认',
    caseKind: 'REVIEW',
    deadlineKind: null,
    handlerPermission: 'REVIEW_OVERSIGHT',
  },
  REVIEW_PUBLISH: {
    label: '发布经审批的信息',
    caseKind: 'REVIEW',
    deadlineKind: null,
    handlerPermission: 'PUBLISH',
  },
} as const satisfies Record<string, TaskKindDefinition>;

export type TaskKind = keyof typeof TASK_KINDS_DEFINITION;
export const TASK_KINDS = Object.keys(TASK_KINDS_DEFINITION) as TaskKind[];
export const TASK_KIND_LABELS = Object.fromEntries(
  TASK_KINDS.map((kind) => [kind, TASK_KINDS_DEFINITION[kind].label]),
) as Record<TaskKind, string>;

export const taskKindOf = (kind: TaskKind): TaskKindDefinition => TASK_KINDS_DEFINITION[kind];

/**
 * The task kind registered with a deadline of this kind: the first listed. A later kind on the same deadline
 * only routes it to other handlers (APPLICATION_CONSULTATION_REPLY); its module names that kind itself.
 */
export function taskKindForDeadline(deadlineKind: DeadlineKind): TaskKind {
  const kind = TASK_KINDS.find((candidate) => TASK_KINDS_DEFINITION[candidate].deadlineKind === deadlineKind);
  if (!kind) throw new Error(`no task kind for deadline kind ${deadlineKind}`);
  return kind;
}

/** A task is open until its module closes it (done) or withdraws it (cancelled). */
export const TASK_STATES = ['OPEN', 'DONE', 'CANCELLED'] as const;
export type TaskState = (typeof TASK_STATES)[number];
export const TASK_STATE_LABELS: Record<TaskState, string> = {
  OPEN: '待办理',
  DONE: '已办结',
  CANCELLED: '已撤销',
};

/** What a user may do to a task in the console (modules close tasks themselves). */
export const TASK_ACTIONS = ['REASSIGN'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];
export const TASK_ACTION_LABELS: Record<TaskAction, string> = { REASSIGN: '分派' };

/** In-app notifications for staff (SPEC §2.3c): new tasks, reminders before and after the due date. */
export const STAFF_NOTIFICATION_KINDS = [
  'TASK_ASSIGNED',
  'TASK_DUE_SOON',
  'TASK_OVERDUE',
  'TASK_REASSIGNED',
] as const;
export type StaffNotificationKind = (typeof STAFF_NOTIFICATION_KINDS)[number];
export const STAFF_NOTIFICATION_KIND_LABELS: Record<StaffNotificationKind, string> = {
  TASK_ASSIGNED: '新待办',
  TASK_DUE_SOON: '即将到期',
  TASK_OVERDUE: '已逾期',
  TASK_REASSIGNED: '待办转交',
};

/** Working days before the due date at which the assignee is reminded, unless configured otherwise. */
export const DEFAULT_REMINDER_WORKING_DAYS = 2;

/** A member of staff as the task rules see them: their account's department and their grants. */
export interface TaskViewer {
  userId: string;
  /** The department of the user's account (null: none). */
  departmentId: string | null;
  grants: readonly Grant[];
  permissions: readonly FineGrainedPermission[];
}

/** Where a task sits: with its assignee, or — unassigned — in its department's queue. */
export interface TaskRouting {
  kind: TaskKind;
  assigneeId: string | null;
  departmentId: string | null;
}

/** True when the grants include a role doing the bureau's business (not one of 三员分立's administrators). */
export const hasBusinessRole = (grants: readonly Grant[]): boolean =>
  grants.some((grant) => (BUSINESS_ROLES as readonly Role[]).includes(grant.role));

/**
 * The departments whose unassigned tasks of `kind` the viewer may take ('ALL': every department and the
 * bureau-level tasks that have none). Every task kind is business work, so the three separated
 * administrators (who read no business content) get none, whatever permission their role carries.
 */
export function taskQueueScopeOf(viewer: TaskViewer, kind: TaskKind): DepartmentScope {
  if (!hasBusinessRole(viewer.grants)) return [];
  const permission = TASK_KINDS_DEFINITION[kind].handlerPermission as Permission | null;
  if (permission === null) {
    // Members of the department: by their account, or by a business role granted in it.
    const departments = new Set<string>();
    if (viewer.departmentId) departments.add(viewer.departmentId);
    for (const grant of viewer.grants) {
      if (
        grant.departmentId &&
        isDepartmentScopedRole(grant.role) &&
        (BUSINESS_ROLES as readonly Role[]).includes(grant.role)
      )
        departments.add(grant.departmentId);
    }
    return [...departments];
  }
  // Fine-grained permissions are granted to one person by name: they act bureau-wide.
  if (isFineGrainedPermission(permission)) return viewer.permissions.includes(permission) ? 'ALL' : [];
  const businessGrants = viewer.grants.filter((grant) =>
    (BUSINESS_ROLES as readonly Role[]).includes(grant.role),
  );
  return departmentScopeOf(businessGrants, permission);
}

/** The queue scope of every kind, for a query that lists what the viewer may see. */
export function taskQueueScopesOf(viewer: TaskViewer): Record<TaskKind, DepartmentScope> {
  return Object.fromEntries(TASK_KINDS.map((kind) => [kind, taskQueueScopeOf(viewer, kind)])) as Record<
    TaskKind,
    DepartmentScope
  >;
}

const scopeIncludes = (scope: DepartmentScope, departmentId: string | null): boolean =>
  scope === 'ALL' || (departmentId !== null && scope.includes(departmentId));

/** Whether the viewer may take an unassigned task of `kind` waiting in `departmentId` (null: bureau level). */
export const canHandleTask = (viewer: TaskViewer, kind: TaskKind, departmentId: string | null): boolean =>
  scopeIncludes(taskQueueScopeOf(viewer, kind), departmentId);

/**
 * The inbox rule (who sees a task in 待办): an assigned task its assignee only; an unassigned one
 * everyone who may take it from its department's queue.
 */
export function isTaskVisibleTo(task: TaskRouting, viewer: TaskViewer): boolean {
  if (task.assigneeId !== null) return task.assigneeId === viewer.userId;
  return canHandleTask(viewer, task.kind, task.departmentId);
}

/**
 * Whether a task may be handed to `candidate`: a member of the task's department (by their account) who
 * may take that kind of task there; a bureau-level task to anyone holding its permission bureau-wide.
 */
export function canBeAssignedTask(
  candidate: TaskViewer,
  task: Pick<TaskRouting, 'kind' | 'departmentId'>,
): boolean {
  if (task.departmentId !== null && candidate.departmentId !== task.departmentId) return false;
  return canHandleTask(candidate, task.kind, task.departmentId);
}

/**
 * Refuses a task nobody could ever see: an unassigned task needs a department, unless its kind names a
 * permission whose holders take it bureau-wide.
 */
export function assertTaskRoutable(task: TaskRouting): void {
  if (task.assigneeId !== null || task.departmentId !== null) return;
  if (TASK_KINDS_DEFINITION[task.kind].handlerPermission !== null) return;
  throw new DomainError(
    'INTERNAL',
    'TASK.UNROUTABLE',
    `待办“${TASK_KIND_LABELS[task.kind]}”须指定承办人或承办处室`,
  );
}

/** The actions the actor may take on a task now: reassigning an open task within their TASK_ASSIGN scope. */
export function availableTaskActions(
  task: { state: TaskState; departmentId: string | null },
  grants: readonly Grant[],
): TaskAction[] {
  if (task.state !== 'OPEN') return [];
  return scopeIncludes(departmentScopeOf(grants, 'TASK_ASSIGN'), task.departmentId) ? ['REASSIGN'] : [];
}

export interface TaskDueStatus {
  /**
   * Working days in (today, dueDate] — 0 on the due date itself; once overdue, minus the working days in
   * (dueDate, today] but at least -1 (as for deadlines). Null when the task has no due date (a
   * suspended deadline).
   */
  workingDaysLeft: number | null;
  /** True once today is after the due date (the due date runs to its end). */
  isOverdue: boolean;
}

export function taskDueStatus(
  calendar: WorkingDayCalendar,
  dueDate: CalendarDate | null,
  today: CalendarDate,
): TaskDueStatus {
  if (dueDate === null) return { workingDaysLeft: null, isOverdue: false };
  if (today > dueDate) {
    return { workingDaysLeft: Math.min(-1, -workingDaysBetween(calendar, dueDate, today)), isOverdue: true };
  }
  return { workingDaysLeft: workingDaysBetween(calendar, today, dueDate), isOverdue: false };
}

/**
 * The reminder an open task calls for today: TASK_OVERDUE after its due date, TASK_DUE_SOON when at most
 * `reminderWorkingDays` working days are left, otherwise none.
 */
export function dueReminderOf(
  calendar: WorkingDayCalendar,
  dueDate: CalendarDate | null,
  today: CalendarDate,
  reminderWorkingDays: number,
): 'TASK_DUE_SOON' | 'TASK_OVERDUE' | null {
  const status = taskDueStatus(calendar, dueDate, today);
  if (status.workingDaysLeft === null) return null;
  if (status.isOverdue) return 'TASK_OVERDUE';
  return status.workingDaysLeft <= reminderWorkingDays ? 'TASK_DUE_SOON' : null;
}

/** A year's calendar as a case: its id is a fixed uuid spelling the year (…-000000002027). */
export function calendarYearCaseId(year: number): string {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) throw new Error(`invalid calendar year ${year}`);
  return `00000000-0000-4000-8000-${String(year).padStart(12, '0')}`;
}

/** The year a calendar-year case id stands for, or null for any other id. */
export function calendarYearOfCaseId(caseId: string): number | null {
  const match = /^00000000-0000-4000-8000-0000000(\d{5})$/.exec(caseId);
  return match ? Number(match[1]) : null;
}

/** When the general office must confirm next year's holiday arrangement: from this day of the year on. */
export const CALENDAR_CONFIRMATION_FROM = '11-01';

/**
 * Next year's arrangement to confirm (SPEC §2.3): from 1 November, when next year has no official
 * data and the bureau has not confirmed it, a task due on 31 December; otherwise null.
 */
export function calendarYearToConfirm(
  today: CalendarDate,
  confirmedYears: ReadonlySet<number>,
  officialData: (year: number) => boolean = hasOfficialData,
): { year: number; dueDate: CalendarDate } | null {
  if (today.slice(5) < CALENDAR_CONFIRMATION_FROM) return null;
  const year = Number(today.slice(0, 4));
  const next = year + 1;
  if (officialData(next) || confirmedYears.has(next)) return null;
  return { year: next, dueDate: `${year}-12-31` };
}
