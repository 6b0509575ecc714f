import type { EntityManager } from 'typeorm';
import {
  TASK_KINDS_DEFINITION,
  addCalendarDays,
  addWorkingDays,
  assertTaskRoutable,
  badInput,
  calendarYearCaseId,
  calendarYearOfCaseId,
  calendarYearToConfirm,
  dueReminderOf,
  hasOfficialData,
  isCalendarDate,
  shanghaiDateOf,
  type CalendarDate,
  type TaskKind,
  type TaskState,
  type WorkingDayCalendar,
} from '@gdp/domain';
import type { Clock } from '../../clock.js';
import type { RequestContext } from '../../context.js';
import { recordChange } from '../../shared/audit/record-change.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { CalendarConfirmedYear } from '../calendar/calendar-override.entity.js';
import { Deadline } from '../deadline/deadline.entity.js';
import { User } from '../organisation/user.entity.js';
import { Task } from './task.entity.js';
import { notifyStaff } from './task.notifications.js';
import { departmentHeads, eligibleHandlers } from './task.recipients.js';

/**
 * The task registry's service (SPEC §2.3c). Case modules call these inside their own transaction (its
 * manager and the injected clock): they open a task when work starts and close or cancel it when it is
 * done; everything else — due dates kept in step with the deadline service, reminders, reassignment when
 * someone leaves — happens here.
 *
 * `audit` records each task change in the running mutation's audit row; pass `taskAuditOf(context)` from
 * a mutation, nothing from a scheduled job.
 */
export type TaskAudit = (taskId: string, before: Task | null, after: Task | null) => void;

/** The persisted fields of a task, for an audit diff (never the computed ones). */
const snapshotOf = (task: Task) => ({
  kind: task.kind,
  caseKind: task.caseKind,
  caseId: task.caseId,
  title: task.title,
  assigneeId: task.assigneeId,
  departmentId: task.departmentId,
  deadlineId: task.deadlineId,
  dueDate: task.dueDate,
  state: task.state,
  createdAt: task.createdAt,
  assignedAt: task.assignedAt,
  assignedById: task.assignedById,
  closedAt: task.closedAt,
  closedById: task.closedById,
});

/** Records task changes in the audit row of the mutation `context` runs. */
export const taskAuditOf =
  (context: RequestContext): TaskAudit =>
  (taskId, before, after) =>
    recordChange(context, 'Task', taskId, before && snapshotOf(before), after && snapshotOf(after));

const TITLE_MAX = 200;

export interface OpenTaskInput {
  kind: TaskKind;
  /** The record the task is about (its module's id). */
  caseId: string;
  /** Case number and subject; never a person's name (the title is shown in lists and notifications). */
  title: string;
  /** Who does it; null or omitted: the department's queue. An inactive user's task goes to the queue. */
  assigneeId?: string | null;
  /** The department responsible; defaults to the assignee's. */
  departmentId?: string | null;
  /** The deadline the task follows: its due date is copied now and whenever the deadline changes. */
  deadlineId?: string | null;
  /** A fixed due date for a task without a deadline. */
  dueDate?: CalendarDate | null;
  /** Who opened it (null: the system). */
  actorId?: string | null;
}

/**
 * Opens a task and notifies its assignee, or everyone who may take it from the queue. Idempotent per
 * record: while a task of this kind is open for `caseId`, that task is returned unchanged.
 */
