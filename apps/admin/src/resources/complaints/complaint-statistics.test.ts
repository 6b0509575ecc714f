import { describe, expect, it } from 'vitest';
import { countRows, shareOf, statisticsFilterOf } from './complaint-statistics';

describe('complaint statistics', () => {
  it('labels the counts, largest first, empty groups left out, a missing key named', () => {
    const labels: Record<string, string> = { LETTER: '信函', EMAIL: '电子邮件', VISIT: '走访' };
    expect(
      countRows(
        [
          { key: 'LETTER', count: 2 },
          { key: 'VISIT', count: 0 },
          { key: null, count: 2 },
          { key: 'EMAIL', count: 5 },
        ],
        (key) => labels[key] ?? key,
        { none: '未指定' },
      ),
    ).toEqual([
      { key: 'EMAIL', label: '电子邮件', count: 5 },
      { key: null, label: '未指定', count: 2 },
      { key: 'LETTER', label: '信函', count: 2 },
    ]);
  });

  it('shows shares as whole percentages', () => {
    expect(shareOf(1, 3)).toBe('33%');
    expect(shareOf(2, 3)).toBe('67%');
    expect(shareOf(0, 0)).toBe('—');
  });

  it('counts for the list’s received-date range only', () => {
    expect(
      statisticsFilterOf({ receivedFrom: '2026-01-01', receivedTo: '', state: 'CLOSED', q: 'x' }),
    ).toEqual({
      receivedFrom: '2026-01-01',
    });
    expect(statisticsFilterOf({})).toEqual({});
  });
});
