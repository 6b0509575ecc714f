import { useQuery } from '@tanstack/react-query';
import { useCanAccess, useDataProvider } from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import type { ComplaintStatistics } from './complaint.resource';

/**
 * complaintStatistics for those who may read it, under the resource's key (react-admin's refresh reloads
 * it); nothing is asked for anyone else, nor before the panel is opened (`enabled`).
 */
export function useComplaintStatistics(filter: Record<string, unknown>, enabled = true) {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'complaints', action: 'statistics' });
  const query = useQuery({
    queryKey: ['complaints', 'statistics', filter],
    queryFn: () => dataProvider.runAction<ComplaintStatistics>('complaints', 'statistics', { filter }),
    enabled: canAccess === true && enabled,
  });
  return { ...query, canAccess: canAccess === true };
}
