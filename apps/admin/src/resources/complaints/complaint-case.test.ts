import { describe, expect, it } from 'vitest';
import { deadlinesInOrder, handlingDeadlineOf, workflowStepsOf } from './complaint-case';
import type { Complaint } from './complaint.resource';

type Deadline = Complaint['deadlines'][number];

const deadline = (overrides: Partial<Deadline>): Deadline => ({
  id: 'd1',
  kind: 'COMPLAINT_HANDLING',
  caseKind: 'COMPLAINT',
  caseId: 'c1',
  title: 'TS-2026-000001',
  departmentId: null,
  assigneeId: null,
  startDate: '2026-11-26',
  periodWorkingDays: 15,
  extensionsWorkingDays: 0,
  extensionCount: 0,
  dueDate: '2026-12-17',
  isProvisional: false,
  isSuspended: false,
  isOverdue: false,
  state: 'OPEN',
  closedAt: null,
  workingDaysLeft: 15,
  version: 1,
  createdAt: '2026-11-26T02:00:00.000Z',
  updatedAt: '2026-11-26T02:00:00.000Z',
  ...overrides,
});

describe('the handling deadline of a case', () => {
  it('is the open COMPLAINT_HANDLING deadline among the others', () => {
    const acceptance = deadline({ id: 'a', kind: 'COMPLAINT_ACCEPTANCE_NOTICE', periodWorkingDays: 3 });
    const handling = deadline({ id: 'h' });
    expect(handlingDeadlineOf({ deadlines: [acceptance, handling] })?.id).toBe('h');
  });

  it('is the latest one when none is open (met when handled), and none before the API started one', () => {
    const older = deadline({ id: 'old', state: 'MET', createdAt: '2026-11-26T02:00:00.000Z' });
    const newer = deadline({ id: 'new', state: 'MET', createdAt: '2026-11-27T02:00:00.000Z' });
    expect(handlingDeadlineOf({ deadlines: [older, newer] })?.id).toBe('new');
    expect(handlingDeadlineOf({ deadlines: [deadline({ kind: 'COMPLAINT_TRANSFER' })] })).toBeNull();
    expect(handlingDeadlineOf({ deadlines: [] })).toBeNull();
  });

  it('lists the case’s deadlines in the order they were started', () => {
    const transfer = deadline({ id: 't', kind: 'COMPLAINT_TRANSFER', createdAt: '2026-11-27T01:00:00.000Z' });
    const handling = deadline({ id: 'h' });
    const acceptance = deadline({ id: 'a', kind: 'COMPLAINT_ACCEPTANCE_NOTICE' });
    expect(deadlinesInOrder({ deadlines: [transfer, handling, acceptance] }).map((d) => d.id)).toEqual([
      'a',
      'h',
      't',
    ]);
  });
});

describe('the workflow buttons', () => {
  it('are the steps the API offers, in the domain’s order, without the reveal (it has its own button)', () => {
    expect(workflowStepsOf(['REVEAL_IDENTITY', 'REJECT', 'ACCEPT'])).toEqual(['ACCEPT', 'REJECT']);
    expect(workflowStepsOf(['HANDLE', 'EXTEND', 'TRANSFER'])).toEqual(['TRANSFER', 'EXTEND', 'HANDLE']);
    expect(workflowStepsOf([])).toEqual([]);
    expect(workflowStepsOf(['SOMETHING_NEW'])).toEqual([]);
  });
});
