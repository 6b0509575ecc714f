import { addCalendarDays, isCalendarDate, type CalendarDate } from '../shared/calendar-date.js';
import { badInput, DomainError } from '../shared/domain-error.js';
import { isProvisional, isWorkingDay, workingDaysBetween, type WorkingDayCalendar } from './working-days.js';

/**
 * Deadlines counted in working days (SPEC §2.3; REGULATIONS.md 条例 art. 30–34) — pure data in,
 * pure data out; "today" is always passed in, never read from a clock.
 *
 * Counting rules:
 * - **Start**: the start day is not counted (民法典 art. 201). The due date is the
 *   `periodWorkingDays + extensionsWorkingDays`-th counted working day after `start`, and it runs
 *   to its end: a case is overdue only from the day after its due date.
 * - **Suspension** `{ from, to }` (art. 33: time consulting third parties or other agencies is not
 *   counted): working days in the half-open interval **(from, to]** are not counted. The day the
 *   suspension begins (`from`, e.g. the day the consultation letter goes out) still counts; the day
 *   it ends (`to`, e.g. the day the answer arrives) does not — like a day of receipt — and counting
 *   resumes the day after `to`. So a suspension pauses exactly `workingDaysBetween(from, to)`
 *   working days, and a consultation given 15 working days (`to = addWorkingDays(from, 15)`)
 *   moves the due date by exactly 15 working days. `from === to` pauses nothing.
 * - **Open suspension** (`to: null`): the due date is unknown (`null`) while suspended — unless the
 *   deadline had already fallen due on or before the suspension began (a suspension cannot revive
 *   an expired deadline, so an overdue case stays overdue).
 * - **Restart** (art. 30 补正: a restart, not a pause): counting starts again from a new start day
 *   (not counted); suspensions are cleared; the period and any extension granted are kept.
 * - **Extension** (art. 33): adds working days to the period. Who must approve it, and how many
 *   extensions a kind of case allows, is the caller's policy, not this module's.
 *
 * Operations are recorded as they happen: suspensions are in date order, never overlap, and start
 * on or after `start`.
 */

export interface DeadlineSuspension {
  /** The day the clock stops; it still counts. */
  readonly from: CalendarDate;
  /** The day the clock resumes (not counted, counting resumes the day after), or null while open. */
  readonly to: CalendarDate | null;
}

export interface Deadline {
  /** The day counting starts from (not counted), e.g. the day of receipt (art. 31). */
  readonly start: CalendarDate;
  readonly periodWorkingDays: number;
  /** Total working days added by extensions. */
  readonly extensionsWorkingDays: number;
  readonly suspensions: readonly DeadlineSuspension[];
}

export interface DeadlineStatus {
  /** The due date (runs to its end), or null while an open suspension stops the clock. */
  dueDate: CalendarDate | null;
  /**
   * Working days left: when the due date is known, the working days in (today, dueDate] — 0 on the
   * due date itself; when overdue, minus the working days in (dueDate, today], but at least -1 (an
   * overdue deadline never reads 0, e.g. on the weekend after a Friday due date). While suspended
   * (no due date), the working days still to count once the clock resumes.
   */
  workingDaysLeft: number;
  /** True only once `today` is after the due date. Never true while the due date is unknown. */
  isOverdue: boolean;
  /** True while a suspension is open. */
  isSuspended: boolean;
  /**
   * True when any day from `start` to the due date lies in a provisional year (no official data
   * and not confirmed); while suspended, from `start` to the later of `today` and the suspension's
   * start.
   */
  isProvisional: boolean;
}

/** A new deadline of `periodWorkingDays` working days counted from `start` (not counted). */
export function startDeadline(start: CalendarDate, periodWorkingDays: number): Deadline {
  assertDate(start, 'start');
  assertPositiveInteger(periodWorkingDays, 'periodWorkingDays');
  return { start, periodWorkingDays, extensionsWorkingDays: 0, suspensions: [] };
}

/** The due date, or null while an open suspension stops the clock (see the module's rules). */
export function dueDateOf(calendar: WorkingDayCalendar, deadline: Deadline): CalendarDate | null {
  return countOf(calendar, deadline).dueDate;
}

/** Stops the clock at `at` (a day that still counts). Refused while a suspension is open. */
export function suspend(deadline: Deadline, at: CalendarDate): Deadline {
  assertDate(at, 'at');
  if (openSuspensionOf(deadline)) {
    throw transition('DEADLINE.ALREADY_SUSPENDED', '期限已中止计算，不能重复中止', ['RESUME']);
  }
  if (at < deadline.start) {
    throw transition('DEADLINE.SUSPEND_BEFORE_START', `中止日期 ${at} 早于起算日 ${deadline.start}`, [
      'SUSPEND',
    ]);
  }
  const last = deadline.suspensions.at(-1);
  if (last?.to && at < last.to) {
    throw transition('DEADLINE.SUSPEND_BEFORE_LAST_RESUME', `中止日期 ${at} 早于上次恢复日期 ${last.to}`, [
      'SUSPEND',
    ]);
  }
  return { ...deadline, suspensions: [...deadline.suspensions, { from: at, to: null }] };
}

