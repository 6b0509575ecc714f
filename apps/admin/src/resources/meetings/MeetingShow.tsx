import {
  Alert,
  Box,
  Divider,
  LinearProgress,
  Link,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { ListButton, ReferenceField, Show, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { formatChinaDateTime } from '../../shared/dates';
import { Facts, HeaderRow, Section } from '../../shared/ShowSection';
import { reviewStateLabel } from '../documents/document-labels';
import { AttendanceExportButtons } from './AttendanceExportButtons';
import { InvitationTable } from './InvitationTable';
import { IssuedInvitationProvider } from './IssuedInvitation';
import { topicCategoryLabel } from './meeting-labels';
import { isMeetingDetail, type Meeting } from './meeting.resource';
import { FeedbackDeadlineField, MeetingStateChip } from './MeetingFields';
import { MeetingOpinionsSection } from './MeetingOpinionsSection';
import { MeetingWorkflowActions } from './MeetingWorkflowActions';

const MeetingShowActions = () => (
  <TopToolbar>
    <ListButton />
    <MeetingWorkflowActions />
  </TopToolbar>
);

const OverviewSection = () => {
  const meeting = useRecordContext<Meeting>();
  if (!meeting) return null;
  return (
    <Section title={meeting.title} testId="meeting-overview">
      <Facts
        items={[
          ['会议编号', meeting.caseNumber],
          ['状态', <MeetingStateChip key="state" state={meeting.state} />],
          [
            '承办处室',
            <ReferenceField key="department" source="departmentId" reference="departments" link={false} />,
          ],
          ['会议开始时间', formatChinaDateTime(meeting.startsAt)],
          ['预计结束时间', formatChinaDateTime(meeting.plannedEndsAt)],
          ['会议地点', meeting.place],
          ['全会社会代表席位数', meeting.seats ? `${meeting.seats} 席` : '不限'],
          ['延期原因', meeting.postponeReason],
          ['取消原因', meeting.cancelReason],
          ['实际开始时间', formatChinaDateTime(meeting.startedAt)],
          ['会议结束时间', formatChinaDateTime(meeting.endedAt)],
        ]}
      />
    </Section>
  );
};

const TopicsSection = () => {
  const meeting = useRecordContext<Meeting>();
  if (!meeting) return null;
  if (!meeting.topics) return <LinearProgress sx={{ m: 2 }} />;
  return (
    <Section title="议题" testId="meeting-topics">
      <Table size="small">
        <HeaderRow headers={['序号', '议题', '邀请社会代表', '议题类别', '席位']} />
        <TableBody>
          {meeting.topics.map((topic, index) => (
            <TableRow key={topic.id} sx={{ verticalAlign: 'top' }}>
              <TableCell>{index + 1}</TableCell>
              <TableCell>
                {topic.title}
                {topic.description && (
                  <Typography
                    variant="caption"
                    display="block"
                    color="text.secondary"
                    sx={{ whiteSpace: 'pre-wrap' }}
                  >
                    {topic.description}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{topic.representativesMayAttend ? '是' : '否'}</TableCell>
              <TableCell>
                {topic.representativesMayAttend ? topicCategoryLabel(topic.category) : '—'}
              </TableCell>
              <TableCell>
                {topic.representativesMayAttend ? (topic.seats ? `${topic.seats} 席` : '不限') : '—'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

const InvitationsSection = () => {
  const meeting = useRecordContext<Meeting>();
  if (!meeting || !isMeetingDetail(meeting)) return null;
  return (
    <Section
      title="列席邀请"
      testId="meeting-invitations"
      actions={<AttendanceExportButtons meeting={meeting} />}
    >
      <InvitationTable meeting={meeting} />
    </Section>
  );
};

/** The feedback deadline on the meeting for every reader; its dashboard page for those who oversee deadlines. */
const FeedbackDeadline = ({ deadlineId }: { deadlineId: string }) => {
  const { canAccess } = useCanAccess({ resource: 'deadlines', action: 'show' });
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
      <FeedbackDeadlineField />
      {canAccess && (
        <Link component={RouterLink} to={`/deadlines/${deadlineId}/show`} variant="body2">
          查看时限
        </Link>
      )}
    </Box>
  );
};

/**
 * Seed §6-4(4): feedback to every representative and publication of the results within 3 working days of the
 * meeting's end, the disclosure review included — a tracked deadline; the results' reviews link to their pages.
 */
const AfterMeetingSection = () => {
  const meeting = useRecordContext<Meeting>();
  if (!meeting?.endedAt) return null;
  const reviews = meeting.resultReviews ?? [];
  return (
    <Section title="会后反馈和结果公开" testId="meeting-after">
      {!meeting.feedbackSentAt && (
        <Alert severity="info" sx={{ mb: 2 }}>
          须在会议结束后 3 个工作日内（含保密审查）向列席代表反馈意见采纳情况和会议决定情况，并公开会议结果。
        </Alert>
      )}
      <Facts
        items={[
          ['会议结束时间', formatChinaDateTime(meeting.endedAt)],
          [
            '反馈及公开时限',
            meeting.deadlineId ? <FeedbackDeadline key="deadline" deadlineId={meeting.deadlineId} /> : null,
          ],
          ['向代表反馈时间', formatChinaDateTime(meeting.feedbackSentAt) || '尚未反馈'],
          ['会议纪要', meeting.minutes],
          ['会议决定情况', meeting.decisions],
          [
            '结果保密审查',
            reviews.length === 0 ? null : (
              <Box key="reviews">
                {reviews.map((review) => (
                  <Box key={review.id}>
                    <Link component={RouterLink} to={`/reviews/${review.id}/show`}>
                      {review.title}
                    </Link>
                    （{reviewStateLabel(review.state)}，{formatChinaDateTime(review.createdAt)}送审）
                  </Box>
                ))}
              </Box>
            ),
          ],
        ]}
      />
    </Section>
  );
};

const OpinionsSection = () => {
  const meeting = useRecordContext<Meeting>();
  if (!meeting || !isMeetingDetail(meeting)) return null;
  return <MeetingOpinionsSection meeting={meeting} />;
};

/** One meeting: its state and actions, topics, invitations, opinions, and what is due after it. */
export const MeetingShow = () => (
  <IssuedInvitationProvider>
    <Show actions={<MeetingShowActions />}>
      <OverviewSection />
      <Divider />
      <TopicsSection />
      <Divider />
      <InvitationsSection />
      <Divider />
      <OpinionsSection />
      <AfterMeetingSection />
    </Show>
  </IssuedInvitationProvider>
);
