import { REVIEW_STATE_LABELS, REVIEW_SUBJECT_KIND_LABELS } from '@gdp/domain';
import type { ExportColumn } from '../../shared/exporter';
import type { Review } from './review.resource';

/** Reviews as a sheet: subject, state and department (opinions stay on the review's page). */
export const REVIEW_EXPORT_COLUMNS: ExportColumn<Review>[] = [
  { source: 'title', label: '标题' },
  {
    source: 'subjectKind',
    label: '事项类型',
    value: (record) => REVIEW_SUBJECT_KIND_LABELS[record.subjectKind],
  },
  { source: 'state', label: '状态', value: (record) => REVIEW_STATE_LABELS[record.state] },
  { source: 'owningDepartmentId', label: '处室', reference: 'departments' },
  { source: 'createdAt', label: '送审时间' },
  { source: 'updatedAt', label: '更新时间' },
];
