import type { ExportColumn } from '../../shared/exporter';
import { invitationStateLabel, meetingStateLabel } from './meeting-labels';
import type { Meeting, MeetingAttendanceRow } from './meeting.resource';
import { representativeTypeLabel } from '../representatives/representative-labels';

/** The meetings list as a sheet; the department by its name. */
export const MEETING_EXPORT_COLUMNS: ExportColumn<Meeting>[] = [
  { source: 'caseNumber', label: '会议编号' },
  { source: 'title', label: '会议名称' },
  { source: 'departmentId', label: '承办处室', reference: 'departments' },
  { source: 'startsAt', label: '会议开始时间' },
  { source: 'plannedEndsAt', label: '预计结束时间' },
  { source: 'place', label: '会议地点' },
  { source: 'state', label: '状态', value: (meeting) => meetingStateLabel(meeting.state) },
  { source: 'endedAt', label: '会议结束时间' },
  { source: 'feedbackSentAt', label: '反馈时间' },
];

/** The attendance sheet of one meeting (no contact of anyone, as the API answers it). */
export const ATTENDANCE_EXPORT_COLUMNS: ExportColumn<MeetingAttendanceRow>[] = [
  { source: 'caseNumber', label: '邀请编号' },
  { source: 'representativeName', label: '姓名' },
  {
    source: 'representativeType',
    label: '代表类别',
    value: (row) => representativeTypeLabel(row.representativeType),
  },
  { source: 'organisation', label: '工作单位' },
  { source: 'state', label: '邀请状态', value: (row) => invitationStateLabel(row.state) },
  { source: 'topics', label: '列席议题' },
  { source: 'checkedInAt', label: '签到时间' },
  { source: 'isLate', label: '迟到' },
  { source: 'departedAt', label: '离场时间' },
  { source: 'departedAfterTopic', label: '离场前议题' },
  { source: 'attendancePublic', label: '同意公开列席' },
  { source: 'isInterestFlagged', label: '有利害关系需关注' },
];
