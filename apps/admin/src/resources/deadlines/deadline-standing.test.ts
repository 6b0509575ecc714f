import { DUE_SOON_WORKING_DAYS } from '@gdp/domain';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../i18n/zh-CN';
import {
  byUrgency,
  DEADLINE_STANDINGS,
  standingLabelKey,
  deadlineStandingOf,
  deadlinesListPath,
  STANDING_COLORS,
  standingBars,
  workingDaysLeftLabel,
  type DeadlineStandingFacts,
} from './deadline-standing';

const open = (
  workingDaysLeft: number | null,
  extra: Partial<DeadlineStandingFacts> = {},
): DeadlineStandingFacts => ({
  state: 'OPEN',
  isSuspended: false,
  isOverdue: workingDaysLeft !== null && workingDaysLeft < 0,
  workingDaysLeft,
  ...extra,
});

describe('where a deadline stands on the dashboard', () => {
  it.each([
    [
      'overdue by 2',
      open(-2),
      'OVERDUE',
      'error.main',
      { key: 'gdp.deadlines.left.overdue', options: { days: 2 } },
    ],
    ['due today', open(0), 'DUE_SOON', 'warning.dark', { key: 'gdp.deadlines.left.today' }],
    [
      'due at the edge of the window',
      open(DUE_SOON_WORKING_DAYS),
      'DUE_SOON',
      'warning.dark',
      { key: 'gdp.deadlines.left.days', options: { days: DUE_SOON_WORKING_DAYS } },
    ],
    [
      'on track',
      open(DUE_SOON_WORKING_DAYS + 1),
      'ON_TRACK',
      'text.primary',
      { key: 'gdp.deadlines.left.days', options: { days: DUE_SOON_WORKING_DAYS + 1 } },
    ],
    [
      'suspended (days left after resuming)',
      open(12, { isSuspended: true }),
      'SUSPENDED',
      'text.disabled',
      { key: 'gdp.deadlines.left.suspended' },
    ],
    ['met', open(null, { state: 'MET' }), 'CLOSED', 'text.secondary', { key: 'gdp.deadlines.left.none' }],
    [
      'cancelled',
      open(null, { state: 'CANCELLED' }),
      'CLOSED',
      'text.secondary',
      { key: 'gdp.deadlines.left.none' },
    ],
  ] as const)('%s', (_name, deadline, standing, color, label) => {
    expect(deadlineStandingOf(deadline)).toBe(standing);
    expect(STANDING_COLORS[deadlineStandingOf(deadline)]).toBe(color);
    expect(workingDaysLeftLabel(deadline)).toEqual(label);
  });

  it('trusts the API when it marks a deadline overdue', () => {
    expect(deadlineStandingOf(open(0, { isOverdue: true }))).toBe('OVERDUE');
  });
});

describe('the summary chart and counts', () => {
  const count = (key: string | null, open: number, overdue: number, dueSoon: number, suspended: number) => ({
    key,
    open,
    overdue,
    dueSoon,
    suspended,
    provisional: 1,
  });

  it('splits open deadlines into overdue, due soon, suspended and on track, named by department', () => {
    const bars = standingBars(
      [count('d1', 10, 2, 3, 1), count(null, 1, 1, 0, 0), count('gone', 2, 0, 0, 0)],
      { d1: '办公室' },
      { unassigned: '未指定处室', unknown: '（未知）' },
    );
    expect(bars).toEqual([
      {
        key: 'd1',
        label: '办公室',
        open: 10,
        overdue: 2,
        dueSoon: 3,
        suspended: 1,
        onTrack: 4,
        provisional: 1,
      },
      {
        key: null,
        label: '未指定处室',
        open: 1,
        overdue: 1,
        dueSoon: 0,
        suspended: 0,
        onTrack: 0,
        provisional: 1,
      },
      {
        key: 'gone',
        label: '（未知）',
        open: 2,
        overdue: 0,
        dueSoon: 0,
        suspended: 0,
        onTrack: 2,
        provisional: 1,
      },
    ]);
  });

  it('lists the people with overdue work first, then due soon, then the most open', () => {
    const people = [
      count('a', 9, 0, 0, 0),
      count('b', 1, 1, 0, 0),
      count('c', 2, 0, 2, 0),
      count('d', 3, 0, 2, 0),
    ];
    expect([...people].sort(byUrgency).map((person) => person.key)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('links to the list with a filter react-admin reads from the address', () => {
    expect(deadlinesListPath()).toBe('/deadlines');
    expect(deadlinesListPath({ standing: 'OVERDUE', departmentId: '', assigneeId: null })).toBe(
      `/deadlines?filter=${encodeURIComponent('{"standing":"OVERDUE"}')}`,
    );
  });
});

describe('the dashboard speaks Chinese for every value it can show', () => {
  const messages = zhCN as unknown as Record<string, unknown>;
  const lookup = (key: string) =>
    key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

  it('has a label for every standing, every total and every "working days left" text', () => {
    const keys = [
      ...[...DEADLINE_STANDINGS, 'CLOSED' as const].map(standingLabelKey),
      ...['open', 'overdue', 'dueSoon', 'suspended', 'onTrack', 'provisional'].map(
        (part) => `gdp.deadlines.totals.${part}`,
      ),
      ...[open(-1), open(0), open(5), open(5, { isSuspended: true }), open(null, { state: 'MET' })].map(
        (deadline) => workingDaysLeftLabel(deadline).key,
      ),
    ];
    expect(keys.filter((key) => typeof lookup(key) !== 'string')).toEqual([]);
  });
});