export async function openTask(
  manager: EntityManager,
  clock: Clock,
  input: OpenTaskInput,
  audit?: TaskAudit,
): Promise<Task> {
  const definition = TASK_KINDS_DEFINITION[input.kind];
  if (!definition) throw new Error(`unknown task kind ${String(input.kind)}`);
  if (!isUuid(input.caseId)) throw new Error(`task case id must be a uuid: ${input.caseId}`);
  const title = input.title.trim();
  if (!title || title.length > TITLE_MAX) {
    throw badInput('TASK.INVALID_TITLE', `待办事项名称须为 1—${TITLE_MAX} 个字`, {
      title: ['请填写事项名称'],
    });
  }

  let dueDate: CalendarDate | null = input.dueDate ?? null;
  if (input.deadlineId) {
    const deadline = await manager.findOneBy(Deadline, { id: input.deadlineId });
    if (!deadline) throw new Error(`task deadline not found: ${input.deadlineId}`);
    if (definition.deadlineKind !== deadline.kind || deadline.caseId !== input.caseId) {
      throw new Error(`task ${input.kind} cannot follow deadline ${deadline.kind} of another case`);
    }
    dueDate = deadline.dueDate;
  } else if (dueDate !== null && !isCalendarDate(dueDate)) {
    throw badInput('TASK.INVALID_DUE_DATE', '截止日须为有效日期', {
      dueDate: ['须为有效日期，格式 YYYY-MM-DD'],
    });
  }

  let assigneeId = input.assigneeId ?? null;
  let departmentId = input.departmentId ?? null;
  if (assigneeId) {
    const assignee = await manager.findOneBy(User, { id: assigneeId });
    if (!assignee) throw new Error(`task assignee not found: ${assigneeId}`);
    departmentId ??= assignee.departmentId;
    if (!assignee.isActive) assigneeId = null;
  }
  assertTaskRoutable({ kind: input.kind, assigneeId, departmentId });

  const now = clock.now();
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(Task)
    .values({
      kind: input.kind,
      caseKind: definition.caseKind,
      caseId: input.caseId,
      title,
      assigneeId,
      departmentId,
      deadlineId: input.deadlineId ?? null,
      dueDate,
      state: 'OPEN',
      createdAt: now,
      assignedAt: assigneeId ? now : null,
      assignedById: assigneeId ? (input.actorId ?? null) : null,
      closedAt: null,
      closedById: null,
    })
    // The partial unique index keeps one open task per kind and record, even for two requests at once.
    .orIgnore()
    .returning(['id'])
    .execute();
  const insertedId = (inserted.raw as Array<{ id: string }>)[0]?.id;
  if (!insertedId) {
    return manager.findOneByOrFail(Task, { kind: input.kind, caseId: input.caseId, state: 'OPEN' });
  }
  const task = await manager.findOneByOrFail(Task, { id: insertedId });
  audit?.(task.id, null, task);
  const recipients = task.assigneeId
    ? [task.assigneeId]
    : await eligibleHandlers(manager, task.kind, task.departmentId);
  await notifyStaff(manager, recipients, task, 'TASK_ASSIGNED', shanghaiDateOf(now), now, 'RESURFACE');
  return task;
}

/** A task by id, or the open task of a kind for a record. */
export type TaskTarget = { id: string } | { kind: TaskKind; caseId: string };

/** Marks the task done; null when no such task is open (closing twice is harmless). */
export function closeTask(
  manager: EntityManager,
  clock: Clock,
  target: TaskTarget,
  actorId: string | null,
  audit?: TaskAudit,
): Promise<Task | null> {
  return finishTask(manager, clock, target, 'DONE', actorId, audit);
}

/** Withdraws the task (the case ended another way); null when no such task is open. */
export function cancelTask(
  manager: EntityManager,
  clock: Clock,
  target: TaskTarget,
  actorId: string | null,
  audit?: TaskAudit,
): Promise<Task | null> {
  return finishTask(manager, clock, target, 'CANCELLED', actorId, audit);
}

async function finishTask(
  manager: EntityManager,
  clock: Clock,
  target: TaskTarget,
  state: Exclude<TaskState, 'OPEN'>,
  actorId: string | null,
  audit?: TaskAudit,
): Promise<Task | null> {
  const query = manager.getRepository(Task).createQueryBuilder('task').setLock('pessimistic_write');
  if ('id' in target) {
    if (!isUuid(target.id)) return null;
    query.where('task.id = :id', { id: target.id });
  } else {
    if (!isUuid(target.caseId)) return null;
    query.where('task.kind = :kind AND task.caseId = :caseId', target);
  }
  const task = await query.andWhere('task.state = :open', { open: 'OPEN' }).getOne();
  if (!task) return null;
  const before = { ...task };
  Object.assign(task, { state, closedAt: clock.now(), closedById: actorId });
  await manager.save(task);
  audit?.(task.id, before, task);
  return task;
}

/**
 * Copies due dates from the deadlines to their open tasks (the deadline service calls this after every
 * change of a deadline and after a calendar change). Returns how many tasks moved.
 */
