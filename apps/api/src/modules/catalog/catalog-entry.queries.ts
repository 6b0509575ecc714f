import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { addCalendarDays, catalogSearchSchema, type CatalogSubjectKind } from '@gdp/domain';
import { notFound } from '../../shared/errors/app-errors.js';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type SortInput } from '../../shared/graphql/sorting.js';
import { idsForQuery, isUuid, likePattern } from '../../shared/persistence/query-helpers.js';
import { parseInput } from '../../shared/validation/parse-input.js';
import { DocumentAttachment } from '../document/document.entity.js';
import { CatalogEntry } from './catalog-entry.entity.js';
import { publicFileUrl, type PublicCatalogEntry } from './catalog-entry.public.js';
import type { CatalogEntryFilter, PublicCatalogEntryFilter } from './catalog.types.js';
import { cachedPublicAnswer, stampOf } from './catalog-public-cache.js';
import {
  cappedTotal,
  jsonColumn,
  publicCatalogEntrySql,
  queryPublicCatalog,
  type PublicCatalogQuery,
  type PublicCatalogRow,
} from './catalog-public-search.js';

export interface PublicCatalogPage {
  items: PublicCatalogEntry[];
  total: number;
  totalIsCapped: boolean;
}

/**
 * Reads of the catalog's entries. Staff who take part in publishing read every entry, withdrawn ones and
 * their reasons included (all entries were public once; the reasons are internal). External callers read
 * only PUBLISHED entries, through a type of their own that carries no internal id.
 */
export const CATALOG_ENTRY_LIST_ORDER = listOrder(
  'catalogEntries',
  {
    publishedAt: 'entry.publishedAt',
    indexNumber: 'entry.indexNumber',
    title: 'entry.title',
    formedDate: 'entry.formedDate',
    state: 'entry.state',
    subjectKind: 'entry.subjectKind',
    entryVersion: 'entry.entryVersion',
  },
  [
    ['entry.publishedAt', 'DESC'],
    ['entry.id', 'DESC'],
  ],
);

const ENTRY_LABEL = '公开目录条目';

/** Entries filed under the category or under one of its children (the catalog is a two-level tree). */
function withinCategory(query: SelectQueryBuilder<CatalogEntry>, categoryId: string): void {
  const [id] = idsForQuery([categoryId]);
  query.andWhere(
    `(entry.categoryId = :categoryId OR entry.categoryId IN (SELECT child.id FROM catalog_category child WHERE child.parent_id = :categoryId))`,
    { categoryId: id },
  );
}

