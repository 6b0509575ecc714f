import { ACCESS_RULES } from '@gdp/domain';
import type {
  RuleCategory,
  RuleFilter,
  RuleSummaryFieldsFragment,
  RuleVersionFieldsFragment,
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
import { toCalendarDate } from '../../shared/dates';
import {
  AddRuleVersionMutation,
  CreateRuleMutation,
  RuleQuery,
  RulesQuery,
  SetRuleActiveMutation,
  SetRuleRepealDateMutation,
  UpdateRuleMutation,
} from './rule.documents';

export type RuleVersion = RuleVersionFieldsFragment;
/** A rule as lists answer it; `rule(id)` and the mutations add every version with its full text. */
export type Rule = RuleSummaryFieldsFragment & { versions?: RuleVersion[] };

/** Form values → RuleInput (the metadata; the API validates with the domain's ruleInputSchema). */
export const toRuleInput = (data: FormValues) => ({
  title: requiredText(data.title).trim(),
  issuingBody: requiredText(data.issuingBody).trim(),
  category: data.category as RuleCategory,
  documentNumber: optionalText(data.documentNumber),
});

/** Form values → RuleVersionInput: the text goes as typed (the API only trims surrounding blank space). */
export const toRuleVersionInput = (data: FormValues = {}) => ({
  text: requiredText(data.text),
  effectiveDate: toCalendarDate(data.effectiveDate) ?? '',
  repealDate: toCalendarDate(data.repealDate),
  note: optionalText(data.note),
});

/** react-admin's filter → RuleFilter; "currentOnly" is sent only when ticked. */
export function toRuleFilter(filter: Record<string, unknown>): RuleFilter {
  const picked = pickFilter<RuleFilter>(filter, ['q', 'category', 'isActive', 'ids']);
  return filter.currentOnly === true ? { ...picked, currentOnly: true } : picked;
}

/** The latest version (by number): the one a repeal date applies to and a new version must follow. */
export const latestVersionOf = (rule: Pick<Rule, 'versions'>): RuleVersion | null =>
  rule.versions?.reduce<RuleVersion | null>(
    (latest, version) => (!latest || version.versionNumber > latest.versionNumber ? version : latest),
    null,
  ) ?? null;

/**
 * The rules library (制度库), the ledger's second item (SPEC M11): every business role reads it; the
 * general office and the leadership group's office keep it. Texts are revised by adding versions, never
 * by editing one; a rule is deactivated, never deleted.
 */
export const ruleResource = defineResource<Rule>({
  access: {
    list: ACCESS_RULES['Query.rules'],
    show: ACCESS_RULES['Query.rule'],
    export: ACCESS_RULES['Query.rules'],
    create: ACCESS_RULES['Mutation.createRule'],
    edit: ACCESS_RULES['Mutation.updateRule'],
    setActive: ACCESS_RULES['Mutation.setRuleActive'],
    addVersion: ACCESS_RULES['Mutation.addRuleVersion'],
    setRepealDate: ACCESS_RULES['Mutation.setRuleRepealDate'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(RulesQuery, {
        filter: toRuleFilter(filter),
        page: { page, perPage },
        sort: sortFor('rules', sort),
      })
      .then((data) => data.rules),
  one: (api, id) => api.query(RuleQuery, { id }).then((data) => data.rule),
  many: (api, ids) =>
    manyByIds(ids, (part, perPage) =>
      api.query(RulesQuery, { filter: { ids: part }, page: { page: 1, perPage } }).then((data) => data.rules),
    ),
  create: (api, data) =>
    api
      .mutate(CreateRuleMutation, {
        input: { ...toRuleInput(data), firstVersion: toRuleVersionInput(data.firstVersion as FormValues) },
      })
      .then((result) => result.createRule),
  update: (api, id, data, previousData) =>
    api
      .mutate(UpdateRuleMutation, { id, version: versionOf(data, previousData), input: toRuleInput(data) })
      .then((result) => result.updateRule),
  deactivate: (api, record) =>
    api
      .mutate(SetRuleActiveMutation, { id: record.id, version: record.version, isActive: false })
      .then((result) => result.setRuleActive),
  actions: {
    setActive: (api, params: { id: string; version: number; isActive: boolean }) =>
      api.mutate(SetRuleActiveMutation, params).then((result) => result.setRuleActive),
    addVersion: (api, params: { ruleId: string; data: FormValues }) =>
      api
        .mutate(AddRuleVersionMutation, { ruleId: params.ruleId, input: toRuleVersionInput(params.data) })
        .then((result) => result.addRuleVersion),
    /** Sets (or, with no date, clears) the repeal date of the latest version. */
    setRepealDate: (api, params: { id: string; version: number; repealDate: unknown }) =>
      api
        .mutate(SetRuleRepealDateMutation, {
          id: params.id,
          version: params.version,
          repealDate: toCalendarDate(params.repealDate),
        })
        .then((result) => result.setRuleRepealDate),
  },
});
