import type { ExportColumn } from '../../shared/exporter';
import { contactOf } from './RepresentativeFields';
import {
  eligibilityOutcomeLabel,
  representativeStateLabel,
  representativeTypeLabel,
} from './representative-labels';
import type { Representative } from './representative.resource';

/** The registry as a sheet; contacts only for the registry's keepers (the API answers null to others). */
export const REPRESENTATIVE_EXPORT_COLUMNS: ExportColumn<Representative>[] = [
  { source: 'name', label: '姓名' },
  { source: 'type', label: '代表类别', value: (record) => representativeTypeLabel(record.type) },
  { source: 'organisation', label: '工作单位' },
  { source: 'title', label: '职务职称' },
  { source: 'expertise', label: '专业领域' },
  {
    source: 'eligibilityOutcome',
    label: '资格审核',
    value: (record) => eligibilityOutcomeLabel(record.eligibilityOutcome),
  },
  { source: 'eligibilityCheckedAt', label: '审核时间' },
  { source: 'state', label: '状态', value: (record) => representativeStateLabel(record.state) },
  { source: 'contact', label: '联系方式', value: (record) => contactOf(record), requires: 'edit' },
];
