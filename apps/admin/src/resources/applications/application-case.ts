import type { Application } from './application.resource';

type ApplicationDeadline = Application['deadlines'][number];

/**
 * The 20-working-day reply deadline of a case (条例 art. 33) among its deadlines: the open one when there is
 * one (a 补正 restarts it as a new deadline; an extension keeps it), else the latest. Null before it starts.
 */
export function replyDeadlineOf(application: Pick<Application, 'deadlines'>): ApplicationDeadline | null {
  const reply = (application.deadlines ?? []).filter((deadline) => deadline.kind === 'APPLICATION_REPLY');
  return (
    reply.find((deadline) => deadline.state === 'OPEN') ??
    [...reply].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ??
    null
  );
}

/** The case's deadlines in the order they were started. */
export const deadlinesInOrder = (application: Pick<Application, 'deadlines'>): ApplicationDeadline[] =>
  [...(application.deadlines ?? [])].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.kind.localeCompare(b.kind),
  );

/** The person's name, or the organisation's; 申请人 once the personal data was anonymised or withheld. */
export const applicantNameOf = (application: Pick<Application, 'applicant'>): string =>
  application.applicant?.name?.trim() || application.applicant?.organisationName?.trim() || '—';
