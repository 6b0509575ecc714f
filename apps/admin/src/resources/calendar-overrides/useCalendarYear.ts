import { shanghaiDateOf } from '@gdp/domain';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useListContext } from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import type { CalendarYear } from './calendar-override.resource';
import { currentYearOf, yearOfFilter } from './calendar-year';

/** The year the page shows: the list filter's, this year (Asia/Shanghai) by default. */
export function useShownYear(): number {
  const { filterValues } = useListContext();
  return yearOfFilter(filterValues ?? {}, currentYearOf(shanghaiDateOf(new Date())));
}

/**
 * A year's standing and special days (workingDayCalendar). Keyed under the resource, so react-admin's
 * refresh after a change reloads it together with the list.
 */
export function useCalendarYear(year: number) {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  return useQuery({
    queryKey: ['calendarOverrides', 'calendarYear', year],
    queryFn: () => dataProvider.runAction<CalendarYear>('calendarOverrides', 'calendarYear', { year }),
  });
}
