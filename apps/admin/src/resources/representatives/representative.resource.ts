import { ACCESS_RULES } from '@gdp/domain';
import type {
  EligibilityOutcome,
  RepresentativeFieldsFragment,
  RepresentativeFilter,
  RepresentativeListFieldsFragment,
  RepresentativeType,
} from '../../graphql/generated/graphql';
import { errorReasonOf } from '../../providers/graphql-errors';
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
  RecordRepresentativeEligibilityMutation,
  RegisterRepresentativeMutation,
  RepresentativeQuery,
  RepresentativesQuery,
  SetRepresentativeActiveMutation,
  UpdateRepresentativeMutation,
} from './representative.documents';

/**
 * A registry entry as lists answer it; `representative(id)` adds the checks and the participation.
 * `isActive` mirrors the state so the shared activate/deactivate button works on it.
 */
export type Representative = RepresentativeListFieldsFragment &
  Partial<Omit<RepresentativeFieldsFragment, keyof RepresentativeListFieldsFragment>> & { isActive: boolean };
export type RepresentativeParticipation = NonNullable<RepresentativeFieldsFragment['participation']>[number];

const withIsActive = <T extends { state: string }>(record: T) => ({
  ...record,
  isActive: record.state === 'ACTIVE',
});

/** Form values → RepresentativeInput (the domain's representativeSchema validates both ends). */
export const toRepresentativeInput = (data: FormValues) => ({
  name: requiredText(data.name).trim(),
  type: data.type as RepresentativeType,
  organisation: optionalText(data.organisation),
  title: optionalText(data.title),
  expertise: optionalText(data.expertise),
  phone: optionalText(data.phone),
  email: optionalText(data.email),
  postalAddress: optionalText(data.postalAddress),
});

/** The keeper ticked 确认不是同一人 after the API named the likely duplicates. */
const confirmedOf = (data: FormValues) => data.confirmNotDuplicate === true;

export const LIKELY_DUPLICATE_REASON = 'REPRESENTATIVE.LIKELY_DUPLICATE';

export interface DuplicateMatch {
  id: string;
  name: string;
  organisation: string | null;
}

/** The entries a refused save named as possibly the same person; null for any other error. */
export function likelyDuplicatesOf(error: unknown): DuplicateMatch[] | null {
  if (errorReasonOf(error) !== LIKELY_DUPLICATE_REASON) return null;
  const details = (error as { body?: { details?: { duplicates?: unknown } } }).body?.details;
  return Array.isArray(details?.duplicates) ? (details.duplicates as DuplicateMatch[]) : [];
}

/**
 * Public representatives (社会代表名册, SPEC M8 [seed §6-1, §6-3]): read by whoever reads meetings, kept (with
 * contacts) by REPRESENTATIVE_MANAGE. A likely duplicate is refused with CONFLICT until the keeper confirms.
 */
export const representativeResource = defineResource<Representative>({
  access: {
    list: ACCESS_RULES['Query.representatives'],
    show: ACCESS_RULES['Query.representative'],
    export: ACCESS_RULES['Query.representatives'],
    create: ACCESS_RULES['Mutation.registerRepresentative'],
    edit: ACCESS_RULES['Mutation.updateRepresentative'],
    recordEligibility: ACCESS_RULES['Mutation.recordRepresentativeEligibility'],
    setActive: ACCESS_RULES['Mutation.setRepresentativeActive'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(RepresentativesQuery, {
        filter: pickFilter<RepresentativeFilter>(filter, ['search', 'type', 'state', 'invitable']),
        page: { page, perPage },
        sort: sortFor('representatives', sort),
      })
      .then(({ representatives }) => ({
        ...representatives,
        items: representatives.items.map(withIsActive),
      })),
  one: (api, id) => api.query(RepresentativeQuery, { id }).then((data) => withIsActive(data.representative)),
  create: (api, data) =>
    api
      .mutate(RegisterRepresentativeMutation, {
        input: toRepresentativeInput(data),
        confirmNotDuplicate: confirmedOf(data),
      })
      .then((result) => withIsActive(result.registerRepresentative)),
  update: (api, id, data, previousData) =>
    api
      .mutate(UpdateRepresentativeMutation, {
        id,
        version: versionOf(data, previousData),
        input: toRepresentativeInput(data),
        confirmNotDuplicate: confirmedOf(data),
      })
      .then((result) => withIsActive(result.updateRepresentative)),
  actions: {
    recordEligibility: (api, params: { id: string; version: number; data: FormValues }) =>
      api
        .mutate(RecordRepresentativeEligibilityMutation, {
          id: params.id,
          version: params.version,
          input: {
            outcome: params.data.outcome as EligibilityOutcome,
            basis: requiredText(params.data.basis).trim(),
          },
        })
        .then((result) => withIsActive(result.recordRepresentativeEligibility)),
    setActive: (api, params: { id: string; version: number; isActive: boolean }) =>
      api
        .mutate(SetRepresentativeActiveMutation, {
          id: params.id,
          version: params.version,
          active: params.isActive,
        })
        .then((result) => withIsActive(result.setRepresentativeActive)),
  },
});