export async function findCatalogEntries(
  manager: EntityManager,
  filter: CatalogEntryFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<CatalogEntry>> {
  const { offset, limit } = pageWindow(page);
  const { search } = parseInput(catalogSearchSchema, { search: filter.search });
  const query = manager.getRepository(CatalogEntry).createQueryBuilder('entry');
  if (filter.subjectKind)
    query.andWhere('entry.subjectKind = :subjectKind', { subjectKind: filter.subjectKind });
  if (filter.state) query.andWhere('entry.state = :state', { state: filter.state });
  if (filter.categoryId) withinCategory(query, filter.categoryId);
  if (filter.departmentId) {
    query.andWhere('entry.owningDepartmentId = :departmentId', {
      departmentId: idsForQuery([filter.departmentId])[0],
    });
  }
  if (search) {
    query.andWhere('(entry.title ILIKE :q OR entry.summary ILIKE :q OR entry.indexNumber ILIKE :q)', {
      q: likePattern(search),
    });
  }
  if (filter.ids) query.andWhere('entry.id IN (:...ids)', { ids: idsForQuery(filter.ids) });
  const [items, total] = await orderBySort(query, CATALOG_ENTRY_LIST_ORDER, sort)
    .skip(offset)
    .take(limit)
    .getManyAndCount();
  return { items, total };
}

export async function findCatalogEntry(manager: EntityManager, id: string): Promise<CatalogEntry> {
  const entry = isUuid(id) ? await manager.findOneBy(CatalogEntry, { id }) : null;
  if (!entry) throw notFound(ENTRY_LABEL);
  return entry;
}

/** Every catalog entry of one published item, oldest version first (for the subject's own pages and history). */
export function findCatalogEntriesOfSubject(
  manager: EntityManager,
  subjectKind: CatalogSubjectKind,
  subjectId: string,
): Promise<CatalogEntry[]> {
  if (!isUuid(subjectId)) return Promise.resolve([]);
  return manager.find(CatalogEntry, { where: { subjectKind, subjectId }, order: { entryVersion: 'ASC' } });
}

// ---------------------------------------------------------------------------------------------------
// The public catalog
// ---------------------------------------------------------------------------------------------------

/** The first instant of a bureau calendar day (Asia/Shanghai, UTC+8 all year). */
const startOfDay = (date: string): Date => new Date(`${date}T00:00:00+08:00`);

/**
 * Current PUBLISHED entries, newest first; the total counts only these, up to PUBLIC_TOTAL_CAP. Answers
 * come from this replica's cache while the catalog's stamp is unchanged (catalog-public-cache.ts). An
 * answer is one statement (two for a list's count or a frequent term's page) besides the caller's token.
 */
export async function findPublicCatalogEntries(
  owner: object,
  manager: EntityManager,
  filter: PublicCatalogEntryFilter = {},
  page?: PageInput,
): Promise<PublicCatalogPage> {
  const { offset, limit } = pageWindow(page);
  const { search, publishedFrom, publishedTo } = parseInput(catalogSearchSchema, {
    search: filter.search,
    publishedFrom: filter.publishedFrom,
    publishedTo: filter.publishedTo,
  });
  const query: PublicCatalogQuery = {
    categoryId: filter.categoryId ? idsForQuery([filter.categoryId])[0] : undefined,
    subjectKind: filter.subjectKind,
    search: search || undefined,
    publishedFrom: publishedFrom ? startOfDay(publishedFrom) : undefined,
    publishedBefore: publishedTo ? startOfDay(addCalendarDays(publishedTo, 1)) : undefined,
    offset,
    limit,
  };
  return cachedPublicAnswer(owner, manager, `list:${JSON.stringify(query)}`, async () => {
    const { rows, counted, stamp } = await queryPublicCatalog(
      (sql, params) => manager.query(sql, params),
      query,
    );
    return { answer: { items: rows.map(toPublic), ...cappedTotal(counted) }, stamp };
  });
}

/** The current version under an index number; unknown, withdrawn and superseded alike are NOT_FOUND. */
export async function findPublicCatalogEntry(
  owner: object,
  manager: EntityManager,
  indexNumber: string,
): Promise<PublicCatalogEntry> {
  const entry = await cachedPublicAnswer(owner, manager, `one:${indexNumber}`, async () => {
    const { sql, params } = publicCatalogEntrySql(indexNumber);
    const found = (await manager.query(sql, params)) as PublicCatalogRow[];
    return { answer: found[0]?.id ? toPublic(found[0]) : null, stamp: stampOf(found) };
  });
  if (!entry) throw notFound(ENTRY_LABEL);
  return entry;
}

/** The public fields of a published entry (what it names came with it: catalog-public-search.ts). */
function toPublic(entry: PublicCatalogRow): PublicCatalogEntry {
  return {
    indexNumber: entry.indexNumber,
    entryVersion: entry.entryVersion,
    title: entry.title,
    summary: entry.summary,
    body: entry.body,
    documentNumber: entry.documentNumber,
    category:
      entry.categoryId && entry.categoryName !== null
        ? { id: entry.categoryId, name: entry.categoryName }
        : null,
    departmentName: entry.departmentName ?? '',
    formedDate: entry.formedDate,
    publishedAt: entry.publishedAt,
    subjectKind: entry.subjectKind,
    attachments: jsonColumn(entry.attachments).map((file) => ({ ...file, url: publicFileUrl(file.id) })),
    corrections: jsonColumn(entry.corrections).map(({ entryVersion, publishedAt }) => ({
      entryVersion,
      publishedAt: new Date(publishedAt),
    })),
  };
}

/** Attachments whose bytes are still kept (a state-secret removal takes them out of the catalog too). */
function findLiveAttachments(manager: EntityManager, ids: string[]): Promise<DocumentAttachment[]> {
  return manager
    .getRepository(DocumentAttachment)
    .createQueryBuilder('attachment')
    .where('attachment.id IN (:...ids)', { ids: idsForQuery(ids) })
    .andWhere('attachment.removedAt IS NULL')
    .getMany();
}

/**
 * The attachment behind a public download: only when a PUBLISHED entry lists it. Anything else — an
 * unknown id, a file of a draft, of a superseded or withdrawn version — is null alike.
 */
export async function findPublicAttachment(
  manager: EntityManager,
  attachmentId: string,
): Promise<DocumentAttachment | null> {
  if (!isUuid(attachmentId)) return null;
  const isPublished = await manager
    .getRepository(CatalogEntry)
    .createQueryBuilder('entry')
    .where(`entry.state = 'PUBLISHED'`)
    .andWhere('CAST(:attachmentId AS uuid) = ANY(entry.attachmentIds)', { attachmentId })
    .getExists();
  if (!isPublished) return null;
  const [attachment] = await findLiveAttachments(manager, [attachmentId]);
  return attachment ?? null;
}
