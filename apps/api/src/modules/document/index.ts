import { registerReviewSubject } from '../review/review.subjects.js';
import { onCatalogEntryWithdrawn } from '../catalog/index.js';
import { Document } from './document.entity.js';
import { documentReviewSubject } from './document.review-subject.js';
import { recordDocumentEvent } from './document.steps.js';

export {
  DocumentResolver,
  DocumentContentVersionResolver,
  DocumentAttachmentResolver,
} from './document.resolver.js';
export { Document, DocumentContentVersion, DocumentAttachment, DocumentEvent } from './document.entity.js';
export { serveStaffFile } from './document.files.js';
export { proposeRepeatedlyRequestedDocuments } from './document.proactive-proposal.js';

registerReviewSubject(documentReviewSubject);

// A withdrawn publication is a line of the document's history (who and why are on the entry).
onCatalogEntryWithdrawn(async (context, manager, entry) => {
  if (entry.subjectKind !== 'DOCUMENT') return;
  const document = await manager.findOneBy(Document, { id: entry.subjectId });
  if (!document) return;
  await recordDocumentEvent(manager, context, {
    documentId: document.id,
    action: 'WITHDRAW',
    fromState: document.state,
    toState: document.state,
    note: `公开目录条目 ${entry.indexNumber}（第 ${entry.entryVersion} 版）撤下：${entry.withdrawalReason ?? ''}`,
  });
});
