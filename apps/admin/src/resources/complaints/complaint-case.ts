import { COMPLAINT_ACTIONS, type ComplaintAction } from '@gdp/domain';
import type { Complaint } from './complaint.resource';

type ComplaintDeadline = Complaint['deadlines'][number];

/**
 * The 15-working-day handling deadline of a case (SPEC M14 [seed §11-4]) among its deadlines: the open one
 * when there is one (an extension keeps the same deadline), else the latest. Null before the API started it.
 */
export function handlingDeadlineOf(complaint: Pick<Complaint, 'deadlines'>): ComplaintDeadline | null {
  const handling = (complaint.deadlines ?? []).filter((deadline) => deadline.kind === 'COMPLAINT_HANDLING');
  return (
    handling.find((deadline) => deadline.state === 'OPEN') ??
    [...handling].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ??
    null
  );
}

/** The case's deadlines in the order they were started (acceptance notice, handling, transfer). */
export const deadlinesInOrder = (complaint: Pick<Complaint, 'deadlines'>): ComplaintDeadline[] =>
  [...(complaint.deadlines ?? [])].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.kind.localeCompare(b.kind),
  );

/** The console's action (the resource's access and `actions` key) for each workflow action of the API. */
export const COMPLAINT_CONSOLE_ACTIONS = {
  ACCEPT: 'accept',
  REJECT: 'reject',
  TRANSFER: 'transfer',
  RECORD_TRANSFER_RESULT: 'recordTransferResult',
  EXTEND: 'extend',
  HANDLE: 'handle',
  CLOSE: 'close',
  REVEAL_IDENTITY: 'revealIdentity',
} as const satisfies Record<ComplaintAction, string>;

export type ComplaintConsoleAction = (typeof COMPLAINT_CONSOLE_ACTIONS)[ComplaintAction];
export type ComplaintStepAction = Exclude<ComplaintAction, 'REVEAL_IDENTITY'>;

/**
 * The workflow buttons of a case: the steps the API offers the user now (`availableActions`), in the
 * domain's order; none for a list row, which does not carry them. The reveal of the sealed identity is not a
 * step of the case: it has its own button.
 */
export function workflowStepsOf(availableActions: readonly string[] | undefined): ComplaintStepAction[] {
  return COMPLAINT_ACTIONS.filter(
    (action): action is ComplaintStepAction =>
      action !== 'REVEAL_IDENTITY' && (availableActions ?? []).includes(action),
  );
}
