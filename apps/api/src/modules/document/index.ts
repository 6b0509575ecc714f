import { registerReviewSubject } from '../review/review.subjects.js';
import { documentReviewSubject } from './document.review-subject.js';

export {
  DocumentResolver,
  DocumentContentVersionResolver,
  DocumentAttachmentResolver,
} from './document.resolver.js';
export { Document, DocumentContentVersion, DocumentAttachment, DocumentEvent } from './document.entity.js';
export { serveStaffFile } from './document.files.js';

registerReviewSubject(documentReviewSubject);
