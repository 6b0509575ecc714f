/** Cells starting like a formula are neutralised (SPEC §2.4 Exports), so Excel shows text, not a result. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => unknown;
}

const cellText = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);

/** UTF-8 CSV with a BOM (Excel otherwise garbles Chinese) and Chinese headers. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((column) => quote(column.header)).join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => quote(neutraliseFormula(cellText(column.value(row))))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
