import { useQuery } from '@tanstack/react-query';
import { ServerInfoQuery } from '../providers/auth.documents';
import { useConsoleServices } from '../providers/console-context';

/** The public serverInfo (name, demo mode), read once per page load. */
export function useServerInfo() {
  const { api } = useConsoleServices();
  return useQuery({
    queryKey: ['gdp', 'serverInfo'],
    queryFn: () => api.query(ServerInfoQuery, {}).then((data) => data.serverInfo),
    staleTime: Infinity,
  });
}
