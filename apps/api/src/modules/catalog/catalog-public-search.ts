import { likePattern } from '../../shared/persistence/query-helpers.js';
import type { CatalogSubjectKind } from '@gdp/domain';
import { CATALOG_STAMP_COLUMN, stampOf } from './catalog-public-cache.js';

/**
 * The SQL behind the public catalog's list and search, as plain text and parameters (the API runs it; the
 * benchmark's raw handler runs the very same statements).
 *
 * Search of 3+ characters: LIKE (ILIKE when the query has letters with case) over title and summary,
 * served by the trigram indexes (a UTF-8 ctype is needed for Chinese trigrams). Trigrams cannot serve 1–2
 * characters: such a query searches the title only, through the GIN index over every title's 1- and
 * 2-character substrings (`catalog_title_grams`). Either way the index finds the matches; a frequent term
 * (more than NARROW_SEARCH_MAX matches) walks the newest-first index instead and stops at the page.
 * Totals stop counting at PUBLIC_TOTAL_CAP (1000+), so a broad search never counts a million rows.
 */
export const PUBLIC_TOTAL_CAP = 1000;

/**
 * A search with at most this many matches takes its page from all of them (found through the index, then
 * sorted: ~3–8 µs a match, most of it reading the rows). With more, matches are frequent (≥ 1 % of 1M), so walking the
 * newest-first index reaches a page within a few thousand rows.
 */
export const NARROW_SEARCH_MAX = 10_000;

/** Queries shorter than this (in characters, not bytes) search titles by their 1–2 character substrings. */
export const TRIGRAM_MIN_LENGTH = 3;

export interface PublicCatalogQuery {
  categoryId?: string;
  subjectKind?: CatalogSubjectKind;
  search?: string;
  publishedFrom?: Date;
  publishedBefore?: Date;
  offset: number;
  limit: number;
}

/**
 * The columns a public answer is made of (see PublicCatalogRow), with what they name: the department and
 * category names, the earlier versions and the attachments still kept (a state-secret removal takes a file
 * out of the catalog too). They come with the page in the same
 * statement (the subqueries run for the page's rows only), so an answer is one statement however many
 * entries it shows. `e` is the entry; PUBLIC_JOINS must follow it.
 */
const PUBLIC_COLUMNS = `e.id, e.index_number AS "indexNumber", e.entry_version AS "entryVersion", e.title, e.summary, e.body,
  e.document_number AS "documentNumber", e.category_id AS "categoryId", e.formed_date::text AS "formedDate",
  e.published_at AS "publishedAt", e.subject_kind AS "subjectKind", d.name AS "departmentName", c.name AS "categoryName",
  (SELECT coalesce(json_agg(json_build_object('entryVersion', v.entry_version, 'publishedAt', v.published_at) ORDER BY v.entry_version), '[]')
     FROM catalog_entry v WHERE v.index_number = e.index_number AND v.entry_version < e.entry_version) AS "corrections",
  CASE WHEN cardinality(e.attachment_ids) = 0 THEN '[]' ELSE (
    SELECT coalesce(json_agg(json_build_object('id', a.id, 'fileName', a.file_name, 'contentType', a.content_type,
        'sizeBytes', a.size_bytes, 'sha256', a.sha256) ORDER BY listed.position), '[]')
      FROM unnest(e.attachment_ids) WITH ORDINALITY AS listed(id, position)
      JOIN document_attachment a ON a.id = listed.id AND a.removed_at IS NULL) END AS "attachments"`;
const PUBLIC_JOINS = `LEFT JOIN department d ON d.id = e.owning_department_id LEFT JOIN catalog_category c ON c.id = e.category_id`;

/** Earlier versions and attachments as the database sends them (json: parsed by the driver, or text). */
type JsonColumn<T> = T[] | string;

export interface PublicCatalogRow {
  id: string;
  indexNumber: string;
  entryVersion: number;
  title: string;
  summary: string | null;
  body: string;
  documentNumber: string | null;
  categoryId: string | null;
  formedDate: string;
  publishedAt: Date;
  subjectKind: CatalogSubjectKind;
  departmentName: string | null;
  categoryName: string | null;
  /** Oldest first; `publishedAt` as ISO text. */
  corrections: JsonColumn<{ entryVersion: number; publishedAt: string }>;
  /** In the entry's order, removed files left out. */
  attachments: JsonColumn<{
    id: string;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    sha256: string;
  }>;
}

/** A json column's value, whichever way the driver returned it. */
export function jsonColumn<T>(value: JsonColumn<T>): T[] {
  return typeof value === 'string' ? (JSON.parse(value) as T[]) : value;
}

/** The current (PUBLISHED) version under an index number, and the catalog's stamp, as one statement. */
export function publicCatalogEntrySql(indexNumber: string): { sql: string; params: unknown[] } {
  return {
    // Always one row (id null when there is no such entry), to carry the stamp.
    sql: `SELECT ${CATALOG_STAMP_COLUMN}, ${PUBLIC_COLUMNS}
      FROM (SELECT 1) AS one LEFT JOIN (catalog_entry e ${PUBLIC_JOINS}) ON e.index_number = $1 AND e.state = 'PUBLISHED'`,
    params: [indexNumber],
  };
}

