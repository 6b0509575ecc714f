import { describe, expect, it } from 'vitest';
import type { Actor, Grant } from '../identity/actor.js';
import { PERMISSIONS, type FineGrainedPermission, type Permission } from '../identity/permissions.js';
import { DomainError } from '../shared/domain-error.js';
import {
  COMPLAINT_STATES,
  CORRECTION_ORDER_STATES,
  type ComplaintState,
  type CorrectionOrderState,
} from './complaints.js';
import {
  COMPLAINT_ACTIONS,
  COMPLAINT_ACTION_LABELS,
  COMPLAINT_ACTION_PERMISSIONS,
  CORRECTION_ORDER_ACTIONS,
  CORRECTION_ORDER_ACTION_LABELS,
  availableComplaintActions,
  availableCorrectionOrderActions,
  complaintPermissionsOf,
  complaintTransition,
  correctionOrderTransition,
  type ComplaintAction,
  type CorrectionOrderAction,
} from './complaint.workflow.js';

/**
 * The whole workflow written out by hand (seed §11-3, §11-4; SPEC M14), independent of the transition table
 * it checks: for each state, the state each action leads to; an action not listed is not allowed there.
 */
const EXPECTED: Record<ComplaintState, Partial<Record<ComplaintAction, ComplaintState>>> = {
  RECEIVED: { ACCEPT: 'INVESTIGATING', REJECT: 'NOT_ACCEPTED', REVEAL_IDENTITY: 'RECEIVED' },
  INVESTIGATING: {
    TRANSFER: 'TRANSFERRED',
    EXTEND: 'INVESTIGATING',
    HANDLE: 'HANDLED',
    REVEAL_IDENTITY: 'INVESTIGATING',
  },
  TRANSFERRED: {
    RECORD_TRANSFER_RESULT: 'INVESTIGATING',
    EXTEND: 'TRANSFERRED',
    REVEAL_IDENTITY: 'TRANSFERRED',
  },
  NOT_ACCEPTED: { REVEAL_IDENTITY: 'NOT_ACCEPTED' },
  HANDLED: { CLOSE: 'CLOSED', REVEAL_IDENTITY: 'HANDLED' },
  CLOSED: { REVEAL_IDENTITY: 'CLOSED' },
};

/** The permission sets that matter: none, reading only, handling, revealing, and both. */
const PERMISSION_SETS: Array<[string, Permission[]]> = [
  ['no permission', []],
  ['COMPLAINT_READ (the leadership office)', ['COMPLAINT_READ']],
  ['CORRECTION_REPORT (a department head)', ['CORRECTION_REPORT']],
  ['COMPLAINT_HANDLE (a handler)', ['COMPLAINT_READ', 'COMPLAINT_HANDLE']],
  ['COMPLAINT_IDENTITY_REVEAL only', ['COMPLAINT_IDENTITY_REVEAL']],
  ['a handler who may reveal', ['COMPLAINT_READ', 'COMPLAINT_HANDLE', 'COMPLAINT_IDENTITY_REVEAL']],
];

const NEEDS: Record<ComplaintAction, Permission> = {
  ACCEPT: 'COMPLAINT_HANDLE',
  REJECT: 'COMPLAINT_HANDLE',
  TRANSFER: 'COMPLAINT_HANDLE',
  RECORD_TRANSFER_RESULT: 'COMPLAINT_HANDLE',
  EXTEND: 'COMPLAINT_HANDLE',
  HANDLE: 'COMPLAINT_HANDLE',
  CLOSE: 'COMPLAINT_HANDLE',
  REVEAL_IDENTITY: 'COMPLAINT_IDENTITY_REVEAL',
};

type Outcome = ComplaintState | 'FORBIDDEN' | 'INVALID_TRANSITION';

function outcomeOf(run: () => ComplaintState | CorrectionOrderState): Outcome | CorrectionOrderState {
  try {
    return run();
  } catch (error) {
    if (error instanceof DomainError && (error.code === 'FORBIDDEN' || error.code === 'INVALID_TRANSITION'))
      return error.code;
    throw error;
  }
}

