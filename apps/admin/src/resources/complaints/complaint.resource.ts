import { ACCESS_RULES } from '@gdp/domain';
import type {
  ComplaintChannel,
  ComplaintFieldsFragment,
  ComplaintFilter,
  ComplaintListFieldsFragment,
  ComplaintOutcome,
  ComplaintStatisticsQuery,
  ComplaintViolationKind,
  NoticeChannel,
  ComplaintNotAcceptedReason,
  RevealComplaintIdentityMutation as RevealedIdentity,
} from '../../graphql/generated/graphql';
import {
  defineResource,
  type FormValues,
  manyByIds,
  optionalText,
  pickFilter,
  requiredText,
  sortFor,
} from '../../providers/resource-definition';
import { toCalendarDate, toIsoInstant } from '../../shared/dates';
import {
  AcceptComplaintMutation,
  CloseComplaintMutation,
  ComplaintQuery,
  ComplaintsQuery,
  ComplaintStatisticsQuery as StatisticsDocument,
  ExtendComplaintMutation,
  HandleComplaintMutation,
  RecordComplaintTransferResultMutation,
  RegisterComplaintMutation,
  RejectComplaintMutation,
  RevealComplaintIdentityMutation,
  TransferComplaintMutation,
} from './complaint.documents';

/** A complaint as lists answer it; `complaint(id)` and the workflow mutations add the case's details. */
export type Complaint = ComplaintListFieldsFragment &
  Partial<Omit<ComplaintFieldsFragment, keyof ComplaintListFieldsFragment>>;
export type ComplaintCorrectionOrder = ComplaintFieldsFragment['correctionOrders'][number];
export type ComplaintNotice = ComplaintFieldsFragment['notices'][number];
export type ComplaintStatistics = ComplaintStatisticsQuery['complaintStatistics'];
/** What registerComplaint answers: the record plus the citizen's access code, shown once and never stored. */
export type RegisteredComplaint = Complaint & { accessCode: string | null };
/** The sealed identity and material, as the reveal answers them. */
export type ComplaintIdentity = RevealedIdentity['revealComplaintIdentity'];

/** The workflow mutations, by the console action that runs them (the access map's keys). */
export interface ComplaintActionParams {
  id: string;
  version: number;
  data: FormValues;
}

/** react-admin's filter → ComplaintFilter; the received-date range as calendar dates, both ends included. */
export function toComplaintFilter(filter: Record<string, unknown>): ComplaintFilter {
  const picked = pickFilter<ComplaintFilter>(filter, [
    'q',
    'state',
    'violationKind',
    'channel',
    'concernedDepartmentId',
    'outcome',
    'overdue',
    'ids',
  ]);
  const receivedFrom = toCalendarDate(filter.receivedFrom);
  const receivedTo = toCalendarDate(filter.receivedTo);
  return { ...picked, ...(receivedFrom ? { receivedFrom } : {}), ...(receivedTo ? { receivedTo } : {}) };
}

const trimmed = (value: unknown) => requiredText(value).trim();

/**
 * The intake form → ComplaintIntakeInput. The sealed part (identity and the material as written) goes to
 * the API only, which encrypts it; empty identity fields are sent as null. The summary may wait until
 * the complaint is accepted.
 */
export function toComplaintIntakeInput(data: FormValues) {
  const sealed = (data.sealed ?? {}) as FormValues;
  return {
    violationKind: data.violationKind as ComplaintViolationKind,
    channel: data.channel as ComplaintChannel,
    receivedAt: toIsoInstant(data.receivedAt) ?? '',
    summary: optionalText(data.summary),
    concernedDepartmentId: optionalText(data.concernedDepartmentId),
    isAnonymous: data.isAnonymous === true,
    wantsReply: data.wantsReply === true,
    issueAccessCode: data.issueAccessCode === true,
    sealed: {
      name: optionalText(sealed.name),
      workplace: optionalText(sealed.workplace),
      address: optionalText(sealed.address),
      phone: optionalText(sealed.phone),
      email: optionalText(sealed.email),
      content: trimmed(sealed.content),
    },
  };
}

export const toAcceptVariables = ({ id, version, data }: ComplaintActionParams) => ({
  id,
  version,
  needsTransfer: data.needsTransfer === true,
  summary: optionalText(data.summary),
});

export const toRejectVariables = ({ id, version, data }: ComplaintActionParams) => ({
  id,
  version,
  reason: data.reason as ComplaintNotAcceptedReason,
  text: trimmed(data.text),
  noticeChannel: data.noticeChannel as NoticeChannel,
});

/** To a department of the bureau or to another agency: exactly one target goes to the API. */
export const toTransferVariables = ({ id, version, data }: ComplaintActionParams) => {
  const toAgency = data.target === 'AGENCY';
  return {
    id,
    version,
    toDepartmentId: toAgency ? null : optionalText(data.toDepartmentId),
    toAgencyId: toAgency ? optionalText(data.toAgencyId) : null,
    summary: trimmed(data.summary),
  };
};

export const toTransferResultVariables = ({ id, version, data }: ComplaintActionParams) => ({
  id,
  version,
  text: trimmed(data.text),
});

export const toExtendVariables = ({ id, version, data }: ComplaintActionParams) => ({
  id,
  version,
  byWorkingDays: Number(data.byWorkingDays),
  reason: trimmed(data.reason),
  noticeChannel: data.noticeChannel as NoticeChannel,
});

