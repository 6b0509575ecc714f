import {
  CONSULTATION_ACTIONS,
  CONSULTATION_ACTION_LABELS,
  CONSULTATION_STATES,
  CONSULTATION_STATE_LABELS,
  CONSULTATION_USES,
  CONSULTATION_USE_LABELS,
  SETTLEMENT_DECISIONS,
  SETTLEMENT_DECISION_LABELS,
  SETTLING_BODIES,
  SETTLING_BODY_LABELS,
} from '@gdp/domain';
import { enumFrom } from '../../shared/graphql/domain-enum.js';

export const ConsultationUseEnum = enumFrom('ConsultationUse', CONSULTATION_USES, CONSULTATION_USE_LABELS);
export const ConsultationStateEnum = enumFrom(
  'ConsultationState',
  CONSULTATION_STATES,
  CONSULTATION_STATE_LABELS,
);
export const ConsultationActionEnum = enumFrom(
  'ConsultationAction',
  CONSULTATION_ACTIONS,
  CONSULTATION_ACTION_LABELS,
);
export const SettlingBodyEnum = enumFrom('SettlingBody', SETTLING_BODIES, SETTLING_BODY_LABELS);
export const SettlementDecisionEnum = enumFrom(
  'SettlementDecision',
  SETTLEMENT_DECISIONS,
  SETTLEMENT_DECISION_LABELS,
);
