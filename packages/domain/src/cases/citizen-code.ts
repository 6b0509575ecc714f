import { z } from 'zod';
import { shanghaiDateOf } from '../shared/calendar-date.js';
import { CASE_NUMBER_PREFIXES, type CaseKind } from './case-kinds.js';

/**
 * Codes for citizens (SPEC §2.3b): a submission returns a public case number and a secret access code;
 * with both, the submitter reads their own case and nothing else. The API draws the randomness; this file
 * holds the formats, which the portal, the console and the API must agree on.
 */

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 20 symbols of 5 bits: 100 random bits, well above the 80 the specification asks for. */
export const ACCESS_CODE_LENGTH = 20;
export const ACCESS_CODE_BITS = ACCESS_CODE_LENGTH * 5;
/** Random bytes the API draws for one code (104 bits, of which the first 100 are used). */
export const ACCESS_CODE_RANDOM_BYTES = Math.ceil(ACCESS_CODE_BITS / 8);
const ACCESS_CODE_GROUP = 4;
/** Longer input is refused before any work: a code with generous spacing is far shorter. */
const ACCESS_CODE_INPUT_MAX = 64;

/** Reasons a code stops working; a revoked code is refused exactly like a wrong one. */
export const CITIZEN_CODE_REVOCATION_REASONS = ['REISSUED', 'REVOKED'] as const;
export type CitizenCodeRevocationReason = (typeof CITIZEN_CODE_REVOCATION_REASONS)[number];

export const CITIZEN_CODE_REVOCATION_REASON_LABELS: Record<CitizenCodeRevocationReason, string> = {
  REISSUED: '已重新发放，旧码作废',
  REVOKED: '已作废',
};

/**
 * The 20-symbol code carried by `bytes` (at least 13 random bytes; the first 100 bits are used, each
 * symbol takes 5 of them, so every symbol is uniform when the bytes are).
 */
export function encodeAccessCode(bytes: Uint8Array): string {
  if (bytes.length < ACCESS_CODE_RANDOM_BYTES) {
    throw new RangeError(`an access code needs ${ACCESS_CODE_RANDOM_BYTES} random bytes`);
  }
  let code = '';
  for (let symbol = 0; symbol < ACCESS_CODE_LENGTH; symbol += 1) {
    let value = 0;
    for (let bit = symbol * 5; bit < symbol * 5 + 5; bit += 1) {
      value = (value << 1) | ((bytes[bit >> 3] >> (7 - (bit & 7))) & 1);
    }
    code += CROCKFORD_ALPHABET[value];
  }
  return code;
}

/** `XXXX-XXXX-XXXX-XXXX-XXXX`, as shown to the citizen; the input is a normalized code. */
export function formatAccessCode(normalized: string): string {
  const groups: string[] = [];
  for (let start = 0; start < normalized.length; start += ACCESS_CODE_GROUP) {
    groups.push(normalized.slice(start, start + ACCESS_CODE_GROUP));
  }
  return groups.join('-');
}

/**
 * The code as stored (hashed) and compared: upper case, without spaces or dashes, I and L read as 1 and O
 * as 0 (Crockford). Full-width characters typed with a Chinese input method count as their ASCII forms.
 * Null for anything that is not 20 symbols of the alphabet.
 */
export function normalizeAccessCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > ACCESS_CODE_INPUT_MAX) return null;
  const code = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015\u2212]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (code.length !== ACCESS_CODE_LENGTH) return null;
  for (const symbol of code) if (!CROCKFORD_ALPHABET.includes(symbol)) return null;
  return code;
}

/** Case numbers run per prefix and year, six digits: the bureau files well under a million cases a year. */
export const CASE_NUMBER_SEQUENCE_MAX = 999_999;
const CASE_NUMBER = /^([A-Z]{2})-(\d{4})-(\d{6})$/;

export interface CaseNumber {
  caseNumber: string;
  prefix: string;
  caseKind: CaseKind;
  year: number;
  sequence: number;
}

/** The kinds of case that carry a case number, hence a citizen code. */
export const NUMBERED_CASE_KINDS = Object.keys(CASE_NUMBER_PREFIXES) as CaseKind[];
export const CASE_NUMBER_PREFIX_VALUES = Object.values(CASE_NUMBER_PREFIXES) as string[];

