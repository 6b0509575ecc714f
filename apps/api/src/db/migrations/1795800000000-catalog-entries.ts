import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public catalog's entries (政府信息公开目录条目, SPEC M5). Generated from the entity diff. Then: the
 * index numbers' yearly sequence shares case_number_sequence under the prefix SYH, and entries are never
 * deleted (a withdrawal keeps the row and its reason).
 */
export class CatalogEntries1795800000000 implements MigrationInterface {
  name = 'CatalogEntries1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "catalog_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "index_number" character varying(48) NOT NULL, "entry_version" integer NOT NULL, "state" character varying(16) NOT NULL, "subject_kind" character varying(24) NOT NULL, "subject_id" uuid NOT NULL, "review_id" uuid NOT NULL, "content_version_id" uuid NOT NULL, "owning_department_id" uuid NOT NULL, "category_id" uuid, "title" character varying(300) NOT NULL, "summary" character varying(2000), "body" text NOT NULL, "document_number" character varying(64), "formed_date" date NOT NULL, "attachment_ids" uuid array NOT NULL DEFAULT '{}', "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "publisher_id" uuid NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by_id" uuid, "withdrawal_reason" character varying(500), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_catalog_entry_subject_kind" CHECK ("subject_kind" IN ('DOCUMENT', 'MEETING_RESULT', 'SURVEY_DECISION', 'OPINION_RESPONSE')), CONSTRAINT "CHK_catalog_entry_state" CHECK ("state" IN ('PUBLISHED', 'SUPERSEDED', 'WITHDRAWN')), CONSTRAINT "PK_f169ccd025b7095b80050f88c13" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_catalog_entry_state_published" ON "catalog_entry"  ("state", "published_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_catalog_entry_subject_published" ON "catalog_entry"  ("subject_kind", "subject_id") WHERE "state" = 'PUBLISHED'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_catalog_entry_subject" ON "catalog_entry"  ("subject_kind", "subject_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_catalog_entry_published" ON "catalog_entry"  ("index_number") WHERE "state" = 'PUBLISHED'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_catalog_entry_index_version" ON "catalog_entry"  ("index_number", "entry_version") `);

    await queryRunner.query(`ALTER TABLE "case_number_sequence" DROP CONSTRAINT "CHK_case_number_sequence_prefix"`);
    await queryRunner.query(
      `ALTER TABLE "case_number_sequence" ADD CONSTRAINT "CHK_case_number_sequence_prefix" CHECK ("prefix" IN ('YS', 'TS', 'LX', 'SYH'))`,
    );

    await queryRunner.query(`
      CREATE FUNCTION catalog_entry_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '公开目录条目不能删除（可撤下）' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER catalog_entry_no_delete BEFORE DELETE ON "catalog_entry" FOR EACH ROW EXECUTE FUNCTION catalog_entry_refuse_delete()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS catalog_entry_no_delete ON "catalog_entry"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS catalog_entry_refuse_delete()`);
    await queryRunner.query(`DELETE FROM "case_number_sequence" WHERE "prefix" = 'SYH'`);
    await queryRunner.query(`ALTER TABLE "case_number_sequence" DROP CONSTRAINT "CHK_case_number_sequence_prefix"`);
    await queryRunner.query(
      `ALTER TABLE "case_number_sequence" ADD CONSTRAINT "CHK_case_number_sequence_prefix" CHECK ("prefix" IN ('YS', 'TS', 'LX'))`,
    );
    await queryRunner.query(`DROP INDEX "public"."UQ_catalog_entry_index_version"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_catalog_entry_published"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_catalog_entry_subject"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_catalog_entry_subject_published"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_catalog_entry_state_published"`);
    await queryRunner.query(`DROP TABLE "catalog_entry"`);
  }
}
