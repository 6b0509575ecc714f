/** One group of the statistics: its key (a kind, a channel, a department…; null for none) and its count. */
export interface ComplaintCount {
  key: string | null;
  count: number;
}

/** One row of a statistics table or one bar of a chart. */
export interface CountRow {
  key: string | null;
  label: string;
  count: number;
}

/**
 * Counts as labelled rows, the largest first (then by label, so equal counts keep a stable order). A missing
 * key (no department concerned, no outcome yet) gets `labels.none`; empty groups are left out.
 */
export function countRows(
  counts: readonly ComplaintCount[],
  labelOf: (key: string) => string,
  labels: { none: string },
): CountRow[] {
  return counts
    .filter((count) => count.count > 0)
    .map((count) => ({
      key: count.key,
      label: count.key === null ? labels.none : labelOf(count.key),
      count: count.count,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN'));
}

/** The share of the total as a whole percentage ("—" when there is nothing to share). */
export const shareOf = (count: number, total: number): string =>
  total > 0 ? `${Math.round((count / total) * 100)}%` : '—';

/** The panel's filter: only the received-date range of the list's filters applies to the counts. */
export function statisticsFilterOf(filter: Record<string, unknown>): Record<string, unknown> {
  const { receivedFrom, receivedTo } = filter;
  return Object.fromEntries(
    Object.entries({ receivedFrom, receivedTo }).filter(
      ([, value]) => value !== undefined && value !== null && value !== '',
    ),
  );
}
