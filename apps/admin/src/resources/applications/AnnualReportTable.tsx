import {
  ANNUAL_REPORT_APPLICATION_COLUMN_LABELS,
  ANNUAL_REPORT_APPLICATION_COLUMNS,
  ANNUAL_REPORT_ORGANISATION_HEADING,
  type AnnualReportApplicationSection,
} from '@gdp/domain';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { ANNUAL_REPORT_APPLICANTS_HEADING, ORGANISATION_COLUMNS } from './application-annual-report';

const border = { border: 1, borderColor: 'grey.500' } as const;
const head = { ...border, fontWeight: 'bold', textAlign: 'center', py: 0.75 } as const;

/**
 * Section 三 as the national template prints it: the item block beside 申请人情况; 自然人 and 总计 over two
 * heading rows; 法人或其他组织 over its five kinds. Rows are indented by their depth; heading rows
 * (三、本年度办理结果, a category with sub-rows) have no figures.
 */
export const AnnualReportTable = ({ section }: { section: AnnualReportApplicationSection }) => (
  <Table size="small" data-testid="annual-report-table" sx={{ borderCollapse: 'collapse', minWidth: 900 }}>
    <TableHead>
      <TableRow>
        <TableCell rowSpan={3} colSpan={2} sx={head}>
          项目
        </TableCell>
        <TableCell colSpan={ANNUAL_REPORT_APPLICATION_COLUMNS.length} sx={head}>
          {ANNUAL_REPORT_APPLICANTS_HEADING}
        </TableCell>
      </TableRow>
      <TableRow>
        <TableCell rowSpan={2} sx={head}>
          {ANNUAL_REPORT_APPLICATION_COLUMN_LABELS.NATURAL_PERSON}
        </TableCell>
        <TableCell colSpan={ORGANISATION_COLUMNS.length} sx={head}>
          {ANNUAL_REPORT_ORGANISATION_HEADING}
        </TableCell>
        <TableCell rowSpan={2} sx={head}>
          {ANNUAL_REPORT_APPLICATION_COLUMN_LABELS.TOTAL}
        </TableCell>
      </TableRow>
      <TableRow>
        {ORGANISATION_COLUMNS.map((column) => (
          <TableCell key={column} sx={head}>
            {ANNUAL_REPORT_APPLICATION_COLUMN_LABELS[column]}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
    <TableBody>
      {section.rows.map((row) => (
        <TableRow key={row.key} data-row={row.key} data-heading={row.isHeading ? 'true' : undefined}>
          <TableCell sx={{ ...border, whiteSpace: 'nowrap', pl: 1 + row.depth * 2 }}>{row.number}</TableCell>
          <TableCell
            sx={{
              ...border,
              pl: 1 + row.depth * 2,
              fontWeight: row.isHeading || row.depth === 0 ? 'bold' : undefined,
            }}
          >
            {row.label}
          </TableCell>
          {ANNUAL_REPORT_APPLICATION_COLUMNS.map((column, index) => (
            <TableCell key={column} sx={{ ...border, textAlign: 'center' }}>
              {row.isHeading ? '' : (row.values[index] ?? 0)}
            </TableCell>
          ))}
        </TableRow>
      ))}
    </TableBody>
  </Table>
);

/** 一＋二＝三（七）＋四 ✓ / ✗ — the table's own check, per column, as the domain computed it. */
export const balanceMark = (section: Pick<AnnualReportApplicationSection, 'balanced'>) =>
  section.balanced ? '✓' : '✗';
