import { Box } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Structured data (the audit log's masked changes) as indented, readable JSON. */
export const JsonBlock = ({ value }: { value: unknown }) => {
  const translate = useTranslate();
  if (value === null || value === undefined) return <span>{translate('gdp.audit.changes_none')}</span>;
  return (
    <Box
      component="pre"
      sx={{
        m: 0,
        p: 1.5,
        bgcolor: 'grey.100',
        borderRadius: 1,
        fontSize: 13,
        lineHeight: 1.5,
        overflowX: 'auto',
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
        fontFamily: '"Noto Sans Mono CJK SC", "Noto Sans Mono", Consolas, monospace',
      }}
    >
      {JSON.stringify(value, null, 2)}
    </Box>
  );
};

export const JsonField = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  return <JsonBlock value={record?.[source]} />;
};
