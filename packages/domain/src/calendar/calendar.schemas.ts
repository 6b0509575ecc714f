import { z } from 'zod';
import { calendarDateSchema } from '../shared/calendar-date.js';
import { CALENDAR_OVERRIDE_KINDS, hasOfficialData } from './working-days.js';

/** Years the calendar may be edited for: the official data's range and a generous margin for deadlines. */
export const CALENDAR_EDITABLE_YEARS = { min: 2000, max: 2100 } as const;
export const CALENDAR_OVERRIDE_NOTE_MAX = 100;

const yearOf = (date: string): number => Number(date.slice(0, 4));

export const calendarOverrideInputSchema = z.object({
  date: calendarDateSchema('日期').refine(
    (date) => yearOf(date) >= CALENDAR_EDITABLE_YEARS.min && yearOf(date) <= CALENDAR_EDITABLE_YEARS.max,
    `日期须在 ${CALENDAR_EDITABLE_YEARS.min}—${CALENDAR_EDITABLE_YEARS.max} 年之间`,
  ),
  kind: z.enum(CALENDAR_OVERRIDE_KINDS, { error: '请选择放假或调休上班' }),
  note: z
    .string({ error: '请填写说明' })
    .trim()
    .min(1, '请填写说明（如：春节、国庆调休上班）')
    .max(CALENDAR_OVERRIDE_NOTE_MAX, `说明不超过 ${CALENDAR_OVERRIDE_NOTE_MAX} 个字`),
});
export type CalendarOverrideInput = z.infer<typeof calendarOverrideInputSchema>;

export const calendarOverrideChangeSchema = calendarOverrideInputSchema.omit({ date: true });

export const calendarYearSchema = z
  .number({ error: '请填写年份' })
  .int('年份须为整数')
  .min(CALENDAR_EDITABLE_YEARS.min, `年份须在 ${CALENDAR_EDITABLE_YEARS.min}—${CALENDAR_EDITABLE_YEARS.max} 之间`)
  .max(CALENDAR_EDITABLE_YEARS.max, `年份须在 ${CALENDAR_EDITABLE_YEARS.min}—${CALENDAR_EDITABLE_YEARS.max} 之间`);

/** A year needs the bureau's confirmation only when the holiday package has no data for it. */
export const yearNeedsConfirmation = (year: number): boolean => !hasOfficialData(year);
