import { apiTokenResource } from '../resources/api-tokens/api-token.resource';
import { applicationResource } from '../resources/applications/application.resource';
import { auditLogResource } from '../resources/audit-logs/audit-log.resource';
import { complaintResource } from '../resources/complaints/complaint.resource';
import { correctionOrderResource } from '../resources/correction-orders/correction-order.resource';
import { calendarOverrideResource } from '../resources/calendar-overrides/calendar-override.resource';
import { deadlineResource } from '../resources/deadlines/deadline.resource';
import { departmentResource } from '../resources/departments/department.resource';
import { externalAgencyResource } from '../resources/external-agencies/external-agency.resource';
import { meetingResource } from '../resources/meetings/meeting.resource';
import { representativeResource } from '../resources/representatives/representative.resource';
import { guideVersionResource } from '../resources/guide-versions/guide-version.resource';
import { catalogCategoryResource } from '../resources/catalog-categories/catalog-category.resource';
import { catalogEntryResource } from '../resources/catalog-entries/catalog-entry.resource';
import { documentResource } from '../resources/documents/document.resource';
import { reviewResource } from '../resources/reviews/review.resource';
import { consultationResource } from '../resources/consultations/consultation.resource';
import { notificationResource } from '../resources/notifications/notification.resource';
import { jobRunResource } from '../resources/job-runs/job-run.resource';
import { outboxMessageResource } from '../resources/outbox-messages/outbox-message.resource';
import { ruleResource } from '../resources/rules/rule.resource';
import { staffChangeResource } from '../resources/staff-changes/staff-change.resource';
import { myTaskResource, taskResource } from '../resources/tasks/task.resource';
import { userResource } from '../resources/users/user.resource';
import type { ResourceDefinition } from './resource-definition';

/**
 * Every resource the console knows, by react-admin resource name (the API's list field). The data
 * provider and authProvider.canAccess read only this registry.
 */
export const RESOURCE_REGISTRY = {
  myTasks: myTaskResource,
  myNotifications: notificationResource,
  tasks: taskResource,
  departments: departmentResource,
  users: userResource,
  externalAgencies: externalAgencyResource,
  staffChanges: staffChangeResource,
  rules: ruleResource,
  apiTokens: apiTokenResource,
  auditLogs: auditLogResource,
  calendarOverrides: calendarOverrideResource,
  deadlines: deadlineResource,
  jobRuns: jobRunResource,
  outboxMessages: outboxMessageResource,
  complaints: complaintResource,
  correctionOrders: correctionOrderResource,
  guideVersions: guideVersionResource,
  catalogCategories: catalogCategoryResource,
  documents: documentResource,
  reviews: reviewResource,
  consultations: consultationResource,
  catalogEntries: catalogEntryResource,
  applications: applicationResource,
  representatives: representativeResource,
  meetings: meetingResource,
} as const satisfies Record<string, ResourceDefinition>;

export type ResourceName = keyof typeof RESOURCE_REGISTRY;
