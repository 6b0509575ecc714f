import { DomainError, hasOfficialData } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { closeCalendarConfirmationTask, taskAuditOf } from '../../task/index.js';
import { CalendarConfirmedYear } from '../calendar-override.entity.js';
import { lockCalendarExclusive } from '../calendar.service.js';
import { yearArgument } from '../calendar.queries.js';
import type { CalendarChange } from '../calendar.types.js';
import { applyCalendarChange } from './apply-calendar-change.js';

/**
 * The State Council's arrangement for a year without official data has been entered as overrides: the
 * year stops being provisional and its deadlines lose the flag.
 */
export async function confirmCalendarYear(context: RequestContext, rawYear: number): Promise<CalendarChange> {
  const year = yearArgument(rawYear);
  const { manager } = requireMutationScope(context);
  if (hasOfficialData(year)) {
    throw new DomainError('INVALID_TRANSITION', 'CALENDAR.YEAR_HAS_OFFICIAL_DATA', `${year} 年已有国务院办公厅安排的官方数据，无需确认`);
  }
  await lockCalendarExclusive(manager);
  if (await manager.existsBy(CalendarConfirmedYear, { year })) {
    throw new DomainError('CONFLICT', 'CALENDAR.YEAR_ALREADY_CONFIRMED', `${year} 年的安排已确认`);
  }
  const confirmation = manager.create(CalendarConfirmedYear, {
    year,
    confirmedById: staffIdOf(context),
    confirmedAt: context.services.clock.now(),
  });
  await manager.insert(CalendarConfirmedYear, confirmation);
  recordChange(context, 'CalendarConfirmedYear', String(year), null, confirmation);
  await closeCalendarConfirmationTask(manager, context.services.clock, year, staffIdOf(context), taskAuditOf(context));
  return applyCalendarChange(context, year, null);
}
