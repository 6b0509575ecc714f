import { annualReportApplicationSection, type AnnualReportCase } from '@gdp/domain';
import { describe, expect, it } from 'vitest';
import { annualReportSheet, annualReportXlsx, HEADING_ROWS } from './application-annual-report';

const CASES: AnnualReportCase[] = [
  {
    applicantType: 'NATURAL_PERSON',
    receivedDate: '2026-03-02',
    closedDate: '2026-03-20',
    resultCode: 'DISCLOSED',
  },
  {
    applicantType: 'COMMERCIAL_ENTERPRISE',
    receivedDate: '2026-05-11',
    closedDate: '2026-06-01',
    resultCode: 'WITHHELD.STATE_SECRET',
  },
  {
    applicantType: 'NATURAL_PERSON',
    receivedDate: '2025-12-24',
    closedDate: '2026-01-15',
    resultCode: 'UNAVAILABLE.NOT_HELD',
  },
  {
    applicantType: 'LEGAL_SERVICE_ORGANISATION',
    receivedDate: '2026-12-28',
    closedDate: null,
    resultCode: null,
  },
];
const SECTION = annualReportApplicationSection(2026, CASES);

describe('the annual report sheet (section 三)', () => {
  const sheet = annualReportSheet(SECTION);

  it('heads the seven columns like the national template: 申请人情况, then 自然人 | 法人或其他组织 (5) | 总计', () => {
    expect(sheet.cells[0]).toEqual(['2026年 项目', null, '申请人情况', null, null, null, null, null, null]);
    expect(sheet.cells[1]).toEqual([null, null, '自然人', '法人或其他组织', null, null, null, null, '总计']);
    expect(sheet.cells[2]).toEqual([
      null,
      null,
      null,
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      null,
    ]);
    expect(sheet.merges).toEqual([
      { top: 1, left: 1, bottom: 3, right: 2 }, // 项目
      { top: 1, left: 3, bottom: 1, right: 9 }, // 申请人情况
      { top: 2, left: 3, bottom: 3, right: 3 }, // 自然人
      { top: 2, left: 4, bottom: 2, right: 8 }, // 法人或其他组织
      { top: 2, left: 9, bottom: 3, right: 9 }, // 总计
    ]);
  });

  it('writes one row per report row: number, label, the figures; heading rows without figures', () => {
    const body = sheet.cells.slice(HEADING_ROWS);
    expect(body).toHaveLength(SECTION.rows.length);
    expect(body[0]).toEqual(['一、', '本年新收政府信息公开申请数量', 1, 1, 0, 0, 1, 0, 3]);
    expect(body[1]).toEqual(['二、', '上年结转政府信息公开申请数量', 1, 0, 0, 0, 0, 0, 1]);
    const results = body.find((row) => row[1] === '本年度办理结果');
    expect(results?.slice(2)).toEqual([null, null, null, null, null, null, null]);
    const secret = body.find((row) => row[1] === '属于国家秘密');
    expect(secret).toEqual(['1.', '属于国家秘密', 0, 1, 0, 0, 0, 0, 1]);
    expect(body.at(-1)).toEqual(['四、', '结转下年度继续办理', 0, 0, 0, 0, 1, 0, 1]);
    expect(sheet.depths.slice(0, 4)).toEqual([0, 0, 0, 1]);
  });

  it('writes an .xlsx with those merged heading cells', async () => {
    const blob = await annualReportXlsx(SECTION);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    const worksheet = workbook.worksheets[0]!;
    expect(worksheet.name).toBe('2026年依申请公开情况');
    expect(worksheet.getCell('C1').value).toBe('申请人情况');
    expect(worksheet.getCell('I1').isMerged).toBe(true);
    expect(worksheet.getCell('D2').value).toBe('法人或其他组织');
    expect(worksheet.getCell('H2').master.address).toBe('D2');
    expect(worksheet.getCell('C3').master.address).toBe('C2');
    expect(worksheet.getCell('B4').value).toBe('本年新收政府信息公开申请数量');
    expect(worksheet.getCell('I4').value).toBe(3);
  });
});
