import type { CaseKind, TaskKind } from '@gdp/domain';

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
  COMPLAINT: { resource: 'complaints', type: 'show' },
  // The art. 26 publication clock and its task are the document's.
  DOCUMENT: { resource: 'documents', type: 'show' },
  REVIEW: { resource: 'reviews', type: 'show' },
  CONSULTATION: { resource: 'consultations', type: 'show' },
};

/**
 * Tasks whose record is not the case itself: a correction order's task (caseKind COMPLAINT) carries the
 * order's id, and its department head may read the order but not the complaint.
 */
export const TASK_KIND_LINKS: Readonly<Partial<Record<TaskKind, CaseLink>>> = {
  CORRECTION_ORDER: { resource: 'correctionOrders', type: 'show' },
  // A review's tasks carry the review's id: each step is taken on the review's page.
  REVIEW_LEVEL_1: { resource: 'reviews', type: 'show' },
  REVIEW_LEVEL_2: { resource: 'reviews', type: 'show' },
  REVIEW_LEVEL_3: { resource: 'reviews', type: 'show' },
  REVIEW_OFFICE: { resource: 'reviews', type: 'show' },
  REVIEW_PUBLISH: { resource: 'reviews', type: 'show' },
  // A consultation's tasks carry the consultation's id; its page leads to the document, where it is handled.
  CONSULTATION_REPLY: { resource: 'consultations', type: 'show' },
  APPLICATION_CONSULTATION_REPLY: { resource: 'consultations', type: 'show' },
  CO_DEPARTMENT_CONSENT: { resource: 'consultations', type: 'show' },
};

export const caseLinkOf = (caseKind: string, taskKind?: string | null): CaseLink | null => {
  if (taskKind && Object.hasOwn(TASK_KIND_LINKS, taskKind))
    return TASK_KIND_LINKS[taskKind as TaskKind] ?? null;
  return Object.hasOwn(CASE_LINKS, caseKind) ? (CASE_LINKS[caseKind as CaseKind] ?? null) : null;
};
