import { describe, expect, it } from 'vitest';
import { toReplyInput } from './application-forms';
import { indexNumbersOf, replyResultInputsOf, replyResultReasonChoices } from './application-results';
import { validateReply } from './application-validation';

describe('the reply’s dependent result selects', () => {
  it('offers no sub-reason for 予以公开 and 部分公开', () => {
    expect(replyResultReasonChoices('DISCLOSED')).toEqual([]);
    expect(replyResultReasonChoices('PARTIALLY_DISCLOSED')).toEqual([]);
    expect(replyResultReasonChoices(undefined)).toEqual([]);
    expect(replyResultReasonChoices('NONSENSE')).toEqual([]);
  });

  it('offers the category’s own sub-reasons in the report’s order', () => {
    expect(replyResultReasonChoices('UNAVAILABLE')).toEqual([
      { id: 'NOT_HELD', name: '本机关不掌握相关政府信息' },
      { id: 'NEEDS_CREATION', name: '没有现成信息需要另行制作' },
      { id: 'STILL_UNCLEAR', name: '补正后申请内容仍不明确' },
    ]);
    expect(replyResultReasonChoices('WITHHELD').map((choice) => choice.id)).toEqual([
      'STATE_SECRET',
      'LAW_FORBIDS',
      'SECURITY_STABILITY',
      'THIRD_PARTY_RIGHTS',
      'INTERNAL_AFFAIRS',
      'PROCESS_INFORMATION',
      'ENFORCEMENT_CASE_FILE',
      'ADMINISTRATIVE_QUERY',
    ]);
  });

  it('leaves out the closings the system records itself (逾期不补正, 逾期未缴费)', () => {
    expect(replyResultReasonChoices('OTHER')).toEqual([{ id: 'OTHER', name: '其他' }]);
  });

  it('asks for index numbers, withholding reasons or the responsible agency only where the letter needs them', () => {
    expect(replyResultInputsOf('DISCLOSED', null)).toEqual({
      publishedIndexNumbers: true,
      withholdingReasons: false,
      responsibleAgency: false,
    });
    expect(replyResultInputsOf('WITHHELD', 'STATE_SECRET').withholdingReasons).toBe(true);
    expect(replyResultInputsOf('PARTIALLY_DISCLOSED', null).withholdingReasons).toBe(true);
    expect(replyResultInputsOf('UNAVAILABLE', 'NOT_HELD').responsibleAgency).toBe(true);
    expect(replyResultInputsOf('UNAVAILABLE', 'NEEDS_CREATION').responsibleAgency).toBe(false);
  });

  it('sends only what the chosen result calls for', () => {
    const input = toReplyInput({
      resultCategory: 'UNAVAILABLE',
      resultReason: 'NEEDS_CREATION',
      responsibleAgency: '市统计局',
      withholdingReasons: ['STATE_SECRET'],
      publishedIndexNumbers: 'A-1',
      replyText: '  ',
    });
    expect(input).toEqual({
      resultCategory: 'UNAVAILABLE',
      resultReason: 'NEEDS_CREATION',
      withholdingReasons: [],
      publishedIndexNumbers: [],
      responsibleAgency: null,
      replyText: null,
      noticeChannel: null,
    });
    expect(indexNumbersOf('11330000-01/2026-00012\n 11330000-01/2026-00013 、 ')).toEqual([
      '11330000-01/2026-00012',
      '11330000-01/2026-00013',
    ]);
  });

  it('validates the pair with the domain: a category first, then its sub-reason', () => {
    expect(validateReply({})).toHaveProperty('resultCategory', '请选择办理结果');
    expect(validateReply({ resultCategory: 'WITHHELD' })).toEqual({ resultReason: '请选择具体情形' });
    expect(validateReply({ resultCategory: 'WITHHELD', resultReason: 'STATE_SECRET' })).toEqual({});
    expect(validateReply({ resultCategory: 'DISCLOSED' })).toHaveProperty('publishedIndexNumbers');
    expect(validateReply({ resultCategory: 'DISCLOSED', publishedIndexNumbers: 'X-1' })).toEqual({});
  });
});
