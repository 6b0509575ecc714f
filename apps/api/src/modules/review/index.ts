export { ReviewResolver, ReviewDecisionResolver } from './review.resolver.js';
export { Review, ReviewDecisionRecord } from './review.entity.js';
export { ReviewEvidenceFile } from './review-evidence.entity.js';
export { openReview, openReviewOf, applyReviewAction, type OpenReviewInput } from './review.service.js';
export { registerReviewSubject, type ReviewSubjectAdapter } from './review.subjects.js';
