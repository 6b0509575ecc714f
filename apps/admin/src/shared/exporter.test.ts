import { describe, expect, it } from 'vitest';
import {
  buildExportTable,
  CSV_BOM,
  exportFileName,
  neutraliseFormula,
  toCellText,
  toCsv,
  type ExportColumn,
} from './exporter';

const translate = (key: string) =>
  ({ 'resources.users.fields.username': '用户名', 'resources.users.fields.displayName': '姓名' })[key] ?? key;
const context = { translate, related: { departments: { d1: '办公室' } } };

interface Row {
  username: string;
  displayName: string;
  departmentId: string | null;
  isActive: boolean;
}
const columns: ExportColumn<Row>[] = [
  { source: 'username' },
  { source: 'displayName' },
  { source: 'departmentId', label: '所属处室', reference: 'departments' },
  { source: 'isActive', label: '状态', value: (row) => (row.isActive ? '启用' : '已停用') },
];
const headerOf = (column: ExportColumn<Row>) => translate(`resources.users.fields.${column.source}`);

describe('exporter', () => {
  it('writes a UTF-8 BOM, Chinese headers from the field labels and CRLF lines', () => {
    const table = buildExportTable(
      [{ username: 'zhang.san', displayName: '张三', departmentId: 'd1', isActive: true }],
      columns,
      headerOf,
      context,
    );
    const csv = toCsv(table);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '用户名,姓名,所属处室,状态',
      'zhang.san,张三,办公室,启用',
      '',
    ]);
    // Encoded, the BOM is EF BB BF.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it.each([
    ['=HYPERLINK("http://x","点我")', `'=HYPERLINK("http://x","点我")`],
    ['+86 10 1234', "'+86 10 1234"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['普通文本 =1', '普通文本 =1'],
    ['', ''],
  ])('neutralises formula-like text %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it('neutralises cells and headers in the table, then quotes CSV specials', () => {
    const table = buildExportTable(
      [
        {
          username: '=cmd|" /C calc"!A0',
          displayName: '李四, "小李"\n第二行',
          departmentId: null,
          isActive: false,
        },
      ],
      columns,
      headerOf,
      context,
    );
    expect(table.rows[0]).toEqual([`'=cmd|" /C calc"!A0`, '李四, "小李"\n第二行', '', '已停用']);
    const lines = toCsv(table).slice(1);
    expect(lines).toContain(`"'=cmd|"" /C calc""!A0","李四, ""小李""\n第二行",,已停用`);
  });

  it('shows values as people read them', () => {
    expect(toCellText(true)).toBe('是');
    expect(toCellText(false)).toBe('否');
    expect(toCellText(['A', 'B'])).toBe('A、B');
    expect(toCellText(null)).toBe('');
    expect(toCellText('2026-01-02T03:04:05.000Z')).toBe('2026年1月2日 11:04:05');
    expect(toCellText({ a: 1 })).toBe('{"a":1}');
  });

  it('names files by the Shanghai time of export', () => {
    expect(exportFileName('处室', 'csv', new Date('2026-01-02T16:30:00Z'))).toBe('处室-20260103-0030.csv');
  });
});
