import type { EntityManager } from 'typeorm';
import type { ReviewSubjectKind } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import type { Review, ReviewDecisionRecord } from './review.entity.js';

/**
 * What the review needs of the module whose item it reviews (SPEC M3: one review over many kinds of
 * subject). Each module registers one adapter for its kind; the review calls it inside the mutation.
 */
export interface ReviewSubjectAdapter {
  kind: ReviewSubjectKind;
  /**
   * Refuses (CONFLICT / BAD_USER_INPUT) a content version that is not the subject's: an original of the
   * subject for INITIAL_REVIEW, a redacted version prepared for this review for a partial disclosure.
   */
  assertContentVersion(
    manager: EntityManager,
    review: Review,
    contentVersionId: string,
    role: 'ORIGINAL' | 'REDACTED',
  ): Promise<void>;
  /** Locks the version a decision was taken on: it can no longer change. */
  sealContentVersion(manager: EntityManager, contentVersionId: string, at: Date): Promise<void>;
  /** After every step: the subject follows the review (its state, history, attribute). */
  afterTransition(context: RequestContext, review: Review, decision: ReviewDecisionRecord): Promise<void>;
  /** A confirmed state-secret finding: the original's content leaves the system, its record stays. */
  removeOriginalContent(context: RequestContext, review: Review): Promise<void>;
  /**
   * Why the subject may not be published now though its review is approved (e.g. a consent still missing),
   * or null: PUBLISH is then neither offered nor accepted.
   */
  publishBlocker?(
    manager: EntityManager,
    review: Review,
  ): Promise<{ reason: string; message: string } | null>;
  /** PUBLISH: puts exactly the approved version into the catalog. */
  publish(context: RequestContext, review: Review): Promise<void>;
}

const ADAPTERS = new Map<ReviewSubjectKind, ReviewSubjectAdapter>();

export function registerReviewSubject(adapter: ReviewSubjectAdapter): void {
  ADAPTERS.set(adapter.kind, adapter);
}

export function reviewSubjectAdapter(kind: ReviewSubjectKind): ReviewSubjectAdapter {
  const adapter = ADAPTERS.get(kind);
  if (!adapter) throw new Error(`no review subject adapter registered for ${kind}`);
  return adapter;
}
