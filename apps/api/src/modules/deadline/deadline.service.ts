import type { EntityManager } from 'typeorm';
import {
  DEADLINE_KIND_LABELS,
  DomainError,
  assertExtensionAllowed,
  assertLengtheningAllowed,
  badInput,
  deadlineKindOf,
  deadlineStatus,
  dueDateOf,
  extend,
  isCalendarDate,
  restart,
  resume,
  shanghaiDateOf,
  suspend,
  type CalendarDate,
  type Deadline as DomainDeadline,
  type DeadlineEventAction,
  type DeadlineKind,
  type WorkingDayCalendar,
} from '@gdp/domain';
import type { Clock } from '../../clock.js';
import { notFound } from '../../shared/errors/app-errors.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { loadWorkingDayCalendar, lockCalendarShared } from '../calendar/calendar.service.js';
import { syncTaskDueDates } from '../task/index.js';
import { Deadline, DeadlineEvent, type DeadlineSuspensionPeriod } from './deadline.entity.js';

/**
 * The one deadline service of SPEC §2.3: case modules start, suspend, resume, restart, extend and close
 * their deadlines through these functions, inside their own transaction. The rules are the domain's
 * (calendar/deadline.ts, calendar/deadline-kinds.ts); this file persists them, keeps the cached due date
 * and flags right, records each step in `deadline_event` and keeps linked tasks' due dates in step.
 */
export interface DeadlineActor {
  clock: Clock;
  /** The member of staff acting, or null for the system (a scheduled job, a calendar change). */
  actorId: string | null;
}

export interface StartDeadlineInput {
  kind: DeadlineKind;
  caseId: string;
  title: string;
  departmentId?: string | null;
  assigneeId?: string | null;
  /** The day counting starts from (not counted); today in Asia/Shanghai when omitted. */
  startDate?: CalendarDate;
  /** A period set per case (an applicant's period to correct or pay); the kind's period when omitted. */
  periodWorkingDays?: number;
}

const LABEL = '办理时限';
const TITLE_MAX = 200;
const REASON_MAX = 500;

export async function startCaseDeadline(
  manager: EntityManager,
  by: DeadlineActor,
  input: StartDeadlineInput,
): Promise<Deadline> {
  const definition = deadlineKindOf(input.kind);
  const startDate = input.startDate ?? todayOf(by.clock);
  assertDay(startDate, 'startDate', '起算日');
  const title = input.title.trim();
  if (!title || title.length > TITLE_MAX) {
    throw badInput('DEADLINE.INVALID_TITLE', `事项名称须为 1—${TITLE_MAX} 个字`, { title: ['请填写事项名称'] });
  }
  await lockCalendarShared(manager);
  const existing = await manager.findOneBy(Deadline, { kind: input.kind, caseId: input.caseId });
  if (existing) {
    throw new DomainError('CONFLICT', 'DEADLINE.ALREADY_STARTED', `该事项的「${DEADLINE_KIND_LABELS[input.kind]}」已开始计时`);
  }
  const now = by.clock.now();
  const deadline = manager.create(Deadline, {
    kind: input.kind,
    caseKind: definition.caseKind,
    caseId: input.caseId,
    title,
    departmentId: input.departmentId ?? null,
    assigneeId: input.assigneeId ?? null,
    startDate,
    periodWorkingDays: periodOf(input.periodWorkingDays, definition.periodWorkingDays),
    extensionsWorkingDays: 0,
    extensionCount: 0,
    suspensions: [],
    state: 'OPEN',
    closedAt: null,
    overdueMarkedOn: null,
    createdAt: now,
    updatedAt: now,
  });
  const calendar = await loadWorkingDayCalendar(manager);
  applyComputed(calendar, deadline, todayOf(by.clock));
  await manager.save(deadline);
  await recordEvent(manager, by, deadline, 'STARTED', { onDate: startDate, dueDateBefore: null });
  return deadline;
}

