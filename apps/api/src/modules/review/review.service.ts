import type { EntityManager } from 'typeorm';
import {
  DomainError,
  badInput,
  transitionReview,
  type Actor,
  type Grant,
  type Review as DomainReview,
  type ReviewActor,
  type ReviewCommand,
  type ReviewState,
  type ReviewSubjectKind,
  type TaskKind,
} from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { requireMutationScope } from '../../context.js';
import { recordChange } from '../../shared/audit/record-change.js';
import { forbidden } from '../../shared/errors/app-errors.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { loadForUpdate } from '../../shared/persistence/versioned-update.js';
import { RoleGrant } from '../organisation/grant.entity.js';
import { User } from '../organisation/user.entity.js';
import { cancelTask, closeTask, openTask, taskAuditOf } from '../task/index.js';
import { Review, ReviewDecisionRecord } from './review.entity.js';
import { reviewSubjectAdapter } from './review.subjects.js';
import { assertEvidenceFilesOf } from './use-cases/evidence-files.js';

export const REVIEW_LABEL = '保密审查';

/** The review's tasks (one open at a time): which kind the state asks for. */
const REVIEW_TASK_KINDS = [
  'REVIEW_LEVEL_1',
  'REVIEW_LEVEL_2',
  'REVIEW_LEVEL_3',
  'REVIEW_OFFICE',
  'REVIEW_PUBLISH',
] as const satisfies readonly TaskKind[];

const TASK_OF_STATE: Partial<Record<ReviewState, (typeof REVIEW_TASK_KINDS)[number]>> = {
  LEVEL_1: 'REVIEW_LEVEL_1',
  LEVEL_2: 'REVIEW_LEVEL_2',
  LEVEL_3: 'REVIEW_LEVEL_3',
  ESCALATED: 'REVIEW_OFFICE',
  REFERRED: 'REVIEW_OFFICE',
  AWAITING_CONFIRMATION: 'REVIEW_OFFICE',
};

/** The domain's view of a persisted review, with the history the one-person-one-level rule needs. */
export function domainReviewOf(review: Review, decisions: readonly ReviewDecisionRecord[]): DomainReview {
  return {
    subject: {
      kind: review.subjectKind,
      owningDepartmentId: review.owningDepartmentId,
      contentVersion: review.contentVersionId,
      finalAction: review.finalAction,
    },
    state: review.state,
    assessment: review.assessment,
    outcome: review.outcome,
    escalatedFrom: review.escalatedFrom,
    publisherId: review.publisherId,
    approvedContentVersion: review.approvedContentVersionId,
    isContentRemovalRequired: review.isContentRemovalRequired,
    history: decisions.map((decision) => ({ stage: decision.stage, userId: decision.userId })),
  };
}

export const reviewActorOf = (actor: Actor): ReviewActor =>
  actor.kind === 'staff' ? { userId: actor.userId, grants: actor.grants } : { userId: '', grants: [] };

export function decisionsOf(manager: EntityManager, reviewId: string): Promise<ReviewDecisionRecord[]> {
  return manager.find(ReviewDecisionRecord, { where: { reviewId }, order: { id: 'ASC' } });
}

export interface OpenReviewInput {
  kind: ReviewSubjectKind;
  subjectId: string;
  title: string;
  owningDepartmentId: string;
  contentVersionId: string;
  /** Who does level 1 (the producer): their task. */
  levelOneUserId: string | null;
  isRevision?: boolean;
}

/** Opens a review at level 1, in the running mutation, with the level-1 task. */
export async function openReview(context: RequestContext, input: OpenReviewInput): Promise<Review> {
  const { manager } = requireMutationScope(context);
  const now = context.services.clock.now();
  const { kind } = input;
  const review = manager.create(Review, {
    subjectKind: kind,
    subjectId: input.subjectId,
    title: input.title,
    owningDepartmentId: input.owningDepartmentId,
    contentVersionId: input.contentVersionId,
    finalAction: kind === 'APPLICATION_REPLY' ? 'SUPPLY' : 'PUBLISH',
    state: 'LEVEL_1',
    assessment: null,
    outcome: null,
    escalatedFrom: null,
    publisherId: null,
    approvedContentVersionId: null,
    isContentRemovalRequired: false,
    isRevision: input.isRevision ?? false,
    openedById: context.actor.kind === 'staff' ? context.actor.userId : '',
    levelOneUserId: input.levelOneUserId,
    createdAt: now,
    updatedAt: now,
  });
  await manager.save(review);
  recordChange(context, 'Review', review.id, null, review);
  await syncReviewTask(context, review);
  return review;
}

