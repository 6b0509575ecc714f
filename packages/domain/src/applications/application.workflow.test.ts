import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.js';
import type { Permission } from '../identity/permissions.js';
import { APPLICATION_STATES, type ApplicationState } from './applications.js';
import {
  APPLICATION_ACTIONS,
  APPLICATION_TRANSITIONS,
  NO_APPLICATION_FACTS,
  applicationTransition,
  availableApplicationActions,
  type ApplicationAction,
  type ApplicationFacts,
} from './application.workflow.js';

const HANDLER: Permission[] = ['APPLICATION_READ', 'APPLICATION_HANDLE'];
const APPROVER: Permission[] = [...HANDLER, 'APPLICATION_EXTENSION_APPROVE'];
const READER: Permission[] = ['APPLICATION_READ'];

/** The expected table, written out by hand: (state, action) → next state. */
const EXPECTED: Record<ApplicationState, Partial<Record<ApplicationAction, ApplicationState>>> = {
  PROCESSING: {
    REQUEST_CORRECTION: 'AWAITING_CORRECTION',
    EXTEND: 'PROCESSING',
    CONSULT: 'PROCESSING',
    ISSUE_FEE_NOTICE: 'AWAITING_FEE',
    LINK_DOCUMENTS: 'PROCESSING',
    ASK_REASONS: 'PROCESSING',
    SET_REASONABLE_PERIOD: 'PROCESSING',
    REPLY: 'CLOSED',
    SUBMIT_REPLY_FOR_REVIEW: 'IN_REVIEW',
  },
  AWAITING_CORRECTION: { RECORD_CORRECTION: 'PROCESSING', CLOSE_UNCORRECTED: 'CLOSED' },
  AWAITING_FEE: { RECORD_PAYMENT: 'PROCESSING', CLOSE_UNPAID: 'CLOSED' },
  IN_REVIEW: {},
  CLOSED: {},
};

/** Facts under which every action the state has is allowed. */
const PERMISSIVE: ApplicationFacts = {
  ...NO_APPLICATION_FACTS,
  feeNoticeAllowed: true,
  applicantPeriodOver: true,
  reasonsRequested: true,
};

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('application workflow', () => {
  it('matches the hand-written table for every state and action', () => {
    expect(APPLICATION_TRANSITIONS).toEqual(EXPECTED);
    for (const state of APPLICATION_STATES) {
      for (const action of APPLICATION_ACTIONS) {
        const next = EXPECTED[state][action];
        if (next === undefined) {
          const error = refusal(() => applicationTransition(state, action, APPROVER, PERMISSIVE));
          expect(error.code).toBe('INVALID_TRANSITION');
          expect(error.allowedActions).toEqual(availableApplicationActions(state, APPROVER, PERMISSIVE));
        } else {
          expect(applicationTransition(state, action, APPROVER, PERMISSIVE)).toBe(next);
        }
      }
    }
  });

  it('checks the permission before the state: a reader may do nothing, a handler may not extend', () => {
    for (const state of APPLICATION_STATES) {
      expect(availableApplicationActions(state, READER, PERMISSIVE)).toEqual([]);
      for (const action of APPLICATION_ACTIONS) {
        expect(refusal(() => applicationTransition(state, action, READER, PERMISSIVE)).code).toBe(
          'FORBIDDEN',
        );
      }
    }
    expect(refusal(() => applicationTransition('PROCESSING', 'EXTEND', HANDLER, PERMISSIVE)).code).toBe(
      'FORBIDDEN',
    );
    expect(availableApplicationActions('PROCESSING', HANDLER, PERMISSIVE)).not.toContain('EXTEND');
    expect(availableApplicationActions('PROCESSING', APPROVER, PERMISSIVE)).toContain('EXTEND');
    // Art. 35's longer period lengthens the statutory period as an extension does: the approver's.
    expect(refusal(() => applicationTransition('PROCESSING', 'SET_REASONABLE_PERIOD', HANDLER, PERMISSIVE)).code).toBe(
      'FORBIDDEN',
    );
    expect(availableApplicationActions('PROCESSING', HANDLER, PERMISSIVE)).toEqual(
      expect.arrayContaining(['LINK_DOCUMENTS', 'ASK_REASONS']),
    );
  });

  const blocked: Array<[string, ApplicationState, ApplicationAction, Partial<ApplicationFacts>, string]> = [
    [
      '补正 only once',
      'PROCESSING',
      'REQUEST_CORRECTION',
      { correctionRequested: true },
      'APPLICATION.CORRECTION_ONCE',
    ],
    [
      '补正 within 7 working days',
      'PROCESSING',
      'REQUEST_CORRECTION',
      { correctionWindowOpen: false },
      'APPLICATION.CORRECTION_WINDOW_CLOSED',
    ],
    [
      'no 补正 during a consultation',
      'PROCESSING',
      'REQUEST_CORRECTION',
      { hasOpenConsultation: true },
      'APPLICATION.CONSULTATION_OPEN',
    ],
    ['one extension', 'PROCESSING', 'EXTEND', { extended: true }, 'APPLICATION.EXTENDED_ONCE'],
    [
      'art. 35: reasons asked before a longer period',
      'PROCESSING',
      'SET_REASONABLE_PERIOD',
      { reasonsRequested: false },
      'APPLICATION.REASONS_FIRST',
    ],
    [
      'art. 35: one longer period',
      'PROCESSING',
      'SET_REASONABLE_PERIOD',
      { reasonablePeriodSet: true },
      'APPLICATION.REASONABLE_PERIOD_ONCE',
    ],
    [
      'fees off',
      'PROCESSING',
      'ISSUE_FEE_NOTICE',
      { feeNoticeAllowed: false },
      'APPLICATION.FEE_NOT_ALLOWED',
    ],
    [
      'no fee notice during a consultation',
      'PROCESSING',
      'ISSUE_FEE_NOTICE',
      { hasOpenConsultation: true },
      'APPLICATION.CONSULTATION_OPEN',
    ],
    [
      'no reply during a consultation',
      'PROCESSING',
      'REPLY',
      { hasOpenConsultation: true },
      'APPLICATION.CONSULTATION_OPEN',
    ],
    [
      'no review during a consultation',
      'PROCESSING',
      'SUBMIT_REPLY_FOR_REVIEW',
      { hasOpenConsultation: true },
      'APPLICATION.CONSULTATION_OPEN',
    ],
    [
      'correction period running',
      'AWAITING_CORRECTION',
      'CLOSE_UNCORRECTED',
      { applicantPeriodOver: false },
      'APPLICATION.PERIOD_NOT_OVER',
    ],
    [
      'payment period running',
      'AWAITING_FEE',
      'CLOSE_UNPAID',
      { applicantPeriodOver: false },
      'APPLICATION.PERIOD_NOT_OVER',
    ],
  ];
  it.each(blocked)('refuses when a fact holds it back: %s', (_name, state, action, facts, reason) => {
    const current = { ...PERMISSIVE, ...facts };
    const error = refusal(() => applicationTransition(state, action, APPROVER, current));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.reason).toBe(reason);
    expect(error.allowedActions).not.toContain(action);
    expect(availableApplicationActions(state, APPROVER, current)).not.toContain(action);
  });
});
