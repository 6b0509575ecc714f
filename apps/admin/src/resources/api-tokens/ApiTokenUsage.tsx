import { Alert, Box, MenuItem, Stack, TextField, Typography, useTheme } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { CHINA_TIME_ZONE } from '../../shared/dates';
import type { ApiToken } from './api-token.resource';

interface UsageMinute {
  minute: string;
  reads: number;
  writes: number;
}

const RANGES = [60, 360, 1440] as const;

const minuteLabel = (iso: string) =>
  new Date(iso).toLocaleTimeString('zh-CN', {
    timeZone: CHINA_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });

/** Per-minute reads and writes of one token (`apiTokenUsage`), as stacked bars over the chosen range. */
export const ApiTokenUsage = () => {
  const record = useRecordContext<ApiToken>();
  const translate = useTranslate();
  const theme = useTheme();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [minutes, setMinutes] = useState<number>(60);
  const { data, error, isPending } = useQuery({
    queryKey: ['apiTokens', 'usage', record?.id, minutes],
    queryFn: () => dataProvider.runAction<UsageMinute[]>('apiTokens', 'usage', { id: record?.id, minutes }),
    enabled: Boolean(record),
  });
  if (!record) return null;

  const now = Date.now();
  const start = now - minutes * 60_000;
  const rows = data ?? [];
  const peak = Math.max(1, ...rows.map((row) => row.reads + row.writes));
  const totals = rows.reduce(
    (sum, row) => ({ reads: sum.reads + row.reads, writes: sum.writes + row.writes }),
    { reads: 0, writes: 0 },
  );
  const width = 720;
  const height = 180;
  const barWidth = Math.max(1, width / minutes - 1);
  const xOf = (iso: string) => ((new Date(iso).getTime() - start) / (now - start)) * width;

  return (
    <Box data-testid="api-token-usage">
      <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }}>
        <TextField
          select
          size="small"
          label={translate('gdp.api_tokens.usage_minutes')}
          value={minutes}
          onChange={(event) => setMinutes(Number(event.target.value))}
          sx={{ width: 200, flexShrink: 0 }}
        >
          {RANGES.map((range) => (
            <MenuItem key={range} value={range}>
              {range < 120
                ? translate('gdp.api_tokens.last_minutes', { minutes: range })
                : translate('gdp.api_tokens.last_hours', { hours: range / 60 })}
            </MenuItem>
          ))}
        </TextField>
        {data && (
          <Typography color="text.secondary">
            {translate('gdp.api_tokens.usage_total', { reads: totals.reads, writes: totals.writes })}
          </Typography>
        )}
      </Stack>
      {error && <Alert severity="error">{error.message}</Alert>}
      {!isPending && !error && rows.length === 0 && (
        <Typography color="text.secondary">{translate('gdp.api_tokens.usage_empty')}</Typography>
      )}
      {rows.length > 0 && (
        <>
          <svg viewBox={`0 0 ${width} ${height + 20}`} width="100%" style={{ maxWidth: width }} role="img">
            <line x1={0} y1={height} x2={width} y2={height} stroke={theme.palette.divider} />
            {rows.map((row) => {
              const readHeight = (row.reads / peak) * (height - 10);
              const writeHeight = (row.writes / peak) * (height - 10);
              const x = xOf(row.minute);
              return (
                <g key={row.minute}>
                  <title>{`${minuteLabel(row.minute)} ${translate('gdp.api_tokens.usage_reads')} ${row.reads} / ${translate('gdp.api_tokens.usage_writes')} ${row.writes}`}</title>
                  <rect
                    x={x}
                    y={height - readHeight}
                    width={barWidth}
                    height={readHeight}
                    fill={theme.palette.primary.main}
                  />
                  <rect
                    x={x}
                    y={height - readHeight - writeHeight}
                    width={barWidth}
                    height={writeHeight}
                    fill={theme.palette.warning.main}
                  />
                </g>
              );
            })}
            <text x={0} y={height + 15} fontSize={11} fill={theme.palette.text.secondary}>
              {minuteLabel(new Date(start).toISOString())}
            </text>
            <text
              x={width}
              y={height + 15}
              fontSize={11}
              textAnchor="end"
              fill={theme.palette.text.secondary}
            >
              {minuteLabel(new Date(now).toISOString())}
            </text>
          </svg>
          <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
            <Typography variant="body2" sx={{ color: 'primary.main' }}>
              ■ {translate('gdp.api_tokens.usage_reads')}
            </Typography>
            <Typography variant="body2" sx={{ color: 'warning.main' }}>
              ■ {translate('gdp.api_tokens.usage_writes')}
            </Typography>
          </Stack>
        </>
      )}
    </Box>
  );
};