/**
 * A kind's clock for a case that may run more than once (条例 art. 26: published within 20 working days of
 * the information's forming *or change*): started when there is none; otherwise started anew from
 * `startDate` — an open one restarted, a closed one reopened — with its history kept and the reason recorded.
 */
export async function startCaseDeadlineAnew(
  manager: EntityManager,
  by: DeadlineActor,
  input: StartDeadlineInput & { reason: string },
): Promise<Deadline> {
  const existing = await manager.findOneBy(Deadline, { kind: input.kind, caseId: input.caseId });
  if (!existing) return startCaseDeadline(manager, by, input);
  const from = input.startDate ?? todayOf(by.clock);
  if (existing.state === 'OPEN') return restartCaseDeadline(manager, by, existing.id, { from, reason: input.reason });
  assertDay(from, 'startDate', '起算日');
  const reason = requiredReason(input.reason, '重新起算原因');
  await lockCalendarShared(manager);
  const deadline = await manager
    .getRepository(Deadline)
    .createQueryBuilder('deadline')
    .setLock('pessimistic_write')
    .where('deadline.id = :id', { id: existing.id })
    .getOneOrFail();
  const dueDateBefore = deadline.dueDate;
  Object.assign(deadline, {
    state: 'OPEN',
    closedAt: null,
    overdueMarkedOn: null,
    startDate: from,
    suspensions: [],
    extensionsWorkingDays: 0,
    extensionCount: 0,
    title: input.title.trim().slice(0, TITLE_MAX) || deadline.title,
    updatedAt: by.clock.now(),
  });
  applyComputed(await loadWorkingDayCalendar(manager), deadline, todayOf(by.clock));
  await manager.save(deadline);
  await recordEvent(manager, by, deadline, 'RESTARTED', { onDate: from, reason, dueDateBefore });
  await syncTaskDueDates(manager, [deadline.id]);
  return deadline;
}

function periodOf(override: number | undefined, standard: number): number {
  if (override === undefined) return standard;
  if (!Number.isInteger(override) || override < 1 || override > 365) {
    throw badInput('DEADLINE.INVALID_PERIOD', '期限须为 1—365 个工作日', { periodWorkingDays: ['期限须为 1—365 个工作日'] });
  }
  return override;
}

/** Stops the clock from `on` (a day that still counts), e.g. the day a consultation letter goes out. */
export async function suspendCaseDeadline(
  manager: EntityManager,
  by: DeadlineActor,
  deadlineId: string,
  input: { on: CalendarDate; reason: string },
): Promise<Deadline> {
  assertDay(input.on, 'on', '暂停日');
  const reason = requiredReason(input.reason, '暂停原因');
  return change(manager, by, deadlineId, 'SUSPENDED', (deadline) => {
    const next = suspend(toDomain(deadline), input.on);
    return {
      suspensions: next.suspensions.map((period, index) => ({
        ...period,
        reason: deadline.suspensions[index]?.reason ?? reason,
      })),
      event: { onDate: input.on, reason },
    };
  });
}

/** Starts the clock again after `on` (the day the answer arrived, not counted). */
export async function resumeCaseDeadline(
  manager: EntityManager,
  by: DeadlineActor,
  deadlineId: string,
  input: { on: CalendarDate },
): Promise<Deadline> {
  assertDay(input.on, 'on', '恢复日');
  return change(manager, by, deadlineId, 'RESUMED', (deadline) => {
    const next = resume(toDomain(deadline), input.on);
    return {
      suspensions: next.suspensions.map((period, index) => ({ ...period, reason: deadline.suspensions[index]!.reason })),
      event: { onDate: input.on },
    };
  });
}

