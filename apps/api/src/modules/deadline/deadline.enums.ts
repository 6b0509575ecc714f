import {
  CASE_KINDS,
  CASE_KIND_LABELS,
  DEADLINE_EVENT_ACTIONS,
  DEADLINE_EVENT_ACTION_LABELS,
  DEADLINE_KINDS,
  DEADLINE_KIND_LABELS,
  DEADLINE_STATES,
  DEADLINE_STATE_LABELS,
} from '@gdp/domain';
import { enumFrom } from '../../shared/graphql/domain-enum.js';

export const CaseKindEnum = enumFrom('CaseKind', CASE_KINDS, CASE_KIND_LABELS);
export const DeadlineKindEnum = enumFrom('DeadlineKind', DEADLINE_KINDS, DEADLINE_KIND_LABELS);
export const DeadlineStateEnum = enumFrom('DeadlineState', DEADLINE_STATES, DEADLINE_STATE_LABELS);
export const DeadlineEventActionEnum = enumFrom(
  'DeadlineEventAction',
  DEADLINE_EVENT_ACTIONS,
  DEADLINE_EVENT_ACTION_LABELS,
);
