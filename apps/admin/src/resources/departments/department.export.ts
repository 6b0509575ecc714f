import type { ExportColumn } from '../../shared/exporter';
import { departmentKindLabel } from '../../shared/labels';
import type { Department } from './department.resource';

export const DEPARTMENT_EXPORT_COLUMNS: ExportColumn<Department>[] = [
  { source: 'code' },
  { source: 'name' },
  { source: 'kind', value: (record) => departmentKindLabel(record.kind) },
  { source: 'sortOrder' },
  { source: 'phone' },
  {
    source: 'isActive',
    value: (record, { translate }) =>
      translate(record.isActive ? 'gdp.status.active' : 'gdp.status.inactive'),
  },
  { source: 'version' },
  { source: 'createdAt' },
  { source: 'updatedAt' },
];
