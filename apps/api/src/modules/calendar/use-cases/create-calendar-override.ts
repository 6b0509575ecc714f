import { DomainError, calendarOverrideInputSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { CalendarOverride } from '../calendar-override.entity.js';
import { lockCalendarExclusive } from '../calendar.service.js';
import type { CalendarChange, CalendarOverrideInput } from '../calendar.types.js';
import { applyCalendarChange } from './apply-calendar-change.js';

/**
 * Enters a day off or a make-up working day. A date has one override: an active one is edited, not
 * entered twice; a removed one comes back with the new values.
 */
export async function createCalendarOverride(context: RequestContext, rawInput: CalendarOverrideInput): Promise<CalendarChange> {
  const input = parseInput(calendarOverrideInputSchema, rawInput);
  const { manager } = requireMutationScope(context);
  await lockCalendarExclusive(manager);
  const now = context.services.clock.now();
  const existing = await manager.findOneBy(CalendarOverride, { date: input.date });
  if (existing?.isActive) {
    throw new DomainError('CONFLICT', 'CALENDAR.OVERRIDE_EXISTS', `${input.date} 已有调整，请修改该调整`, {
      fields: { date: ['该日期已有调整'] },
    });
  }
  const before = existing ? { ...existing } : null;
  const override =
    existing ?? manager.create(CalendarOverride, { date: input.date, createdAt: now, isActive: true });
  Object.assign(override, { kind: input.kind, note: input.note, isActive: true, updatedAt: now });
  await manager.save(override);
  recordChange(context, 'CalendarOverride', override.id, before, override);
  return applyCalendarChange(context, Number(input.date.slice(0, 4)), override);
}
