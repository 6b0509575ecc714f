import { formatChinaDateTime } from './dates';

/**
 * The console's one exporter (SPEC §2.4 "Export"): a table of display values with Chinese headers, written
 * as CSV (UTF-8 BOM so Excel reads Chinese, CRLF) or XLSX. Spreadsheet formulas in cell text are
 * neutralised: a cell starting with = + - @ (or tab / carriage return) gets a leading apostrophe.
 */
export interface ExportContext {
  translate: (key: string, options?: Record<string, unknown>) => string;
  /** Display names of referenced records, by reference resource then id. */
  related: Record<string, Record<string, string>>;
}

export interface ExportColumn<TRecord = Record<string, unknown>> {
  source: string;
  /** Header; default: the resource's field label (`resources.<resource>.fields.<source>`). */
  label?: string;
  /** Display value; default: the record's value at `source`. */
  value?: (record: TRecord, context: ExportContext) => unknown;
  /** The value is an id of this resource: exported as that record's name. */
  reference?: string;
  /** Exported only for those allowed this action on the resource (e.g. personal data: `edit`). */
  requires?: string;
}

export interface ExportTable {
  headers: string[];
  rows: string[][];
}

const FORMULA_START = /^[=+\-@\t\r]/;

export const neutraliseFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** One value as the text a person reads: dates in Chinese, booleans 是/否, lists joined with 、. */
export function toCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatChinaDateTime(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? formatChinaDateTime(value) : value;
  if (Array.isArray(value)) return value.map(toCellText).join('、');
  return JSON.stringify(value);
}

export function buildExportTable<TRecord>(
  records: readonly TRecord[],
  columns: readonly ExportColumn<TRecord>[],
  headerOf: (column: ExportColumn<TRecord>) => string,
  context: ExportContext,
): ExportTable {
  return {
    headers: columns.map((column) => neutraliseFormula(column.label ?? headerOf(column))),
    rows: records.map((record) =>
      columns.map((column) => {
        const raw = column.value
          ? column.value(record, context)
          : (record as Record<string, unknown>)[column.source];
        const value =
          column.reference && raw !== null && raw !== undefined
            ? (context.related[column.reference]?.[String(raw)] ?? raw)
            : raw;
        return neutraliseFormula(toCellText(value));
      }),
    ),
  };
}

const csvCell = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export const CSV_BOM = '\uFEFF';

export function toCsv(table: ExportTable): string {
  return (
    CSV_BOM + [table.headers, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
  );
}

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The XLSX writer is loaded only when someone exports to Excel: exceljs stays out of the main bundle. */
export async function toXlsx(table: ExportTable, sheetName: string): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '政务公开管理平台';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || 'Sheet1', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(
      ...[table.headers[index], ...table.rows.map((row) => row[index])].map(displayWidth),
    );
    column.width = Math.min(Math.max(longest + 2, 8), 60);
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}

/** CJK characters are about twice as wide as Latin ones in a spreadsheet column. */
const displayWidth = (text: string | undefined): number =>
  [...(text ?? '')].reduce((width, character) => width + (/[\u2e80-\uffff]/.test(character) ? 2 : 1), 0);

export function exportFileName(base: string, extension: 'csv' | 'xlsx', now: Date = new Date()): string {
  const stamp = now
    .toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false })
    .replace(/[-:]/g, '')
    .replace(' ', '-')
    .slice(0, 13);
  return `${base}-${stamp}.${extension}`;
}

export function downloadFile(content: Blob | string, fileName: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
