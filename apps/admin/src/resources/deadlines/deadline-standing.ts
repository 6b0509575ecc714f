import { DEADLINE_STANDINGS, DUE_SOON_WORKING_DAYS, type DeadlineStanding } from '@gdp/domain';
import type {
  DeadlineCountFieldsFragment,
  DeadlineListFieldsFragment,
} from '../../graphql/generated/graphql';

/**
 * How the dashboard shows where a deadline stands today. The API computes every fact (working days left,
 * overdue, suspended, the state); the console only chooses a colour and words for them. "Due soon" uses
 * the domain's DUE_SOON_WORKING_DAYS, the same window as the API's DUE_SOON filter and summary.
 */
export { DEADLINE_STANDINGS, type DeadlineStanding } from '@gdp/domain';
export type DeadlineDisplayStanding = DeadlineStanding | 'CLOSED';

export type DeadlineStandingFacts = Pick<
  DeadlineListFieldsFragment,
  'state' | 'isSuspended' | 'isOverdue' | 'workingDaysLeft'
>;

export function deadlineStandingOf(deadline: DeadlineStandingFacts): DeadlineDisplayStanding {
  if (deadline.state !== 'OPEN') return 'CLOSED';
  if (deadline.isSuspended) return 'SUSPENDED';
  if (deadline.isOverdue || (deadline.workingDaysLeft ?? 0) < 0) return 'OVERDUE';
  if (deadline.workingDaysLeft !== null && deadline.workingDaysLeft <= DUE_SOON_WORKING_DAYS)
    return 'DUE_SOON';
  return 'ON_TRACK';
}

/** Red when overdue, orange when due soon, grey when suspended (theme palette paths). */
export const STANDING_COLORS: Record<DeadlineDisplayStanding, string> = {
  OVERDUE: 'error.main',
  DUE_SOON: 'warning.dark',
  ON_TRACK: 'text.primary',
  SUSPENDED: 'text.disabled',
  CLOSED: 'text.secondary',
};

/** The same colours for the chart's bars and the counters (hex: the chart takes colours, not paths). */
export const STANDING_CHART_COLORS = {
  overdue: '#d32f2f',
  dueSoon: '#ed6c02',
  suspended: '#9e9e9e',
  onTrack: '#1976d2',
} as const;

/** The "working days left" cell: 逾期 N 个工作日 / 今日到期 / 剩 N 个工作日 / 暂停 / —. */
export function workingDaysLeftLabel(deadline: DeadlineStandingFacts): {
  key: string;
  options?: { days: number };
} {
  const standing = deadlineStandingOf(deadline);
  const left = deadline.workingDaysLeft;
  if (standing === 'CLOSED' || (left === null && standing !== 'SUSPENDED'))
    return { key: 'gdp.deadlines.left.none' };
  if (standing === 'SUSPENDED') return { key: 'gdp.deadlines.left.suspended' };
  if (standing === 'OVERDUE')
    return { key: 'gdp.deadlines.left.overdue', options: { days: Math.abs(left ?? 0) } };
  if (left === 0) return { key: 'gdp.deadlines.left.today' };
  return { key: 'gdp.deadlines.left.days', options: { days: left ?? 0 } };
}

export const standingLabelKey = (standing: DeadlineDisplayStanding) => `gdp.deadlines.standing.${standing}`;

/** The list filter's choices (the API's DeadlineStanding), translated by react-admin. */
export const STANDING_CHOICES = DEADLINE_STANDINGS.map((standing) => ({
  id: standing,
  name: standingLabelKey(standing),
}));

export type DeadlineCount = DeadlineCountFieldsFragment;

/** One bar of the chart: a department (or person) with its open deadlines split by standing. */
export interface StandingBar {
  key: string | null;
  label: string;
  open: number;
  overdue: number;
  dueSoon: number;
  suspended: number;
  /** Open, neither overdue, due soon nor suspended. */
  onTrack: number;
  provisional: number;
}

/**
 * The summary's counts as bars: overdue, due soon and suspended are disjoint parts of `open` (a suspended
 * deadline has no due date), the rest is on track. Names come from the departments or users the caller may
 * read; a missing key is 未指定, an unknown one shows a placeholder rather than an id.
 */
export function standingBars(
  counts: readonly DeadlineCount[],
  names: Readonly<Record<string, string>>,
  labels: { unassigned: string; unknown: string },
): StandingBar[] {
  return counts.map((count) => ({
    key: count.key,
    label: count.key === null ? labels.unassigned : (names[count.key] ?? labels.unknown),
    open: count.open,
    overdue: count.overdue,
    dueSoon: count.dueSoon,
    suspended: count.suspended,
    onTrack: Math.max(0, count.open - count.overdue - count.dueSoon - count.suspended),
    provisional: count.provisional,
  }));
}

/** The people with the most urgent work first: overdue, then due soon, then open. */
export const byUrgency = (a: DeadlineCount, b: DeadlineCount): number =>
  b.overdue - a.overdue || b.dueSoon - a.dueSoon || b.open - a.open;

/** The dashboard's address with a filter (`#/deadlines?filter=…`), as react-admin reads it from the URL. */
export function deadlinesListPath(filter: Record<string, unknown> = {}): string {
  const kept = Object.fromEntries(
    Object.entries(filter).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  );
  return Object.keys(kept).length === 0
    ? '/deadlines'
    : `/deadlines?filter=${encodeURIComponent(JSON.stringify(kept))}`;
}