export function caseNumberPrefixOf(caseKind: CaseKind): string {
  const prefix = CASE_NUMBER_PREFIXES[caseKind];
  if (!prefix) throw new RangeError(`case kind ${caseKind} has no case number prefix`);
  return prefix;
}

const caseKindOfPrefix = (prefix: string): CaseKind | undefined =>
  NUMBERED_CASE_KINDS.find((kind) => CASE_NUMBER_PREFIXES[kind] === prefix);

/** The year a case number carries: the bureau's (Asia/Shanghai) year at the moment of filing. */
export const caseNumberYearOf = (instant: Date): number => Number(shanghaiDateOf(instant).slice(0, 4));

/** `YS-2026-000123`. */
export function formatCaseNumber(caseKind: CaseKind, year: number, sequence: number): string {
  const prefix = caseNumberPrefixOf(caseKind);
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`year ${year} out of range`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > CASE_NUMBER_SEQUENCE_MAX) {
    throw new RangeError(`case number sequence ${sequence} out of range`);
  }
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}

/**
 * A case number as typed by a citizen (spaces around it, lower case, full-width characters accepted),
 * or null when it is not one: unknown prefix, sequence 000000, malformed.
 */
export function parseCaseNumber(input: string): CaseNumber | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const text = input
    .normalize('NFKC')
    .trim()
    .toUpperCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-');
  const match = CASE_NUMBER.exec(text);
  if (!match) return null;
  const [, prefix, yearText, sequenceText] = match;
  const caseKind = caseKindOfPrefix(prefix);
  const year = Number(yearText);
  const sequence = Number(sequenceText);
  if (!caseKind || year < 2000 || sequence < 1) return null;
  return { caseNumber: text, prefix, caseKind, year, sequence };
}

export const isCaseNumber = (input: string): boolean => parseCaseNumber(input) !== null;

export const CASE_NUMBER_FORMAT_MESSAGE = '案件编号格式不正确，应形如 YS-2026-000123';
export const ACCESS_CODE_FORMAT_MESSAGE =
  '查询码格式不正确，应为 20 位字母和数字（形如 XXXX-XXXX-XXXX-XXXX-XXXX）';

/** What a citizen types to read their case; both fields come back normalized. */
export const citizenCodeLookupSchema = z.object({
  caseNumber: z
    .string({ error: '请填写案件编号' })
    .trim()
    .min(1, { error: '请填写案件编号', abort: true })
    .transform((value, context) => {
      const parsed = parseCaseNumber(value);
      if (!parsed) {
        context.addIssue({ code: 'custom', message: CASE_NUMBER_FORMAT_MESSAGE });
        return z.NEVER;
      }
      return parsed.caseNumber;
    }),
  accessCode: z
    .string({ error: '请填写查询码' })
    .trim()
    .min(1, { error: '请填写查询码', abort: true })
    .transform((value, context) => {
      const code = normalizeAccessCode(value);
      if (!code) {
        context.addIssue({ code: 'custom', message: ACCESS_CODE_FORMAT_MESSAGE });
        return z.NEVER;
      }
      return code;
    }),
});
export type CitizenCodeLookup = z.output<typeof citizenCodeLookupSchema>;

/**
 * Failed look-ups are limited per case number (guessing one case's code) and per client IP (trying many
 * cases). The codes carry 100 bits, so guessing is hopeless anyway; the limits stop noise and scanning.
 * An external app that forwards its users' requests must be a trusted proxy (X-Forwarded-For), or all
 * its users share its one IP.
 */
export const CITIZEN_CODE_ATTEMPT_POLICY = {
  windowMinutes: 15,
  maxFailuresPerCaseNumber: 10,
  maxFailuresPerIp: 30,
} as const;

export type CitizenCodeLimit = 'CASE_NUMBER' | 'IP';

/** Which limit, if any, refuses the next look-up, given the failures within the window. */
export function citizenCodeLimitReached(
  failures: { byCaseNumber: number; byIp: number },
  policy: { maxFailuresPerCaseNumber: number; maxFailuresPerIp: number } = CITIZEN_CODE_ATTEMPT_POLICY,
): CitizenCodeLimit | null {
  if (failures.byCaseNumber >= policy.maxFailuresPerCaseNumber) return 'CASE_NUMBER';
  if (failures.byIp >= policy.maxFailuresPerIp) return 'IP';
  return null;
}
