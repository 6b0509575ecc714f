import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { isDepartmentScopedRole, PERMISSION_LABELS, type Permission, type Role } from '@gdp/domain';
import { useEffect, type ReactNode } from 'react';
import {
  Loading,
  Title,
  useCanAccess,
  useGetIdentity,
  useGetMany,
  useLogoutIfAccessDenied,
  useTranslate,
} from 'react-admin';
import { DemoModeMarker } from '../layout/DemoModeMarker';
import { DeadlineDashboardCard } from '../resources/deadlines/DeadlineDashboardCard';
import { MyAuditLogsQuery } from '../providers/auth.documents';
import type { ConsoleIdentity } from '../providers/auth-provider';
import { useConsoleServices } from '../providers/console-context';
import { actionLabel } from '../shared/audit-labels';
import { AuditOutcomeChip } from '../shared/AuditOutcomeChip';
import { formatChinaDateTime } from '../shared/dates';
import { JsonBlock } from '../shared/JsonField';
import { entityTypeLabel, roleLabel, sessionStageLabel } from '../shared/labels';

const RECENT_ACTIONS = 10;

const InfoRow = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ display: 'flex', py: 0.75, borderBottom: 1, borderColor: 'divider' }}>
    <Typography sx={{ width: 140, flexShrink: 0, color: 'text.secondary' }}>{label}</Typography>
    <Box sx={{ flex: 1 }}>{children}</Box>
  </Box>
);

/** Names of the departments the user's grants point to — only for those who may read departments. */
function useDepartmentNames(ids: string[]) {
  const { canAccess } = useCanAccess({ resource: 'departments', action: 'show' });
  const { data } = useGetMany('departments', { ids }, { enabled: Boolean(canAccess) && ids.length > 0 });
  return Object.fromEntries(
    (data ?? []).map((department) => [String(department.id), String(department.name)]),
  );
}

const MyAccount = ({ me }: { me: ConsoleIdentity }) => {
  const translate = useTranslate();
  const grantDepartmentIds = me.roles
    .map((grant) => grant.departmentId)
    .filter((id): id is string => typeof id === 'string' && id !== me.department?.id);
  const names = useDepartmentNames([...new Set(grantDepartmentIds)]);
  const { canAccess: mayReadDepartments } = useCanAccess({ resource: 'departments', action: 'show' });
  // The user's own department comes with `me` (whoever they are); a grant's department is named only for
  // those who may read departments (the separated administrators hold no department-scoped grants).
  const departmentName = (id: string | null | undefined) =>
    id
      ? id === me.department?.id
        ? me.department.name
        : (names[id] ?? (mayReadDepartments ? '…' : translate('gdp.dashboard.department_hidden')))
      : null;
  return (
    <Card>
      <CardHeader title={translate('gdp.dashboard.my_account')} action={<DemoModeMarker />} />
      <CardContent>
        <InfoRow label={translate('gdp.dashboard.username')}>
          <Typography data-testid="me-username">{me.username}</Typography>
        </InfoRow>
        <InfoRow label={translate('gdp.dashboard.display_name')}>
          <Typography>{me.displayName}</Typography>
        </InfoRow>
        <InfoRow label={translate('gdp.dashboard.department')}>
          <Typography data-testid="me-department">
            {me.department?.name ?? translate('gdp.dashboard.no_department')}
          </Typography>
        </InfoRow>
        <InfoRow label={translate('gdp.dashboard.roles')}>
          {me.roles.length === 0 ? (
            <Typography color="text.secondary">{translate('gdp.dashboard.no_roles')}</Typography>
          ) : (
            <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
              {me.roles.map((grant) => (
                <Chip
                  key={grant.id}
                  color="primary"
                  variant="outlined"
                  label={
                    isDepartmentScopedRole(grant.role as Role) && grant.departmentId
                      ? `${roleLabel(grant.role)}（${departmentName(grant.departmentId)}）`
                      : roleLabel(grant.role)
                  }
                />
              ))}
            </Stack>
          )}
        </InfoRow>
        <InfoRow label={translate('gdp.dashboard.permissions')}>
          <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
            {me.permissions.map((permission) => (
              <Chip
                key={permission}
                size="small"
                label={PERMISSION_LABELS[permission as Permission] ?? permission}
              />
            ))}
          </Stack>
        </InfoRow>
        <InfoRow label={translate('gdp.dashboard.stage')}>
          <Typography>{sessionStageLabel(me.stage)}</Typography>
        </InfoRow>
        <InfoRow label={translate('gdp.dashboard.totp')}>
          <Typography>
            {translate(me.totpEnabled ? 'gdp.dashboard.totp_on' : 'gdp.dashboard.totp_off')}
          </Typography>
        </InfoRow>
      </CardContent>
    </Card>
  );
};

const MyRecentActions = () => {
  const translate = useTranslate();
  const { api } = useConsoleServices();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const { data, error, isPending } = useQuery({
    queryKey: ['gdp', 'myAuditLogs', RECENT_ACTIONS],
    queryFn: () =>
      api
        .query(MyAuditLogsQuery, { page: { page: 1, perPage: RECENT_ACTIONS } })
        .then((result) => result.myAuditLogs),
  });
  useEffect(() => {
    if (error) void logoutIfAccessDenied(error);
  }, [error, logoutIfAccessDenied]);
  return (
    <Card>
      <CardHeader title={translate('gdp.dashboard.my_actions')} />
      <CardContent>
        {isPending ? (
          <Loading />
        ) : error ? (
          <Alert severity="error">{error.message}</Alert>
        ) : data.items.length === 0 ? (
          <Typography color="text.secondary">{translate('gdp.dashboard.no_actions')}</Typography>
        ) : (
          <Table size="small" data-testid="my-actions">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.auditLogs.fields.at')}</TableCell>
                <TableCell>{translate('resources.auditLogs.fields.action')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {translate('resources.auditLogs.fields.outcome')}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('gdp.dashboard.entity')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('gdp.dashboard.changes')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.items.map((row) => (
                <TableRow key={row.seq} sx={{ verticalAlign: 'top' }}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatChinaDateTime(row.at)}</TableCell>
                  <TableCell title={row.action}>{actionLabel(row.action)}</TableCell>
                  <TableCell>
                    <AuditOutcomeChip outcome={row.outcome} />
                    {row.reason && (
                      <Typography variant="caption" display="block" color="text.secondary">
                        {row.reason}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {row.entityType ? entityTypeLabel(row.entityType) : '—'}
                  </TableCell>
                  <TableCell sx={{ maxWidth: 420 }}>
                    {row.changes ? (
                      <details>
                        <summary style={{ cursor: 'pointer' }}>{translate('ra.message.details')}</summary>
                        <JsonBlock value={row.changes} />
                      </details>
                    ) : (
                      '—'
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};

export const Dashboard = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending || !identity) return <Loading />;
  const me = identity as ConsoleIdentity;
  return (
    <Box
      sx={{
        mt: 2,
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: '1fr', xl: '5fr 7fr' },
        alignItems: 'start',
      }}
    >
      <Title title={translate('gdp.dashboard.welcome', { name: me.displayName })} />
      <MyAccount me={me} />
      <MyRecentActions />
      <DeadlineDashboardCard />
    </Box>
  );
};