export async function syncTaskDueDates(
  manager: EntityManager,
  deadlineIds: readonly string[],
): Promise<number> {
  const ids = deadlineIds.filter(isUuid);
  if (ids.length === 0) return 0;
  // An UPDATE answers [rows, affected count].
  const [, moved] = (await manager.query(
    `UPDATE task SET due_date = deadline.due_date
       FROM deadline
      WHERE task.deadline_id = deadline.id
        AND deadline.id = ANY($1::uuid[])
        AND task.state = 'OPEN'
        AND task.due_date IS DISTINCT FROM deadline.due_date`,
    [ids],
  )) as [unknown, number];
  return moved;
}

/**
 * A user was deactivated (SPEC §2.4): their open tasks go back to their department's queue — the task's
 * department, or the user's when the task had none — and the department's heads are told, so that they
 * hand them on. Bureau-level tasks go back to everyone who may take them. With `leavingDepartmentFor`
 * (the user moved to that department), only the tasks of other departments go back. Returns the moved tasks.
 */
export async function reassignOpenTasksOf(
  manager: EntityManager,
  clock: Clock,
  userId: string,
  actorId: string | null,
  audit?: TaskAudit,
  options: { leavingDepartmentFor?: string | null } = {},
): Promise<Task[]> {
  const user = await manager.findOneBy(User, { id: userId });
  if (!user) return [];
  const query = manager
    .getRepository(Task)
    .createQueryBuilder('task')
    .setLock('pessimistic_write')
    .where('task.assigneeId = :userId AND task.state = :open', { userId, open: 'OPEN' });
  if (options.leavingDepartmentFor !== undefined) {
    // A move to another department: only the old department's tasks go back to its queue.
    query.andWhere('task.departmentId IS NOT NULL');
    if (options.leavingDepartmentFor !== null) {
      query.andWhere('task.departmentId <> :newDepartmentId', { newDepartmentId: options.leavingDepartmentFor });
    }
  }
  const tasks = await query
    .orderBy('task.createdAt', 'ASC')
    .addOrderBy('task.id', 'ASC')
    .getMany();
  const now = clock.now();
  const today = shanghaiDateOf(now);
  for (const task of tasks) {
    const before = { ...task };
    Object.assign(task, {
      assigneeId: null,
      departmentId: task.departmentId ?? user.departmentId,
      assignedAt: now,
      assignedById: actorId,
    });
    await manager.save(task);
    audit?.(task.id, before, task);
    const recipients = task.departmentId
      ? await departmentHeads(manager, task.departmentId)
      : await eligibleHandlers(manager, task.kind, null);
    await notifyStaff(
      manager,
      recipients.filter((id) => id !== userId),
      task,
      'TASK_REASSIGNED',
      today,
      now,
      'RESURFACE',
    );
  }
  return tasks;
}

export interface DueNotificationCounts {
  /** Notifications created for tasks due within the reminder period. */
  dueSoon: number;
  /** Notifications created for tasks past their due date. */
  overdue: number;
}

/**
 * Reminds of open tasks due within `reminderWorkingDays` working days (TASK_DUE_SOON) and of overdue
 * ones (TASK_OVERDUE): the assignee, or everyone who may take an unassigned task. Each reminder is sent
 * once per due date, so a run repeated the same day (or on another replica) creates nothing more; a
 * moved due date is reminded of again. Returns the notifications created.
 */
