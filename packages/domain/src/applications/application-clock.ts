import { deadlineKindOf } from '../calendar/deadline-kinds.js';
import { extend, restart, resume, startDeadline, suspend, type Deadline } from '../calendar/deadline.js';
import type { CalendarDate } from '../shared/calendar-date.js';

/**
 * The reply clock of one application (条例 art. 30, 32–34) as its history drives the deadline engine:
 * counted from the day of receipt; a 补正 notice stops it and the corrected application starts it anew;
 * consultations and a fee notice stop it — several may be open at once, so the clock stops when the first
 * opens and runs again on the day the last one ends; one extension adds working days.
 * The API applies the same steps one by one through the deadline service; this function is the reference
 * both are tested against.
 */
export type ApplicationClockEvent =
  | { kind: 'CORRECTION_REQUESTED'; on: CalendarDate }
  | { kind: 'CORRECTION_RECEIVED'; on: CalendarDate }
  /** A consultation or fee notice opened (`cause` names it: the consultation's id, `FEE`). */
  | { kind: 'PAUSE_STARTED'; on: CalendarDate; cause: string }
  | { kind: 'PAUSE_ENDED'; on: CalendarDate; cause: string }
  | { kind: 'EXTENDED'; byWorkingDays: number };

/** The operation one event means for the deadline while `openCauses` are the stops still open before it. */
export type ApplicationClockStep =
  | { op: 'SUSPEND'; on: CalendarDate }
  | { op: 'RESUME'; on: CalendarDate }
  | { op: 'RESTART'; from: CalendarDate }
  | { op: 'EXTEND'; byWorkingDays: number }
  | null;

const CORRECTION = 'CORRECTION';

/** What the deadline service must do for `event` (null: nothing — another stop keeps the clock stopped). */
export function applicationClockStep(
  openCauses: ReadonlySet<string>,
  event: ApplicationClockEvent,
): ApplicationClockStep {
  switch (event.kind) {
    case 'CORRECTION_REQUESTED':
      return openCauses.size === 0 ? { op: 'SUSPEND', on: event.on } : null;
    case 'PAUSE_STARTED':
      return openCauses.size === 0 ? { op: 'SUSPEND', on: event.on } : null;
    case 'PAUSE_ENDED':
      return openCauses.size === 1 && openCauses.has(event.cause) ? { op: 'RESUME', on: event.on } : null;
    case 'CORRECTION_RECEIVED':
      return { op: 'RESTART', from: event.on };
    case 'EXTENDED':
      return { op: 'EXTEND', byWorkingDays: event.byWorkingDays };
  }
}

/** The open stops after `event`. */
export function openCausesAfter(openCauses: ReadonlySet<string>, event: ApplicationClockEvent): Set<string> {
  const next = new Set(openCauses);
  if (event.kind === 'CORRECTION_REQUESTED') next.add(CORRECTION);
  if (event.kind === 'PAUSE_STARTED') next.add(event.cause);
  if (event.kind === 'PAUSE_ENDED') next.delete(event.cause);
  if (event.kind === 'CORRECTION_RECEIVED') next.clear();
  return next;
}

/** The reply deadline after the whole history (events in the order they happened). */
export function applicationReplyDeadline(
  receivedDate: CalendarDate,
  events: readonly ApplicationClockEvent[],
): Deadline {
  let deadline = startDeadline(receivedDate, deadlineKindOf('APPLICATION_REPLY').periodWorkingDays);
  let open: Set<string> = new Set();
  for (const event of events) {
    const step = applicationClockStep(open, event);
    if (step?.op === 'SUSPEND') deadline = suspend(deadline, step.on);
    if (step?.op === 'RESUME') deadline = resume(deadline, step.on);
    if (step?.op === 'RESTART') deadline = restart(deadline, step.from);
    if (step?.op === 'EXTEND') deadline = extend(deadline, step.byWorkingDays);
    open = openCausesAfter(open, event);
  }
  return deadline;
}
