import { RULE_CATEGORIES, RULE_CATEGORY_LABELS, RULE_STATUSES, RULE_STATUS_LABELS } from '@gdp/domain';
import { enumFrom } from '../../shared/graphql/domain-enum.js';

export const RuleCategoryEnum = enumFrom('RuleCategory', RULE_CATEGORIES, RULE_CATEGORY_LABELS);
export const RuleStatusEnum = enumFrom('RuleStatus', RULE_STATUSES, RULE_STATUS_LABELS);
