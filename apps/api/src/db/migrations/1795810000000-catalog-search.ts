import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search of the public catalog at scale, and the stamp behind its cache.
 *
 * - Trigram indexes (pg_trgm, on PostgreSQL and on the embedded database alike) serve substring search of
 *   3+ characters over title and summary. They are expression indexes (`title::text`): the planner matches
 *   them to `title ILIKE …` all the same, and the entity schema check ignores them.
 * - Trigrams cannot serve 1–2 characters, so titles also get a GIN index over their 1- and 2-character
 *   substrings (`catalog_title_grams`); a short query is then one array containment test.
 * - `catalog_state.stamp` changes in the same transaction as every publication, correction and withdrawal;
 *   cached public answers are keyed by it, so every replica sees a change at its next request.
 */
export class CatalogSearch1795810000000 implements MigrationInterface {
  name = 'CatalogSearch1795810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "IDX_catalog_entry_title_trgm" ON "catalog_entry" USING gin ((title::text) gin_trgm_ops) WHERE "state" = 'PUBLISHED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_catalog_entry_summary_trgm" ON "catalog_entry" USING gin ((summary::text) gin_trgm_ops) WHERE "state" = 'PUBLISHED'`,
    );
    await queryRunner.query(`
      CREATE FUNCTION catalog_title_grams(title text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT substr(lower(title), position, width)), '{}')
          FROM generate_series(1, char_length(title)) AS position, (VALUES (1), (2)) AS widths(width)
         WHERE position + width - 1 <= char_length(title)
      $$`);
    await queryRunner.query(
      `CREATE INDEX "IDX_catalog_entry_title_grams" ON "catalog_entry" USING gin (catalog_title_grams(title)) WHERE "state" = 'PUBLISHED'`,
    );
    await queryRunner.query(
      `CREATE TABLE "catalog_state" ("id" smallint NOT NULL, "stamp" bigint NOT NULL, CONSTRAINT "PK_catalog_state" PRIMARY KEY ("id"), CONSTRAINT "CHK_catalog_state_single_row" CHECK ("id" = 1))`,
    );
    await queryRunner.query(`INSERT INTO "catalog_state" ("id", "stamp") VALUES (1, 1)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "catalog_state"`);
    await queryRunner.query(`DROP INDEX "IDX_catalog_entry_title_grams"`);
    await queryRunner.query(`DROP FUNCTION catalog_title_grams(text)`);
    await queryRunner.query(`DROP INDEX "IDX_catalog_entry_summary_trgm"`);
    await queryRunner.query(`DROP INDEX "IDX_catalog_entry_title_trgm"`);
  }
}