describe('complaint workflow: every (state, action, permission set)', () => {
  const table = COMPLAINT_STATES.flatMap((state) =>
    COMPLAINT_ACTIONS.flatMap((action) =>
      PERMISSION_SETS.map(([name, permissions]) => {
        const next = EXPECTED[state][action];
        const expected: Outcome = !permissions.includes(NEEDS[action])
          ? 'FORBIDDEN'
          : next === undefined
            ? 'INVALID_TRANSITION'
            : next;
        return [state, action, name, permissions, expected] as const;
      }),
    ),
  );

  it('covers each state × action × permission set once', () => {
    expect(table).toHaveLength(COMPLAINT_STATES.length * COMPLAINT_ACTIONS.length * PERMISSION_SETS.length);
  });

  it.each(table)('%s × %s × %s → %s', (state, action, _name, permissions, expected) => {
    expect(outcomeOf(() => complaintTransition(state, action, permissions))).toBe(expected);
    // availableActions lists exactly the actions that would succeed.
    expect(availableComplaintActions(state, permissions).includes(action)).toBe(
      expected !== 'FORBIDDEN' && expected !== 'INVALID_TRANSITION',
    );
  });

  it('needs the permissions the specification names', () => {
    expect(COMPLAINT_ACTION_PERMISSIONS).toEqual(NEEDS);
    for (const permission of Object.values(COMPLAINT_ACTION_PERMISSIONS))
      expect(PERMISSIONS).toContain(permission);
  });

  it('refuses a wrong state with the actions allowed now', () => {
    const handler: Permission[] = ['COMPLAINT_READ', 'COMPLAINT_HANDLE'];
    try {
      complaintTransition('RECEIVED', 'HANDLE', handler);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'INVALID_TRANSITION',
        reason: 'COMPLAINT.INVALID_TRANSITION',
        message: '投诉举报当前状态为“已接收待受理”，不能作出处理',
        allowedActions: ['ACCEPT', 'REJECT'],
      });
    }
  });

  it('refuses the role before it looks at the state', () => {
    expect(() => complaintTransition('CLOSED', 'ACCEPT', ['COMPLAINT_READ'])).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', reason: 'COMPLAINT.FORBIDDEN' }),
    );
  });

  it('lists actions in one order, the reveal last', () => {
    expect(
      availableComplaintActions('INVESTIGATING', ['COMPLAINT_HANDLE', 'COMPLAINT_IDENTITY_REVEAL']),
    ).toEqual(['TRANSFER', 'EXTEND', 'HANDLE', 'REVEAL_IDENTITY']);
  });

  it.each(COMPLAINT_ACTIONS)('%s has a zh-CN label', (action) => {
    expect(COMPLAINT_ACTION_LABELS[action]).toMatch(/\p{Script=Han}/u);
  });
});

describe('closing waits for the orders to correct', () => {
  const handler: Permission[] = ['COMPLAINT_HANDLE'];
  const pending = { hasPendingCorrectionOrders: true };
  const done = { hasPendingCorrectionOrders: false };

  it.each([
    ['pending orders', pending, 'INVALID_TRANSITION'],
    ['all verified (or none)', done, 'CLOSED'],
  ] as const)('HANDLED × CLOSE with %s → %s', (_name, facts, expected) => {
    expect(outcomeOf(() => complaintTransition('HANDLED', 'CLOSE', handler, facts))).toBe(expected);
    expect(availableComplaintActions('HANDLED', handler, facts).includes('CLOSE')).toBe(
      expected === 'CLOSED',
    );
  });

  it('says why', () => {
    expect(() => complaintTransition('HANDLED', 'CLOSE', handler, pending)).toThrow(
      expect.objectContaining({ reason: 'COMPLAINT.CORRECTION_PENDING', allowedActions: [] }),
    );
  });

  it('other actions do not care', () => {
    for (const state of COMPLAINT_STATES) {
      expect(
        availableComplaintActions(state, handler, pending).filter((action) => action !== 'CLOSE'),
      ).toEqual(availableComplaintActions(state, handler, done).filter((action) => action !== 'CLOSE'));
    }
  });
});

