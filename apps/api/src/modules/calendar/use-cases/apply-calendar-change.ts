import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recomputeOpenDeadlines } from '../../deadline/deadline.service.js';
import type { CalendarOverride } from '../calendar-override.entity.js';
import { loadWorkingDayCalendar } from '../calendar.service.js';
import { describeCalendarYear } from '../calendar.queries.js';
import type { CalendarChange } from '../calendar.types.js';

/**
 * After an edit of the calendar (made under the exclusive calendar lock): every open deadline is
 * recomputed over the new calendar, and the answer reports which moved (SPEC §2.3).
 */
export async function applyCalendarChange(
  context: RequestContext,
  year: number,
  override: CalendarOverride | null,
): Promise<CalendarChange> {
  const { manager } = requireMutationScope(context);
  const calendar = await loadWorkingDayCalendar(manager);
  const movedDeadlines = await recomputeOpenDeadlines(manager, context.services.clock, calendar);
  return { override, year: await describeCalendarYear(manager, calendar, year), movedDeadlines };
}
