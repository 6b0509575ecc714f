import { STAFF_CHANGE_KINDS, STAFF_CHANGE_KIND_LABELS } from '@gdp/domain';
import { enumFrom } from '../../shared/graphql/domain-enum.js';

export const StaffChangeKindEnum = enumFrom('StaffChangeKind', STAFF_CHANGE_KINDS, STAFF_CHANGE_KIND_LABELS);
