import { ACCESS_RULES, type AnnualReportApplicationSection, type ReplyLetter } from '@gdp/domain';
import type {
  ApplicationFieldsFragment,
  ApplicationFilter,
  ApplicationListFieldsFragment,
  RequestedDocumentFieldsFragment,
  RevealApplicantIdNumberMutation as RevealedIdNumberResult,
} from '../../graphql/generated/graphql';
import {
  defineResource,
  type FormValues,
  manyByIds,
  pickFilter,
  sortFor,
} from '../../providers/resource-definition';
import { toCalendarDate } from '../../shared/dates';
import {
  toApplicationIntakeInput,
  toAskReasonsInput,
  toConsultInput,
  toReasonablePeriodInput,
  toExtendInput,
  toFeeNoticeInput,
  toRecordCorrectionInput,
  toRecordPaymentInput,
  toReplyInput,
  toRequestCorrectionInput,
  toSubmitReplyForReviewInput,
} from './application-forms';
import { readFileAsBase64 } from '../documents/document-content';
import {
  AnnualReportApplicationsQuery,
  ApplicationDocumentCandidatesQuery,
  ApplicationQuery,
  AskApplicantForReasonsMutation,
  LinkApplicationDocumentsMutation,
  SetApplicationReasonablePeriodMutation,
  ApplicationReplyLetterQuery,
  ApplicationsQuery,
  CloseUncorrectedApplicationMutation,
  CloseUnpaidApplicationMutation,
  ConsultOnApplicationMutation,
  ExtendApplicationMutation,
  IssueApplicationFeeNoticeMutation,
  RecordApplicationCorrectionMutation,
  RecordApplicationPaymentMutation,
  RegisterApplicationMutation,
  ReplyToApplicationMutation,
  RequestApplicationCorrectionMutation,
  RevealApplicantIdNumberMutation,
  SubmitApplicationReplyForReviewMutation,
  SupplyApplicationReplyMutation,
} from './application.documents';

/** An application as lists answer it; `application(id)` and the workflow mutations add the case's details. */
export type Application = ApplicationListFieldsFragment &
  Partial<Omit<ApplicationFieldsFragment, keyof ApplicationListFieldsFragment | 'applicant'>> & {
    applicant: ApplicationListFieldsFragment['applicant'] & Partial<ApplicationFieldsFragment['applicant']>;
  };
export type ApplicationEvent = NonNullable<ApplicationFieldsFragment['events']>[number];
/** One of the bureau's documents an application asks for (or a search candidate). */
export type RequestedDocument = RequestedDocumentFieldsFragment;
/** The full ID number with its type, as the reveal answers it. */
export type RevealedIdNumber = RevealedIdNumberResult['revealApplicantIdNumber'];
/** What registerApplication answers: the record plus the applicant's access code, shown once. */
export type RegisteredApplication = Application & { accessCode: string | null };

/** A workflow step of one case: the version the handler saw goes back with the step's form. */
export interface ApplicationStepParams {
  id: string;
  version: number;
  data: FormValues;
}

/** react-admin's filter → ApplicationFilter; the received-date range as calendar dates, both ends included. */
export function toApplicationFilter(filter: Record<string, unknown>): ApplicationFilter {
  const picked = pickFilter<ApplicationFilter>(filter, [
    'q',
    'state',
    'channel',
    'applicantType',
    'overdue',
    'ids',
  ]);
  const receivedFrom = toCalendarDate(filter.receivedFrom);
  const receivedTo = toCalendarDate(filter.receivedTo);
  return { ...picked, ...(receivedFrom ? { receivedFrom } : {}), ...(receivedTo ? { receivedTo } : {}) };
}

const step = ({ id, version }: ApplicationStepParams) => ({ id, version });

/**
 * Disclosure applications (依申请公开, SPEC M6): the disclosure office's handlers register and run the cases;
 * the leadership group's office reads them. Every step is a workflow mutation offered by the record's
 * `availableActions`; each sends the version the handler saw (a stale one is refused with CONFLICT).
 */
