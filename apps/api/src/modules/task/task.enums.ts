import {
  STAFF_NOTIFICATION_KINDS,
  STAFF_NOTIFICATION_KIND_LABELS,
  TASK_ACTIONS,
  TASK_ACTION_LABELS,
  TASK_KINDS,
  TASK_KIND_LABELS,
  TASK_STATES,
  TASK_STATE_LABELS,
} from '@gdp/domain';
import { enumFrom } from '../../shared/graphql/domain-enum.js';

export const TaskKindEnum = enumFrom('TaskKind', TASK_KINDS, TASK_KIND_LABELS);
export const TaskStateEnum = enumFrom('TaskState', TASK_STATES, TASK_STATE_LABELS);
export const TaskActionEnum = enumFrom('TaskAction', TASK_ACTIONS, TASK_ACTION_LABELS);
export const StaffNotificationKindEnum = enumFrom(
  'StaffNotificationKind',
  STAFF_NOTIFICATION_KINDS,
  STAFF_NOTIFICATION_KIND_LABELS,
);
