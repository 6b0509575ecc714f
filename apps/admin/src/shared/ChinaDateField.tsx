import { DateField, type DateFieldProps } from 'react-admin';
import { DATE_TIME_OPTIONS } from './dates';

/** A date and time as a Chinese date in Asia/Shanghai, e.g. 2026年1月2日 11:04:05. */
export const ChinaDateField = (props: Omit<DateFieldProps, 'locales' | 'showTime' | 'options'>) => (
  <DateField {...props} locales="zh-CN" showTime options={DATE_TIME_OPTIONS} />
);
