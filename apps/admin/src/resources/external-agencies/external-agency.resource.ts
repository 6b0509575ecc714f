import { ACCESS_RULES } from '@gdp/domain';
import type {
  ExternalAgencyFieldsFragment,
  ExternalAgencyFilter,
  ExternalAgencyKind,
} from '../../graphql/generated/graphql';
import {
  defineResource,
  type FormValues,
  manyByIds,
  optionalText,
  pickFilter,
  requiredText,
  sortFor,
  versionOf,
} from '../../providers/resource-definition';
import {
  CreateExternalAgencyMutation,
  ExternalAgenciesQuery,
  ExternalAgencyQuery,
  SetExternalAgencyActiveMutation,
  UpdateExternalAgencyMutation,
} from './external-agency.documents';

export type ExternalAgency = ExternalAgencyFieldsFragment;

/** Form values → ExternalAgencyInput (validated by the API with the domain's externalAgencyInputSchema). */
export const toExternalAgencyInput = (data: FormValues) => ({
  name: requiredText(data.name).trim(),
  kind: data.kind as ExternalAgencyKind,
  contactPerson: optionalText(data.contactPerson),
  phone: optionalText(data.phone),
  address: optionalText(data.address),
  notes: optionalText(data.notes),
});

/**
 * Other administrative agencies (其他行政机关, SPEC M1): every business role reads them (drafters pick
 * them for joint documents and consultations); the general office and the leadership group's office keep
 * them. The contact person, phone and notes are personal data (the domain's sensitivity classification):
 * lists and exports show them only to those who keep the records (`edit`).
 */
export const externalAgencyResource = defineResource<ExternalAgency>({
  access: {
    list: ACCESS_RULES['Query.externalAgencies'],
    show: ACCESS_RULES['Query.externalAgency'],
    export: ACCESS_RULES['Query.externalAgencies'],
    create: ACCESS_RULES['Mutation.createExternalAgency'],
    edit: ACCESS_RULES['Mutation.updateExternalAgency'],
    setActive: ACCESS_RULES['Mutation.setExternalAgencyActive'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(ExternalAgenciesQuery, {
        filter: pickFilter<ExternalAgencyFilter>(filter, ['q', 'kind', 'isActive', 'ids']),
        page: { page, perPage },
        sort: sortFor('externalAgencies', sort),
      })
      .then((data) => data.externalAgencies),
  one: (api, id) => api.query(ExternalAgencyQuery, { id }).then((data) => data.externalAgency),
  many: (api, ids) =>
    manyByIds(ids, (part, perPage) =>
      api
        .query(ExternalAgenciesQuery, { filter: { ids: part }, page: { page: 1, perPage } })
        .then((data) => data.externalAgencies),
    ),
  create: (api, data) =>
    api
      .mutate(CreateExternalAgencyMutation, { input: toExternalAgencyInput(data) })
      .then((result) => result.createExternalAgency),
  update: (api, id, data, previousData) =>
    api
      .mutate(UpdateExternalAgencyMutation, {
        id,
        version: versionOf(data, previousData),
        input: toExternalAgencyInput(data),
      })
      .then((result) => result.updateExternalAgency),
  deactivate: (api, record) =>
    api
      .mutate(SetExternalAgencyActiveMutation, { id: record.id, version: record.version, isActive: false })
      .then((result) => result.setExternalAgencyActive),
  actions: {
    setActive: (api, params: { id: string; version: number; isActive: boolean }) =>
      api.mutate(SetExternalAgencyActiveMutation, params).then((result) => result.setExternalAgencyActive),
  },
});
