import { ACCESS_RULES } from '@gdp/domain';
import type { GuideVersionFieldsFragment, GuideVersionFilter } from '../../graphql/generated/graphql';
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
  CreateGuideDraftMutation,
  GuideVersionQuery,
  GuideVersionsQuery,
  PublishGuideVersionMutation,
  UpdateGuideDraftMutation,
} from './guide-version.documents';

export type GuideVersion = GuideVersionFieldsFragment;

const OFFICE_FIELDS = ['name', 'address', 'officeHours', 'telephone', 'fax', 'website', 'email'] as const;

/** Form values → GuideInput (validated by the API with the domain's guideInputSchema). */
export const toGuideInput = (data: FormValues) => {
  const office = (data.office ?? {}) as FormValues;
  return {
    classification: requiredText(data.classification),
    proactiveDisclosure: requiredText(data.proactiveDisclosure),
    applicationProcedure: requiredText(data.applicationProcedure),
    office: Object.fromEntries(OFFICE_FIELDS.map((field) => [field, requiredText(office[field])])) as Record<
      (typeof OFFICE_FIELDS)[number],
      string
    >,
    otherText: optionalText(data.otherText),
  };
};

/** The parts of a version a new draft starts from (the latest text is what a revision edits). */
export const guideContentOf = (guide: GuideVersion): FormValues => ({
  classification: guide.classification,
  proactiveDisclosure: guide.proactiveDisclosure,
  applicationProcedure: guide.applicationProcedure,
  office: Object.fromEntries(OFFICE_FIELDS.map((field) => [field, guide.office[field]])),
  otherText: guide.otherText ?? '',
});

/**
 * The public guide (政府信息公开指南, SPEC M5, 条例第十二条): every member of staff reads its versions;
 * the general office drafts and publishes. Published versions are frozen and kept.
 */
export const guideVersionResource = defineResource<GuideVersion>({
  access: {
    list: ACCESS_RULES['Query.guideVersions'],
    show: ACCESS_RULES['Query.guideVersion'],
    create: ACCESS_RULES['Mutation.createGuideDraft'],
    edit: ACCESS_RULES['Mutation.updateGuideDraft'],
    publish: ACCESS_RULES['Mutation.publishGuideVersion'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(GuideVersionsQuery, {
        filter: pickFilter<GuideVersionFilter>(filter, ['isPublished']),
        page: { page, perPage },
        sort: sortFor('guideVersions', sort),
      })
      .then((data) => data.guideVersions),
  one: (api, id) => api.query(GuideVersionQuery, { id }).then((data) => data.guideVersion),
  create: (api, data) =>
    api
      .mutate(CreateGuideDraftMutation, { input: toGuideInput(data) })
      .then((result) => result.createGuideDraft),
  update: (api, id, data, previousData) =>
    api
      .mutate(UpdateGuideDraftMutation, {
        id,
        version: versionOf(data, previousData),
        input: toGuideInput(data),
      })
      .then((result) => result.updateGuideDraft),
  actions: {
    publish: (api, params: { id: string; version: number }) =>
      api.mutate(PublishGuideVersionMutation, params).then((result) => result.publishGuideVersion),
  },
});
