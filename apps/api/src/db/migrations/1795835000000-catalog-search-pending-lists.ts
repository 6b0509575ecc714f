import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The GIN indexes behind the public catalog's search (1795810000000-catalog-search). */
const SEARCH_INDEXES = [
  'IDX_catalog_entry_title_trgm',
  'IDX_catalog_entry_summary_trgm',
  'IDX_catalog_entry_title_grams',
];

/**
 * The public catalog's search indexes without a pending list (fastupdate off).
 *
 * With a pending list, a publication only appends its entries there, and every search then reads the whole
 * list (up to gin_pending_list_limit, 4 MB) until vacuum merges it: a cost on each public search that
 * grows with recent publications. Publications are rare and searches are many, so a publication now
 * merges its few hundred entries into the indexes itself. What is pending is merged first (once the
 * option is off it would wait for vacuum).
 */
export class CatalogSearchPendingLists1795835000000 implements MigrationInterface {
  name = 'CatalogSearchPendingLists1795835000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of SEARCH_INDEXES) {
      await queryRunner.query(`SELECT gin_clean_pending_list('"${index}"'::regclass)`);
      await queryRunner.query(`ALTER INDEX "${index}" SET (fastupdate = off)`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of SEARCH_INDEXES) await queryRunner.query(`ALTER INDEX "${index}" RESET (fastupdate)`);
  }
}
