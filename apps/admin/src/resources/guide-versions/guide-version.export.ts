import type { ExportColumn } from '../../shared/exporter';
import type { GuideVersion } from './guide-version.resource';

/** The guide's versions with their full text (a record of what was published when). */
export const GUIDE_VERSION_EXPORT_COLUMNS: ExportColumn<GuideVersion>[] = [
  { source: 'versionNumber' },
  { source: 'publishedAt' },
  { source: 'classification' },
  { source: 'proactiveDisclosure' },
  { source: 'applicationProcedure' },
  { source: 'office.name', value: (record) => record.office.name },
  { source: 'office.address', value: (record) => record.office.address },
  { source: 'office.officeHours', value: (record) => record.office.officeHours },
  { source: 'office.telephone', value: (record) => record.office.telephone },
  { source: 'office.fax', value: (record) => record.office.fax },
  { source: 'office.website', value: (record) => record.office.website },
  { source: 'office.email', value: (record) => record.office.email },
  { source: 'otherText' },
  { source: 'createdAt' },
];
