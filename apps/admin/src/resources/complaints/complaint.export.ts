import { formatCalendarDate } from '../../shared/dates';
import type { ExportColumn } from '../../shared/exporter';
import {
  complaintChannelLabel,
  complaintOutcomeLabel,
  complaintStateLabel,
  complaintViolationKindShortLabel,
} from '../../shared/labels';
import { workingDaysLeftLabel } from '../deadlines/deadline-standing';
import { handlingDeadlineOf } from './complaint-case';
import type { Complaint } from './complaint.resource';

/**
 * The list as a sheet: the case's facts as the page shows them. No identity column exists to export — the
 * complainant's identity never leaves the API except through the audited reveal.
 */
export const COMPLAINT_EXPORT_COLUMNS: ExportColumn<Complaint>[] = [
  { source: 'caseNumber' },
  { source: 'violationKind', value: (record) => complaintViolationKindShortLabel(record.violationKind) },
  { source: 'channel', value: (record) => complaintChannelLabel(record.channel) },
  { source: 'receivedAt' },
  { source: 'concernedDepartmentId', reference: 'departments' },
  { source: 'state', value: (record) => complaintStateLabel(record.state) },
  { source: 'handlingDueDate', value: (record) => formatCalendarDate(record.handlingDueDate) },
  {
    source: 'handlingLeft',
    value: (record, { translate }) => {
      const deadline = handlingDeadlineOf(record);
      if (!deadline) return '';
      const { key, options } = workingDaysLeftLabel(deadline);
      return translate(key, options);
    },
  },
  { source: 'outcome', value: (record) => (record.outcome ? complaintOutcomeLabel(record.outcome) : '') },
  { source: 'isAnonymous' },
  { source: 'wantsReply' },
];
