import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { CASE_NUMBER_PREFIXES, type CaseKind } from './case-kinds.js';
import {
  ACCESS_CODE_BITS,
  ACCESS_CODE_FORMAT_MESSAGE,
  ACCESS_CODE_LENGTH,
  ACCESS_CODE_RANDOM_BYTES,
  CASE_NUMBER_FORMAT_MESSAGE,
  CITIZEN_CODE_ATTEMPT_POLICY,
  CITIZEN_CODE_REVOCATION_REASONS,
  CITIZEN_CODE_REVOCATION_REASON_LABELS,
  CROCKFORD_ALPHABET,
  NUMBERED_CASE_KINDS,
  caseNumberPrefixOf,
  caseNumberYearOf,
  citizenCodeLimitReached,
  citizenCodeLookupSchema,
  encodeAccessCode,
  formatAccessCode,
  formatCaseNumber,
  isCaseNumber,
  normalizeAccessCode,
  parseCaseNumber,
} from './citizen-code.js';

const SEED = 20_261_126;

describe('access code format (SPEC §2.3b)', () => {
  it('carries at least 80 bits: 20 symbols of a 32-symbol alphabet, drawn from 13 bytes', () => {
    expect(CROCKFORD_ALPHABET).toHaveLength(32);
    expect(new Set(CROCKFORD_ALPHABET).size).toBe(32);
    expect(CROCKFORD_ALPHABET).not.toMatch(/[ILOU]/);
    expect(ACCESS_CODE_LENGTH).toBe(20);
    expect(ACCESS_CODE_BITS).toBe(100);
    expect(ACCESS_CODE_BITS).toBeGreaterThanOrEqual(80);
    expect(ACCESS_CODE_RANDOM_BYTES).toBe(13);
  });

  const encodings: Array<[string, number[], string]> = [
    ['all zero bits', Array(13).fill(0), '0'.repeat(20)],
    ['all one bits', Array(13).fill(0xff), 'Z'.repeat(20)],
    // 0x08 = 00001 000…: the first symbol is 1, the rest 0.
    ['the first symbol only', [0x08, ...Array(12).fill(0)], `1${'0'.repeat(19)}`],
    // The 100th bit is bit 3 of byte 12 (bits 100–103 are dropped).
    ['the last used bit', [...Array(12).fill(0), 0x10], `${'0'.repeat(19)}1`],
    ['the dropped bits', [...Array(12).fill(0), 0x0f], '0'.repeat(20)],
    // 00000 00001 00010 00011 … : symbol i is i.
    [
      'symbols 0–19 in order',
      [0x00, 0x44, 0x32, 0x14, 0xc7, 0x42, 0x54, 0xb6, 0x35, 0xcf, 0x84, 0x65, 0x30],
      '0123456789ABCDEFGHJK',
    ],
  ];
  it.each(encodings)('encodes %s', (_name, bytes, expected) => {
    expect(encodeAccessCode(Uint8Array.from(bytes))).toBe(expected);
  });

  it('refuses fewer than 13 random bytes', () => {
    expect(() => encodeAccessCode(new Uint8Array(12))).toThrow(RangeError);
  });

  it('shows a code in five groups of four', () => {
    expect(formatAccessCode('0123456789ABCDEFGHJK')).toBe('0123-4567-89AB-CDEF-GHJK');
  });

  it('always encodes to 20 alphabet symbols that normalize to themselves, grouped or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 13, maxLength: 13 }), (bytes) => {
        const code = encodeAccessCode(bytes);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
        expect(normalizeAccessCode(code)).toBe(code);
        expect(normalizeAccessCode(formatAccessCode(code))).toBe(code);
        expect(normalizeAccessCode(formatAccessCode(code).toLowerCase())).toBe(code);
      }),
      { seed: SEED },
    );
  });

  it('gives distinct codes for distinct first 100 bits', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 13, maxLength: 13 }),
        fc.uint8Array({ minLength: 13, maxLength: 13 }),
        (a, b) => {
          const sameBits =
            a.slice(0, 12).every((byte, index) => byte === b[index]) && (a[12] & 0xf0) === (b[12] & 0xf0);
          expect(encodeAccessCode(a) === encodeAccessCode(b)).toBe(sameBits);
        },
      ),
      { seed: SEED },
    );
  });
});

