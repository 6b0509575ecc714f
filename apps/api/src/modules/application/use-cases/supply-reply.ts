import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  APPLICATION_LIMITS,
  DomainError,
  NOTICE_CHANNELS,
  badInput,
  departmentScopeOf,
  optionalTextSchema,
  requiredTextSchema,
  type NoticeChannel,
  type ReviewAssessment,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { isInScope } from '../../../shared/access/department-scope.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { notFound } from '../../../shared/errors/app-errors.js';
import { isUuid } from '../../../shared/persistence/query-helpers.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { storeUploadInMutation } from '../../../shared/storage/store-upload.js';
import { Department } from '../../organisation/department.entity.js';
import { Review, applyReviewAction, openReview, openReviewOf } from '../../review/index.js';
import {
  ApplicationSupplyFile,
  ApplicationSupplyVersion,
  type SupplyVersionKind,
} from '../application-supply.entity.js';
import { Application } from '../application.entity.js';
import {
  APPLICATION_LABEL,
  applicationCaseTitle,
  beginApplicationStep,
  finishApplicationStep,
} from '../application.steps.js';

/** What the handler supplies (the information itself, or a description of the files); generous, not unbounded. */
export const SUPPLY_TEXT_MAX = 20000;
const REVIEW_LABEL = '保密审查';

export interface SupplyFileUpload {
  fileName: string;
  contentBase64: string;
}

export interface SubmitReplyForReviewInput {
  holdingDepartmentId: string;
  suppliedText: string;
  files?: SupplyFileUpload[] | null;
  replyText?: string | null;
  noticeChannel?: NoticeChannel | null;
  /** Level 1: the handler's statement of the information's nature and opinion. */
  levelOneOpinion: string;
  levelOneAssessment: ReviewAssessment;
}

const submissionSchema = z.object({
  suppliedText: requiredTextSchema('提供的信息内容', SUPPLY_TEXT_MAX),
  replyText: optionalTextSchema('答复说明', APPLICATION_LIMITS.replyText),
  noticeChannel: z.enum(NOTICE_CHANNELS, { error: '告知方式无效' }).nullish(),
});
const redactedTextSchema = requiredTextSchema('区分处理后的内容', SUPPLY_TEXT_MAX);

const supplyStorageKey = (applicationId: string): string => `applications/${applicationId}/${randomUUID()}`;

/** A new version of what is supplied, with its uploaded files, in the running mutation. */
async function createSupplyVersion(
  context: RequestContext,
  fields: Pick<
    ApplicationSupplyVersion,
    'applicationId' | 'basedOnId' | 'holdingDepartmentId' | 'text' | 'replyText' | 'noticeChannel'
  > & {
    kind: SupplyVersionKind;
  },
  uploads: readonly SupplyFileUpload[],
  keptFiles: readonly ApplicationSupplyFile[] = [],
): Promise<ApplicationSupplyVersion> {
  const { manager } = requireMutationScope(context);
  const version = manager.create(ApplicationSupplyVersion, {
    ...fields,
    sealedAt: null,
    createdById: staffIdOf(context),
    createdAt: context.services.clock.now(),
  });
  await manager.save(version);
  recordChange(context, 'ApplicationSupplyVersion', version.id, null, version);
  for (const kept of keptFiles) {
    // The same bytes, named by the redacted version too: kept files are disclosable as they are.
    const { id: _id, versionId: _versionId, ...rest } = kept;
    const file = manager.create(ApplicationSupplyFile, { ...rest, versionId: version.id });
    await manager.save(file);
    recordChange(context, 'ApplicationSupplyFile', file.id, null, file);
  }
  for (const upload of uploads) {
    const stored = await storeUploadInMutation(
      context,
      supplyStorageKey(fields.applicationId),
      upload.fileName,
      upload.contentBase64,
    );
    const file = manager.create(ApplicationSupplyFile, { versionId: version.id, ...stored, removedAt: null });
    await manager.save(file);
    recordChange(context, 'ApplicationSupplyFile', file.id, null, file);
  }
  return version;
}

/**
 * 提供信息送保密审查 (SPEC M3/M6): what is to be supplied becomes a content version, and the review of kind
 * APPLICATION_REPLY opens, owned by the department holding the information (its confidentiality officer and
 * head take levels 2–3); the handler's level-1 statement is taken at once. The reply clock keeps running.
 * A review returned to level 1 is taken up again with the new version (the same department reviews it).
 */
