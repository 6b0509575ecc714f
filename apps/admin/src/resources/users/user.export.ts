import type { ExportColumn } from '../../shared/exporter';
import { permissionLabel, roleLabel } from '../../shared/labels';
import type { User } from './user.resource';

export const USER_EXPORT_COLUMNS: ExportColumn<User>[] = [
  { source: 'username' },
  { source: 'displayName' },
  { source: 'departmentId', reference: 'departments' },
  { source: 'roles', value: (record) => record.roles.map((grant) => roleLabel(grant.role)) },
  { source: 'permissions', value: (record) => record.permissions.map(permissionLabel) },
  { source: 'phone', requires: 'edit' },
  { source: 'email', requires: 'edit' },
  {
    source: 'isActive',
    value: (record, { translate }) =>
      translate(record.isActive ? 'gdp.status.active' : 'gdp.status.inactive'),
  },
  { source: 'totpEnabled' },
  { source: 'mustChangePassword' },
  { source: 'lockedUntil' },
  { source: 'createdAt' },
];
