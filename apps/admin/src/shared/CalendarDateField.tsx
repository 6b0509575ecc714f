import { Typography } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';
import { formatCalendarDate } from './dates';

interface CalendarDateFieldProps {
  /** A `YYYY-MM-DD` field, nested paths allowed (`currentVersion.effectiveDate`). */
  source: string;
  label?: string;
  sortable?: boolean;
  emptyText?: string;
}

/** A calendar date (施行日期, 变动日期…) as a Chinese date, e.g. 2019年2月27日. */
export const CalendarDateField = ({ source, emptyText = '—' }: CalendarDateFieldProps) => {
  const value = useFieldValue({ source });
  const translate = useTranslate();
  const text = typeof value === 'string' ? formatCalendarDate(value) : '';
  return (
    <Typography component="span" variant="body2">
      {text || translate(emptyText, { _: emptyText })}
    </Typography>
  );
};
