import { registerReviewSubject } from '../review/review.subjects.js';
import { meetingResultReviewSubject } from './meeting.review-subject.js';

/** Public representatives at meetings (社会代表列席, SPEC M8): what the application uses. */
export {
  Meeting,
  MeetingInterestDeclaration,
  MeetingInvitation,
  MeetingOpinion,
  MeetingResultVersion,
  MeetingTopic,
  Representative,
  RepresentativeEligibilityCheck,
} from './meeting.entity.js';
export {
  MeetingInvitationResolver,
  MeetingResolver,
  MeetingResultReviewResolver,
  RepresentativeResolver,
} from './meeting.resolver.js';
export { MeetingExternalResolver } from './meeting-external.resolver.js';
export { seedDemoMeetings } from './meeting.demo.js';

registerReviewSubject(meetingResultReviewSubject);
