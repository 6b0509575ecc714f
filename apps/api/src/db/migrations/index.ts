import { Initial1764144000000 } from './1764144000000-initial.js';
import { AgenciesStaffChangesRules1795695380062 } from './1795695380062-agencies-staff-changes-rules.js';
import { TotpReplayAndDepartmentOrder1795700000000 } from './1795700000000-totp-replay-and-department-order.js';
import { CalendarDeadlines1795710000000 } from './1795710000000-calendar-deadlines.js';
import { TasksNotifications1795720000000 } from './1795720000000-tasks-notifications.js';
import { NoticesOutbox1795730000000 } from './1795730000000-notices-outbox.js';
import { CitizenCodesIdempotency1795740000000 } from './1795740000000-citizen-codes-idempotency.js';
import { ScheduledJobs1795750000000 } from './1795750000000-scheduled-jobs.js';
import { Complaints1795760000000 } from './1795760000000-complaints.js';
import { GuideAndCatalogCategories1795770000000 } from './1795770000000-guide-and-catalog-categories.js';
import { FileStorage1795780000000 } from './1795780000000-file-storage.js';
import { DocumentsAndReviews1795790000000 } from './1795790000000-documents-and-reviews.js';
import { CatalogEntries1795800000000 } from './1795800000000-catalog-entries.js';
import { CatalogSearch1795810000000 } from './1795810000000-catalog-search.js';
import { Consultations1795820000000 } from './1795820000000-consultations.js';
import { ReviewEvidenceFiles1795830000000 } from './1795830000000-review-evidence-files.js';
import { CatalogSearchPendingLists1795835000000 } from './1795835000000-catalog-search-pending-lists.js';
import { Applications1795840000000 } from './1795840000000-applications.js';
import { Meetings1795850000000 } from './1795850000000-meetings.js';
import { ApplicationSupply1795860000000 } from './1795860000000-application-supply.js';
import { ApplicationConsultationTasks1795865000000 } from './1795865000000-application-consultation-tasks.js';
import { ApplicationSpecialCases1795870000000 } from './1795870000000-application-special-cases.js';

/** Migrations in order; never edit one that has landed — add a new one. */
export const MIGRATIONS: Function[] = [
  Initial1764144000000,
  AgenciesStaffChangesRules1795695380062,
  TotpReplayAndDepartmentOrder1795700000000,
  CalendarDeadlines1795710000000,
  TasksNotifications1795720000000,
  NoticesOutbox1795730000000,
  CitizenCodesIdempotency1795740000000,
  ScheduledJobs1795750000000,
  Complaints1795760000000,
  GuideAndCatalogCategories1795770000000,
  FileStorage1795780000000,
  DocumentsAndReviews1795790000000,
  CatalogEntries1795800000000,
  CatalogSearch1795810000000,
  Consultations1795820000000,
  ReviewEvidenceFiles1795830000000,
  CatalogSearchPendingLists1795835000000,
  Applications1795840000000,
  Meetings1795850000000,
  ApplicationSupply1795860000000,
  ApplicationConsultationTasks1795865000000,
  ApplicationSpecialCases1795870000000,
];
