import { REVIEW_ACTION_LABELS } from '@gdp/domain';
import { useState } from 'react';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import type { Review, ReviewDetail } from './review.resource';
import { REVIEW_CONSOLE_ACTIONS, reviewStepsOf, type ReviewStepAction } from './review-steps';
import { PublishConfirm, ReviewStepDialog } from './ReviewStepDialogs';

const StepButton = ({ review, action }: { review: ReviewDetail; action: ReviewStepAction }) => {
  const { canAccess } = useCanAccess({
    resource: 'reviews',
    action: REVIEW_CONSOLE_ACTIONS[action],
    record: review,
  });
  const [open, setOpen] = useState(false);
  if (!canAccess) return null;
  const close = () => setOpen(false);
  return (
    <>
      <Button label={REVIEW_ACTION_LABELS[action]} onClick={() => setOpen(true)} />
      {open &&
        (action === 'PUBLISH' ? (
          <PublishConfirm review={review} onClose={close} />
        ) : (
          <ReviewStepDialog review={review} action={action} onClose={close} />
        ))}
    </>
  );
};

/** Exactly the steps the API offers now; a row from the list waits for `review(id)`'s details. */
export const ReviewWorkflowActions = () => {
  const review = useRecordContext<Review>();
  if (!review || review.decisions === undefined) return null;
  const detail = review as ReviewDetail;
  return (
    <>
      {reviewStepsOf(detail.availableActions).map((action) => (
        <StepButton key={action} review={detail} action={action} />
      ))}
    </>
  );
};
