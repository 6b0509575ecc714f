import AttachFileIcon from '@mui/icons-material/AttachFile';
import {
  Alert,
  Box,
  Link,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useCanAccess, useDataProvider } from 'react-admin';
import type { ReviewMeetingResultVersionFieldsFragment } from '../../graphql/generated/graphql';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { ContentVersionPanel } from '../documents/ContentVersionPanel';
import { formatSize } from '../documents/document-content';
import { stepErrorMessage } from '../../shared/useRecordStep';
import type { ReviewDetail } from './review.resource';
import {
  type ReviewContentView,
  type ReviewContents,
  meetingContentsOf,
  supplyContentsOf,
} from './review-steps';

export interface ReviewContentsState {
  contents: ReviewContents | null;
  /** Why the content cannot be shown here (no access to the meeting, a failed load). */
  notice: string | null;
}

/**
 * The content under review of an application's reply or a meeting's results (documents keep their own
 * panels). A meeting's texts come with the review, so its reviewers need not read the meeting.
 */
export function useReviewContents(review: ReviewDetail | undefined): ReviewContentsState {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const isMeeting = review?.subjectKind === 'MEETING_RESULT';
  const { canAccess, isPending: isAccessPending } = useCanAccess({
    resource: 'reviews',
    action: 'meetingResults',
  });
  const meeting = useQuery({
    queryKey: ['reviews', 'meetingResults', review?.id],
    queryFn: () =>
      dataProvider.runAction<ReviewMeetingResultVersionFieldsFragment[]>('reviews', 'meetingResults', {
        reviewId: review?.id,
      }),
    enabled: Boolean(isMeeting && canAccess),
  });
  if (!review) return { contents: null, notice: null };
  if (review.subjectKind === 'APPLICATION_REPLY') return { contents: supplyContentsOf(review), notice: null };
  if (!isMeeting || isAccessPending) return { contents: null, notice: null };
  if (!canAccess) return { contents: null, notice: null };
  if (meeting.error) return { contents: null, notice: stepErrorMessage(meeting.error) };
  return { contents: meeting.data ? meetingContentsOf(review, meeting.data) : null, notice: null };
}

/** One version's text and files; removed content is never shown (the API no longer has it). */
export const ReviewContentPanel = ({
  content,
  title,
  testId,
}: {
  content: ReviewContentView;
  title: string;
  testId?: string;
}) => (
  <Box data-testid={testId} sx={{ flex: 1, minWidth: 0 }}>
    <Typography variant="subtitle1" gutterBottom>
      {title}
    </Typography>
    {content.isRemoved ? (
      <Alert severity="info">内容已删除</Alert>
    ) : (
      <>
        <Typography
          component="pre"
          variant="body2"
          sx={{
            whiteSpace: 'pre-wrap',
            fontFamily: 'inherit',
            bgcolor: 'action.hover',
            p: 1.5,
            borderRadius: 1,
          }}
        >
          {content.text || '（无正文）'}
        </Typography>
        <List dense>
          {content.files.map((file) => (
            <ListItem key={file.id}>
              <ListItemIcon>
                <AttachFileIcon />
              </ListItemIcon>
              <ListItemText
                primary={
                  file.href ? (
                    <Link href={file.href} download={file.fileName}>
                      {file.fileName}
                    </Link>
                  ) : (
                    `${file.fileName}（内容已删除）`
                  )
                }
                secondary={`${file.contentType} · ${formatSize(file.sizeBytes)}`}
              />
            </ListItem>
          ))}
        </List>
      </>
    )}
  </Box>
);

/** The original next to each redacted version, so the redaction can be checked line by line. */
export const ReviewContentsView = ({ review }: { review: ReviewDetail }) => {
  const { contents, notice } = useReviewContents(review);
  const approved = (id: string) => (id === review.approvedContentVersionId ? '（已审批）' : '');
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      alignItems="flex-start"
      data-testid="review-contents"
    >
      {review.subjectKind === 'DOCUMENT' ? (
        <>
          <ContentVersionPanel content={review.contentVersion} title="原件" testId="review-original" />
          {review.redactedVersions.map((version) => (
            <ContentVersionPanel
              key={version.id}
              content={version}
              title={`区分处理版本 ${version.seq}${approved(version.id)}`}
              testId="review-redacted"
            />
          ))}
        </>
      ) : (
        <>
          {notice && <Alert severity="info">{notice}</Alert>}
          {contents?.original && (
            <ReviewContentPanel content={contents.original} title="原件" testId="review-original" />
          )}
          {contents?.redacted.map((version, index) => (
            <ReviewContentPanel
              key={version.id}
              content={version}
              title={`区分处理版本 ${index + 1}${approved(version.id)}`}
              testId="review-redacted"
            />
          ))}
        </>
      )}
    </Stack>
  );
};
