import { EXTERNAL_AGENCY_KINDS, EXTERNAL_AGENCY_KIND_LABELS } from '@gdp/domain';
import { enumFrom } from '../../shared/graphql/domain-enum.js';

export const ExternalAgencyKindEnum = enumFrom(
  'ExternalAgencyKind',
  EXTERNAL_AGENCY_KINDS,
  EXTERNAL_AGENCY_KIND_LABELS,
);
