import { useQuery } from '@tanstack/react-query';
import { useCanAccess, useDataProvider, useGetMany } from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import type { DeadlineSummary } from './deadline.resource';
import type { DeadlineCount } from './deadline-standing';

/** The summary's filter: the list's, less what the counts ignore (they are of open deadlines by standing). */
export function summaryFilterOf(filter: Record<string, unknown>): Record<string, unknown> {
  const { standing: _standing, state: _state, ...kept } = filter;
  return kept;
}

/**
 * deadlineSummary for those who may read it (under the resource's key, so react-admin's refresh reloads it);
 * nothing is asked for anyone else.
 */
export function useDeadlineSummary(filter: Record<string, unknown> = {}) {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess, isPending: accessPending } = useCanAccess({ resource: 'deadlines', action: 'summary' });
  const summaryFilter = summaryFilterOf(filter);
  const query = useQuery({
    queryKey: ['deadlines', 'summary', summaryFilter],
    queryFn: () => dataProvider.runAction<DeadlineSummary>('deadlines', 'summary', { filter: summaryFilter }),
    enabled: canAccess === true,
  });
  return { ...query, canAccess: canAccess === true, accessPending };
}

/** Display names of the summary's departments or people (through react-admin's getMany and its cache). */
export function useNamesOf(
  resource: 'departments' | 'users',
  counts: readonly DeadlineCount[] | undefined,
  nameOf: (record: Record<string, unknown>) => string,
): Record<string, string> {
  const ids = [
    ...new Set((counts ?? []).map((count) => count.key).filter((key): key is string => key !== null)),
  ];
  const { data } = useGetMany(resource, { ids }, { enabled: ids.length > 0 });
  return Object.fromEntries((data ?? []).map((record) => [String(record.id), nameOf(record)]));
}