describe('normalizeAccessCode', () => {
  const accepted: Array<[string, string]> = [
    ['0123-4567-89AB-CDEF-GHJK', '0123456789ABCDEFGHJK'],
    ['0123456789ABCDEFGHJK', '0123456789ABCDEFGHJK'],
    ['0123-4567-89ab-cdef-ghjk', '0123456789ABCDEFGHJK'],
    ['  0123 4567 89AB CDEF GHJK  ', '0123456789ABCDEFGHJK'],
    ['0123--4567 - 89AB-CDEF-GHJK', '0123456789ABCDEFGHJK'],
    // Crockford: I and L are read as 1, O as 0, in either case.
    ['OI23-4567-89AB-CDEF-GHJK', '0123456789ABCDEFGHJK'],
    ['ol23-4567-89AB-CDEF-GHJK', '0123456789ABCDEFGHJK'],
    // Full-width characters and dashes from a Chinese input method.
    ['０１２３－４５６７－８９ＡＢ－ＣＤＥＦ－ＧＨＪＫ', '0123456789ABCDEFGHJK'],
    ['0123\u30004567\u201489AB\u2013CDEF\u2212GHJK', '0123456789ABCDEFGHJK'],
    ['\t0123-4567-89AB-CDEF-GHJK\n', '0123456789ABCDEFGHJK'],
  ];
  it.each(accepted)('%j → %s', (input, expected) => {
    expect(normalizeAccessCode(input)).toBe(expected);
  });

  const refused: Array<[string, string]> = [
    ['empty', ''],
    ['spaces only', '     '],
    ['19 symbols', '0123-4567-89AB-CDEF-GHJ'],
    ['21 symbols', '0123-4567-89AB-CDEF-GHJKM'],
    ['U is not in the alphabet', '0123-4567-89AB-CDEF-GHJU'],
    ['punctuation', '0123-4567-89AB-CDEF-GH.K'],
    ['underscore', '0123_4567_89AB_CDEF_GHJK'],
    ['Chinese characters', '查询码查询码查询码查询码查询码查询码查询'],
    ['a base64 token', 'gdpt_abcdefghijklmnopq'],
    ['very long input', `${'0'.repeat(20)}${' '.repeat(60)}`],
    ['SQL', "' OR 1=1 --              "],
  ];
  it.each(refused)('refuses %s', (_name, input) => {
    expect(normalizeAccessCode(input)).toBeNull();
  });

  it('refuses non-strings', () => {
    expect(normalizeAccessCode(undefined as unknown as string)).toBeNull();
    expect(normalizeAccessCode(12345 as unknown as string)).toBeNull();
  });
});

describe('case numbers', () => {
  it('have a prefix for applications, complaints, meetings and invitations', () => {
    expect(NUMBERED_CASE_KINDS).toEqual(['APPLICATION', 'COMPLAINT', 'MEETING', 'INVITATION']);
    expect(caseNumberPrefixOf('APPLICATION')).toBe('YS');
    expect(caseNumberPrefixOf('COMPLAINT')).toBe('TS');
    expect(caseNumberPrefixOf('MEETING')).toBe('LX');
    expect(caseNumberPrefixOf('INVITATION')).toBe('YQ');
    expect(() => caseNumberPrefixOf('DOCUMENT')).toThrow(RangeError);
  });

  const formatted: Array<[CaseKind, number, number, string]> = [
    ['APPLICATION', 2026, 1, 'YS-2026-000001'],
    ['APPLICATION', 2026, 123, 'YS-2026-000123'],
    ['COMPLAINT', 2027, 999_999, 'TS-2027-999999'],
    ['MEETING', 2026, 42, 'LX-2026-000042'],
    ['INVITATION', 2026, 7, 'YQ-2026-000007'],
  ];
  it.each(formatted)('%s %i #%i → %s', (kind, year, sequence, expected) => {
    expect(formatCaseNumber(kind, year, sequence)).toBe(expected);
    expect(parseCaseNumber(expected)).toEqual({
      caseNumber: expected,
      prefix: CASE_NUMBER_PREFIXES[kind],
      caseKind: kind,
      year,
      sequence,
    });
  });

  const unformattable: Array<[string, CaseKind, number, number]> = [
    ['sequence 0', 'APPLICATION', 2026, 0],
    ['sequence over six digits', 'APPLICATION', 2026, 1_000_000],
    ['fractional sequence', 'APPLICATION', 2026, 1.5],
    ['three-digit year', 'APPLICATION', 999, 1],
    ['a kind without prefix', 'DOCUMENT', 2026, 1],
  ];
  it.each(unformattable)('refuses to format %s', (_name, kind, year, sequence) => {
    expect(() => formatCaseNumber(kind, year, sequence)).toThrow(RangeError);
  });

  const parsed: Array<[string, string]> = [
    ['ys-2026-000123', 'YS-2026-000123'],
    ['  TS-2026-000001 ', 'TS-2026-000001'],
    ['ＹＳ－２０２６－０００１２３', 'YS-2026-000123'],
    ['LX\u20142026\u2013000007', 'LX-2026-000007'],
  ];
  it.each(parsed)('reads %j as %s', (input, expected) => {
    expect(parseCaseNumber(input)?.caseNumber).toBe(expected);
    expect(isCaseNumber(input)).toBe(true);
  });

  const malformed: Array<[string, string]> = [
    ['empty', ''],
    ['unknown prefix', 'XX-2026-000001'],
    ['a kind without prefix', 'WJ-2026-000001'],
    ['sequence zero', 'YS-2026-000000'],
    ['five-digit sequence', 'YS-2026-00001'],
    ['seven-digit sequence', 'YS-2026-0000001'],
    ['two-digit year', 'YS-26-000001'],
    ['year before 2000', 'YS-1999-000001'],
    ['no dashes', 'YS2026000001'],
    ['spaces inside', 'YS 2026 000001'],
    ['trailing text', 'YS-2026-000001x'],
    ['SQL', "YS-2026-000001' OR '1'='1"],
  ];
  it.each(malformed)('refuses %s', (_name, input) => {
    expect(parseCaseNumber(input)).toBeNull();
    expect(isCaseNumber(input)).toBe(false);
  });

  const years: Array<[string, number]> = [
    ['2026-06-30T12:00:00Z', 2026],
    // New Year comes eight hours earlier in Shanghai than in UTC.
    ['2026-12-31T15:59:59Z', 2026],
    ['2026-12-31T16:00:00Z', 2027],
    ['2027-01-01T00:00:00+08:00', 2027],
  ];
  it.each(years)('a case filed at %s is numbered in %i', (instant, year) => {
    expect(caseNumberYearOf(new Date(instant))).toBe(year);
  });
});

