import type { ExportColumn } from '../../shared/exporter';
import { externalAgencyKindLabel } from '../../shared/labels';
import type { ExternalAgency } from './external-agency.resource';

/** Personal data (contact person, phone, notes) only for those who keep the records. */
export const EXTERNAL_AGENCY_EXPORT_COLUMNS: ExportColumn<ExternalAgency>[] = [
  { source: 'name' },
  { source: 'kind', value: (record) => externalAgencyKindLabel(record.kind) },
  { source: 'address' },
  { source: 'contactPerson', requires: 'edit' },
  { source: 'phone', requires: 'edit' },
  { source: 'notes', requires: 'edit' },
  {
    source: 'isActive',
    value: (record, { translate }) =>
      translate(record.isActive ? 'gdp.status.active' : 'gdp.status.inactive'),
  },
  { source: 'version' },
  { source: 'createdAt' },
  { source: 'updatedAt' },
];