/** Restarts the clock at `at` (not counted; counting resumes the day after). */
export function resume(deadline: Deadline, at: CalendarDate): Deadline {
  assertDate(at, 'at');
  const open = openSuspensionOf(deadline);
  if (!open) {
    throw transition('DEADLINE.NOT_SUSPENDED', '期限未中止计算，无需恢复', ['SUSPEND']);
  }
  if (at < open.from) {
    throw transition('DEADLINE.RESUME_BEFORE_SUSPEND', `恢复日期 ${at} 早于中止日期 ${open.from}`, [
      'RESUME',
    ]);
  }
  return {
    ...deadline,
    suspensions: deadline.suspensions.map((suspension) =>
      suspension === open ? { ...suspension, to: at } : suspension,
    ),
  };
}

/**
 * Counting starts again from `from` (not counted), e.g. the day a corrected application is received
 * (art. 30). Suspensions are cleared — an open one included; period and extensions are kept.
 */
export function restart(deadline: Deadline, from: CalendarDate): Deadline {
  assertDate(from, 'from');
  if (from < deadline.start) {
    throw transition('DEADLINE.RESTART_BEFORE_START', `重新起算日 ${from} 早于原起算日 ${deadline.start}`, [
      'RESTART',
    ]);
  }
  return { ...deadline, start: from, suspensions: [] };
}

/** Adds `byWorkingDays` (a positive integer) to the period. Approval policy is the caller's. */
export function extend(deadline: Deadline, byWorkingDays: number): Deadline {
  assertPositiveInteger(byWorkingDays, 'byWorkingDays');
  return { ...deadline, extensionsWorkingDays: deadline.extensionsWorkingDays + byWorkingDays };
}

/** The deadline as seen on `today`. */
export function deadlineStatus(
  calendar: WorkingDayCalendar,
  deadline: Deadline,
  today: CalendarDate,
): DeadlineStatus {
  assertDate(today, 'today');
  const { dueDate, remaining } = countOf(calendar, deadline);
  const open = openSuspensionOf(deadline);
  if (dueDate === null) {
    const end = open && open.from > today ? open.from : today;
    return {
      dueDate,
      workingDaysLeft: remaining,
      isOverdue: false,
      isSuspended: true,
      isProvisional: anyProvisional(calendar, deadline.start, end),
    };
  }
  const isOverdue = today > dueDate;
  const workingDaysLeft = isOverdue
    ? Math.min(-1, -workingDaysBetween(calendar, dueDate, today))
    : workingDaysBetween(calendar, today, dueDate);
  return {
    dueDate,
    workingDaysLeft,
    isOverdue,
    isSuspended: open !== undefined,
    isProvisional: anyProvisional(calendar, deadline.start, dueDate),
  };
}

/**
 * Walks the days after `start`, counting working days outside every suspension's (from, to].
 * Stops at the due date, or on entering an open suspension (due date unknown; `remaining` is
 * what is still to count).
 */
function countOf(
  calendar: WorkingDayCalendar,
  deadline: Deadline,
): { dueDate: CalendarDate | null; remaining: number } {
  assertDate(deadline.start, 'start');
  const total = deadline.periodWorkingDays + deadline.extensionsWorkingDays;
  assertPositiveInteger(total, 'periodWorkingDays');
  let counted = 0;
  for (let date = addCalendarDays(deadline.start, 1); ; date = addCalendarDays(date, 1)) {
    let paused = false;
    for (const { from, to } of deadline.suspensions) {
      if (date <= from || (to !== null && date > to)) continue;
      if (to === null) return { dueDate: null, remaining: total - counted };
      paused = true;
    }
    if (!paused && isWorkingDay(calendar, date)) {
      counted += 1;
      if (counted === total) return { dueDate: date, remaining: 0 };
    }
  }
}

function openSuspensionOf(deadline: Deadline): DeadlineSuspension | undefined {
  return deadline.suspensions.find((suspension) => suspension.to === null);
}

/** True when any year from `from` to `to` is provisional (provisional status is per year). */
function anyProvisional(calendar: WorkingDayCalendar, from: CalendarDate, to: CalendarDate): boolean {
  const [first, last] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  if (isProvisional(calendar, from)) return true;
  for (let year = first + 1; year <= last; year += 1) {
    if (isProvisional(calendar, `${year}-01-01`)) return true;
  }
  return false;
}

function transition(reason: string, message: string, allowedActions: string[]): DomainError {
  return new DomainError('INVALID_TRANSITION', reason, message, { allowedActions });
}

function assertDate(date: CalendarDate, field: string): void {
  if (typeof date !== 'string' || !isCalendarDate(date)) {
    throw badInput('DEADLINE.INVALID_DATE', `日期无效：${String(date)}`, {
      [field]: ['须为有效日期，格式 YYYY-MM-DD'],
    });
  }
}

function assertPositiveInteger(value: number, field: string): void {
  if (!Number.isInteger(value) || value <= 0) {
    throw badInput('DEADLINE.INVALID_PERIOD', `工作日数须为正整数：${value}`, { [field]: ['须为正整数'] });
  }
}
