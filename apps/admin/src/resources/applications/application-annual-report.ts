import {
  ANNUAL_REPORT_APPLICATION_COLUMN_LABELS,
  ANNUAL_REPORT_APPLICATION_COLUMNS,
  ANNUAL_REPORT_ORGANISATION_HEADING,
  type AnnualReportApplicationSection,
} from '@gdp/domain';
import { XLSX_TYPE } from '../../shared/exporter';

/** The table's title as the national template prints it (国办公开办函〔2021〕30号, section 三). */
export const ANNUAL_REPORT_SECTION_TITLE = '三、收到和处理政府信息公开申请情况';
export const ANNUAL_REPORT_APPLICANTS_HEADING = '申请人情况';
export const ANNUAL_REPORT_BALANCE_RULE = '一＋二＝三（七）＋四';

/** The five organisation columns under 法人或其他组织, between 自然人 and 总计. */
export const ORGANISATION_COLUMNS = ANNUAL_REPORT_APPLICATION_COLUMNS.slice(1, -1);

export type SheetCell = string | number | null;

/** A merged range, 1-based and inclusive, as exceljs takes it (top, left, bottom, right). */
export interface SheetMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface AnnualReportSheet {
  /** Row-major cells from A1; the heading takes HEADING_ROWS rows. */
  cells: SheetCell[][];
  merges: SheetMerge[];
  /** The outline depth of each body row's label (0–2), for the label column's indent. */
  depths: number[];
}

export const HEADING_ROWS = 3;
/** Column A: the row's number (一、（三）1.), B: the label, C–I: the seven columns. */
const FIRST_VALUE_COLUMN = 3;

/**
 * Section 三 as a sheet laid out like the national template: 申请人情况 over the seven columns; 自然人 and
 * 总计 spanning two heading rows; 法人或其他组织 over its five kinds; the item block (A–B) spanning all
 * three. Heading rows of the body (三、本年度办理结果, a category with sub-rows) carry no figures.
 */
export function annualReportSheet(section: AnnualReportApplicationSection): AnnualReportSheet {
  const width = FIRST_VALUE_COLUMN - 1 + ANNUAL_REPORT_APPLICATION_COLUMNS.length;
  const blank = (): SheetCell[] => Array.from({ length: width }, () => null);
  const first = blank();
  first[0] = `${section.year}年 项目`;
  first[FIRST_VALUE_COLUMN - 1] = ANNUAL_REPORT_APPLICANTS_HEADING;
  const second = blank();
  second[FIRST_VALUE_COLUMN - 1] = ANNUAL_REPORT_APPLICATION_COLUMN_LABELS.NATURAL_PERSON;
  second[FIRST_VALUE_COLUMN] = ANNUAL_REPORT_ORGANISATION_HEADING;
  second[width - 1] = ANNUAL_REPORT_APPLICATION_COLUMN_LABELS.TOTAL;
  const third = blank();
  ORGANISATION_COLUMNS.forEach((column, index) => {
    third[FIRST_VALUE_COLUMN + index] = ANNUAL_REPORT_APPLICATION_COLUMN_LABELS[column];
  });
  const body = section.rows.map((row) => [
    row.number,
    row.label,
    ...ANNUAL_REPORT_APPLICATION_COLUMNS.map((_, index) => (row.isHeading ? null : (row.values[index] ?? 0))),
  ]);
  const merges: SheetMerge[] = [
    { top: 1, left: 1, bottom: HEADING_ROWS, right: FIRST_VALUE_COLUMN - 1 },
    { top: 1, left: FIRST_VALUE_COLUMN, bottom: 1, right: width },
    { top: 2, left: FIRST_VALUE_COLUMN, bottom: HEADING_ROWS, right: FIRST_VALUE_COLUMN },
    { top: 2, left: FIRST_VALUE_COLUMN + 1, bottom: 2, right: width - 1 },
    { top: 2, left: width, bottom: HEADING_ROWS, right: width },
  ];
  return { cells: [first, second, third, ...body], merges, depths: section.rows.map((row) => row.depth) };
}

/** The sheet as an .xlsx file (exceljs, loaded only when someone exports, as the list exports do). */
export async function annualReportXlsx(section: AnnualReportApplicationSection): Promise<Blob> {
  const sheet = annualReportSheet(section);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '政务公开管理平台';
  workbook.created = new Date();
  const worksheet = workbook.addWorksheet(`${section.year}年依申请公开情况`, {
    views: [{ state: 'frozen', ySplit: HEADING_ROWS }],
  });
  sheet.cells.forEach((cells) => worksheet.addRow(cells));
  for (const merge of sheet.merges) worksheet.mergeCells(merge.top, merge.left, merge.bottom, merge.right);
  const border = { style: 'thin' } as const;
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const isHeading = rowNumber <= HEADING_ROWS;
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      cell.border = { top: border, left: border, bottom: border, right: border };
      cell.alignment = {
        vertical: 'middle',
        horizontal: isHeading || columnNumber >= FIRST_VALUE_COLUMN ? 'center' : 'left',
        wrapText: true,
        ...(columnNumber === 2 && !isHeading
          ? { indent: sheet.depths[rowNumber - HEADING_ROWS - 1] ?? 0 }
          : {}),
      };
      if (isHeading) cell.font = { bold: true };
    });
  });
  worksheet.getColumn(1).width = 8;
  worksheet.getColumn(2).width = 46;
  for (let column = FIRST_VALUE_COLUMN; column <= sheet.cells[0]!.length; column += 1)
    worksheet.getColumn(column).width = 12;
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}
