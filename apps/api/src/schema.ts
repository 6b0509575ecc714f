import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { guardRootFields } from './shared/access/access-guard.js';
import { ApiTokenResolver } from './modules/api-token/api-token.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { OrganisationResolver } from './modules/organisation/organisation.resolver.js';
import { ExternalAgencyResolver } from './modules/external-agency/external-agency.resolver.js';
import { CatalogEntryResolver, CatalogResolver } from './modules/catalog/index.js';
import { StaffChangeResolver } from './modules/staff-change/staff-change.resolver.js';
import { RulesLibraryResolver } from './modules/rules-library/rules-library.resolver.js';
import { CalendarResolver } from './modules/calendar/calendar.resolver.js';
import { DeadlineResolver } from './modules/deadline/deadline.resolver.js';
import { JobRunResolver } from './jobs/job-run.resolver.js';
import { OutboxResolver } from './modules/notice/outbox.resolver.js';
import { TaskResolver } from './modules/task/task.resolver.js';
import { ComplaintResolver, ComplaintSubmissionResolver, CorrectionOrderResolver } from './modules/complaint/index.js';
import { DocumentAttachmentResolver, DocumentContentVersionResolver, DocumentResolver } from './modules/document/index.js';
import { ReviewDecisionResolver, ReviewResolver } from './modules/review/index.js';
import { ConsultationResolver, DocumentConsultationsResolver } from './modules/consultation/index.js';
import { APPLICATION_SUPPLY_RESOLVERS, ApplicationResolver, ApplicationSubmissionResolver } from './modules/application/index.js';
import {
  MeetingExternalResolver,
  MeetingInvitationResolver,
  MeetingResolver,
  MeetingResultReviewResolver,
  RepresentativeResolver,
} from './modules/meeting/index.js';

/** Resolver classes served besides the product's (tests drive shared services through test-only case kinds). */
export type ExtraResolvers = readonly Function[];

export const RESOLVERS = [
  AuthResolver,
  OrganisationResolver,
  ApiTokenResolver,
  AuditResolver,
  ExternalAgencyResolver,
  CatalogResolver,
  CatalogEntryResolver,
  StaffChangeResolver,
  RulesLibraryResolver,
  CalendarResolver,
  DeadlineResolver,
  JobRunResolver,
  OutboxResolver,
  TaskResolver,
  ComplaintResolver,
  CorrectionOrderResolver,
  ComplaintSubmissionResolver,
  DocumentResolver,
  DocumentContentVersionResolver,
  DocumentAttachmentResolver,
  ReviewResolver,
  ReviewDecisionResolver,
  ConsultationResolver,
  DocumentConsultationsResolver,
  ApplicationResolver,
  ApplicationSubmissionResolver,
  ...APPLICATION_SUPPLY_RESOLVERS,
  RepresentativeResolver,
  MeetingResolver,
  MeetingInvitationResolver,
  MeetingResultReviewResolver,
  MeetingExternalResolver,
] as const;

/**
 * The schema as served: type-graphql's build, then every root field wrapped by the access guard.
 * Input shapes are validated by the domain's schemas inside use cases (type-graphql's validation is off).
 */
export async function createSchema(extraResolvers: ExtraResolvers = []): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: [...RESOLVERS, ...extraResolvers], validate: false });
  return guardRootFields(schema);
}
