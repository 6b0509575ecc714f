import { badInput, linkApplicationDocumentsSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { staffIdOf } from '../../../context.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { proposeRepeatedlyRequestedDocuments } from '../../document/index.js';
import { findFormedDocuments } from '../application.documents.js';
import { ApplicationDocument, type Application } from '../application.entity.js';
import { beginApplicationStep, finishApplicationStep } from '../application.steps.js';

/**
 * Records which of the bureau's documents the application asks for (the whole set; links kept keep their
 * date). Linking is what makes a document "applied for repeatedly" (条例 art. 44): a 依申请公开 document that
 * enough distinct applicants asked for is proposed to its department for proactive disclosure, in the same
 * transaction. It also tells the reply that the bureau holds the information (seed §3-1).
 */
export async function linkApplicationDocuments(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: { documentIds: string[] },
): Promise<Application> {
  const input = parseInput(linkApplicationDocumentsSchema, rawInput);
  const step = await beginApplicationStep(context, id, version, 'LINK_DOCUMENTS');
  const { manager, application } = step;
  const documents = await findFormedDocuments(manager, input.documentIds);
  if (documents.length !== input.documentIds.length) {
    const message = '所选文件不存在，或尚未签发、已作废（只能关联本局已形成的文件）';
    throw badInput('APPLICATION.UNKNOWN_DOCUMENT', message, { documentIds: [message] });
  }
  const existing = await manager.findBy(ApplicationDocument, { applicationId: application.id });
  const wanted = new Set(input.documentIds);
  const removed = existing.filter((link) => !wanted.has(link.documentId));
  if (removed.length > 0) await manager.remove(removed);
  const kept = new Set(existing.map((link) => link.documentId));
  const added = input.documentIds.filter((documentId) => !kept.has(documentId));
  if (added.length > 0) {
    await manager.insert(
      ApplicationDocument,
      added.map((documentId) => ({
        applicationId: application.id,
        documentId,
        linkedById: staffIdOf(context),
        linkedAt: context.services.clock.now(),
      })),
    );
  }
  await proposeRepeatedlyRequestedDocuments(manager, context.services.clock, added, context.services.config.proactiveProposalApplicants);
  const note = documents.length === 0 ? '取消关联全部文件' : `所申请的文件：${documents.map((document) => document.title).join('；')}`;
  return finishApplicationStep(context, step, note.slice(0, 2000));
}