/** The open review of a subject, if any. */
export function openReviewOf(
  manager: EntityManager,
  kind: ReviewSubjectKind,
  subjectId: string,
): Promise<Review | null> {
  return manager
    .getRepository(Review)
    .createQueryBuilder('review')
    .where('review.subjectKind = :kind AND review.subjectId = :subjectId', { kind, subjectId })
    .andWhere("review.state NOT IN ('PUBLISHED', 'SUPPLIED', 'WITHHELD', 'CANCELLED')")
    .getOne();
}

async function publisherActor(
  manager: EntityManager,
  publisherId: string | null | undefined,
): Promise<ReviewActor | null> {
  if (!publisherId) return null;
  const refuse = () =>
    badInput('REVIEW.PUBLISHER_NOT_ELIGIBLE', '信息发布人须为本处室在职的信息发布人员', {
      publisherId: ['所选人员不是本处室的信息发布人员'],
    });
  if (!isUuid(publisherId)) throw refuse();
  const user = await manager.findOneBy(User, { id: publisherId });
  if (!user?.isActive) throw refuse();
  const grants = await manager.findBy(RoleGrant, { userId: publisherId });
  return {
    userId: publisherId,
    grants: grants.map((grant): Grant => ({ role: grant.role, departmentId: grant.departmentId })),
  };
}

/** A review command as the API receives it: the publisher by id. */
export type ReviewCommandInput =
  | Exclude<ReviewCommand, { action: 'APPROVE' }>
  | { action: 'APPROVE'; contentVersion: string; opinion: string; publisherId: string | null };

/**
 * One step of a review: the row locked at the version the reviewer saw (a concurrent step → CONFLICT),
 * the domain's transition, the decision recorded, content versions sealed, the next task opened, the
 * subject told; a confirmed state-secret finding removes the original's content; PUBLISH publishes.
 */