describe('citizenCodeLookupSchema', () => {
  function messagesOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
    const result = schema.safeParse(input);
    expect(result.success, `expected ${JSON.stringify(input)} to be refused`).toBe(false);
    const messages: Record<string, string[]> = {};
    for (const issue of result.error?.issues ?? [])
      (messages[issue.path.join('.')] ??= []).push(issue.message);
    return messages;
  }

  it('normalizes both fields', () => {
    expect(
      citizenCodeLookupSchema.parse({
        caseNumber: ' ys-2026-000123 ',
        accessCode: 'o123-4567-89ab-cdef-ghjk',
      }),
    ).toEqual({
      caseNumber: 'YS-2026-000123',
      accessCode: '0123456789ABCDEFGHJK',
    });
  });

  const refused: Array<[string, unknown, Record<string, string[]>]> = [
    [
      'both empty',
      { caseNumber: ' ', accessCode: '' },
      { caseNumber: ['请填写案件编号'], accessCode: ['请填写查询码'] },
    ],
    ['both missing', {}, { caseNumber: ['请填写案件编号'], accessCode: ['请填写查询码'] }],
    [
      'a malformed number',
      { caseNumber: 'YS-2026-1', accessCode: '0123-4567-89AB-CDEF-GHJK' },
      { caseNumber: [CASE_NUMBER_FORMAT_MESSAGE] },
    ],
    [
      'a malformed code',
      { caseNumber: 'YS-2026-000001', accessCode: '0123-4567' },
      { accessCode: [ACCESS_CODE_FORMAT_MESSAGE] },
    ],
  ];
  it.each(refused)('refuses %s with zh-CN field messages', (_name, input, expected) => {
    expect(messagesOf(citizenCodeLookupSchema, input)).toEqual(expected);
  });
});

describe('citizenCodeLimitReached', () => {
  it('allows 10 failures per case number and 30 per IP within 15 minutes', () => {
    expect(CITIZEN_CODE_ATTEMPT_POLICY).toEqual({
      windowMinutes: 15,
      maxFailuresPerCaseNumber: 10,
      maxFailuresPerIp: 30,
    });
  });

  const cases: Array<[number, number, ReturnType<typeof citizenCodeLimitReached>]> = [
    [0, 0, null],
    [9, 29, null],
    [10, 0, 'CASE_NUMBER'],
    [11, 0, 'CASE_NUMBER'],
    [0, 30, 'IP'],
    [9, 30, 'IP'],
    [10, 30, 'CASE_NUMBER'],
  ];
  it.each(cases)('%i failures on the case, %i from the IP → %s', (byCaseNumber, byIp, expected) => {
    expect(citizenCodeLimitReached({ byCaseNumber, byIp })).toBe(expected);
  });
});

describe('revocation reasons', () => {
  it('each have a zh-CN label', () => {
    expect(Object.keys(CITIZEN_CODE_REVOCATION_REASON_LABELS).sort()).toEqual(
      [...CITIZEN_CODE_REVOCATION_REASONS].sort(),
    );
    for (const label of Object.values(CITIZEN_CODE_REVOCATION_REASON_LABELS))
      expect(label).toMatch(/\p{Script=Han}/u);
  });
});
