import type { EntityManager } from 'typeorm';
import { createWorkingDayCalendar, type WorkingDayCalendar } from '@gdp/domain';
import { CalendarConfirmedYear, CalendarOverride } from './calendar-override.entity.js';

/**
 * Calendar changes and deadline operations exclude each other: an operation computes a due date over
 * the calendar it read, and a calendar change recomputes every open deadline — taken in either order
 * they agree, interleaved they would not. Deadline operations share the lock, calendar changes hold it alone.
 */
const CALENDAR_LOCK = 0x63616c; // any constant, distinct from the audit chain's

export async function lockCalendarShared(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock_shared($1)', [CALENDAR_LOCK]);
}

export async function lockCalendarExclusive(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [CALENDAR_LOCK]);
}

/** The working-day calendar as the bureau keeps it: official data, derived holidays, its overrides and confirmed years. */
export async function loadWorkingDayCalendar(manager: EntityManager): Promise<WorkingDayCalendar> {
  const overrides = await manager.find(CalendarOverride, { where: { isActive: true }, order: { date: 'ASC' } });
  const years = await manager.find(CalendarConfirmedYear);
  return createWorkingDayCalendar({
    overrides: overrides.map(({ date, kind, note }) => ({ date, kind, note })),
    confirmedYears: years.map(({ year }) => year),
  });
}

const requestCalendars = new WeakMap<object, Promise<WorkingDayCalendar>>();

/**
 * The calendar for one request's reads (loaded once however many deadlines a list resolves). Writes load
 * it inside their transaction instead, under the calendar lock.
 */
export function calendarForRequest(request: object, manager: EntityManager): Promise<WorkingDayCalendar> {
  let calendar = requestCalendars.get(request);
  if (!calendar) {
    calendar = loadWorkingDayCalendar(manager);
    requestCalendars.set(request, calendar);
  }
  return calendar;
}