export async function submitApplicationReplyForReview(
  context: RequestContext,
  id: string,
  version: number,
  input: SubmitReplyForReviewInput,
): Promise<Application> {
  const scope = requireMutationScope(context);
  const { suppliedText, replyText, noticeChannel } = parseInput(submissionSchema, {
    suppliedText: input.suppliedText,
    replyText: input.replyText,
    noticeChannel: input.noticeChannel,
  });
  const department = isUuid(input.holdingDepartmentId)
    ? await scope.manager.findOneBy(Department, { id: input.holdingDepartmentId })
    : null;
  if (!department?.isActive) {
    throw badInput('APPLICATION.INVALID_HOLDING_DEPARTMENT', '请选择信息所在的处室', {
      holdingDepartmentId: ['请选择在用的处室'],
    });
  }
  const step = await beginApplicationStep(context, id, version, 'SUBMIT_REPLY_FOR_REVIEW');
  const { application } = step;
  const returned = await openReviewOf(scope.manager, 'APPLICATION_REPLY', application.id);
  if (returned && returned.owningDepartmentId !== department.id) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'APPLICATION.REVIEW_DEPARTMENT_FIXED',
      '退回的保密审查仍由原信息所在处室审查；如需更换处室，请由该处室负责人撤回审查后重新送审',
    );
  }
  const original = await createSupplyVersion(
    context,
    {
      applicationId: application.id,
      kind: 'ORIGINAL',
      basedOnId: null,
      holdingDepartmentId: department.id,
      text: suppliedText,
      replyText: replyText ?? null,
      noticeChannel: noticeChannel ?? null,
    },
    input.files ?? [],
  );
  const review =
    returned ??
    (await openReview(context, {
      kind: 'APPLICATION_REPLY',
      subjectId: application.id,
      title: `${applicationCaseTitle(application.caseNumber)} 答复材料`,
      owningDepartmentId: department.id,
      contentVersionId: original.id,
      levelOneUserId: staffIdOf(context),
      isRevision: false,
    }));
  await applyReviewAction(context, review.id, review.version, {
    action: 'INITIAL_REVIEW',
    contentVersion: original.id,
    opinion: input.levelOneOpinion,
    assessment: input.levelOneAssessment,
  });
  // The mutation's audit record names the application, whatever the review recorded.
  scope.subject = { entityType: 'Application', entityId: application.id };
  return finishApplicationStep(context, step, `送${department.name}保密审查`);
}

export interface SupplyRedactionInput {
  text: string;
  /** Files of the original supplied unchanged. */
  keepFileIds?: string[] | null;
  /** Redacted copies of files. */
  files?: SupplyFileUpload[] | null;
}

/**
 * Partial disclosure (区分处理, art. 37): the holding department's confidentiality officer prepares at level 2
 * what the applicant may receive — the text with the withheld parts removed, the files kept or redacted copies.
 */
export async function prepareApplicationSupplyRedaction(
  context: RequestContext,
  reviewId: string,
  reviewVersion: number,
  input: SupplyRedactionInput,
): Promise<ApplicationSupplyVersion> {
  const scope = requireMutationScope(context);
  const text = parseInput(redactedTextSchema, input.text);
  // Scope first: a stale version of another department's review must not reveal that it exists.
  const found = isUuid(reviewId) ? await scope.manager.findOneBy(Review, { id: reviewId }) : null;
  const actorScope =
    context.actor.kind === 'staff' ? departmentScopeOf(context.actor.grants, 'REVIEW_LEVEL_2') : [];
  if (
    !found ||
    found.subjectKind !== 'APPLICATION_REPLY' ||
    !isInScope(actorScope, found.owningDepartmentId)
  ) {
    throw notFound(REVIEW_LABEL);
  }
  const review = await loadForUpdate(scope.manager, Review, reviewId, reviewVersion, REVIEW_LABEL);
  if (review.state !== 'LEVEL_2') {
    throw new DomainError(
      'INVALID_TRANSITION',
      'REVIEW.NOT_AT_LEVEL_2',
      '只有保密审查进行到保密员审查时才能准备区分处理后的版本',
    );
  }
  scope.subject = { entityType: 'Application', entityId: review.subjectId };
  const original = await scope.manager.findOneByOrFail(ApplicationSupplyVersion, {
    id: review.contentVersionId,
  });
  const keepIds = [...new Set(input.keepFileIds ?? [])];
  const originalFiles = await scope.manager.findBy(ApplicationSupplyFile, { versionId: original.id });
  const kept = originalFiles.filter((file) => keepIds.includes(file.id) && !file.removedAt);
  if (kept.length !== keepIds.length) {
    throw badInput('APPLICATION.UNKNOWN_SUPPLY_FILE', '所选文件不属于送审的原件', {
      keepFileIds: ['所选文件不属于送审的原件'],
    });
  }
  return createSupplyVersion(
    context,
    {
      applicationId: review.subjectId,
      kind: 'REDACTED',
      basedOnId: original.id,
      holdingDepartmentId: original.holdingDepartmentId,
      text,
      replyText: null,
      noticeChannel: null,
    },
    input.files ?? [],
    kept,
  );
}

/**
 * SUPPLY: the handler supplies exactly the approved version (the redacted one for a partial disclosure); the
 * review's subject then closes the case with its reply (application.review-subject.ts).
 */
export async function supplyApplicationReply(
  context: RequestContext,
  id: string,
  version: number,
): Promise<Application> {
  const scope = requireMutationScope(context);
  const application = await loadForUpdate(scope.manager, Application, id, version, APPLICATION_LABEL);
  const review = await openReviewOf(scope.manager, 'APPLICATION_REPLY', application.id);
  if (
    application.state !== 'IN_REVIEW' ||
    !review ||
    review.state !== 'APPROVED' ||
    !review.approvedContentVersionId
  ) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'APPLICATION.NOTHING_TO_SUPPLY',
      '答复材料尚未通过保密审查，不能提供给申请人',
      {
        allowedActions: [],
      },
    );
  }
  await applyReviewAction(context, review.id, review.version, {
    action: 'SUPPLY',
    contentVersion: review.approvedContentVersionId,
  });
  scope.subject = { entityType: 'Application', entityId: application.id };
  return scope.manager.findOneByOrFail(Application, { id: application.id });
}
