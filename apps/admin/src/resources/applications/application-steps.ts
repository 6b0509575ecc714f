import { APPLICATION_ACTIONS, type ApplicationAction } from '@gdp/domain';

/**
 * The console action (the resource's access and `actions` key) of each workflow action the console runs.
 * Linking the documents asked for has its button in its own section (RequestedDocumentsSection).
 * After SUBMIT_REPLY_FOR_REVIEW the case moves with its review (the review's pages); supplying the approved
 * version is the case's own button (SupplyReplyButton), not a workflow action of the domain.
 */
export const APPLICATION_CONSOLE_ACTIONS = {
  REQUEST_CORRECTION: 'requestCorrection',
  RECORD_CORRECTION: 'recordCorrection',
  CLOSE_UNCORRECTED: 'closeUncorrected',
  EXTEND: 'extend',
  CONSULT: 'consult',
  ISSUE_FEE_NOTICE: 'issueFeeNotice',
  RECORD_PAYMENT: 'recordPayment',
  CLOSE_UNPAID: 'closeUnpaid',
  LINK_DOCUMENTS: 'linkDocuments',
  ASK_REASONS: 'askReasons',
  SET_REASONABLE_PERIOD: 'setReasonablePeriod',
  REPLY: 'reply',
  SUBMIT_REPLY_FOR_REVIEW: 'submitReplyForReview',
} as const satisfies Partial<Record<ApplicationAction, string>>;

export type ApplicationStep = keyof typeof APPLICATION_CONSOLE_ACTIONS;

/** Supplying the version the review approved: the case's button while its review is APPROVED. */
export const SUPPLY_STEP = 'SUPPLY';
export const SUPPLY_STEP_LABEL = '提供给申请人并办结';
export type ApplicationCaseStep = ApplicationStep | typeof SUPPLY_STEP;

export const consoleActionOf = (action: ApplicationCaseStep): string =>
  action === SUPPLY_STEP ? 'supply' : APPLICATION_CONSOLE_ACTIONS[action];

/** The closings: the applicant's period ran out; a confirmation, no form. */
export const CONFIRMED_STEPS: readonly ApplicationStep[] = ['CLOSE_UNCORRECTED', 'CLOSE_UNPAID'];

/** Steps whose button sits in their own section of the case page, not in the toolbar. */
const SECTION_STEPS: readonly ApplicationStep[] = ['LINK_DOCUMENTS'];

/** The toolbar's buttons: exactly the steps the API offers now (`availableActions`), in the domain's order. */
export const applicationStepsOf = (
  availableActions: readonly string[] | null | undefined,
): ApplicationStep[] =>
  APPLICATION_ACTIONS.filter(
    (action): action is ApplicationStep =>
      Object.hasOwn(APPLICATION_CONSOLE_ACTIONS, action) &&
      !SECTION_STEPS.includes(action as ApplicationStep) &&
      (availableActions ?? []).includes(action),
  );
