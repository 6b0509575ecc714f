import {
  CALENDAR_OVERRIDE_KINDS,
  CALENDAR_OVERRIDE_KIND_LABELS,
  DAY_STATUS_SOURCES,
  DAY_STATUS_SOURCE_LABELS,
} from '@gdp/domain';
import { enumFrom } from '../../shared/graphql/domain-enum.js';

export const CalendarOverrideKindEnum = enumFrom('CalendarOverrideKind', CALENDAR_OVERRIDE_KINDS, CALENDAR_OVERRIDE_KIND_LABELS);
export const DayStatusSourceEnum = enumFrom('DayStatusSource', DAY_STATUS_SOURCES, DAY_STATUS_SOURCE_LABELS);
