import { describe, expect, it } from 'vitest';
import { TASK_KINDS_DEFINITION } from '../tasks/tasks.js';
import { ROLE_PERMISSIONS_DEFINITION } from '../identity/permissions.js';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_OUTCOME_LABELS,
  COMPLAINT_PRIVACY_NOTICE,
  COMPLAINT_STATES,
  COMPLAINT_STATE_LABELS,
  COMPLAINT_VIOLATION_KINDS,
  COMPLAINT_VIOLATION_KIND_LABELS,
  COMPLAINT_VIOLATION_KIND_SHORT_LABELS,
  CORRECTION_ORDER_STATES,
  CORRECTION_ORDER_STATE_LABELS,
  NOT_ACCEPTED_REASONS,
  NOT_ACCEPTED_REASON_LABELS,
} from './complaints.js';
import {
  COMPLAINT_ACTIONS,
  COMPLAINT_ACTION_LABELS,
  CORRECTION_ORDER_ACTIONS,
  CORRECTION_ORDER_ACTION_LABELS,
} from './complaint.workflow.js';

const CHINESE = /\p{Script=Han}/u;

describe('complaint lists and their zh-CN labels', () => {
  it.each([
    ['COMPLAINT_VIOLATION_KINDS', COMPLAINT_VIOLATION_KINDS, COMPLAINT_VIOLATION_KIND_LABELS],
    ['COMPLAINT_VIOLATION_KINDS (short)', COMPLAINT_VIOLATION_KINDS, COMPLAINT_VIOLATION_KIND_SHORT_LABELS],
    ['COMPLAINT_CHANNELS', COMPLAINT_CHANNELS, COMPLAINT_CHANNEL_LABELS],
    ['COMPLAINT_STATES', COMPLAINT_STATES, COMPLAINT_STATE_LABELS],
    ['COMPLAINT_OUTCOMES', COMPLAINT_OUTCOMES, COMPLAINT_OUTCOME_LABELS],
    ['NOT_ACCEPTED_REASONS', NOT_ACCEPTED_REASONS, NOT_ACCEPTED_REASON_LABELS],
    ['CORRECTION_ORDER_STATES', CORRECTION_ORDER_STATES, CORRECTION_ORDER_STATE_LABELS],
    ['COMPLAINT_ACTIONS', COMPLAINT_ACTIONS, COMPLAINT_ACTION_LABELS],
    ['CORRECTION_ORDER_ACTIONS', CORRECTION_ORDER_ACTIONS, CORRECTION_ORDER_ACTION_LABELS],
  ] as Array<[string, readonly string[], Record<string, string>]>)(
    '%s: one distinct label per value',
    (_name, values, labels) => {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const value of values) expect(labels[value]).toMatch(CHINESE);
      expect(new Set(Object.values(labels)).size).toBe(values.length);
    },
  );

  it('has the ten kinds of seed §11-1 in its order, in its words', () => {
    expect(COMPLAINT_VIOLATION_KINDS).toHaveLength(10);
    expect(COMPLAINT_VIOLATION_KIND_LABELS.NOT_IMPLEMENTING).toBe('不传达贯彻、落实有关政务公开的决定和要求');
    expect(COMPLAINT_VIOLATION_KIND_LABELS.OTHER).toBe('其他违反政务公开规定的行为');
  });

  it('has the channels of seed §11-3(1) and the external apps', () => {
    expect(COMPLAINT_CHANNEL_LABELS).toEqual({
      LETTER: '信函',
      TELEPHONE: '电话',
      FAX: '传真',
      EMAIL: '电子邮件',
      VISIT: '走访',
      ONLINE: '网上提交（外部应用）',
    });
  });

  it('states the privacy notice in zh-CN, promising secrecy and allowing anonymity', () => {
    expect(COMPLAINT_PRIVACY_NOTICE).toMatch(/加密保存/);
    expect(COMPLAINT_PRIVACY_NOTICE).toMatch(/匿名/);
    expect(COMPLAINT_PRIVACY_NOTICE).toMatch(/查询码只显示一次/);
  });
});

describe('who works on complaints', () => {
  it('the handlers and the leadership office read; the handlers act; department heads report corrections', () => {
    expect(ROLE_PERMISSIONS_DEFINITION.COMPLAINT_READ.roles).toEqual([
      'COMPLAINT_HANDLER',
      'LEADERSHIP_OFFICE',
    ]);
    expect(ROLE_PERMISSIONS_DEFINITION.COMPLAINT_HANDLE.roles).toEqual(['COMPLAINT_HANDLER']);
    expect(ROLE_PERMISSIONS_DEFINITION.CORRECTION_REPORT.roles).toEqual(['DEPARTMENT_HEAD']);
  });

  it('complaint tasks wait for the handlers bureau-wide; an order to correct for the ordered department’s head', () => {
    for (const kind of ['COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING'] as const) {
      expect(TASK_KINDS_DEFINITION[kind].handlerPermission).toBe('COMPLAINT_HANDLE');
    }
    expect(TASK_KINDS_DEFINITION.CORRECTION_ORDER).toEqual({
      label: '整改并报告（责令改正）',
      caseKind: 'COMPLAINT',
      deadlineKind: null,
      handlerPermission: 'CORRECTION_REPORT',
    });
  });
});
