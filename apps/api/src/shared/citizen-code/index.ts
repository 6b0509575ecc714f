/**
 * Case numbers and citizens' access codes (SPEC §2.3b), shared by the case modules (applications,
 * complaints, meetings). Kept in `shared/` rather than a module: it has no GraphQL surface of its own —
 * each case module issues codes in its submission and opens its cases with them — and modules may not
 * import one another except through their index.
 */
export { issueCaseNumber, nextInYearlySequence } from './case-number.js';
export {
  hashAccessCode,
  issueCitizenCode,
  reissueCitizenCode,
  revokeCitizenCode,
  type IssuedCitizenCode,
  type RevokedCitizenCode,
} from './issue-citizen-code.js';
export {
  caseNotFound,
  purgeExpiredCodeAttempts,
  verifyCitizenCode,
  type VerifiedCase,
} from './verify-citizen-code.js';
export { CitizenCode } from './citizen-code.entity.js';
export { CaseNumberSequence } from './case-number-sequence.entity.js';
export { CodeAttempt } from './code-attempt.entity.js';
