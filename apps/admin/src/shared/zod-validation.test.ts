import { createRuleInputSchema, departmentInputSchema } from '@gdp/domain';
import { describe, expect, it } from 'vitest';
import { validateWith } from './zod-validation';

describe('validateWith', () => {
  it('returns the domain messages per field, flat for flat inputs', () => {
    const errors = validateWith(departmentInputSchema)({ code: 'x', name: '', kind: 'OFFICE', sortOrder: 0 });
    expect(Object.keys(errors).sort()).toEqual(['code', 'name']);
    expect(typeof errors.name).toBe('string');
  });

  it('nests the errors of nested inputs (a new rule and its first version) as react-hook-form reads them', () => {
    const errors = validateWith(createRuleInputSchema)({
      title: '制度',
      issuingBody: '本局',
      category: 'OTHER',
      firstVersion: { text: ' ', effectiveDate: '2026-02-30', repealDate: '' },
    });
    expect(errors).toEqual({
      firstVersion: {
        text: '请填写制度全文',
        effectiveDate: '施行日期须为有效日期，格式 YYYY-MM-DD',
      },
    });
  });

  it('is empty for valid values', () => {
    expect(
      validateWith(createRuleInputSchema)({
        title: '制度',
        issuingBody: '本局',
        category: 'OTHER',
        firstVersion: { text: '全文', effectiveDate: '2026-02-27' },
      }),
    ).toEqual({});
  });
});