/** Counting starts again from `from` (not counted), e.g. the day a corrected application arrives (补正). */
export async function restartCaseDeadline(
  manager: EntityManager,
  by: DeadlineActor,
  deadlineId: string,
  input: { from: CalendarDate; reason: string },
): Promise<Deadline> {
  assertDay(input.from, 'from', '重新起算日');
  const reason = requiredReason(input.reason, '重新起算原因');
  return change(manager, by, deadlineId, 'RESTARTED', (deadline) => {
    const next = restart(toDomain(deadline), input.from);
    return { startDate: next.start, suspensions: [], event: { onDate: input.from, reason } };
  });
}

export interface ExtendInput {
  byWorkingDays: number;
  reason: string | null;
  /** The approving member of staff and whether they hold the kind's approval permission. */
  approverId: string | null;
  approverHasPermission: boolean;
  /** The notice telling the person about the extension, recorded in the same transaction. */
  noticeId: string | null;
}

/** Extends under the kind's policy (who approves, how many times, how long, the notice required). */
export async function extendCaseDeadline(
  manager: EntityManager,
  by: DeadlineActor,
  deadlineId: string,
  input: ExtendInput,
): Promise<Deadline> {
  return change(manager, by, deadlineId, 'EXTENDED', (deadline) => {
    assertExtensionAllowed(deadline.kind, {
      byWorkingDays: input.byWorkingDays,
      reason: input.reason,
      previousCount: deadline.extensionCount,
      approverHasPermission: input.approverHasPermission,
      noticeRecorded: input.noticeId !== null,
    });
    const next = extend(toDomain(deadline), input.byWorkingDays);
    return {
      extensionsWorkingDays: next.extensionsWorkingDays,
      extensionCount: deadline.extensionCount + 1,
      event: {
        byWorkingDays: input.byWorkingDays,
        reason: input.reason?.trim() || null,
        approverId: input.approverId,
        noticeId: input.noticeId,
      },
    };
  });
}

/**
 * Lengthens the period on another legal basis than an extension (DEADLINE_LENGTHENING: 条例 art. 35's reasonable
 * longer period): it adds working days as an extension does but neither counts as nor uses up the extension.
 */
export async function lengthenCaseDeadline(
  manager: EntityManager,
  by: DeadlineActor,
  deadlineId: string,
  input: Omit<ExtendInput, 'reason'> & { reason: string },
): Promise<Deadline> {
  return change(manager, by, deadlineId, 'LENGTHENED', (deadline) => {
    assertLengtheningAllowed(deadline.kind, {
      byWorkingDays: input.byWorkingDays,
      reason: input.reason,
      approverHasPermission: input.approverHasPermission,
      noticeRecorded: input.noticeId !== null,
    });
    const next = extend(toDomain(deadline), input.byWorkingDays);
    return {
      extensionsWorkingDays: next.extensionsWorkingDays,
      event: {
        byWorkingDays: input.byWorkingDays,
        reason: input.reason.trim(),
        approverId: input.approverId,
        noticeId: input.noticeId,
      },
    };
  });
}

/** The case did what the deadline asked (answered, transferred, published…). */
export async function markDeadlineMet(
  manager: EntityManager,
  by: DeadlineActor,
  deadlineId: string,
): Promise<Deadline> {
  return close(manager, by, deadlineId, 'MET', {});
}

/**
 * "Tell X within N working days" (SPEC §2.3a) is met when the notice is recorded — whatever the
 * outbox later does with it. Only kinds met by a notice accept one.
 */
export async function markDeadlineMetByNotice(
  manager: EntityManager,
  services: { clock: Clock },
  deadlineId: string,
  noticeId: string,
  at: Date,
  actorId: string | null = null,
): Promise<Deadline> {
  const deadline = await lockOpen(manager, deadlineId);
  if (!deadlineKindOf(deadline.kind).metByNotice) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'DEADLINE.NOT_MET_BY_NOTICE',
      `「${DEADLINE_KIND_LABELS[deadline.kind]}」不是告知类时限，登记告知不能视为办结`,
    );
  }
  return close(manager, { clock: services.clock, actorId }, deadlineId, 'MET', { noticeId }, at);
}

