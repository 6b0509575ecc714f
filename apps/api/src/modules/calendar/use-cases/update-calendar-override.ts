import { calendarOverrideChangeSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { CalendarOverride } from '../calendar-override.entity.js';
import { lockCalendarExclusive } from '../calendar.service.js';
import type { CalendarChange, CalendarOverrideChangeInput } from '../calendar.types.js';
import { applyCalendarChange } from './apply-calendar-change.js';

/** Changes an override's kind or note at the version the editor saw; removing one is `removeCalendarOverride`. */
export async function updateCalendarOverride(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: CalendarOverrideChangeInput,
): Promise<CalendarChange> {
  const input = parseInput(calendarOverrideChangeSchema, rawInput);
  const { manager } = requireMutationScope(context);
  await lockCalendarExclusive(manager);
  const override = await loadForUpdate(manager, CalendarOverride, id, version, '节假日调整');
  const before = { ...override };
  Object.assign(override, { kind: input.kind, note: input.note, isActive: true, updatedAt: context.services.clock.now() });
  await manager.save(override);
  recordChange(context, 'CalendarOverride', id, before, override);
  return applyCalendarChange(context, Number(override.date.slice(0, 4)), override);
}

/** Removes an override (deactivated: the audit trail points to it); the day follows the official data again. */
export async function removeCalendarOverride(context: RequestContext, id: string, version: number): Promise<CalendarChange> {
  const { manager } = requireMutationScope(context);
  await lockCalendarExclusive(manager);
  const override = await loadForUpdate(manager, CalendarOverride, id, version, '节假日调整');
  const before = { ...override };
  override.isActive = false;
  override.updatedAt = context.services.clock.now();
  await manager.save(override);
  recordChange(context, 'CalendarOverride', id, before, override);
  return applyCalendarChange(context, Number(override.date.slice(0, 4)), override);
}
