import type { CaseKind } from '@gdp/domain';

/**
 * Where the console shows the record a task or notification is about (case kind → resource and page). A
 * module adds its kind here when its resource exists; kinds without one show no link.
 */
export interface CaseLink {
  resource: string;
  type: 'list' | 'show';
}

export const CASE_LINKS: Readonly<Partial<Record<CaseKind, CaseLink>>> = {
  // A calendar year's arrangement is kept on the calendar page (its overrides and confirmation).
  CALENDAR_YEAR: { resource: 'calendarOverrides', type: 'list' },
};

export const caseLinkOf = (caseKind: string): CaseLink | null =>
  Object.hasOwn(CASE_LINKS, caseKind) ? (CASE_LINKS[caseKind as CaseKind] ?? null) : null;