/** The case ended otherwise (withdrawn, closed without answer): the clock no longer matters. */
export async function cancelCaseDeadline(
  manager: EntityManager,
  by: DeadlineActor,
  deadlineId: string,
  reason: string,
): Promise<Deadline> {
  return close(manager, by, deadlineId, 'CANCELLED', { reason: requiredReason(reason, '撤销原因') });
}

export interface DeadlineMove {
  deadline: Deadline;
  dueDateBefore: string | null;
  dueDateAfter: string | null;
  provisionalBefore: boolean;
  provisionalAfter: boolean;
}

/**
 * Recomputes every open deadline over `calendar` (after the calendar changed) and reports those whose
 * due date or provisional flag moved; the caller holds the exclusive calendar lock.
 */
export async function recomputeOpenDeadlines(
  manager: EntityManager,
  clock: Clock,
  calendar: WorkingDayCalendar,
): Promise<DeadlineMove[]> {
  const today = todayOf(clock);
  const open = await manager
    .getRepository(Deadline)
    .createQueryBuilder('deadline')
    .setLock('pessimistic_write')
    .where('deadline.state = :state', { state: 'OPEN' })
    .orderBy('deadline.dueDate', 'ASC', 'NULLS LAST')
    .addOrderBy('deadline.id', 'ASC')
    .getMany();
  const moves: DeadlineMove[] = [];
  for (const deadline of open) {
    const dueDateBefore = deadline.dueDate;
    const provisionalBefore = deadline.isProvisional;
    applyComputed(calendar, deadline, today);
    if (deadline.dueDate === dueDateBefore && deadline.isProvisional === provisionalBefore) continue;
    deadline.updatedAt = clock.now();
    await manager.save(deadline);
    if (deadline.dueDate !== dueDateBefore) {
      await recordEvent(manager, { clock, actorId: null }, deadline, 'RECOMPUTED', { dueDateBefore });
    }
    moves.push({ deadline, dueDateBefore, dueDateAfter: deadline.dueDate, provisionalBefore, provisionalAfter: deadline.isProvisional });
  }
  await syncTaskDueDates(manager, moves.map(({ deadline }) => deadline.id));
  return moves;
}

/**
 * Marks open deadlines whose due date has passed (Asia/Shanghai) — the flag the dashboard and the
 * reminders read; idempotent, so a job run twice marks once. Returns how many were newly marked.
 */
export async function markOverdueDeadlines(manager: EntityManager, clock: Clock): Promise<number> {
  const today = todayOf(clock);
  const result = await manager
    .createQueryBuilder()
    .update(Deadline)
    .set({ overdueMarkedOn: today })
    .where('state = :state', { state: 'OPEN' })
    .andWhere('due_date < :today', { today })
    .andWhere('overdue_marked_on IS NULL')
    .execute();
  return result.affected ?? 0;
}

/** The domain's view of a persisted deadline. */
export function toDomain(deadline: Deadline): DomainDeadline {
  return {
    start: deadline.startDate,
    periodWorkingDays: deadline.periodWorkingDays,
    extensionsWorkingDays: deadline.extensionsWorkingDays,
    suspensions: deadline.suspensions.map(({ from, to }) => ({ from, to })),
  };
}

/** Refreshes the cached due date and flags from the domain rules. */
function applyComputed(calendar: WorkingDayCalendar, deadline: Deadline, today: CalendarDate): void {
  const domain = toDomain(deadline);
  const status = deadlineStatus(calendar, domain, today);
  deadline.dueDate = dueDateOf(calendar, domain);
  deadline.isProvisional = status.isProvisional;
  deadline.isSuspended = status.isSuspended;
  // A due date moved later by a calendar change or an extension is no longer overdue.
  if (deadline.overdueMarkedOn !== null && (deadline.dueDate === null || deadline.dueDate >= today)) {
    deadline.overdueMarkedOn = null;
  }
}

type EventDetails = Partial<Pick<DeadlineEvent, 'onDate' | 'byWorkingDays' | 'reason' | 'approverId' | 'noticeId'>>;

