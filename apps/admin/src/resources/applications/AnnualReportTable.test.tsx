// @vitest-environment jsdom
import { annualReportApplicationSection } from '@gdp/domain';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnualReportTable } from './AnnualReportTable';

const SECTION = annualReportApplicationSection(2026, [
  {
    applicantType: 'NATURAL_PERSON',
    receivedDate: '2026-03-02',
    closedDate: '2026-03-20',
    resultCode: 'DISCLOSED',
  },
  {
    applicantType: 'SOCIAL_WELFARE_ORGANISATION',
    receivedDate: '2026-04-01',
    closedDate: '2026-04-10',
    resultCode: 'NOT_PROCESSED.REPEAT',
  },
  { applicantType: 'NATURAL_PERSON', receivedDate: '2026-12-30', closedDate: null, resultCode: null },
]);

afterEach(cleanup);

const cellsOf = (key: string) => {
  const row = screen.getByTestId('annual-report-table').querySelector(`tr[data-row="${key}"]`);
  if (!row) throw new Error(`no row ${key}`);
  return within(row as HTMLElement)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
};

describe('the annual report table', () => {
  it('heads the seven columns with 法人或其他组织 over the five kinds', () => {
    render(<AnnualReportTable section={SECTION} />);
    const group = screen.getByRole('columnheader', { name: '法人或其他组织' });
    expect(group.getAttribute('colspan')).toBe('5');
    expect(screen.getByRole('columnheader', { name: '自然人' }).getAttribute('rowspan')).toBe('2');
    expect(screen.getByRole('columnheader', { name: '总计' }).getAttribute('rowspan')).toBe('2');
    for (const kind of ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'])
      expect(screen.getByRole('columnheader', { name: kind })).toBeTruthy();
  });

  it('renders every row of the section with its figures, headings without figures', () => {
    render(<AnnualReportTable section={SECTION} />);
    expect(screen.getByTestId('annual-report-table').querySelectorAll('tbody tr')).toHaveLength(
      SECTION.rows.length,
    );
    expect(cellsOf('NEW')).toEqual([
      '一、',
      '本年新收政府信息公开申请数量',
      '2',
      '0',
      '0',
      '1',
      '0',
      '0',
      '3',
    ]);
    expect(cellsOf('NOT_PROCESSED.REPEAT')).toEqual(['2.', '重复申请', '0', '0', '0', '1', '0', '0', '1']);
    expect(cellsOf('RESULTS')).toEqual(['三、', '本年度办理结果', '', '', '', '', '', '', '']);
    expect(
      cellsOf('NOT_PROCESSED')
        .slice(2)
        .every((text) => text === ''),
    ).toBe(true);
    expect(cellsOf('CARRIED_OUT')).toEqual(['四、', '结转下年度继续办理', '1', '0', '0', '0', '0', '0', '1']);
  });

  it('indents rows by their depth', () => {
    render(<AnnualReportTable section={SECTION} />);
    const labelOf = (key: string) =>
      screen.getByTestId('annual-report-table').querySelector(`tr[data-row="${key}"] td:nth-child(2)`)!;
    const indent = (key: string) => parseFloat(getComputedStyle(labelOf(key)).paddingLeft);
    expect(indent('NEW')).toBeLessThan(indent('NOT_PROCESSED'));
    expect(indent('NOT_PROCESSED')).toBeLessThan(indent('NOT_PROCESSED.REPEAT'));
  });
});
