import { IsNull } from 'typeorm';
import { DomainError, guideInputSchema, type GuideInput as ParsedGuide } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { isUniqueViolation } from '../../../db/database.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { forbidden } from '../../../shared/errors/app-errors.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import type { GuideInput } from '../catalog.types.js';
import { GuideVersion } from '../guide-version.entity.js';

const LABEL = '公开指南版本';

const draftExists = (): DomainError =>
  new DomainError('CONFLICT', 'GUIDE.DRAFT_EXISTS', '已有未发布的公开指南草稿，请修改该草稿');

const columnsOf = (input: ParsedGuide) => ({
  classification: input.classification,
  proactiveDisclosure: input.proactiveDisclosure,
  applicationProcedure: input.applicationProcedure,
  officeName: input.office.name,
  officeAddress: input.office.address,
  officeHours: input.office.officeHours,
  officeTelephone: input.office.telephone,
  officeFax: input.office.fax,
  officeWebsite: input.office.website,
  officeEmail: input.office.email,
  otherText: input.otherText ?? null,
});

/** Starts the next version as a draft. One draft at a time: a second one would fork the guide. */
export async function createGuideDraft(context: RequestContext, rawInput: GuideInput): Promise<GuideVersion> {
  const input = parseInput(guideInputSchema, rawInput);
  if (context.actor.kind !== 'staff') throw forbidden();
  const { manager } = requireMutationScope(context);
  const repository = manager.getRepository(GuideVersion);
  if (await repository.existsBy({ publishedAt: IsNull() })) throw draftExists();
  const latest = await repository
    .createQueryBuilder('guide')
    .select('MAX(guide.versionNumber)', 'max')
    .getRawOne<{ max: number | null }>();
  const now = context.services.clock.now();
  const draft = repository.create({
    ...columnsOf(input),
    versionNumber: Number(latest?.max ?? 0) + 1,
    publishedAt: null,
    publishedById: null,
    createdById: context.actor.userId,
    createdAt: now,
    updatedAt: now,
  });
  try {
    await manager.save(draft);
  } catch (error) {
    // Two drafts started at once take the same number: the unique index refuses the second.
    if (isUniqueViolation(error)) throw draftExists();
    throw error;
  }
  recordChange(context, 'GuideVersion', draft.id, null, draft);
  return draft;
}

const alreadyPublished = (): DomainError =>
  new DomainError('CONFLICT', 'GUIDE.ALREADY_PUBLISHED', '该版本已发布，不能修改；请新建草稿');

/** Edits the draft at the version the editor saw; published versions are frozen. */
export async function updateGuideDraft(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: GuideInput,
): Promise<GuideVersion> {
  const input = parseInput(guideInputSchema, rawInput);
  const { manager } = requireMutationScope(context);
  const draft = await loadForUpdate(manager, GuideVersion, id, version, LABEL);
  if (draft.publishedAt) throw alreadyPublished();
  const before = { ...draft };
  Object.assign(draft, columnsOf(input), { updatedAt: context.services.clock.now() });
  await manager.save(draft);
  recordChange(context, 'GuideVersion', id, before, draft);
  return draft;
}

/** Publishes the draft: it becomes the guide external apps read; earlier versions stay as they were. */
export async function publishGuideVersion(
  context: RequestContext,
  id: string,
  version: number,
): Promise<GuideVersion> {
  if (context.actor.kind !== 'staff') throw forbidden();
  const { manager } = requireMutationScope(context);
  const draft = await loadForUpdate(manager, GuideVersion, id, version, LABEL);
  if (draft.publishedAt) throw alreadyPublished();
  const before = { ...draft };
  const now = context.services.clock.now();
  Object.assign(draft, { publishedAt: now, publishedById: context.actor.userId, updatedAt: now });
  await manager.save(draft);
  recordChange(context, 'GuideVersion', id, before, draft);
  return draft;
}
