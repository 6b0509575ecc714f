import { IsNull } from 'typeorm';
import { DomainError, WITHHOLDING_REASON_LABELS, type ApplicationState } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { requireMutationScope } from '../../context.js';
import { recordChange } from '../../shared/audit/record-change.js';
import { deleteFileInMutation } from '../../shared/storage/stored-files.js';
import { todayOf } from '../deadline/deadline.service.js';
import type { Review, ReviewSubjectAdapter } from '../review/index.js';
import { ApplicationSupplyFile, ApplicationSupplyVersion } from './application-supply.entity.js';
import { closeApplication } from './application.closing.js';
import { Application, type ApplicationEventAction } from './application.entity.js';
import { finishApplicationStep, type ApplicationStep } from './application.steps.js';

const badVersion = () =>
  new DomainError('BAD_USER_INPUT', 'REVIEW.UNKNOWN_CONTENT_VERSION', '所选版本不属于该申请的答复材料', {
    fields: { contentVersionId: ['所选版本不属于该申请的答复材料'] },
  });

/** A step the review takes for the case: the handler of record stays (a reviewer does not become it). */
async function reviewStep(
  context: RequestContext,
  review: Review,
  action: ApplicationEventAction,
  next: ApplicationState,
): Promise<ApplicationStep | null> {
  const { manager } = requireMutationScope(context);
  const application = await manager.findOneByOrFail(Application, { id: review.subjectId });
  if (application.state !== 'IN_REVIEW') return null;
  return {
    manager,
    application,
    before: { ...application },
    action,
    next,
    today: todayOf(context.services.clock),
    keepsHandler: action !== 'SUPPLY',
  };
}

/**
 * How the confidentiality review drives an application's reply (SPEC M3/M6): SUPPLY closes the case as
 * 予以公开 or 部分公开 (the review's reasons for what was withheld go into the letter, art. 37), with the reply
 * notice, the reply clock met and the tasks closed; a return to level 1 or a withdrawal brings it back to
 * PROCESSING; a withholding decision brings it back to the handler too, who replies 不予公开 with the
 * review's reasons (recorded in the case's history), in their own words and by the channel they choose.
 */
export const applicationReplyReviewSubject: ReviewSubjectAdapter = {
  kind: 'APPLICATION_REPLY',

  async assertContentVersion(manager, review, contentVersionId, role) {
    const version = await manager.findOneBy(ApplicationSupplyVersion, { id: contentVersionId });
    if (!version || version.applicationId !== review.subjectId || version.kind !== role) throw badVersion();
    if (role === 'REDACTED' && version.basedOnId !== review.contentVersionId) throw badVersion();
  },

  async sealContentVersion(manager, contentVersionId, at) {
    await manager.update(
      ApplicationSupplyVersion,
      { id: contentVersionId, sealedAt: IsNull() },
      { sealedAt: at },
    );
  },

  async afterTransition(context, review) {
    if (review.state === 'SUPPLIED') {
      const step = await reviewStep(context, review, 'SUPPLY', 'CLOSED');
      if (!step) return;
      const { manager } = step;
      const original = await manager.findOneByOrFail(ApplicationSupplyVersion, {
        id: review.contentVersionId,
      });
      const isPartial = review.outcome?.outcome === 'PARTIAL';
      await closeApplication(context, step, {
        resultCode: isPartial ? 'PARTIALLY_DISCLOSED' : 'DISCLOSED',
        replyText: original.replyText,
        withholdingReasons: isPartial ? [...(review.outcome?.reasons ?? [])] : [],
        noticeChannel: original.noticeChannel,
      });
      return;
    }
    if (review.state === 'WITHHELD') {
      const step = await reviewStep(context, review, 'REVIEW_WITHHELD', 'PROCESSING');
      if (!step) return;
      const reasons = (review.outcome?.reasons ?? [])
        .map((reason) => WITHHOLDING_REASON_LABELS[reason])
        .join('、');
      await finishApplicationStep(context, step, `保密审查决定不予公开（${reasons}），请按审查理由答复`);
      return;
    }
    if (review.state === 'LEVEL_1' || review.state === 'CANCELLED') {
      const step = await reviewStep(context, review, 'REVIEW_RETURNED', 'PROCESSING');
      if (!step) return;
      await finishApplicationStep(
        context,
        step,
        review.state === 'CANCELLED' ? '保密审查已撤回' : '保密审查退回修改',
      );
    }
  },

  // A confirmed state-secret finding: the original's text and files leave the system; kept copies stay.
  async removeOriginalContent(context, review) {
    const { manager } = requireMutationScope(context);
    const originals = await manager.find(ApplicationSupplyVersion, {
      where: { applicationId: review.subjectId, kind: 'ORIGINAL' },
    });
    const approvedFiles = review.approvedContentVersionId
      ? await manager.findBy(ApplicationSupplyFile, { versionId: review.approvedContentVersionId })
      : [];
    const keptKeys = new Set(approvedFiles.map((file) => file.storageKey));
    const now = context.services.clock.now();
    for (const version of originals) {
      const before = { ...version };
      version.text = '（内容经审核确认涉及国家秘密，已从本系统删除）';
      await manager.save(version);
      recordChange(context, 'ApplicationSupplyVersion', version.id, before, version);
      for (const file of await manager.findBy(ApplicationSupplyFile, {
        versionId: version.id,
        removedAt: IsNull(),
      })) {
        if (!keptKeys.has(file.storageKey)) await deleteFileInMutation(context, file.storageKey);
        const fileBefore = { ...file };
        file.removedAt = now;
        await manager.save(file);
        recordChange(context, 'ApplicationSupplyFile', file.id, fileBefore, file);
      }
    }
  },

  // Supplied to one applicant, never published: the review offers SUPPLY, not PUBLISH, for this kind.
  publish() {
    return Promise.reject(new Error('an application reply is supplied, never published'));
  },
};
