import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  FormControl,
  FormControlLabel,
  FormGroup,
  IconButton,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import {
  FINE_GRAINED_PERMISSIONS,
  isDepartmentScopedRole,
  PERMISSION_LABELS,
  ROLES,
  ROLE_LABELS,
  type Role,
} from '@gdp/domain';
import { useState } from 'react';
import {
  Confirm,
  ReferenceField,
  RecordContextProvider,
  useCanAccess,
  useDataProvider,
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { roleLabel } from '../../shared/labels';
import type { User } from './user.resource';

type Grant = User['roles'][number];

/**
 * Role grants (role + department for department-scoped roles) and fine-grained permissions. Everyone who
 * may read users sees them; only SECURITY_ADMIN (`grant`) changes them. The API checks 三员分立 and the
 * department rules (assertGrantsValid) and answers in Chinese; the console shows that answer.
 */
export const UserGrants = () => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess: mayGrant } = useCanAccess({ resource: 'users', action: 'grant', record });
  const [role, setRole] = useState<Role | ''>('');
  const [departmentId, setDepartmentId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [revoking, setRevoking] = useState<Grant | null>(null);
  const needsDepartment = role !== '' && isDepartmentScopedRole(role);
  const { data: departments } = useGetList(
    'departments',
    { filter: { isActive: true }, pagination: { page: 1, perPage: 100 } },
    { enabled: Boolean(mayGrant) && needsDepartment },
  );
  if (!record) return null;

  async function run(action: string, params: object, success: string) {
    setBusy(true);
    setError(null);
    try {
      await dataProvider.runAction('users', action, params);
      notify(success, { type: 'success' });
      refresh();
      return true;
    } catch (caught) {
      setError((caught as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function grantRole() {
    if (!record || !role) return;
    if (needsDepartment && !departmentId) {
      setError(translate('gdp.users.department_required'));
      return;
    }
    const done = await run(
      'grantRole',
      { userId: record.id, role, departmentId: needsDepartment ? departmentId : null },
      'gdp.users.role_granted',
    );
    if (done) {
      setRole('');
      setDepartmentId('');
    }
  }

  return (
    <Box data-testid="user-grants">
      {error && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setError(null)} data-testid="grant-error">
          {error}
        </Alert>
      )}
      <Typography variant="subtitle1" gutterBottom>
        {translate('resources.users.fields.roles')}
      </Typography>
      <Table size="small" sx={{ maxWidth: 720, mb: 2 }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.users.fields.role')}</TableCell>
            <TableCell>{translate('resources.users.fields.departmentId')}</TableCell>
            {mayGrant && <TableCell width={60} />}
          </TableRow>
        </TableHead>
        <TableBody>
          {record.roles.length === 0 && (
            <TableRow>
              <TableCell colSpan={3}>{translate('gdp.dashboard.no_roles')}</TableCell>
            </TableRow>
          )}
          {record.roles.map((grant) => (
            <TableRow key={grant.id}>
              <TableCell>{roleLabel(grant.role)}</TableCell>
              <TableCell>
                {grant.departmentId ? (
                  <RecordContextProvider value={grant}>
                    <ReferenceField source="departmentId" reference="departments" />
                  </RecordContextProvider>
                ) : (
                  translate('gdp.dashboard.all_department')
                )}
              </TableCell>
              {mayGrant && (
                <TableCell>
                  <Tooltip title={translate('gdp.users.revoke_role')}>
                    <IconButton
                      size="small"
                      onClick={() => setRevoking(grant)}
                      disabled={busy}
                      aria-label={translate('gdp.users.revoke_role')}
                    >
                      <DeleteOutlineIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>

      {mayGrant && (
        <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 3 }} flexWrap="wrap" useFlexGap>
          <FormControl size="small" sx={{ width: 260, flexShrink: 0 }}>
            <InputLabel id="grant-role">{translate('resources.users.fields.role')}</InputLabel>
            <Select
              labelId="grant-role"
              label={translate('resources.users.fields.role')}
              value={role}
              onChange={(event) => {
                setRole(event.target.value as Role | '');
                setDepartmentId('');
              }}
            >
              {ROLES.map((value) => (
                <MenuItem key={value} value={value}>
                  {ROLE_LABELS[value]}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          {needsDepartment && (
            <FormControl size="small" sx={{ width: 260, flexShrink: 0 }}>
              <InputLabel id="grant-department">
                {translate('resources.users.fields.departmentId')}
              </InputLabel>
              <Select
                labelId="grant-department"
                label={translate('resources.users.fields.departmentId')}
                value={departmentId}
                onChange={(event) => setDepartmentId(event.target.value)}
              >
                {(departments ?? []).map((department) => (
                  <MenuItem key={department.id} value={String(department.id)}>
                    {String(department.name)}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
          )}
          <Button variant="contained" startIcon={<AddIcon />} onClick={grantRole} disabled={busy || !role}>
            {translate('gdp.users.grant_role')}
          </Button>
        </Stack>
      )}

      <Typography variant="subtitle1" gutterBottom>
        {translate('resources.users.fields.permissions')}
      </Typography>
      {mayGrant ? (
        <FormGroup>
          {FINE_GRAINED_PERMISSIONS.map((permission) => {
            const held = record.permissions.includes(permission);
            return (
              <FormControlLabel
                key={permission}
                label={PERMISSION_LABELS[permission]}
                control={
                  <Checkbox
                    checked={held}
                    disabled={busy}
                    onChange={() =>
                      run(
                        held ? 'revokePermission' : 'grantPermission',
                        { userId: record.id, permission },
                        held ? 'gdp.users.permission_revoked' : 'gdp.users.permission_granted',
                      )
                    }
                  />
                }
              />
            );
          })}
        </FormGroup>
      ) : record.permissions.length === 0 ? (
        <Typography color="text.secondary">{translate('gdp.users.no_permissions')}</Typography>
      ) : (
        <Stack direction="row" spacing={1}>
          {record.permissions.map((permission) => (
            <Chip key={permission} size="small" label={PERMISSION_LABELS[permission]} />
          ))}
        </Stack>
      )}

      <Confirm
        isOpen={revoking !== null}
        loading={busy}
        title="gdp.users.revoke_role"
        content="gdp.users.revoke_role_confirm"
        translateOptions={{ role: revoking ? roleLabel(revoking.role) : '' }}
        onConfirm={async () => {
          if (revoking) await run('revokeRole', { grantId: revoking.id }, 'gdp.users.role_revoked');
          setRevoking(null);
        }}
        onClose={() => setRevoking(null)}
      />
    </Box>
  );
};
