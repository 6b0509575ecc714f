import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** 启用 / 已停用 as a small coloured chip. */
export const ActiveField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return record.isActive ? (
    <Chip size="small" color="success" variant="outlined" label={translate('gdp.status.active')} />
  ) : (
    <Chip size="small" color="default" label={translate('gdp.status.inactive')} />
  );
};
