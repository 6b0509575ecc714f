import { describe, expect, it } from 'vitest';
import { WITHHOLDING_REASONS } from '../review/withholding-reasons.js';
import { DomainError } from '../shared/domain-error.js';
import { APPLICATION_RESULT_CATEGORIES, type ApplicationResult } from './applications.js';
import {
  APPLICATION_RESULT_CODES,
  applicationResultCode,
  applicationResultLabel,
  applicationResultOf,
  applicationResultReasonsOf,
  parseApplicationResultCode,
} from './application-results.js';
import { perApplicationFee, perPageFee, applicationFee } from './application-fees.js';
import { applicationReplyLetter, type ReplyLetterInput } from './application-reply-letter.js';

describe('application results', () => {
  it('has one code per row of the annual report 三（一）–（六）, in its order', () => {
    // 1 + 1 + 8 + 3 + 5 + 3 rows.
    expect(APPLICATION_RESULT_CODES).toHaveLength(21);
    expect(APPLICATION_RESULT_CODES.slice(0, 3)).toEqual([
      'DISCLOSED',
      'PARTIALLY_DISCLOSED',
      'WITHHELD.STATE_SECRET',
    ]);
    expect(APPLICATION_RESULT_CODES.at(-1)).toBe('OTHER.OTHER');
  });

  it('round-trips every code and labels it as the report does', () => {
    for (const code of APPLICATION_RESULT_CODES) {
      const result = parseApplicationResultCode(code)!;
      expect(applicationResultCode(result)).toBe(code);
      expect(applicationResultOf(result.category, result.reason)).toEqual(result);
    }
    expect(applicationResultLabel({ category: 'UNAVAILABLE', reason: 'NOT_HELD' })).toBe(
      '无法提供·本机关不掌握相关政府信息',
    );
    expect(applicationResultLabel({ category: 'NOT_PROCESSED', reason: 'COMPLAINT' })).toBe(
      '不予处理·信访举报投诉类申请',
    );
    expect(applicationResultLabel({ category: 'DISCLOSED', reason: null })).toBe('予以公开');
  });

  it('refuses a category without its sub-reason, a sub-reason of another category, and unknown codes', () => {
    const fieldOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        return Object.keys((error as DomainError).fields ?? {});
      }
      throw new Error('expected a refusal');
    };
    expect(fieldOf(() => applicationResultOf('WITHHELD', null))).toEqual(['resultReason']);
    expect(fieldOf(() => applicationResultOf('WITHHELD', 'NOT_HELD'))).toEqual(['resultReason']);
    expect(fieldOf(() => applicationResultOf('DISCLOSED', 'STATE_SECRET'))).toEqual(['resultReason']);
    expect(fieldOf(() => applicationResultOf('GRANTED', null))).toEqual(['resultCategory']);
    expect(parseApplicationResultCode('WITHHELD')).toBeNull();
    expect(parseApplicationResultCode('OTHER.NOPE')).toBeNull();
  });

  it('offers the sub-reasons of each category for the console', () => {
    expect(applicationResultReasonsOf('DISCLOSED')).toEqual([]);
    expect(applicationResultReasonsOf('OTHER').map((item) => item.reason)).toEqual([
      'NO_CORRECTION',
      'UNPAID',
      'OTHER',
    ]);
  });
});

describe('fees (国办函〔2020〕109号)', () => {
  it('charges per application by the month’s ordinal, progressively by band', () => {
    expect([1, 10, 11, 30, 31, 40, 41, 50, 51].map(perApplicationFee)).toEqual([
      0, 0, 100, 100, 200, 200, 300, 300, 400,
    ]);
  });

  it('charges per page by part', () => {
    expect(perPageFee(30)).toBe(0);
    expect(perPageFee(31)).toBe(10);
    expect(perPageFee(100)).toBe(700);
    expect(perPageFee(101)).toBe(720);
    expect(perPageFee(200)).toBe(2700);
    expect(perPageFee(201)).toBe(2740);
    expect(applicationFee('PER_PAGE', 250)).toBe(2700 + 50 * 40);
    expect(applicationFee('PER_APPLICATION', 12)).toBe(100);
  });

  it('refuses a basis that is not a positive integer', () => {
    expect(() => perPageFee(0)).toThrow(DomainError);
    expect(() => perApplicationFee(1.5)).toThrow(DomainError);
  });
});

describe('reply letter (条例 art. 36–39)', () => {
  const base: ReplyLetterInput = {
    bureauName: '某市文化广电和旅游局',
    caseNumber: 'YS-2026-000001',
    applicantName: '张三',
    receivedDate: '2026-03-02',
    replyDate: '2026-03-20',
    result: { category: 'DISCLOSED', reason: null },
    publishedIndexNumbers: [],
    withholdingReasons: [],
    responsibleAgency: null,
    correctionNoticeDate: null,
    linkedComplaintNumber: null,
    replyText: null,
  };

  it('words every result, with the receipt, the remedies and the signature', () => {
    for (const code of APPLICATION_RESULT_CODES) {
      const result = parseApplicationResultCode(code) as ApplicationResult;
      const letter = applicationReplyLetter({ ...base, result });
      expect(letter.title).toBe('政府信息公开申请答复书');
      expect(letter.salutation).toBe('张三：');
      expect(letter.paragraphs[0]).toContain('2026年3月2日');
      expect(letter.paragraphs[0]).toContain('YS-2026-000001');
      expect(letter.paragraphs.at(-1)).toContain('行政复议');
      expect(letter.date).toBe('2026年3月20日');
    }
    expect(APPLICATION_RESULT_CATEGORIES).toHaveLength(6);
  });

  it('chooses the form of art. 36 from the facts', () => {
    const published = applicationReplyLetter({ ...base, publishedIndexNumbers: ['BUREAU/2026-00001'] });
    expect(published.paragraphs[1]).toContain('已经主动公开');
    expect(published.paragraphs[1]).toContain('BUREAU/2026-00001');
    const notOurs = applicationReplyLetter({
      ...base,
      result: { category: 'UNAVAILABLE', reason: 'NOT_HELD' },
      responsibleAgency: '市自然资源和规划局',
    });
    expect(notOurs.paragraphs[1]).toContain('由市自然资源和规划局负责公开');
    const partial = applicationReplyLetter({
      ...base,
      result: { category: 'PARTIALLY_DISCLOSED', reason: null },
      withholdingReasons: ['PERSONAL_PRIVACY'],
      replyText: '第三页的个人信息已作遮盖。',
    });
    expect(partial.paragraphs[1]).toContain('第三十七条');
    expect(partial.paragraphs[1]).toContain('个人隐私');
    expect(partial.paragraphs[2]).toBe('第三页的个人信息已作遮盖。');
    const complaint = applicationReplyLetter({
      ...base,
      result: { category: 'NOT_PROCESSED', reason: 'COMPLAINT' },
      linkedComplaintNumber: 'TS-2026-000003',
    });
    expect(complaint.paragraphs[1]).toContain('TS-2026-000003');
    expect(applicationReplyLetter({ ...base, applicantName: null }).salutation).toBe('申请人：');
    expect(WITHHOLDING_REASONS.length).toBeGreaterThan(0);
  });
});
