import {
  DISCLOSURE_EXCEPTION_GROUND_LABELS,
  REVIEW_SUBJECT_KIND_LABELS,
  SECRECY_LEVEL_LABELS,
} from '@gdp/domain';
import { Box, Link, Stack, Typography } from '@mui/material';
import {
  FunctionField,
  Labeled,
  ListButton,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { ReviewOutcomeFieldsFragment } from '../../graphql/generated/graphql';
import { formatChinaDateTime } from '../../shared/dates';
import {
  labelIn,
  reviewActionLabel,
  reviewOutcomeLabel,
  reviewStageLabel,
  reviewStateLabel,
  withholdingReasonLabel,
} from '../documents/document-labels';
import { formatSize } from '../documents/document-content';
import type { Review, ReviewDetail } from './review.resource';
import { exceptionsWithFiles, subjectPathOf } from './review-steps';
import { ReviewContentsView } from './ReviewContents';
import { ReviewWorkflowActions } from './ReviewWorkflowActions';

const subjectKindLabel = labelIn(REVIEW_SUBJECT_KIND_LABELS);
const secrecyLevelLabel = labelIn(SECRECY_LEVEL_LABELS);
const exceptionGroundLabel = labelIn(DISCLOSURE_EXCEPTION_GROUND_LABELS);

export const outcomeText = (outcome: ReviewOutcomeFieldsFragment | null | undefined): string => {
  if (!outcome) return '';
  const parts = [reviewOutcomeLabel(outcome.outcome)];
  if (outcome.reasons.length > 0)
    parts.push(`理由：${outcome.reasons.map(withholdingReasonLabel).join('、')}`);
  if (outcome.basis) parts.push(`依据：${outcome.basis}`);
  if (outcome.stateSecret)
    parts.push(
      `${secrecyLevelLabel(outcome.stateSecret.level)}，期限 ${outcome.stateSecret.term}，定密依据 ${outcome.stateSecret.basis}，知悉范围 ${outcome.stateSecret.scope}`,
    );
  return parts.join('；');
};

const SubjectLink = () => {
  const review = useRecordContext<Review>();
  if (!review) return null;
  const path = subjectPathOf(review);
  return path ? (
    <Link component={RouterLink} to={path}>
      {review.title}
    </Link>
  ) : (
    <Typography variant="body2">{review.title}</Typography>
  );
};

const Decisions = () => {
  const review = useRecordContext<ReviewDetail>();
  if (!review?.decisions) return null;
  return (
    <Stack spacing={1} data-testid="review-decisions">
      {review.decisions.map((decision) => {
        const judgement = outcomeText(decision.outcome ?? decision.assessment);
        return (
          <Box key={decision.id} sx={{ borderLeft: 3, borderColor: 'secondary.main', pl: 1.5 }}>
            <Typography variant="body2" fontWeight={600}>
              {decision.stage ? `${reviewStageLabel(decision.stage)} · ` : ''}
              {reviewActionLabel(decision.action)}（{reviewStateLabel(decision.fromState)} →{' '}
              {reviewStateLabel(decision.toState)}）
            </Typography>
            {decision.opinion && <Typography variant="body2">意见：{decision.opinion}</Typography>}
            {judgement && <Typography variant="body2">结论：{judgement}</Typography>}
            {decision.reference && <Typography variant="body2">文号或会议：{decision.reference}</Typography>}
            <Typography variant="caption" color="text.secondary" component="div">
              <ReferenceField record={decision} source="userId" reference="users" link={false}>
                <TextField source="displayName" variant="caption" />
              </ReferenceField>{' '}
              · {formatChinaDateTime(decision.at)}
            </Typography>
          </Box>
        );
      })}
    </Stack>
  );
};

/** Level 2's art. 15 exceptions, each with its evidence file (downloaded by the review's readers only). */
const Exceptions = () => {
  const review = useRecordContext<ReviewDetail>();
  const exceptions = exceptionsWithFiles(review?.outcome?.exceptions, review?.evidenceFiles);
  if (exceptions.length === 0) return <Typography variant="body2">—</Typography>;
  return (
    <Stack spacing={0.5} data-testid="review-exceptions">
      {exceptions.map((exception) => (
        <Typography key={`${exception.reason}-${exception.ground}`} variant="body2">
          {withholdingReasonLabel(exception.reason)}：{exceptionGroundLabel(exception.ground)}；依据：
          {exception.evidence}
          {exception.file && (
            <>
              {'；证明材料：'}
              <Link href={exception.file.url} target="_blank" rel="noopener">
                {exception.file.fileName}
              </Link>
              （{formatSize(exception.file.sizeBytes)}，{formatChinaDateTime(exception.file.uploadedAt)}）
            </>
          )}
        </Typography>
      ))}
    </Stack>
  );
};

const Contents = () => {
  const review = useRecordContext<ReviewDetail>();
  // The list's record lacks the detail until the review itself is loaded.
  if (!review || review.decisions === undefined) return null;
  return <ReviewContentsView review={review} />;
};

export const ReviewShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ListButton />
        <ReviewWorkflowActions />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <Labeled label="审查对象">
        <SubjectLink />
      </Labeled>
      <FunctionField<Review> label="对象类型" render={(record) => subjectKindLabel(record.subjectKind)} />
      <FunctionField<Review> label="状态" render={(record) => reviewStateLabel(record.state)} />
      <ReferenceField source="owningDepartmentId" reference="departments" label="处室" link={false}>
        <TextField source="name" />
      </ReferenceField>
      <ReferenceField source="publisherId" reference="users" label="信息发布人" link={false} emptyText="—">
        <TextField source="displayName" />
      </ReferenceField>
      <FunctionField<ReviewDetail> label="审查结论" render={(record) => outcomeText(record.outcome) || '—'} />
      <Labeled label="例外公开">
        <Exceptions />
      </Labeled>
      <Labeled label="审查记录">
        <Decisions />
      </Labeled>
      <Labeled label="内容">
        <Contents />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
