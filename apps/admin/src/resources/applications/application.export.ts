import { formatCalendarDate } from '../../shared/dates';
import type { ExportColumn } from '../../shared/exporter';
import { workingDaysLeftLabel } from '../deadlines/deadline-standing';
import { applicantNameOf, replyDeadlineOf } from './application-case';
import {
  applicantTypeLabel,
  applicationChannelLabel,
  applicationResultCodeLabel,
  applicationStateLabel,
} from './application-labels';
import type { Application } from './application.resource';

/**
 * The list as a sheet, the exporter neutralising formulas in the applicant's own text. The ID number is the
 * masked one (SPEC §2.4): the full number never leaves the API except through the audited reveal.
 */
export const APPLICATION_EXPORT_COLUMNS: ExportColumn<Application>[] = [
  { source: 'caseNumber', label: '案件编号' },
  {
    source: 'receivedDate',
    label: '收到申请日期',
    value: (record) => formatCalendarDate(record.receivedDate),
  },
  { source: 'channel', label: '申请方式', value: (record) => applicationChannelLabel(record.channel) },
  {
    source: 'applicantType',
    label: '申请人类型',
    value: (record) => applicantTypeLabel(record.applicantType),
  },
  { source: 'applicantName', label: '申请人', value: (record) => applicantNameOf(record) },
  {
    source: 'idNumberMasked',
    label: '证件号码（遮掩）',
    value: (record) => record.applicant?.idNumberMasked ?? '',
  },
  { source: 'state', label: '办理状态', value: (record) => applicationStateLabel(record.state) },
  {
    source: 'replyDueDate',
    label: '答复截止日',
    value: (record) => formatCalendarDate(record.replyDueDate ?? null),
  },
  { source: 'isOverdue', label: '是否逾期' },
  { source: 'replyClockSuspended', label: '计时暂停' },
  { source: 'replyExtended', label: '已延期' },
  {
    source: 'replyLeft',
    label: '答复剩余时间',
    value: (record, { translate }) => {
      const deadline = replyDeadlineOf(record);
      if (!deadline) return '';
      const { key, options } = workingDaysLeftLabel(deadline);
      return translate(key, options);
    },
  },
  {
    source: 'resultCode',
    label: '办理结果',
    value: (record) => (record.resultCode ? applicationResultCodeLabel(record.resultCode) : ''),
  },
  { source: 'replyDate', label: '答复日期', value: (record) => formatCalendarDate(record.replyDate ?? null) },
];
