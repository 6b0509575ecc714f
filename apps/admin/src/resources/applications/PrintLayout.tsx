import PrintIcon from '@mui/icons-material/Print';
import { Box, Button, GlobalStyles, Stack } from '@mui/material';
import type { ReactNode } from 'react';

/** The class of the one part of the page that is printed. */
export const PRINT_AREA_CLASS = 'gdp-print-area';

/**
 * Print CSS: only the print area reaches the paper — the menu, the app bar and the page's buttons stay on
 * screen — on A4 with the margins of an official letter.
 */
export const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        '@page': { size: 'A4', margin: '25mm 20mm' },
        body: { background: '#fff' },
        'body *': { visibility: 'hidden' },
        [`.${PRINT_AREA_CLASS}, .${PRINT_AREA_CLASS} *`]: { visibility: 'visible' },
        [`.${PRINT_AREA_CLASS}`]: { position: 'absolute', left: 0, top: 0, width: '100%', boxShadow: 'none' },
        '.gdp-no-print': { display: 'none !important' },
      },
    }}
  />
);

/** A printable page: its buttons (打印 first) above, the printed content below. */
export const PrintLayout = ({ actions, children }: { actions?: ReactNode; children: ReactNode }) => (
  <Box sx={{ p: 2 }}>
    {printStyles}
    <Stack direction="row" spacing={1} className="gdp-no-print" sx={{ mb: 2 }} flexWrap="wrap">
      <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
        打印
      </Button>
      {actions}
    </Stack>
    <Box className={PRINT_AREA_CLASS}>{children}</Box>
  </Box>
);