export const applicationResource = defineResource<Application>({
  access: {
    list: ACCESS_RULES['Query.applications'],
    show: ACCESS_RULES['Query.application'],
    export: ACCESS_RULES['Query.applications'],
    annualReport: ACCESS_RULES['Query.annualReportApplications'],
    replyLetter: ACCESS_RULES['Query.application'],
    create: ACCESS_RULES['Mutation.registerApplication'],
    requestCorrection: ACCESS_RULES['Mutation.requestApplicationCorrection'],
    recordCorrection: ACCESS_RULES['Mutation.recordApplicationCorrection'],
    closeUncorrected: ACCESS_RULES['Mutation.closeUncorrectedApplication'],
    extend: ACCESS_RULES['Mutation.extendApplication'],
    consult: ACCESS_RULES['Mutation.consultOnApplication'],
    issueFeeNotice: ACCESS_RULES['Mutation.issueApplicationFeeNotice'],
    recordPayment: ACCESS_RULES['Mutation.recordApplicationPayment'],
    closeUnpaid: ACCESS_RULES['Mutation.closeUnpaidApplication'],
    linkDocuments: ACCESS_RULES['Mutation.linkApplicationDocuments'],
    askReasons: ACCESS_RULES['Mutation.askApplicantForReasons'],
    setReasonablePeriod: ACCESS_RULES['Mutation.setApplicationReasonablePeriod'],
    reply: ACCESS_RULES['Mutation.replyToApplication'],
    submitReplyForReview: ACCESS_RULES['Mutation.submitApplicationReplyForReview'],
    supply: ACCESS_RULES['Mutation.supplyApplicationReply'],
    revealIdNumber: ACCESS_RULES['Mutation.revealApplicantIdNumber'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(ApplicationsQuery, {
        filter: toApplicationFilter(filter),
        page: { page, perPage },
        sort: sortFor('applications', sort),
      })
      .then((data) => data.applications),
  one: (api, id) => api.query(ApplicationQuery, { id }).then((data) => data.application),
  many: (api, ids) =>
    manyByIds(ids, (part, perPage) =>
      api
        .query(ApplicationsQuery, { filter: { ids: part }, page: { page: 1, perPage } })
        .then((data) => data.applications),
    ),
  create: (api, data): Promise<RegisteredApplication> =>
    api
      .mutate(RegisterApplicationMutation, { input: toApplicationIntakeInput(data) })
      .then(({ registerApplication }) => ({
        ...registerApplication.application,
        accessCode: registerApplication.accessCode ?? null,
      })),
  actions: {
    requestCorrection: (api, params: ApplicationStepParams) =>
      api
        .mutate(RequestApplicationCorrectionMutation, {
          ...step(params),
          input: toRequestCorrectionInput(params.data),
        })
        .then((result) => result.requestApplicationCorrection),
    recordCorrection: (api, params: ApplicationStepParams) =>
      api
        .mutate(RecordApplicationCorrectionMutation, {
          ...step(params),
          input: toRecordCorrectionInput(params.data),
        })
        .then((result) => result.recordApplicationCorrection),
    closeUncorrected: (api, params: ApplicationStepParams) =>
      api
        .mutate(CloseUncorrectedApplicationMutation, step(params))
        .then((result) => result.closeUncorrectedApplication),
    extend: (api, params: ApplicationStepParams) =>
      api
        .mutate(ExtendApplicationMutation, { ...step(params), input: toExtendInput(params.data) })
        .then((result) => result.extendApplication),
    consult: (api, params: ApplicationStepParams) =>
      api
        .mutate(ConsultOnApplicationMutation, {
          ...step(params),
          input: toConsultInput(params.data),
        })
        .then((result) => result.consultOnApplication),
    issueFeeNotice: (api, params: ApplicationStepParams) =>
      api
        .mutate(IssueApplicationFeeNoticeMutation, {
          ...step(params),
          input: toFeeNoticeInput(params.data),
        })
        .then((result) => result.issueApplicationFeeNotice),
    recordPayment: (api, params: ApplicationStepParams) =>
      api
        .mutate(RecordApplicationPaymentMutation, {
          ...step(params),
          input: toRecordPaymentInput(params.data),
        })
        .then((result) => result.recordApplicationPayment),
    closeUnpaid: (api, params: ApplicationStepParams) =>
      api
        .mutate(CloseUnpaidApplicationMutation, step(params))
        .then((result) => result.closeUnpaidApplication),
    linkDocuments: (api, params: ApplicationStepParams) =>
      api
        .mutate(LinkApplicationDocumentsMutation, {
          ...step(params),
          documentIds: (params.data.documentIds as string[] | undefined) ?? [],
        })
        .then((result) => result.linkApplicationDocuments),
    /** Formed documents by title or number, for the link dialog's search. */
    documentCandidates: (api, params: { search: string }): Promise<RequestedDocument[]> =>
      api
        .query(ApplicationDocumentCandidatesQuery, { search: params.search })
        .then((data) => data.applicationDocumentCandidates),
    askReasons: (api, params: ApplicationStepParams) =>
      api
        .mutate(AskApplicantForReasonsMutation, { ...step(params), input: toAskReasonsInput(params.data) })
        .then((result) => result.askApplicantForReasons),
    setReasonablePeriod: (api, params: ApplicationStepParams) =>
      api
        .mutate(SetApplicationReasonablePeriodMutation, {
          ...step(params),
          input: toReasonablePeriodInput(params.data),
        })
        .then((result) => result.setApplicationReasonablePeriod),
    reply: (api, params: ApplicationStepParams) =>
      api
        .mutate(ReplyToApplicationMutation, { ...step(params), input: toReplyInput(params.data) })
        .then((result) => result.replyToApplication),
    submitReplyForReview: async (api, params: ApplicationStepParams) =>
      api
        .mutate(SubmitApplicationReplyForReviewMutation, {
          ...step(params),
          input: await toSubmitReplyForReviewInput(params.data, readFileAsBase64),
        })
        .then((result) => result.submitApplicationReplyForReview),
    supply: (api, params: ApplicationStepParams) =>
      api
        .mutate(SupplyApplicationReplyMutation, step(params))
        .then((result) => result.supplyApplicationReply),
    /** The full number for the reveal dialog's own state; the API audits the reason. */
    revealIdNumber: (api, params: { id: string; reason: string }): Promise<RevealedIdNumber> =>
      api
        .mutate(RevealApplicantIdNumberMutation, { id: params.id, reason: params.reason.trim() })
        .then((result) => result.revealApplicantIdNumber),
    replyLetter: (api, params: { id: string }): Promise<{ caseNumber: string; letter: ReplyLetter | null }> =>
      api.query(ApplicationReplyLetterQuery, { id: params.id }).then(({ application }) => ({
        caseNumber: application.caseNumber,
        letter: application.replyLetter ?? null,
      })),
    annualReport: (api, params: { year: number }): Promise<AnnualReportApplicationSection> =>
      api
        .query(AnnualReportApplicationsQuery, { year: params.year })
        .then((data) => data.annualReportApplications as AnnualReportApplicationSection),
  },
});
