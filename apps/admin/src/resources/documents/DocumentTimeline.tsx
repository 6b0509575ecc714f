import { Box, Chip, Link, Stack, Typography } from '@mui/material';
import { ReferenceField, TextField, useRecordContext } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { formatChinaDateTime } from '../../shared/dates';
import { documentTimeline } from './document-content';
import {
  attributeLabel,
  documentEventLabel,
  documentStateLabel,
  reviewActionLabel,
  reviewStageLabel,
  reviewStateLabel,
} from './document-labels';
import type { Document } from './document.resource';

/** The document's history with its reviews' decisions, oldest first. */
export const DocumentTimeline = () => {
  const document = useRecordContext<Document>();
  if (!document?.events) return null;
  const items = documentTimeline(document.events, document.reviews ?? []);
  return (
    <Stack spacing={1} data-testid="document-timeline">
      {items.map((item) => {
        const isReview = item.source === 'review';
        const stateLabel = isReview ? reviewStateLabel : documentStateLabel;
        return (
          <Box
            key={item.id}
            sx={{ borderLeft: 3, borderColor: isReview ? 'secondary.main' : 'primary.main', pl: 1.5 }}
          >
            <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
              <Typography variant="body2" fontWeight={600}>
                {isReview ? reviewActionLabel(item.action) : documentEventLabel(item.action)}
              </Typography>
              {isReview && (
                <Chip
                  size="small"
                  label={item.stage ? `保密审查 · ${reviewStageLabel(item.stage)}` : '保密审查'}
                  component={RouterLink}
                  to={`/reviews/${item.reviewId}/show`}
                  clickable
                />
              )}
              <Typography variant="body2" color="text.secondary">
                {item.fromState ? `${stateLabel(item.fromState)} → ` : ''}
                {stateLabel(item.toState)}
              </Typography>
              {(item.fromAttribute || item.toAttribute) && item.fromAttribute !== item.toAttribute && (
                <Typography variant="body2" color="text.secondary">
                  公开属性：{attributeLabel(item.fromAttribute)} → {attributeLabel(item.toAttribute)}
                </Typography>
              )}
            </Stack>
            {item.note && <Typography variant="body2">{item.note}</Typography>}
            <Typography variant="caption" color="text.secondary" component="div">
              {item.actorId ? (
                <ReferenceField
                  record={{ actorId: item.actorId }}
                  source="actorId"
                  reference="users"
                  link={false}
                >
                  <TextField source="displayName" variant="caption" />
                </ReferenceField>
              ) : (
                '系统'
              )}{' '}
              · {formatChinaDateTime(item.at)}
            </Typography>
          </Box>
        );
      })}
    </Stack>
  );
};

/** Links to the document's reviews. */
export const DocumentReviewLinks = () => {
  const document = useRecordContext<Document>();
  if (!document?.reviews?.length) return <Typography variant="body2">暂无</Typography>;
  return (
    <Stack spacing={0.5}>
      {document.reviews.map((review) => (
        <Link key={review.id} component={RouterLink} to={`/reviews/${review.id}/show`}>
          {review.isRevision ? '更正审查' : '保密审查'}（{reviewStateLabel(review.state)}，
          {formatChinaDateTime(review.createdAt)}）
        </Link>
      ))}
    </Stack>
  );
};