export interface PublicCatalogSql {
  /**
   * Searches only: the matches (at most NARROW_SEARCH_MAX + 1, found through the search indexes) with the
   * requested page among them and their number, in one statement. When they are all there the answer is
   * complete; when there are more, `pageSql` reads the page newest first instead.
   */
  narrowSql: string | null;
  /** The page, newest first (for a frequent term: the newest-first index, stopping at the page). */
  pageSql: string;
  /** Lists only (a search counts in `narrowSql`). */
  countSql: string | null;
  /** Parameters of every statement ($1 … $n); the page window is written into the SQL as integers. */
  params: unknown[];
}

export function publicCatalogSql(query: PublicCatalogQuery, narrowMax = NARROW_SEARCH_MAX): PublicCatalogSql {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = [`e.state = 'PUBLISHED'`];
  if (query.subjectKind) where.push(`e.subject_kind = ${param(query.subjectKind)}`);
  if (query.categoryId) {
    const id = param(query.categoryId);
    where.push(
      `(e.category_id = ${id} OR e.category_id IN (SELECT child.id FROM catalog_category child WHERE child.parent_id = ${id}))`,
    );
  }
  if (query.publishedFrom) where.push(`e.published_at >= ${param(query.publishedFrom)}`);
  if (query.publishedBefore) where.push(`e.published_at < ${param(query.publishedBefore)}`);
  const window = `LIMIT ${Math.trunc(query.limit)} OFFSET ${Math.trunc(query.offset)}`;
  const newestFirst = 'ORDER BY e.published_at DESC, e.index_number DESC';
  const pageOf = (condition: string) =>
    `SELECT ${CATALOG_STAMP_COLUMN}, ${PUBLIC_COLUMNS} FROM catalog_entry e ${PUBLIC_JOINS} WHERE ${condition} ${newestFirst} ${window}`;
  if (!query.search) {
    const condition = where.join(' AND ');
    return {
      narrowSql: null,
      pageSql: pageOf(condition),
      countSql: `SELECT count(*)::int AS "total" FROM (SELECT 1 FROM catalog_entry e WHERE ${condition} LIMIT ${PUBLIC_TOTAL_CAP + 1}) AS capped`,
      params,
    };
  }
  const short = Array.from(query.search).length < TRIGRAM_MIN_LENGTH;
  // The index-served form finds the matches; the plain form filters the newest-first walk of a frequent term.
  let indexed: string;
  let plain: string;
  if (short) {
    const text = param(query.search);
    indexed = `catalog_title_grams(e.title) @> ARRAY[lower(${text}::text)]`;
    plain = `strpos(lower(e.title::text), lower(${text}::text)) > 0`;
  } else {
    const pattern = param(likePattern(query.search));
    // LIKE costs a fraction of ILIKE on Chinese text; it gives the same answer when nothing in the query has case.
    const like = query.search.toLowerCase() === query.search.toUpperCase() ? 'LIKE' : 'ILIKE';
    indexed = plain = `(e.title::text ${like} ${pattern} OR e.summary::text ${like} ${pattern})`;
  }
  const matches = `FROM catalog_entry e WHERE ${[...where, indexed].join(' AND ')}`;
  const matchesSql = `SELECT e.id, e.published_at, e.index_number ${matches} LIMIT ${narrowMax + 1}`;
  return {
    narrowSql: `WITH matching AS MATERIALIZED (${matchesSql}),
      page AS (SELECT id FROM matching e ${newestFirst} ${window})
      SELECT ${CATALOG_STAMP_COLUMN}, (SELECT count(*)::int FROM matching) AS "matched", ${PUBLIC_COLUMNS}
        FROM (SELECT 1) AS one LEFT JOIN (catalog_entry e JOIN page USING (id) ${PUBLIC_JOINS}) ON true ${newestFirst}`,
    pageSql: pageOf([...where, plain].join(' AND ')),
    countSql: null,
    params,
  };
}

/**
 * Runs the public list or search through `run` (the API's manager or a raw client): the rows of the page,
 * the number of matches (counted at least up to PUBLIC_TOTAL_CAP + 1; see cappedTotal) and the catalog's
 * stamp as the first statement read it (null for an empty list page: see cachedPublicAnswer).
 */
export async function queryPublicCatalog(
  run: (sql: string, params: unknown[]) => Promise<unknown[]>,
  query: PublicCatalogQuery,
  narrowMax = NARROW_SEARCH_MAX,
): Promise<{ rows: PublicCatalogRow[]; counted: number; stamp: bigint | null }> {
  const { narrowSql, pageSql, countSql, params } = publicCatalogSql(query, narrowMax);
  if (narrowSql) {
    const answer = (await run(narrowSql, params)) as Array<PublicCatalogRow & { matched: number }>;
    const counted = answer[0]?.matched ?? 0;
    const stamp = stampOf(answer);
    if (counted <= narrowMax) return { rows: answer.filter((row) => row.id !== null), counted, stamp };
    return { rows: (await run(pageSql, params)) as PublicCatalogRow[], counted, stamp };
  }
  const rows = (await run(pageSql, params)) as PublicCatalogRow[];
  const stamp = stampOf(rows);
  // A short page from the first row on is complete: no count needed.
  if (query.offset === 0 && rows.length < query.limit) return { rows, counted: rows.length, stamp };
  const [{ total }] = (await run(countSql!, params)) as Array<{ total: number }>;
  return { rows, counted: total, stamp };
}

/** The total as the API shows it: at most the cap, and whether it was cut there. */
export function cappedTotal(counted: number): { total: number; totalIsCapped: boolean } {
  return counted > PUBLIC_TOTAL_CAP
    ? { total: PUBLIC_TOTAL_CAP, totalIsCapped: true }
    : { total: counted, totalIsCapped: false };
}
