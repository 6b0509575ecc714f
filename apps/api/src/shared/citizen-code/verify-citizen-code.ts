import { createHash, timingSafeEqual } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import {
  CITIZEN_CODE_ATTEMPT_POLICY,
  DomainError,
  citizenCodeLimitReached,
  citizenCodeLookupSchema,
  type CaseKind,
} from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { rateLimited } from '../errors/app-errors.js';
import { parseInput } from '../validation/parse-input.js';
import { CitizenCode } from './citizen-code.entity.js';
import { CodeAttempt } from './code-attempt.entity.js';
import { hashAccessCode } from './issue-citizen-code.js';

export interface VerifiedCase {
  caseKind: CaseKind;
  caseId: string;
  caseNumber: string;
}

/** One answer for an unknown number, a wrong code and a revoked code: the refusal reveals nothing. */
export const caseNotFound = (): DomainError =>
  new DomainError('NOT_FOUND', 'CITIZEN_CODE.NOT_FOUND', '未找到该案件或查询码不正确');

/** Compared against when the number is unknown, so both paths do the same work. */
const NO_CODE_HASH = createHash('sha256').update('no citizen code').digest();

/**
 * The case that a case number and access code open, for the citizen reading or acting on it (SPEC §2.3b).
 * Inside a mutation it reads in the mutation's transaction; in a query with the data source.
 *
 * Malformed input is refused as BAD_USER_INPUT (the formats are public). Every other refusal is the same
 * NOT_FOUND, the hashes compared in constant time. Failures are counted per case number and per client IP in
 * the database, so the limits hold across replicas; a limit reached refuses even the right code until the
 * window has passed, or guessing would go on. `caseKind` restricts the look-up to one kind of case (an
 * application's page never opens a complaint); another kind is refused like a wrong code.
 */
export async function verifyCitizenCode(
  context: RequestContext,
  rawCaseNumber: string,
  rawAccessCode: string,
  options: { caseKind?: CaseKind } = {},
): Promise<VerifiedCase> {
  const { caseNumber, accessCode } = parseInput(citizenCodeLookupSchema, {
    caseNumber: rawCaseNumber,
    accessCode: rawAccessCode,
  });
  const now = context.services.clock.now();
  const manager = context.mutation?.manager ?? context.services.db.dataSource.manager;
  const policy = CITIZEN_CODE_ATTEMPT_POLICY;

  const [failures] = (await manager.query(
    `SELECT count(*) FILTER (WHERE case_number = $1)::int AS "byCaseNumber",
            count(*) FILTER (WHERE ip = $2)::int AS "byIp"
       FROM code_attempt
      WHERE at > $3 AND (case_number = $1 OR ip = $2)`,
    [caseNumber, context.ip, new Date(now.getTime() - policy.windowMinutes * 60_000)],
  )) as Array<{ byCaseNumber: number; byIp: number }>;
  const limit = citizenCodeLimitReached(failures);
  if (limit === 'CASE_NUMBER') {
    throw rateLimited(
      'CITIZEN_CODE.CASE_RATE_LIMITED',
      `该案件编号查询失败次数过多，请 ${policy.windowMinutes} 分钟后再试`,
      policy.windowMinutes * 60,
    );
  }
  if (limit === 'IP') {
    throw rateLimited(
      'CITIZEN_CODE.IP_RATE_LIMITED',
      `该网络地址查询失败次数过多，请 ${policy.windowMinutes} 分钟后再试`,
      policy.windowMinutes * 60,
    );
  }

  const code = await manager.findOneBy(CitizenCode, { caseNumber, revokedAt: IsNull() });
  const hashMatches = timingSafeEqual(
    hashAccessCode(accessCode),
    code ? Buffer.from(code.codeHash, 'hex') : NO_CODE_HASH,
  );
  if (!code || !hashMatches || (options.caseKind && code.caseKind !== options.caseKind)) {
    await recordFailure(context, manager, { caseNumber, ip: context.ip, at: now });
    throw caseNotFound();
  }
  await manager.update(CitizenCode, { id: code.id }, { lastUsedAt: now });
  return { caseKind: code.caseKind, caseId: code.caseId, caseNumber: code.caseNumber };
}

/** A failed mutation rolls back: its failure is counted in the transaction that records the refusal. */
async function recordFailure(
  context: RequestContext,
  manager: EntityManager,
  attempt: Pick<CodeAttempt, 'caseNumber' | 'ip' | 'at'>,
): Promise<void> {
  if (context.mutation) {
    context.mutation.onFailure.push((failureManager) =>
      failureManager.insert(CodeAttempt, attempt).then(() => undefined),
    );
  } else {
    await manager.insert(CodeAttempt, attempt);
  }
}

/** For the scheduled jobs: attempts older than the limits' window count for nothing. */
export async function purgeExpiredCodeAttempts(manager: EntityManager, now: Date): Promise<number> {
  const before = new Date(now.getTime() - CITIZEN_CODE_ATTEMPT_POLICY.windowMinutes * 60_000);
  const result = await manager
    .createQueryBuilder()
    .delete()
    .from(CodeAttempt)
    .where('at <= :before', { before })
    .execute();
  return result.affected ?? 0;
}
