import {
  APPLICANT_ID_TYPES,
  APPLICANT_ID_TYPE_LABELS,
  APPLICANT_TYPES,
  APPLICANT_TYPE_LABELS,
  APPLICATION_ACTIONS,
  APPLICATION_ACTION_LABELS,
  APPLICATION_CHANNELS,
  APPLICATION_CHANNEL_LABELS,
  APPLICATION_DELIVERY_FORMS,
  APPLICATION_DELIVERY_FORM_LABELS,
  APPLICATION_FEE_METHODS,
  APPLICATION_FEE_METHOD_LABELS,
  APPLICATION_RESULT_CATEGORIES,
  APPLICATION_RESULT_CATEGORY_LABELS,
  APPLICATION_STATES,
  APPLICATION_STATE_LABELS,
} from '@gdp/domain';
import { enumFrom } from '../../shared/graphql/domain-enum.js';

export const ApplicationChannelEnum = enumFrom('ApplicationChannel', APPLICATION_CHANNELS, APPLICATION_CHANNEL_LABELS);
export const ApplicantTypeEnum = enumFrom('ApplicantType', APPLICANT_TYPES, APPLICANT_TYPE_LABELS);
export const ApplicantIdTypeEnum = enumFrom('ApplicantIdType', APPLICANT_ID_TYPES, APPLICANT_ID_TYPE_LABELS);
export const ApplicationDeliveryFormEnum = enumFrom(
  'ApplicationDeliveryForm',
  APPLICATION_DELIVERY_FORMS,
  APPLICATION_DELIVERY_FORM_LABELS,
);
export const ApplicationStateEnum = enumFrom('ApplicationState', APPLICATION_STATES, APPLICATION_STATE_LABELS);
export const ApplicationActionEnum = enumFrom('ApplicationAction', APPLICATION_ACTIONS, APPLICATION_ACTION_LABELS);
export const ApplicationFeeMethodEnum = enumFrom(
  'ApplicationFeeMethod',
  APPLICATION_FEE_METHODS,
  APPLICATION_FEE_METHOD_LABELS,
);
export const ApplicationResultCategoryEnum = enumFrom(
  'ApplicationResultCategory',
  APPLICATION_RESULT_CATEGORIES,
  APPLICATION_RESULT_CATEGORY_LABELS,
);