/** The findings with any correction orders (rows left entirely empty in the form are dropped). */
export const toHandleVariables = ({ id, version, data }: ComplaintActionParams) => {
  const orders = (Array.isArray(data.correctionOrders) ? data.correctionOrders : []) as FormValues[];
  return {
    id,
    version,
    input: {
      outcome: data.outcome as ComplaintOutcome,
      findings: trimmed(data.findings),
      replyText: optionalText(data.replyText),
      noticeChannel: (data.noticeChannel ?? null) as NoticeChannel | null,
      correctionOrders: orders
        .filter((order) => order && (order.departmentId || optionalText(order.requirement) || order.dueDate))
        .map((order) => ({
          departmentId: requiredText(order.departmentId),
          requirement: trimmed(order.requirement),
          dueDate: toCalendarDate(order.dueDate) ?? '',
        })),
    },
  };
};

/**
 * Complaints and reports (投诉举报, SPEC M14): complaint handlers register and handle them; the leadership
 * group's office reads them. Records carry the handler's summary only — the complainant's identity and the
 * original material are sealed in the API and read through the audited reveal (COMPLAINT_IDENTITY_REVEAL).
 * Every step is a workflow mutation offered by the record's `availableActions`.
 */
export const complaintResource = defineResource<Complaint>({
  access: {
    list: ACCESS_RULES['Query.complaints'],
    show: ACCESS_RULES['Query.complaint'],
    export: ACCESS_RULES['Query.complaints'],
    statistics: ACCESS_RULES['Query.complaintStatistics'],
    create: ACCESS_RULES['Mutation.registerComplaint'],
    accept: ACCESS_RULES['Mutation.acceptComplaint'],
    reject: ACCESS_RULES['Mutation.rejectComplaint'],
    transfer: ACCESS_RULES['Mutation.transferComplaint'],
    recordTransferResult: ACCESS_RULES['Mutation.recordComplaintTransferResult'],
    extend: ACCESS_RULES['Mutation.extendComplaint'],
    handle: ACCESS_RULES['Mutation.handleComplaint'],
    close: ACCESS_RULES['Mutation.closeComplaint'],
    revealIdentity: ACCESS_RULES['Mutation.revealComplaintIdentity'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(ComplaintsQuery, {
        filter: toComplaintFilter(filter),
        page: { page, perPage },
        sort: sortFor('complaints', sort),
      })
      .then((data) => data.complaints),
  one: (api, id) => api.query(ComplaintQuery, { id }).then((data) => data.complaint),
  many: (api, ids) =>
    manyByIds(ids, (part, perPage) =>
      api
        .query(ComplaintsQuery, { filter: { ids: part }, page: { page: 1, perPage } })
        .then((data) => data.complaints),
    ),
  create: (api, data): Promise<RegisteredComplaint> =>
    api
      .mutate(RegisterComplaintMutation, { input: toComplaintIntakeInput(data) })
      .then(({ registerComplaint }) => ({
        ...registerComplaint.complaint,
        accessCode: registerComplaint.accessCode ?? null,
      })),
  actions: {
    accept: (api, params: ComplaintActionParams) =>
      api.mutate(AcceptComplaintMutation, toAcceptVariables(params)).then((result) => result.acceptComplaint),
    reject: (api, params: ComplaintActionParams) =>
      api.mutate(RejectComplaintMutation, toRejectVariables(params)).then((result) => result.rejectComplaint),
    transfer: (api, params: ComplaintActionParams) =>
      api
        .mutate(TransferComplaintMutation, toTransferVariables(params))
        .then((result) => result.transferComplaint),
    recordTransferResult: (api, params: ComplaintActionParams) =>
      api
        .mutate(RecordComplaintTransferResultMutation, toTransferResultVariables(params))
        .then((result) => result.recordComplaintTransferResult),
    extend: (api, params: ComplaintActionParams) =>
      api.mutate(ExtendComplaintMutation, toExtendVariables(params)).then((result) => result.extendComplaint),
    handle: (api, params: ComplaintActionParams) =>
      api.mutate(HandleComplaintMutation, toHandleVariables(params)).then((result) => result.handleComplaint),
    close: (api, params: { id: string; version: number }) =>
      api.mutate(CloseComplaintMutation, params).then((result) => result.closeComplaint),
    /** The sealed identity and material for the reveal dialog's own state; the API audits the reason. */
    revealIdentity: (api, params: { id: string; reason: string }): Promise<ComplaintIdentity> =>
      api
        .mutate(RevealComplaintIdentityMutation, { id: params.id, reason: params.reason.trim() })
        .then((result) => result.revealComplaintIdentity),
    /** Counts by kind, channel, outcome, state and department, and the overdue, for a received-date range. */
    statistics: (api, params: { filter?: Record<string, unknown> }): Promise<ComplaintStatistics> => {
      const receivedFrom = toCalendarDate(params.filter?.receivedFrom);
      const receivedTo = toCalendarDate(params.filter?.receivedTo);
      return api
        .query(StatisticsDocument, {
          filter: { ...(receivedFrom ? { receivedFrom } : {}), ...(receivedTo ? { receivedTo } : {}) },
        })
        .then((data) => data.complaintStatistics);
    },
  },
});
