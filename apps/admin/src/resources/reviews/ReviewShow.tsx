import { REVIEW_SUBJECT_KIND_LABELS, SECRECY_LEVEL_LABELS } from '@gdp/domain';
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
import { ContentVersionPanel } from '../documents/ContentVersionPanel';
import {
  labelIn,
  reviewActionLabel,
  reviewOutcomeLabel,
  reviewStageLabel,
  reviewStateLabel,
  withholdingReasonLabel,
} from '../documents/document-labels';
import type { Review, ReviewDetail } from './review.resource';
import { ReviewWorkflowActions } from './ReviewWorkflowActions';

const subjectKindLabel = labelIn(REVIEW_SUBJECT_KIND_LABELS);
const secrecyLevelLabel = labelIn(SECRECY_LEVEL_LABELS);

/** The console page of a review's subject, where one exists. */
export const subjectPathOf = (review: Pick<Review, 'subjectKind' | 'subjectId'>): string | null =>
  review.subjectKind === 'DOCUMENT' ? `/documents/${review.subjectId}/show` : null;

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

/** The original next to each redacted version, so the redaction can be checked line by line. */
const Contents = () => {
  const review = useRecordContext<ReviewDetail>();
  if (!review || review.contentVersion === undefined) return null;
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      alignItems="flex-start"
      data-testid="review-contents"
    >
      <ContentVersionPanel content={review.contentVersion} title="原件" testId="review-original" />
      {review.redactedVersions.map((version) => (
        <ContentVersionPanel
          key={version.id}
          content={version}
          title={`区分处理版本 ${version.seq}${version.id === review.approvedContentVersionId ? '（已审批）' : ''}`}
          testId="review-redacted"
        />
      ))}
    </Stack>
  );
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
      <Labeled label="审查记录">
        <Decisions />
      </Labeled>
      <Labeled label="内容">
        <Contents />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
