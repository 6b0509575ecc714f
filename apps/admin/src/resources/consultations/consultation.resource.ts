import { ACCESS_RULES, type ConsultationAction } from '@gdp/domain';
import type {
  ConsultationFieldsFragment,
  ConsultationFilter,
  ConsultationUse,
  SettlementDecision,
  SettlingBody,
} from '../../graphql/generated/graphql';
import {
  defineResource,
  type FormValues,
  optionalText,
  pickFilter,
  requiredText,
  sortFor,
} from '../../providers/resource-definition';
import {
  ConsultationQuery,
  ConsultationsQuery,
  DocumentPublicationBlockerQuery,
  EscalateConsultationMutation,
  GiveCoDepartmentConsentMutation,
  RecordConsultationReplyMutation,
  RecordConsultationSettlementMutation,
  RefuseCoDepartmentConsentMutation,
  RemindConsultationMutation,
  SendConsultationMutation,
  WithdrawConsultationMutation,
} from './consultation.documents';

export type Consultation = ConsultationFieldsFragment;

export interface ConsultationStepParams {
  id: string;
  version: number;
  data: FormValues;
}

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

const step = (params: ConsultationStepParams) => ({ id: params.id, version: params.version });

/**
 * Consultations (征求意见与会办, SPEC M4): sent from a document's page, one per consultee; each step is a
 * mutation offered by `availableActions`, sent with the version seen.
 */
export const consultationResource = defineResource<Consultation>({
  access: {
    list: ACCESS_RULES['Query.consultations'],
    show: ACCESS_RULES['Query.consultation'],
    send: ACCESS_RULES['Mutation.sendConsultation'],
    recordReply: ACCESS_RULES['Mutation.recordConsultationReply'],
    remind: ACCESS_RULES['Mutation.remindConsultation'],
    escalate: ACCESS_RULES['Mutation.escalateConsultation'],
    settle: ACCESS_RULES['Mutation.recordConsultationSettlement'],
    withdraw: ACCESS_RULES['Mutation.withdrawConsultation'],
    consent: ACCESS_RULES['Mutation.giveCoDepartmentConsent'],
    refuse: ACCESS_RULES['Mutation.refuseCoDepartmentConsent'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(ConsultationsQuery, {
        filter: pickFilter<ConsultationFilter>(filter, [
          'documentId',
          'use',
          'state',
          'consulteeDepartmentId',
        ]),
        page: { page, perPage },
        sort: sortFor('consultations', sort),
      })
      .then((data) => data.consultations),
  one: (api, id) => api.query(ConsultationQuery, { id }).then((data) => data.consultation),
  actions: {
    publicationBlocker: (api, params: { documentId: string }) =>
      api
        .query(DocumentPublicationBlockerQuery, { id: params.documentId })
        .then((data) => data.document.publicationBlocker ?? null),
    send: (api, params: { documentId: string; data: FormValues }) =>
      api
        .mutate(SendConsultationMutation, {
          documentId: params.documentId,
          use: params.data.use as ConsultationUse,
          consulteeIds: ids(params.data.consulteeIds),
          letter: {
            basicFacts: requiredText(params.data.basicFacts),
            opinion: requiredText(params.data.opinion),
            basis: requiredText(params.data.basis),
          },
        })
        .then((r) => r.sendConsultation),
    recordReply: (api, params: ConsultationStepParams) =>
      api
        .mutate(RecordConsultationReplyMutation, {
          ...step(params),
          agrees: params.data.agrees === true,
          reply: requiredText(params.data.reply),
          repliedOn: requiredText(params.data.repliedOn),
        })
        .then((r) => r.recordConsultationReply),
    remind: (api, params: ConsultationStepParams) =>
      api
        .mutate(RemindConsultationMutation, { ...step(params), note: requiredText(params.data.note) })
        .then((r) => r.remindConsultation),
    escalate: (api, params: ConsultationStepParams) =>
      api
        .mutate(EscalateConsultationMutation, { ...step(params), reason: requiredText(params.data.reason) })
        .then((r) => r.escalateConsultation),
    settle: (api, params: ConsultationStepParams) =>
      api
        .mutate(RecordConsultationSettlementMutation, {
          ...step(params),
          settlement: {
            body: params.data.body as SettlingBody,
            decision: params.data.decision as SettlementDecision,
            reference: requiredText(params.data.reference),
            summary: requiredText(params.data.summary),
          },
        })
        .then((r) => r.recordConsultationSettlement),
    withdraw: (api, params: ConsultationStepParams) =>
      api
        .mutate(WithdrawConsultationMutation, { ...step(params), reason: requiredText(params.data.reason) })
        .then((r) => r.withdrawConsultation),
    consent: (api, params: ConsultationStepParams) =>
      api
        .mutate(GiveCoDepartmentConsentMutation, {
          ...step(params),
          opinion: optionalText(params.data.opinion),
        })
        .then((r) => r.giveCoDepartmentConsent),
    refuse: (api, params: ConsultationStepParams) =>
      api
        .mutate(RefuseCoDepartmentConsentMutation, {
          ...step(params),
          reason: requiredText(params.data.reason),
        })
        .then((r) => r.refuseCoDepartmentConsent),
  },
});

/** The console action (the access map's key) of each consultation action the API offers. */
export const CONSULTATION_CONSOLE_ACTIONS: Partial<Record<ConsultationAction, string>> = {
  RECORD_REPLY: 'recordReply',
  CONSENT: 'consent',
  REFUSE: 'refuse',
  REMIND: 'remind',
  ESCALATE: 'escalate',
  SETTLE: 'settle',
  WITHDRAW: 'withdraw',
};
