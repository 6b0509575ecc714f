import { describe, expect, it } from 'vitest';
import {
  ACTOR_KINDS,
  ACTOR_KIND_LABELS,
  AUDIT_ENTITY_TYPES,
  AUDIT_OUTCOMES,
  AUDIT_OUTCOME_LABELS,
  DEPARTMENT_KINDS,
  DEPARTMENT_KIND_LABELS,
  ENTITY_TYPE_LABELS,
  ERROR_CODES,
  ERROR_CODE_LABELS,
  EXTERNAL_AGENCY_KINDS,
  EXTERNAL_AGENCY_KIND_LABELS,
  PERMISSIONS,
  PERMISSION_LABELS,
  ROLES,
  ROLE_LABELS,
  RULE_CATEGORIES,
  RULE_CATEGORY_LABELS,
  RULE_STATUSES,
  RULE_STATUS_LABELS,
  SENSITIVITIES,
  SENSITIVITY_LABELS,
  SESSION_STAGES,
  SESSION_STAGE_LABELS,
  SORT_ORDERS,
  SORT_ORDER_LABELS,
  STAFF_CHANGE_KINDS,
  STAFF_CHANGE_KIND_LABELS,
  TOKEN_SCOPES,
  TOKEN_SCOPE_LABELS,
} from './index.js';

/**
 * Every list of values the API and the console show has its zh-CN labels here, once: one label per
 * value, none for a value that does not exist, no two values of a list sharing a label.
 */
const LABELLED_LISTS: Array<[string, readonly string[], Record<string, string>]> = [
  ['ROLES', ROLES, ROLE_LABELS],
  ['PERMISSIONS', PERMISSIONS, PERMISSION_LABELS],
  ['TOKEN_SCOPES', TOKEN_SCOPES, TOKEN_SCOPE_LABELS],
  ['SESSION_STAGES', SESSION_STAGES, SESSION_STAGE_LABELS],
  ['ACTOR_KINDS', ACTOR_KINDS, ACTOR_KIND_LABELS],
  ['AUDIT_OUTCOMES', AUDIT_OUTCOMES, AUDIT_OUTCOME_LABELS],
  ['AUDIT_ENTITY_TYPES', AUDIT_ENTITY_TYPES, ENTITY_TYPE_LABELS],
  ['SENSITIVITIES', SENSITIVITIES, SENSITIVITY_LABELS],
  ['ERROR_CODES', ERROR_CODES, ERROR_CODE_LABELS],
  ['SORT_ORDERS', SORT_ORDERS, SORT_ORDER_LABELS],
  ['DEPARTMENT_KINDS', DEPARTMENT_KINDS, DEPARTMENT_KIND_LABELS],
  ['EXTERNAL_AGENCY_KINDS', EXTERNAL_AGENCY_KINDS, EXTERNAL_AGENCY_KIND_LABELS],
  ['STAFF_CHANGE_KINDS', STAFF_CHANGE_KINDS, STAFF_CHANGE_KIND_LABELS],
  ['RULE_CATEGORIES', RULE_CATEGORIES, RULE_CATEGORY_LABELS],
  ['RULE_STATUSES', RULE_STATUSES, RULE_STATUS_LABELS],
];

const CHINESE = /\p{Script=Han}/u;

describe('labels: every value of every list has one zh-CN label', () => {
  const table = LABELLED_LISTS.flatMap(([name, values, labels]) =>
    values.map((value) => [name, value, labels[value]] as const),
  );

  it.each(table)('%s.%s → %s', (_name, _value, label) => {
    expect(typeof label).toBe('string');
    expect(label.trim()).toBe(label);
    expect(label).toMatch(CHINESE);
  });

  it.each(LABELLED_LISTS)('%s: no label without a value, no label twice', (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    expect(new Set(Object.values(labels)).size).toBe(values.length);
    expect(new Set(values).size).toBe(values.length);
  });
});

/** The labels the console shows for audit rows and sessions, written out by hand. */
describe('labels of audit rows and sessions', () => {
  it.each([
    [AUDIT_OUTCOME_LABELS, { SUCCESS: '成功', DENIED: '拒绝', FAILED: '失败' }],
    [ACTOR_KIND_LABELS, { staff: '工作人员', token: '外部应用', anonymous: '匿名' }],
    [
      SESSION_STAGE_LABELS,
      { FULL: '正常', PASSWORD_CHANGE: '须修改初始密码', TOTP_ENROLMENT: '须绑定动态验证码' },
    ],
    [SORT_ORDER_LABELS, { ASC: '升序', DESC: '降序' }],
  ])('%o', (labels, expected) => {
    expect(labels).toEqual(expected);
  });

  it.each([
    ['Department', '处室'],
    ['User', '用户'],
    ['RoleGrant', '角色授权'],
    ['PermissionGrant', '权限授权'],
    ['ApiToken', '外部应用令牌'],
    ['Session', '会话'],
    ['ExternalAgency', '其他行政机关'],
    ['StaffChange', '人员变动'],
    ['Rule', '制度'],
    ['RuleVersion', '制度版本'],
    ['AuditLog', '审计日志'],
  ] as const)('entity type %s → %s', (entityType, label) => {
    expect(ENTITY_TYPE_LABELS[entityType]).toBe(label);
  });
});
