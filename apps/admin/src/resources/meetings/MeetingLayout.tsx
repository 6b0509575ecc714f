import { Box, Stack, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled part of a show page, its buttons on the right of the title. */
export const PageSection = ({
  title,
  testId,
  actions,
  children,
}: {
  title: string;
  testId: string;
  actions?: ReactNode;
  children: ReactNode;
}) => (
  <Box sx={{ p: 2 }} data-testid={testId}>
    <Stack direction="row" alignItems="center" spacing={1} sx={{ mb: 1 }} flexWrap="wrap">
      <Typography variant="h6">{title}</Typography>
      <Box sx={{ flex: 1 }} />
      {actions}
    </Stack>
    {children}
  </Box>
);

/** Label–value rows; empty values are left out. */
export const FactList = ({ rows }: { rows: ReadonlyArray<readonly [string, ReactNode]> }) => (
  <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 24px', m: 0 }}>
    {rows
      .filter(([, value]) => value !== null && value !== undefined && value !== '')
      .map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ typography: 'body2', color: 'text.secondary' }}>
            {label}
          </Box>
          <Box
            component="dd"
            sx={{ typography: 'body2', m: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
          >
            {value}
          </Box>
        </Box>
      ))}
  </Box>
);

/** A table's header row from its column titles. */
export const HeaderRow = ({ headers }: { headers: readonly string[] }) => (
  <TableHead>
    <TableRow>
      {headers.map((header) => (
        <TableCell key={header} sx={{ whiteSpace: 'nowrap' }}>
          {header}
        </TableCell>
      ))}
    </TableRow>
  </TableHead>
);
