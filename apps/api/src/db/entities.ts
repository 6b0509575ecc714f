import { ApiToken, ApiTokenUsage } from '../modules/api-token/api-token.entity.js';
import { AuditLog } from '../modules/audit/audit-log.entity.js';
import { LoginAttempt } from '../modules/auth/login-attempt.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { Department } from '../modules/organisation/department.entity.js';
import { PermissionGrant, RoleGrant } from '../modules/organisation/grant.entity.js';
import { User } from '../modules/organisation/user.entity.js';
import { ExternalAgency } from '../modules/external-agency/external-agency.entity.js';
import { GuideVersion } from '../modules/catalog/guide-version.entity.js';
import { CatalogCategory } from '../modules/catalog/catalog-category.entity.js';
import { StaffChange } from '../modules/staff-change/staff-change.entity.js';
import { Rule } from '../modules/rules-library/rule.entity.js';
import { RuleVersion } from '../modules/rules-library/rule-version.entity.js';
import { CalendarConfirmedYear, CalendarOverride } from '../modules/calendar/calendar-override.entity.js';
import { Deadline, DeadlineEvent } from '../modules/deadline/deadline.entity.js';
import { CitizenCode } from '../shared/citizen-code/citizen-code.entity.js';
import { CaseNumberSequence } from '../shared/citizen-code/case-number-sequence.entity.js';
import { CodeAttempt } from '../shared/citizen-code/code-attempt.entity.js';
import { IdempotencyKey } from '../shared/idempotency/idempotency-key.entity.js';

import { JobRun } from '../jobs/job-run.entity.js';
import { StaffNotification, Task } from '../modules/task/task.entity.js';
import { Notice } from '../modules/notice/notice.entity.js';
import { OutboxMessage } from '../modules/notice/outbox-message.entity.js';
import { Complaint, ComplaintIdentityReveal, ComplaintSealedRecord } from '../modules/complaint/complaint.entity.js';
import { CorrectionOrder } from '../modules/complaint/correction-order.entity.js';
/** Every persisted entity; the migration check compares them with the migrations. */
export const ENTITIES = [Department, User, RoleGrant, PermissionGrant, Session, LoginAttempt, ApiToken, ApiTokenUsage, AuditLog, ExternalAgency, StaffChange, Rule, RuleVersion, CalendarOverride, CalendarConfirmedYear, Deadline, DeadlineEvent, CitizenCode, CaseNumberSequence, CodeAttempt, IdempotencyKey, JobRun, Notice, OutboxMessage, Task, StaffNotification, Complaint, ComplaintSealedRecord, CorrectionOrder, ComplaintIdentityReveal, GuideVersion, CatalogCategory];