const DEPT_A = 'dept-a';
const DEPT_B = 'dept-b';
const staff = (grants: Grant[], permissions: FineGrainedPermission[] = []): Actor => ({
  kind: 'staff',
  userId: 'u',
  username: 'u',
  stage: 'FULL',
  grants,
  permissions,
});

describe('complaintPermissionsOf', () => {
  it.each([
    [
      'a complaint handler',
      staff([{ role: 'COMPLAINT_HANDLER', departmentId: null }]),
      ['COMPLAINT_READ', 'COMPLAINT_HANDLE'],
    ],
    ['the leadership office', staff([{ role: 'LEADERSHIP_OFFICE', departmentId: null }]), ['COMPLAINT_READ']],
    ['a department head', staff([{ role: 'DEPARTMENT_HEAD', departmentId: DEPT_A }]), ['CORRECTION_REPORT']],
    [
      'a handler granted the reveal',
      staff([{ role: 'COMPLAINT_HANDLER', departmentId: null }], ['COMPLAINT_IDENTITY_REVEAL']),
      ['COMPLAINT_READ', 'COMPLAINT_HANDLE', 'COMPLAINT_IDENTITY_REVEAL'],
    ],
    ['a drafter', staff([{ role: 'DRAFTER', departmentId: DEPT_A }]), []],
    ['the system administrator', staff([{ role: 'SYSTEM_ADMIN', departmentId: null }]), []],
    [
      'an external app',
      { kind: 'token', tokenId: 't', name: 't', scopes: ['complaints:submit'] } as Actor,
      [],
    ],
  ] as const)('%s → %j', (_name, actor, expected) => {
    expect(complaintPermissionsOf(actor)).toEqual(expected);
  });
});

describe('orders to correct: every (state, action, actor)', () => {
  const EXPECTED_ORDER: Record<
    CorrectionOrderState,
    Partial<Record<CorrectionOrderAction, CorrectionOrderState>>
  > = {
    ORDERED: { REPORT: 'REPORTED' },
    REPORTED: { VERIFY: 'VERIFIED' },
    VERIFIED: {},
  };
  const actors: Array<[string, Actor, Record<CorrectionOrderAction, boolean>]> = [
    [
      'the head of the ordered department',
      staff([{ role: 'DEPARTMENT_HEAD', departmentId: DEPT_A }]),
      { REPORT: true, VERIFY: false },
    ],
    [
      'the head of another department',
      staff([{ role: 'DEPARTMENT_HEAD', departmentId: DEPT_B }]),
      { REPORT: false, VERIFY: false },
    ],
    [
      'a drafter of the ordered department',
      staff([{ role: 'DRAFTER', departmentId: DEPT_A }]),
      { REPORT: false, VERIFY: false },
    ],
    [
      'a complaint handler',
      staff([{ role: 'COMPLAINT_HANDLER', departmentId: null }]),
      { REPORT: false, VERIFY: true },
    ],
    [
      'the leadership office',
      staff([{ role: 'LEADERSHIP_OFFICE', departmentId: null }]),
      { REPORT: false, VERIFY: false },
    ],
    ['anonymous', { kind: 'anonymous' }, { REPORT: false, VERIFY: false }],
  ];
  const table = CORRECTION_ORDER_STATES.flatMap((state) =>
    CORRECTION_ORDER_ACTIONS.flatMap((action) =>
      actors.map(([name, actor, may]) => {
        const next = EXPECTED_ORDER[state][action];
        const expected = !may[action] ? 'FORBIDDEN' : next === undefined ? 'INVALID_TRANSITION' : next;
        return [state, action, name, actor, expected] as const;
      }),
    ),
  );

  it.each(table)('%s × %s × %s → %s', (state, action, _name, actor, expected) => {
    const order = { state, departmentId: DEPT_A };
    expect(outcomeOf(() => correctionOrderTransition(order, action, actor))).toBe(expected);
    expect(availableCorrectionOrderActions(order, actor).includes(action)).toBe(
      expected !== 'FORBIDDEN' && expected !== 'INVALID_TRANSITION',
    );
  });

  it.each(CORRECTION_ORDER_ACTIONS)('%s has a zh-CN label', (action) => {
    expect(CORRECTION_ORDER_ACTION_LABELS[action]).toMatch(/\p{Script=Han}/u);
  });
});
