import { describe, expect, it } from 'vitest';
import type { Sensitivity } from './sensitivity.js';
import {
  FIELD_SENSITIVITY,
  MASKED_VALUE,
  SECRET_LOG_KEYS,
  SECRET_VALUE,
  SENSITIVITIES,
  SENSITIVITY_LABELS,
  maskField,
  maskRecord,
  maskValue,
  sensitivityOf,
} from './sensitivity.js';

describe('maskValue', () => {
  const object = { a: 1 };
  const cases: Array<{ sensitivity: Sensitivity; value: unknown; expected: unknown }> = [
    { sensitivity: 'PUBLIC', value: '局办公室', expected: '局办公室' },
    { sensitivity: 'PUBLIC', value: 42, expected: 42 },
    { sensitivity: 'PUBLIC', value: false, expected: false },
    { sensitivity: 'PUBLIC', value: object, expected: object },
    { sensitivity: 'PERSONAL', value: '13800138000', expected: MASKED_VALUE },
    { sensitivity: 'PERSONAL', value: 0, expected: MASKED_VALUE },
    { sensitivity: 'PERSONAL', value: false, expected: MASKED_VALUE },
    { sensitivity: 'PERSONAL', value: '', expected: MASKED_VALUE },
    { sensitivity: 'SENSITIVE_PERSONAL', value: '110101199003071234', expected: MASKED_VALUE },
    { sensitivity: 'SENSITIVE_PERSONAL', value: object, expected: MASKED_VALUE },
    { sensitivity: 'SECRET', value: '$argon2id$v=19$m=65536', expected: SECRET_VALUE },
    { sensitivity: 'SECRET', value: '', expected: SECRET_VALUE },
  ];

  it.each(cases)('$sensitivity: $value → $expected', ({ sensitivity, value, expected }) => {
    expect(maskValue(sensitivity, value)).toBe(expected);
  });

  it.each(SENSITIVITIES)('%s: null stays null and undefined stays undefined', (sensitivity) => {
    expect(maskValue(sensitivity, null)).toBeNull();
    expect(maskValue(sensitivity, undefined)).toBeUndefined();
  });

  it('uses distinct zh-CN placeholders for masked and secret values', () => {
    expect(MASKED_VALUE).toBe('〔已屏蔽〕');
    expect(SECRET_VALUE).toBe('〔保密〕');
  });
});

describe('sensitivityOf', () => {
  const cases: Array<[string, string, Sensitivity]> = [
    ['User', 'username', 'PUBLIC'],
    ['User', 'displayName', 'PUBLIC'],
    ['User', 'phone', 'PERSONAL'],
    ['User', 'email', 'PERSONAL'],
    ['User', 'passwordHash', 'SECRET'],
    ['User', 'totpSecret', 'SECRET'],
    ['User', 'totpPendingSecret', 'SECRET'],
    ['Session', 'tokenHash', 'SECRET'],
    ['Session', 'ip', 'PERSONAL'],
    ['ApiToken', 'tokenHash', 'SECRET'],
    ['ApiToken', 'prefix', 'PUBLIC'],
    ['LoginAttempt', 'ip', 'PERSONAL'],
    ['AuditLog', 'ip', 'PERSONAL'],
    ['Department', 'phone', 'PUBLIC'],
    // Unknown fields and entities are treated as personal.
    ['User', 'idNumber', 'PERSONAL'],
    ['Department', 'newColumn', 'PERSONAL'],
    ['UnknownEntity', 'id', 'PERSONAL'],
    ['', '', 'PERSONAL'],
  ];

  it.each(cases)('%s.%s → %s', (entity, field, expected) => {
    expect(sensitivityOf(entity, field)).toBe(expected);
  });

  it('classifies every field with a known class that has a label', () => {
    for (const [entity, fields] of Object.entries(FIELD_SENSITIVITY)) {
      for (const [field, sensitivity] of Object.entries(fields)) {
        expect(SENSITIVITIES, `${entity}.${field}`).toContain(sensitivity);
      }
    }
    for (const sensitivity of SENSITIVITIES) expect(SENSITIVITY_LABELS[sensitivity]).toBeTruthy();
  });

  it('never lets a hash, secret or token field be anything but SECRET', () => {
    for (const [entity, fields] of Object.entries(FIELD_SENSITIVITY)) {
      for (const field of Object.keys(fields)) {
        if (/hash$|secret/i.test(field) && !['prevHash', 'hash'].includes(field)) {
          expect(sensitivityOf(entity, field), `${entity}.${field}`).toBe('SECRET');
        }
      }
    }
  });
});

