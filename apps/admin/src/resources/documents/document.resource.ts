import { ACCESS_RULES } from '@gdp/domain';
import type {
  DisclosureAttribute,
  DocumentFieldsFragment,
  DocumentFilter,
  DocumentListFieldsFragment,
  DocumentPurpose,
  DocumentType,
} from '../../graphql/generated/graphql';
import {
  defineResource,
  type FormValues,
  optionalText,
  pickFilter,
  requiredText,
  sortFor,
  versionOf,
} from '../../providers/resource-definition';
import {
  CreateDocumentMutation,
  DiscardDocumentMutation,
  DocumentQuery,
  DocumentsQuery,
  RedetermineDocumentAttributeMutation,
  RemoveDocumentAttachmentMutation,
  ReviseDocumentMutation,
  SetDocumentAttributeMutation,
  SignDocumentMutation,
  SubmitDocumentForReviewMutation,
  UpdateDocumentMutation,
  UploadDocumentAttachmentMutation,
  ConfirmDocumentAttributeMutation,
  RecordDocumentDeclassificationMutation,
} from './document.documents';

/** A document as lists answer it; `document(id)` adds content, history, reviews and catalog entries. */
export type Document = DocumentListFieldsFragment &
  Partial<Omit<DocumentFieldsFragment, keyof DocumentListFieldsFragment>> & { body?: string };
export type DocumentContent = NonNullable<DocumentFieldsFragment['currentContent']>;

export interface DocumentStepParams {
  id: string;
  version: number;
  data?: FormValues;
}

export const toDocumentFilter = (filter: Record<string, unknown>): DocumentFilter =>
  pickFilter<DocumentFilter>(filter, ['state', 'attribute', 'type', 'departmentId', 'search']);

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The draft form → DocumentDraftInput; the other type's name only for OTHER. */
export function toDocumentDraftInput(data: FormValues) {
  const type = data.type as DocumentType;
  return {
    title: requiredText(data.title).trim(),
    documentNumber: optionalText(data.documentNumber),
    type,
    otherTypeName: type === 'OTHER' ? optionalText(data.otherTypeName) : null,
    purpose: data.purpose as DocumentPurpose,
    summary: optionalText(data.summary),
    coDepartmentIds: ids(data.coDepartmentIds),
    jointAgencyIds: ids(data.jointAgencyIds),
    catalogCategoryId: optionalText(data.catalogCategoryId),
    forwardedFromId: optionalText(data.forwardedFromId),
    body: requiredText(data.body),
  };
}

const attributeVariables = ({ id, version, data = {} }: DocumentStepParams) => ({
  id,
  version,
  attribute: data.attribute as DisclosureAttribute,
  reason: optionalText(data.reason),
});

/**
 * Documents (公文, SPEC M2): drafted with a disclosure attribute, signed, reviewed (M3) and published to the
 * catalog (M5). Every step is a workflow mutation offered by `availableActions`, sent with the version seen.
 */
export const documentResource = defineResource<Document>({
  access: {
    list: ACCESS_RULES['Query.documents'],
    export: ACCESS_RULES['Query.documents'],
    show: ACCESS_RULES['Query.document'],
    create: ACCESS_RULES['Mutation.createDocument'],
    edit: ACCESS_RULES['Mutation.updateDocument'],
    setAttribute: ACCESS_RULES['Mutation.setDocumentAttribute'],
    redetermineAttribute: ACCESS_RULES['Mutation.redetermineDocumentAttribute'],
    confirmAttribute: ACCESS_RULES['Mutation.confirmDocumentAttribute'],
    recordDeclassification: ACCESS_RULES['Mutation.recordDocumentDeclassification'],
    sign: ACCESS_RULES['Mutation.signDocument'],
    submitForReview: ACCESS_RULES['Mutation.submitDocumentForReview'],
    discard: ACCESS_RULES['Mutation.discardDocument'],
    revise: ACCESS_RULES['Mutation.reviseDocument'],
    uploadAttachment: ACCESS_RULES['Mutation.uploadDocumentAttachment'],
    removeAttachment: ACCESS_RULES['Mutation.removeDocumentAttachment'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(DocumentsQuery, {
        filter: toDocumentFilter(filter),
        page: { page, perPage },
        sort: sortFor('documents', sort),
      })
      .then((data) => data.documents),
  // The edit form's `body` starts from the current content's text.
  one: (api, id) =>
    api
      .query(DocumentQuery, { id })
      .then(({ document }) => ({ ...document, body: document.currentContent?.body ?? '' })),
  create: (api, data) =>
    api
      .mutate(CreateDocumentMutation, {
        departmentId: requiredText(data.departmentId),
        input: toDocumentDraftInput(data),
      })
      .then((result) => result.createDocument),
  update: (api, id, data, previousData) =>
    api
      .mutate(UpdateDocumentMutation, {
        id,
        version: versionOf(data, previousData),
        input: toDocumentDraftInput(data),
      })
      .then((result) => result.updateDocument),
  actions: {
    setAttribute: (api, params: DocumentStepParams) =>
      api
        .mutate(SetDocumentAttributeMutation, attributeVariables(params))
        .then((r) => r.setDocumentAttribute),
    redetermineAttribute: (api, params: DocumentStepParams) =>
      api
        .mutate(RedetermineDocumentAttributeMutation, {
          ...attributeVariables(params),
          reason: requiredText(params.data?.reason).trim(),
        })
        .then((r) => r.redetermineDocumentAttribute),
    confirmAttribute: (api, { id, version, data }: DocumentStepParams) =>
      api
        .mutate(ConfirmDocumentAttributeMutation, { id, version, reason: requiredText(data?.reason).trim() })
        .then((r) => r.confirmDocumentAttribute),
    recordDeclassification: (api, { id, version, data }: DocumentStepParams) =>
      api
        .mutate(RecordDocumentDeclassificationMutation, {
          id,
          version,
          reference: requiredText(data?.reference).trim(),
        })
        .then((r) => r.recordDocumentDeclassification),
    sign: (api, { id, version }: DocumentStepParams) =>
      api.mutate(SignDocumentMutation, { id, version }).then((r) => r.signDocument),
    submitForReview: (api, { id, version }: DocumentStepParams) =>
      api.mutate(SubmitDocumentForReviewMutation, { id, version }).then((r) => r.submitDocumentForReview),
    discard: (api, { id, version }: DocumentStepParams) =>
      api.mutate(DiscardDocumentMutation, { id, version }).then((r) => r.discardDocument),
    revise: (api, { id, version }: DocumentStepParams) =>
      api.mutate(ReviseDocumentMutation, { id, version }).then((r) => r.reviseDocument),
    uploadAttachment: (api, params: { contentVersionId: string; fileName: string; contentBase64: string }) =>
      api.mutate(UploadDocumentAttachmentMutation, params).then((r) => r.uploadDocumentAttachment),
    removeAttachment: (api, params: { id: string }) =>
      api.mutate(RemoveDocumentAttachmentMutation, params).then((r) => r.removeDocumentAttachment),
  },
});

/** The console action (the access map's key) of each workflow action the API offers. */
export const DOCUMENT_CONSOLE_ACTIONS = {
  SET_ATTRIBUTE: 'setAttribute',
  REDETERMINE_ATTRIBUTE: 'redetermineAttribute',
  CONFIRM_ATTRIBUTE: 'confirmAttribute',
  RECORD_DECLASSIFICATION: 'recordDeclassification',
  SIGN: 'sign',
  SUBMIT_FOR_REVIEW: 'submitForReview',
  DISCARD: 'discard',
  REVISE: 'revise',
  EDIT: 'edit',
} as const;
