/** Complaints and reports (投诉举报, SPEC M14): what other modules and the application use. */
export { Complaint, ComplaintIdentityReveal, ComplaintSealedRecord } from './complaint.entity.js';
export { CorrectionOrder } from './correction-order.entity.js';
export { ComplaintResolver } from './complaint.resolver.js';
export { CorrectionOrderResolver } from './correction-order.resolver.js';
export { ComplaintSubmissionResolver } from './complaint-submission.resolver.js';
export {
  complaintSealedAad,
  loadSealedComplaint,
  openComplaintData,
  type SealedComplaint,
} from './complaint.sealed.js';
export { findComplaintDeadlines, findComplaintNotices, summarizeComplaints } from './complaint.queries.js';
export { fileComplaint, type ComplaintFiling, type FiledComplaint } from './complaint.filing.js';