export async function applyReviewAction(
  context: RequestContext,
  id: string,
  version: number,
  input: ReviewCommandInput,
): Promise<Review> {
  const scope = requireMutationScope(context);
  const { manager } = scope;
  if (isUuid(id)) scope.subject = { entityType: 'Review', entityId: id };
  const review = await loadForUpdate(manager, Review, id, version, REVIEW_LABEL);
  if (context.actor.kind !== 'staff') throw forbidden();
  const adapter = reviewSubjectAdapter(review.subjectKind);
  const before = { ...review };
  const decisions = await decisionsOf(manager, review.id);

  const command: ReviewCommand =
    input.action === 'APPROVE'
      ? {
          action: 'APPROVE',
          contentVersion: input.contentVersion,
          opinion: input.opinion,
          publisher: await publisherActor(manager, input.publisherId),
        }
      : input;
  // The versions named must be the subject's own (never another item's content).
  if (command.action === 'INITIAL_REVIEW') {
    await adapter.assertContentVersion(manager, review, command.contentVersion, 'ORIGINAL');
  }
  if (command.action === 'SECRECY_REVIEW' && command.outcome?.outcome === 'PARTIAL') {
    const redacted = command.outcome.redactedContentVersion;
    if (typeof redacted === 'string' && redacted) {
      await adapter.assertContentVersion(manager, review, redacted, 'REDACTED');
    }
  }

  const { review: next, decision } = transitionReview(
    domainReviewOf(review, decisions),
    reviewActorOf(context.actor),
    command,
  );
  if (decision.outcome && decision.action === 'SECRECY_REVIEW') {
    await assertEvidenceFilesOf(manager, review.id, decision.outcome);
  }
  if (decision.action === 'PUBLISH') {
    const blocker = await publishBlockerOf(manager, review);
    if (blocker) throw new DomainError('INVALID_TRANSITION', blocker.reason, blocker.message);
  }
  const now = context.services.clock.now();
  review.contentVersionId = next.subject.contentVersion;
  review.state = next.state;
  review.assessment = next.assessment;
  review.outcome = next.outcome;
  review.escalatedFrom = next.escalatedFrom;
  review.publisherId = next.publisherId;
  review.approvedContentVersionId = next.approvedContentVersion;
  review.isContentRemovalRequired = next.isContentRemovalRequired;
  review.updatedAt = now;
  review.version = before.version + 1;
  await manager.save(review);
  recordChange(context, 'Review', review.id, before, review);

  const record = manager.create(ReviewDecisionRecord, {
    reviewId: review.id,
    action: decision.action,
    stage: decision.stage,
    userId: decision.userId,
    fromState: decision.fromState,
    toState: decision.toState,
    contentVersionId: decision.contentVersion,
    opinion: decision.opinion,
    assessment: decision.assessment,
    outcome: decision.outcome,
    publisherId: decision.publisherId,
    reference: decision.reference,
    at: now,
  });
  await manager.save(record);

  if (decision.contentVersion) await adapter.sealContentVersion(manager, decision.contentVersion, now);
  if (decision.outcome?.redactedContentVersion) {
    await adapter.sealContentVersion(manager, decision.outcome.redactedContentVersion, now);
  }
  if (decision.action === 'CONFIRM' && review.isContentRemovalRequired) {
    await adapter.removeOriginalContent(context, review);
  }
  if (decision.action === 'PUBLISH') await adapter.publish(context, review);
  await syncReviewTask(context, review);
  await adapter.afterTransition(context, review, record);
  return review;
}

/** Why the subject may not be published yet (its module's rule), or null. */
export function publishBlockerOf(
  manager: EntityManager,
  review: Review,
): Promise<{ reason: string; message: string } | null> {
  const adapter = reviewSubjectAdapter(review.subjectKind);
  return adapter.publishBlocker ? adapter.publishBlocker(manager, review) : Promise.resolve(null);
}

/** Closes the step's task that is done and opens the one the new state asks for. */
async function syncReviewTask(context: RequestContext, review: Review): Promise<void> {
  const { manager } = requireMutationScope(context);
  const { clock } = context.services;
  const actorId = context.actor.kind === 'staff' ? context.actor.userId : null;
  const audit = taskAuditOf(context);
  const wanted =
    TASK_OF_STATE[review.state] ??
    (review.state === 'APPROVED' && review.finalAction === 'PUBLISH' ? 'REVIEW_PUBLISH' : undefined);
  for (const kind of REVIEW_TASK_KINDS) {
    if (kind === wanted) continue;
    const finish = review.state === 'CANCELLED' ? cancelTask : closeTask;
    await finish(manager, clock, { kind, caseId: review.id }, actorId, audit);
  }
  if (!wanted) return;
  const title = `保密审查：${review.title}`.slice(0, 200);
  const routing =
    wanted === 'REVIEW_LEVEL_1'
      ? { assigneeId: review.levelOneUserId, departmentId: review.owningDepartmentId }
      : wanted === 'REVIEW_PUBLISH'
        ? { assigneeId: review.publisherId, departmentId: review.owningDepartmentId }
        : wanted === 'REVIEW_OFFICE'
          ? { assigneeId: null, departmentId: null }
          : { assigneeId: null, departmentId: review.owningDepartmentId };
  await openTask(manager, clock, { kind: wanted, caseId: review.id, title, actorId, ...routing }, audit);
}

/** Refuses a review operation on a subject kind that has no such step. */
export function assertReviewKind(review: Review, kind: ReviewSubjectKind): void {
  if (review.subjectKind !== kind) {
    throw new DomainError('BAD_USER_INPUT', 'REVIEW.WRONG_SUBJECT', '该审查事项不适用此操作');
  }
}