export async function createDueNotifications(
  manager: EntityManager,
  clock: Clock,
  calendar: WorkingDayCalendar,
  reminderWorkingDays: number,
): Promise<DueNotificationCounts> {
  if (!Number.isInteger(reminderWorkingDays) || reminderWorkingDays < 0) {
    throw new Error(`reminderWorkingDays must be a non-negative integer: ${reminderWorkingDays}`);
  }
  const now = clock.now();
  const today = shanghaiDateOf(now);
  // Every due date with at most `reminderWorkingDays` working days left lies before the next working day.
  const horizon = addCalendarDays(addWorkingDays(calendar, today, reminderWorkingDays + 1), -1);
  const tasks = await manager
    .getRepository(Task)
    .createQueryBuilder('task')
    .where('task.state = :open', { open: 'OPEN' })
    .andWhere('task.dueDate IS NOT NULL AND task.dueDate <= :horizon', { horizon })
    .orderBy('task.dueDate', 'ASC')
    .addOrderBy('task.id', 'ASC')
    .getMany();
  const counts: DueNotificationCounts = { dueSoon: 0, overdue: 0 };
  const queues = new Map<string, Promise<string[]>>();
  for (const task of tasks) {
    const reminder = dueReminderOf(calendar, task.dueDate, today, reminderWorkingDays);
    if (!reminder || task.dueDate === null) continue;
    let recipients: string[];
    if (task.assigneeId) recipients = [task.assigneeId];
    else {
      const key = `${task.kind}:${task.departmentId ?? ''}`;
      if (!queues.has(key)) queues.set(key, eligibleHandlers(manager, task.kind, task.departmentId));
      recipients = await queues.get(key)!;
    }
    const created = await notifyStaff(manager, recipients, task, reminder, task.dueDate, now, 'ONCE');
    if (reminder === 'TASK_OVERDUE') counts.overdue += created;
    else counts.dueSoon += created;
  }
  return counts;
}

/** Facts about calendar years (whether the holiday package knows one); tests may supply others. */
export interface CalendarYearFacts {
  hasOfficialData(year: number): boolean;
}

const OFFICIAL_CALENDAR_YEARS: CalendarYearFacts = { hasOfficialData };

export interface CalendarConfirmationResult {
  /** The year whose arrangement is to be confirmed, or null when none is (yet). */
  year: number | null;
  /** The open confirmation task of that year. */
  task: Task | null;
  /** True when this run opened it. */
  opened: boolean;
  /** Confirmation tasks closed by this run because their year has been confirmed meanwhile. */
  closed: number;
}

/**
 * From 1 November, when next year has no official data and the bureau has not confirmed it, keeps one
 * open CALENDAR_CONFIRM_YEAR task for the general office (no department; CALENDAR_MANAGE holders take
 * it), due 31 December. Idempotent. Also closes confirmation tasks whose year has since been confirmed
 * or become known to the holiday package.
 */
export async function ensureCalendarConfirmationTask(
  manager: EntityManager,
  clock: Clock,
  calendarYears: CalendarYearFacts = OFFICIAL_CALENDAR_YEARS,
): Promise<CalendarConfirmationResult> {
  const confirmedYears = new Set((await manager.find(CalendarConfirmedYear)).map(({ year }) => year));
  let closed = 0;
  const open = await manager.findBy(Task, { kind: 'CALENDAR_CONFIRM_YEAR', state: 'OPEN' });
  for (const task of open) {
    const year = calendarYearOfCaseId(task.caseId);
    if (year !== null && (confirmedYears.has(year) || calendarYears.hasOfficialData(year))) {
      if (await closeTask(manager, clock, { id: task.id }, null)) closed += 1;
    }
  }
  const due = calendarYearToConfirm(shanghaiDateOf(clock.now()), confirmedYears, (year) =>
    calendarYears.hasOfficialData(year),
  );
  if (!due) return { year: null, task: null, opened: false, closed };
  const caseId = calendarYearCaseId(due.year);
  const existing = await manager.findOneBy(Task, { kind: 'CALENDAR_CONFIRM_YEAR', caseId, state: 'OPEN' });
  if (existing) return { year: due.year, task: existing, opened: false, closed };
  const task = await openTask(manager, clock, {
    kind: 'CALENDAR_CONFIRM_YEAR',
    caseId,
    title: `确认${due.year}年节假日安排（录入国务院办公厅通知）`,
    assigneeId: null,
    departmentId: null,
    dueDate: due.dueDate,
  });
  return { year: due.year, task, opened: true, closed };
}

/** The year's arrangement has been confirmed: its confirmation task is done (null when none was open). */
export function closeCalendarConfirmationTask(
  manager: EntityManager,
  clock: Clock,
  year: number,
  actorId: string | null,
  audit?: TaskAudit,
): Promise<Task | null> {
  return closeTask(
    manager,
    clock,
    { kind: 'CALENDAR_CONFIRM_YEAR', caseId: calendarYearCaseId(year) },
    actorId,
    audit,
  );
}