interface ChangeResult {
  startDate?: CalendarDate;
  suspensions?: DeadlineSuspensionPeriod[];
  extensionsWorkingDays?: number;
  extensionCount?: number;
  event: EventDetails;
}

async function change(
  manager: EntityManager,
  by: DeadlineActor,
  deadlineId: string,
  action: DeadlineEventAction,
  apply: (deadline: Deadline) => ChangeResult,
): Promise<Deadline> {
  await lockCalendarShared(manager);
  const deadline = await lockOpen(manager, deadlineId);
  const dueDateBefore = deadline.dueDate;
  const { event, ...fields } = apply(deadline);
  Object.assign(deadline, fields, { updatedAt: by.clock.now() });
  applyComputed(await loadWorkingDayCalendar(manager), deadline, todayOf(by.clock));
  await manager.save(deadline);
  await recordEvent(manager, by, deadline, action, { ...event, dueDateBefore });
  await syncTaskDueDates(manager, [deadline.id]);
  return deadline;
}

async function close(
  manager: EntityManager,
  by: DeadlineActor,
  deadlineId: string,
  state: 'MET' | 'CANCELLED',
  event: EventDetails,
  at: Date = by.clock.now(),
): Promise<Deadline> {
  const deadline = await lockOpen(manager, deadlineId);
  deadline.state = state;
  deadline.closedAt = at;
  deadline.updatedAt = deadline.closedAt;
  await manager.save(deadline);
  await recordEvent(manager, by, deadline, state === 'MET' ? 'MET' : 'CANCELLED', {
    ...event,
    dueDateBefore: deadline.dueDate,
  });
  return deadline;
}

async function lockOpen(manager: EntityManager, deadlineId: string): Promise<Deadline> {
  const deadline = isUuid(deadlineId)
    ? await manager
        .getRepository(Deadline)
        .createQueryBuilder('deadline')
        .setLock('pessimistic_write')
        .where('deadline.id = :deadlineId', { deadlineId })
        .getOne()
    : null;
  if (!deadline) throw notFound(LABEL);
  if (deadline.state !== 'OPEN') {
    throw new DomainError('INVALID_TRANSITION', 'DEADLINE.CLOSED', '该时限已办结或已撤销，不能再变更', {
      allowedActions: [],
    });
  }
  return deadline;
}

async function recordEvent(
  manager: EntityManager,
  by: DeadlineActor,
  deadline: Deadline,
  action: DeadlineEventAction,
  details: EventDetails & { dueDateBefore: string | null },
): Promise<void> {
  await manager.insert(DeadlineEvent, {
    deadlineId: deadline.id,
    action,
    onDate: details.onDate ?? null,
    byWorkingDays: details.byWorkingDays ?? null,
    reason: details.reason ?? null,
    approverId: details.approverId ?? null,
    noticeId: details.noticeId ?? null,
    dueDateBefore: details.dueDateBefore,
    dueDateAfter: deadline.dueDate,
    actorId: by.actorId,
    at: deadline.closedAt ?? by.clock.now(),
  });
}

export const todayOf = (clock: Clock): CalendarDate => shanghaiDateOf(clock.now());

function assertDay(value: string, field: string, label: string): void {
  if (!isCalendarDate(value)) throw badInput('DEADLINE.INVALID_DATE', `${label}须为有效日期`, { [field]: [`${label}须为有效日期`] });
}

function requiredReason(value: string, label: string): string {
  const reason = value?.trim() ?? '';
  if (!reason) throw badInput('DEADLINE.REASON_REQUIRED', `请填写${label}`, { reason: [`请填写${label}`] });
  if (reason.length > REASON_MAX) {
    throw badInput('DEADLINE.REASON_TOO_LONG', `${label}不超过 ${REASON_MAX} 个字`, { reason: [`不超过 ${REASON_MAX} 个字`] });
  }
  return reason;
}
