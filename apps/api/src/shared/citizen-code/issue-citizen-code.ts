import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  ACCESS_CODE_RANDOM_BYTES,
  DomainError,
  encodeAccessCode,
  formatAccessCode,
  parseCaseNumber,
  type CaseKind,
  type CitizenCodeRevocationReason,
} from '@gdp/domain';
import type { Clock } from '../../clock.js';
import { isUniqueViolation } from '../../db/database.js';
import { CitizenCode } from './citizen-code.entity.js';

/** SHA-256 of the normalized code: 100 random bits need no slow hash (see CitizenCode). */
export const hashAccessCode = (normalizedCode: string): Buffer =>
  createHash('sha256').update(normalizedCode).digest();

export interface IssuedCitizenCode {
  /** The code as shown to the citizen, once: it is stored nowhere but as its hash. */
  accessCode: string;
  citizenCode: CitizenCode;
}

export interface RevokedCitizenCode {
  before: CitizenCode;
  after: CitizenCode;
}

const alreadyIssued = () =>
  new DomainError('CONFLICT', 'CITIZEN_CODE.ALREADY_ISSUED', '该案件已有有效的查询码；如需更换，请重新发放');

/**
 * Issues the access code of a new case, inside the caller's transaction, and returns it in clear this once.
 * The caller records the change in the audit trail (`recordChange(context, 'CitizenCode', …)`): the hash is
 * classified SECRET, so the audit row shows that a code was issued, never the code.
 */
export async function issueCitizenCode(
  manager: EntityManager,
  clock: Clock,
  caseKind: CaseKind,
  caseId: string,
  caseNumber: string,
): Promise<IssuedCitizenCode> {
  const parsed = parseCaseNumber(caseNumber);
  if (!parsed || parsed.caseNumber !== caseNumber || parsed.caseKind !== caseKind) {
    throw new Error(`case number ${caseNumber} does not belong to a case of kind ${caseKind}`);
  }
  const code = encodeAccessCode(randomBytes(ACCESS_CODE_RANDOM_BYTES));
  const citizenCode = manager.create(CitizenCode, {
    caseKind,
    caseId,
    caseNumber,
    codeHash: hashAccessCode(code).toString('hex'),
    issuedAt: clock.now(),
    revokedAt: null,
    revokedReason: null,
    lastUsedAt: null,
  });
  try {
    await manager.insert(CitizenCode, citizenCode);
  } catch (error) {
    // The partial unique indexes: one live code per case (two reissues at once: the second is refused).
    if (isUniqueViolation(error)) throw alreadyIssued();
    throw error;
  }
  return { accessCode: formatAccessCode(code), citizenCode };
}

async function lockLiveCode(
  manager: EntityManager,
  caseKind: CaseKind,
  caseId: string,
): Promise<CitizenCode | null> {
  return manager
    .getRepository(CitizenCode)
    .createQueryBuilder('code')
    .where('code.caseKind = :caseKind AND code.caseId = :caseId AND code.revokedAt IS NULL', {
      caseKind,
      caseId,
    })
    .setLock('pessimistic_write')
    .getOne();
}

/**
 * Stops the case's live code from working (a revoked code is refused exactly like a wrong one).
 * Returns the change for the caller's audit record, or null when the case had no live code.
 */
export async function revokeCitizenCode(
  manager: EntityManager,
  clock: Clock,
  caseKind: CaseKind,
  caseId: string,
  reason: CitizenCodeRevocationReason = 'REVOKED',
): Promise<RevokedCitizenCode | null> {
  const live = await lockLiveCode(manager, caseKind, caseId);
  if (!live) return null;
  const before = { ...live };
  live.revokedAt = clock.now();
  live.revokedReason = reason;
  await manager.update(CitizenCode, { id: live.id }, { revokedAt: live.revokedAt, revokedReason: reason });
  return { before, after: live };
}

/**
 * A new code for a case whose citizen lost theirs (staff, after checking who is asking): the live code is
 * revoked and a new one issued under the same case number, in the caller's transaction.
 */
export async function reissueCitizenCode(
  manager: EntityManager,
  clock: Clock,
  caseKind: CaseKind,
  caseId: string,
): Promise<IssuedCitizenCode & { revoked: RevokedCitizenCode | null }> {
  const revoked = await revokeCitizenCode(manager, clock, caseKind, caseId, 'REISSUED');
  const caseNumber =
    revoked?.after.caseNumber ??
    (await manager.findOne(CitizenCode, { where: { caseKind, caseId }, order: { issuedAt: 'DESC' } }))
      ?.caseNumber;
  if (!caseNumber) {
    throw new DomainError('NOT_FOUND', 'CITIZEN_CODE.NOT_ISSUED', '该案件尚未发放查询码');
  }
  return { ...(await issueCitizenCode(manager, clock, caseKind, caseId, caseNumber)), revoked };
}
