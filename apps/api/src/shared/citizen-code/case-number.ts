import type { EntityManager } from 'typeorm';
import { caseNumberPrefixOf, caseNumberYearOf, formatCaseNumber, type CaseKind } from '@gdp/domain';

/**
 * The next case number of this kind for the bureau's year of `date` (YS-2026-000123), inside the caller's
 * transaction. One upsert both creates the year's counter and advances it, and its row lock makes
 * concurrent filings wait for each other (on every replica): no two cases get one number, and a filing
 * that rolls back gives its number back, so numbers have no gaps.
 */
export async function issueCaseNumber(
  manager: EntityManager,
  caseKind: CaseKind,
  date: Date,
): Promise<string> {
  const year = caseNumberYearOf(date);
  return formatCaseNumber(caseKind, year, await nextInYearlySequence(manager, caseNumberPrefixOf(caseKind), year));
}

/** The next number of a yearly sequence (1, 2, …), by the same atomic upsert; other numberings reuse it. */
export async function nextInYearlySequence(manager: EntityManager, prefix: string, year: number): Promise<number> {
  const [{ last }] = (await manager.query(
    `INSERT INTO case_number_sequence (prefix, year, last) VALUES ($1, $2, 1)
     ON CONFLICT (prefix, year) DO UPDATE SET last = case_number_sequence.last + 1
     RETURNING last`,
    [prefix, year],
  )) as Array<{ last: number }>;
  return Number(last);
}
