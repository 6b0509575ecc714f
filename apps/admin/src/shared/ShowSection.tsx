import { Box, Stack, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/*
 * The parts a case's show page is built of. Titles and labels are shown as given: pages written with message
 * keys translate them first (records' own text, such as a meeting's title, is never run through the
 * translator).
 */

/** A titled part of a show page, its buttons (if any) on the right of the title. */
export const Section = ({
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

/** Long text as written: line breaks kept, a reading width. */
export const Text = ({ children }: { children: ReactNode }) => (
  <Box
    sx={{
      whiteSpace: 'pre-wrap',
      wordBreak: 'break-word',
      lineHeight: 1.8,
      maxWidth: 880,
      p: 1.5,
      bgcolor: 'grey.50',
      border: 1,
      borderColor: 'divider',
      borderRadius: 1,
    }}
  >
    {children}
  </Box>
);

/** Label–value pairs in a compact grid; empty values are left out. */
export const Facts = ({ items }: { items: ReadonlyArray<readonly [string, ReactNode]> }) => (
  <Box
    component="dl"
    sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 24px', maxWidth: 880, m: 0 }}
  >
    {items
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

/** One value under its label, for what is too long for a row of facts. */
export const Labelled = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ mb: 1.5 }}>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
    {children}
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
