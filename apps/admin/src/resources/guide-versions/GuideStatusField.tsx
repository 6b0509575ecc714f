import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { GuideVersion } from './guide-version.resource';

/** 草稿 or 已发布. */
export const GuideStatusField = (_props: { label?: string }) => {
  const record = useRecordContext<GuideVersion>();
  const translate = useTranslate();
  if (!record) return null;
  return record.publishedAt ? (
    <Chip size="small" color="success" label={translate('gdp.guide.status.published')} />
  ) : (
    <Chip size="small" label={translate('gdp.guide.status.draft')} />
  );
};
