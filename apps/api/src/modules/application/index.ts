import { registerReviewSubject } from '../review/review.subjects.js';
import { applicationReplyReviewSubject } from './application.review-subject.js';

/** Disclosure applications (依申请公开, SPEC M6): what other modules and the application use. */
export { Application, ApplicationApplicant, ApplicationEvent } from './application.entity.js';
export { ApplicationResolver } from './application.resolver.js';
export { ApplicationSubmissionResolver } from './application-submission.resolver.js';
export { anonymiseExpiredApplicants } from './use-cases/anonymise-personal-data.js';
export { registerApplicationConsultationListener } from './use-cases/consult-on-application.js';
export { seedDemoApplications } from './application.demo.js';
export { APPLICATION_SUPPLY_RESOLVERS } from './application-supply.resolver.js';

registerReviewSubject(applicationReplyReviewSubject);
