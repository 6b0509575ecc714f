import type { EntityManager } from 'typeorm';
import {
  addCalendarDays,
  badInput,
  calendarYearSchema,
  dayStatusOf,
  hasOfficialData,
  isProvisional,
  type WorkingDayCalendar,
} from '@gdp/domain';
import { notFound } from '../../shared/errors/app-errors.js';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type SortInput } from '../../shared/graphql/sorting.js';
import { idsForQuery, isUuid } from '../../shared/persistence/query-helpers.js';
import { CalendarConfirmedYear, CalendarOverride } from './calendar-override.entity.js';
import type { CalendarOverrideFilter, CalendarYear } from './calendar.types.js';

export const CALENDAR_OVERRIDE_LIST_ORDER = listOrder(
  'calendarOverrides',
  {
    date: 'override.date',
    kind: 'override.kind',
    isActive: 'override.isActive',
    createdAt: 'override.createdAt',
    updatedAt: 'override.updatedAt',
  },
  [
    ['override.date', 'ASC'],
    ['override.id', 'ASC'],
  ],
);

export async function findCalendarOverrides(
  manager: EntityManager,
  filter: CalendarOverrideFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<CalendarOverride>> {
  const { offset, limit } = pageWindow(page);
  const query = manager.getRepository(CalendarOverride).createQueryBuilder('override');
  if (filter.year !== undefined && filter.year !== null) {
    const year = yearArgument(filter.year);
    query.andWhere('override.date BETWEEN :from AND :to', { from: `${year}-01-01`, to: `${year}-12-31` });
  }
  if (filter.isActive !== undefined && filter.isActive !== null) {
    query.andWhere('override.isActive = :isActive', { isActive: filter.isActive });
  }
  if (filter.ids) query.andWhere('override.id IN (:...ids)', { ids: idsForQuery(filter.ids) });
  const [items, total] = await orderBySort(query, CALENDAR_OVERRIDE_LIST_ORDER, sort)
    .skip(offset)
    .take(limit)
    .getManyAndCount();
  return { items, total };
}

export async function findCalendarOverride(manager: EntityManager, id: string): Promise<CalendarOverride> {
  const override = isUuid(id) ? await manager.findOneBy(CalendarOverride, { id }) : null;
  if (!override) throw notFound('节假日调整');
  return override;
}

/** A year's arrangement as the deadlines see it: its days off, make-up working days and its standing. */
export async function describeCalendarYear(
  manager: EntityManager,
  calendar: WorkingDayCalendar,
  year: number,
): Promise<CalendarYear> {
  const confirmation = await manager.findOneBy(CalendarConfirmedYear, { year });
  const specialDays: CalendarYear['specialDays'] = [];
  let workingDays = 0;
  for (let date = `${year}-01-01`; date.startsWith(`${year}-`); date = addCalendarDays(date, 1)) {
    const status = dayStatusOf(calendar, date);
    if (status.isWorkingDay) workingDays += 1;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    if (status.isWorkingDay === weekend || status.name !== null) specialDays.push(status);
  }
  return {
    year,
    hasOfficialData: hasOfficialData(year),
    isConfirmed: confirmation !== null,
    isProvisional: isProvisional(calendar, `${year}-06-30`),
    confirmedAt: confirmation?.confirmedAt ?? null,
    workingDays,
    specialDays,
  };
}

export function yearArgument(value: number): number {
  const parsed = calendarYearSchema.safeParse(value);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? '年份无效';
    throw badInput('CALENDAR.INVALID_YEAR', message, { year: [message] });
  }
  return parsed.data;
}
