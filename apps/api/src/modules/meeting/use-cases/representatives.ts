import {
  DomainError,
  eligibilityCheckSchema,
  representativeDuplicateKeys,
  representativeSchema,
  type RepresentativeInput as DomainRepresentativeInput,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { Representative, RepresentativeEligibilityCheck } from '../meeting.entity.js';
import { REPRESENTATIVE_LABEL } from '../meeting.steps.js';
import type { EligibilityCheckInput, RepresentativeInput } from '../meeting.types.js';

/**
 * The registry of public representatives (SPEC M8, [seed §6-1, §6-3]): registered once per person — a likely
 * duplicate (same phone, e-mail, or name at the same organisation) is refused with CONFLICT naming the entries,
 * unless the keeper confirms it is another person — checked for eligibility, activated and deactivated.
 */
async function assertNotDuplicate(
  context: RequestContext,
  keys: string[],
  exceptId: string | null,
  confirmNotDuplicate: boolean,
): Promise<void> {
  if (confirmNotDuplicate) return;
  const { manager } = requireMutationScope(context);
  const query = manager
    .getRepository(Representative)
    .createQueryBuilder('representative')
    .where('representative.duplicateKeys && CAST(:keys AS text[])', { keys })
    .orderBy('representative.createdAt', 'ASC')
    .take(10);
  if (exceptId) query.andWhere('representative.id <> :exceptId', { exceptId });
  const duplicates = await query.getMany();
  if (duplicates.length === 0) return;
  throw new DomainError(
    'CONFLICT',
    'REPRESENTATIVE.LIKELY_DUPLICATE',
    `名册中已有可能是同一人的社会代表：${duplicates.map((entry) => entry.name).join('、')}。如确认不是同一人，请勾选“确认不是同一人”后再保存`,
    {
      details: {
        duplicates: duplicates.map((entry) => ({ id: entry.id, name: entry.name, organisation: entry.organisation })),
      },
    },
  );
}

/** The entry's fields as the validated input gives them (absent optional fields stored as null). */
const entryOf = (input: DomainRepresentativeInput) => ({
  name: input.name,
  type: input.type,
  organisation: input.organisation ?? null,
  title: input.title ?? null,
  expertise: input.expertise ?? null,
  phone: input.phone ?? null,
  email: input.email ?? null,
  postalAddress: input.postalAddress ?? null,
});

export async function registerRepresentative(
  context: RequestContext,
  rawInput: RepresentativeInput,
  confirmNotDuplicate: boolean,
): Promise<Representative> {
  const scope = requireMutationScope(context);
  const input = parseInput(representativeSchema, rawInput);
  const duplicateKeys = representativeDuplicateKeys(input);
  await assertNotDuplicate(context, duplicateKeys, null, confirmNotDuplicate);
  const now = context.services.clock.now();
  const representative = scope.manager.create(Representative, {
    ...entryOf(input),
    duplicateKeys,
    state: 'ACTIVE',
    eligibilityOutcome: null,
    eligibilityBasis: null,
    eligibilityCheckedById: null,
    eligibilityCheckedAt: null,
    createdById: staffIdOf(context),
    createdAt: now,
    updatedAt: now,
  });
  await scope.manager.save(representative);
  recordChange(context, 'Representative', representative.id, null, representative);
  return representative;
}

export async function updateRepresentative(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: RepresentativeInput,
  confirmNotDuplicate: boolean,
): Promise<Representative> {
  const scope = requireMutationScope(context);
  const representative = await loadForUpdate(scope.manager, Representative, id, version, REPRESENTATIVE_LABEL);
  const input = parseInput(representativeSchema, rawInput);
  const duplicateKeys = representativeDuplicateKeys(input);
  await assertNotDuplicate(context, duplicateKeys, representative.id, confirmNotDuplicate);
  const before = { ...representative };
  Object.assign(representative, {
    ...entryOf(input),
    duplicateKeys,
    updatedAt: context.services.clock.now(),
  });
  await scope.manager.save(representative);
  recordChange(context, 'Representative', representative.id, before, representative);
  return representative;
}

/** Seed §6-3 checked as one outcome with its basis; kept in the history, the latest shown on the entry. */
export async function recordRepresentativeEligibility(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: EligibilityCheckInput,
): Promise<Representative> {
  const scope = requireMutationScope(context);
  const representative = await loadForUpdate(scope.manager, Representative, id, version, REPRESENTATIVE_LABEL);
  const input = parseInput(eligibilityCheckSchema, rawInput);
  const now = context.services.clock.now();
  const checkedById = staffIdOf(context) as string;
  const check = scope.manager.create(RepresentativeEligibilityCheck, {
    representativeId: representative.id,
    outcome: input.outcome,
    basis: input.basis,
    checkedById,
    checkedAt: now,
  });
  await scope.manager.save(check);
  recordChange(context, 'RepresentativeEligibilityCheck', check.id, null, check);
  const before = { ...representative };
  representative.eligibilityOutcome = input.outcome;
  representative.eligibilityBasis = input.basis;
  representative.eligibilityCheckedById = checkedById;
  representative.eligibilityCheckedAt = now;
  representative.updatedAt = now;
  await scope.manager.save(representative);
  recordChange(context, 'Representative', representative.id, before, representative);
  return representative;
}

export async function setRepresentativeActive(
  context: RequestContext,
  id: string,
  version: number,
  active: boolean,
): Promise<Representative> {
  const scope = requireMutationScope(context);
  const representative = await loadForUpdate(scope.manager, Representative, id, version, REPRESENTATIVE_LABEL);
  const before = { ...representative };
  representative.state = active ? 'ACTIVE' : 'INACTIVE';
  representative.updatedAt = context.services.clock.now();
  await scope.manager.save(representative);
  recordChange(context, 'Representative', representative.id, before, representative);
  return representative;
}