describe('maskField', () => {
  it('masks by the field class', () => {
    expect(maskField('User', 'username', 'zhangsan')).toBe('zhangsan');
    expect(maskField('User', 'email', 'zhangsan@example.gov.cn')).toBe(MASKED_VALUE);
    expect(maskField('User', 'passwordHash', '$argon2id$...')).toBe(SECRET_VALUE);
  });

  it('masks an unknown field as personal', () => {
    expect(maskField('User', 'idNumber', '110101199003071234')).toBe(MASKED_VALUE);
    expect(maskField('NewEntity', 'name', '张三')).toBe(MASKED_VALUE);
  });

  it('masks inherited property names rather than passing them through', () => {
    expect(maskField('User', 'constructor', 'x')).toBe(MASKED_VALUE);
    expect(maskField('User', 'toString', 'x')).toBe(MASKED_VALUE);
    expect(maskField('constructor', 'name', 'x')).toBe(MASKED_VALUE);
  });

  it('keeps null as null whatever the class', () => {
    expect(maskField('User', 'email', null)).toBeNull();
    expect(maskField('User', 'totpSecret', null)).toBeNull();
    expect(maskField('User', 'unknownField', null)).toBeNull();
  });
});

describe('maskRecord', () => {
  const createdAt = new Date('2025-03-01T01:00:00Z');
  const user = {
    id: '7f1b0c52-4c1e-4b8e-9a55-0c7d3c0b2a01',
    username: 'zhangsan',
    displayName: '张三',
    departmentId: null,
    phone: '13800138000',
    email: null,
    passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$abc',
    totpSecret: 'JBSWY3DPEHPK3PXP',
    totpPendingSecret: null,
    totpEnabled: true,
    isActive: true,
    version: 3,
    createdAt,
    nationalId: '110101199003071234',
  };

  it('masks each field by its class and keeps every key', () => {
    expect(maskRecord('User', user)).toEqual({
      id: user.id,
      username: 'zhangsan',
      displayName: '张三',
      departmentId: null,
      phone: MASKED_VALUE,
      email: null,
      passwordHash: SECRET_VALUE,
      totpSecret: SECRET_VALUE,
      totpPendingSecret: null,
      totpEnabled: true,
      isActive: true,
      version: 3,
      createdAt,
      nationalId: MASKED_VALUE,
    });
  });

  it('does not change the record it is given', () => {
    const copy = { ...user };
    maskRecord('User', user);
    expect(user).toEqual(copy);
  });

  it('masks every field of an unknown entity', () => {
    expect(maskRecord('Unknown', { id: 'x', name: '张三', note: null })).toEqual({
      id: MASKED_VALUE,
      name: MASKED_VALUE,
      note: null,
    });
  });

  it('returns an empty record for an empty record', () => {
    expect(maskRecord('User', {})).toEqual({});
  });
});

describe('SECRET_LOG_KEYS', () => {
  it('redacts credentials and contact data', () => {
    for (const key of [
      'password',
      'newPassword',
      'currentPassword',
      'totpCode',
      'token',
      'authorization',
      'cookie',
      'phone',
      'email',
      'idNumber',
    ]) {
      expect(SECRET_LOG_KEYS).toContain(key);
    }
  });
});
