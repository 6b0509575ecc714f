import {
  CATALOG_ENTRY_ACTIONS,
  CATALOG_ENTRY_ACTION_LABELS,
  CATALOG_ENTRY_STATES,
  CATALOG_ENTRY_STATE_LABELS,
  CATALOG_SUBJECT_KINDS,
  CATALOG_SUBJECT_KIND_LABELS,
} from '@gdp/domain';
import { enumFrom } from '../../shared/graphql/domain-enum.js';

export const CatalogEntryStateEnum = enumFrom(
  'CatalogEntryState',
  CATALOG_ENTRY_STATES,
  CATALOG_ENTRY_STATE_LABELS,
);
export const CatalogSubjectKindEnum = enumFrom(
  'CatalogSubjectKind',
  CATALOG_SUBJECT_KINDS,
  CATALOG_SUBJECT_KIND_LABELS,
);
export const CatalogEntryActionEnum = enumFrom(
  'CatalogEntryAction',
  CATALOG_ENTRY_ACTIONS,
  CATALOG_ENTRY_ACTION_LABELS,
);
