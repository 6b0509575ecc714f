import {
  ATTRIBUTE_RULES,
  CONTENT_VERSION_KINDS,
  CONTENT_VERSION_KIND_LABELS,
  ATTRIBUTE_RULE_LABELS,
  DISCLOSURE_ATTRIBUTES,
  DISCLOSURE_ATTRIBUTE_LABELS,
  DOCUMENT_ACTIONS,
  DOCUMENT_ACTION_LABELS,
  DOCUMENT_PURPOSES,
  DOCUMENT_PURPOSE_LABELS,
  DOCUMENT_STATES,
  DOCUMENT_STATE_LABELS,
  DOCUMENT_TYPES,
  DOCUMENT_TYPE_LABELS,
} from '@gdp/domain';
import { enumFrom } from '../../shared/graphql/domain-enum.js';

export const DocumentTypeEnum = enumFrom('DocumentType', DOCUMENT_TYPES, DOCUMENT_TYPE_LABELS);
export const DocumentPurposeEnum = enumFrom('DocumentPurpose', DOCUMENT_PURPOSES, DOCUMENT_PURPOSE_LABELS);
export const DisclosureAttributeEnum = enumFrom(
  'DisclosureAttribute',
  DISCLOSURE_ATTRIBUTES,
  DISCLOSURE_ATTRIBUTE_LABELS,
);
export const AttributeRuleEnum = enumFrom('AttributeRule', ATTRIBUTE_RULES, ATTRIBUTE_RULE_LABELS);
export const DocumentStateEnum = enumFrom('DocumentState', DOCUMENT_STATES, DOCUMENT_STATE_LABELS);
export const DocumentActionEnum = enumFrom('DocumentAction', DOCUMENT_ACTIONS, DOCUMENT_ACTION_LABELS);
export const ContentVersionKindEnum = enumFrom(
  'ContentVersionKind',
  CONTENT_VERSION_KINDS,
  CONTENT_VERSION_KIND_LABELS,
);
