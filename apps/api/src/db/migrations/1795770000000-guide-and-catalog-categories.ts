import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public guide (公开指南) as versioned content and the public catalog's categories (SPEC M5). Generated
 * from the entity diff. Then: published guide versions and categories are never deleted (a category is
 * deactivated; a published guide is superseded by a newer version).
 */
export class GuideAndCatalogCategories1795770000000 implements MigrationInterface {
  name = 'GuideAndCatalogCategories1795770000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "guide_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version_number" integer NOT NULL, "classification" text NOT NULL, "proactive_disclosure" text NOT NULL, "application_procedure" text NOT NULL, "office_name" character varying(100) NOT NULL, "office_address" character varying(200) NOT NULL, "office_hours" character varying(200) NOT NULL, "office_telephone" character varying(32) NOT NULL, "office_fax" character varying(32) NOT NULL, "office_website" character varying(200) NOT NULL, "office_email" character varying(100) NOT NULL, "other_text" text, "published_at" TIMESTAMP WITH TIME ZONE, "published_by_id" uuid, "created_by_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_080c49d77cdbf82cdec5209743d" UNIQUE ("version_number"), CONSTRAINT "PK_dd67b84849e79b8af71de79fe97" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "catalog_category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "sort_order" integer NOT NULL, "parent_id" uuid, "is_active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_baedb1d48e910c5b21422178062" UNIQUE ("code"), CONSTRAINT "PK_0c115506ec2e3eed29d14b25de0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`
      CREATE FUNCTION guide_catalog_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'guide_version' AND OLD.published_at IS NULL THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION '已发布的公开指南和公开目录分类不能删除' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['guide_version', 'catalog_category']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION guide_catalog_refuse_delete()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['guide_version', 'catalog_category']) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_no_delete ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS guide_catalog_refuse_delete()`);
    await queryRunner.query(`DROP TABLE "catalog_category"`);
    await queryRunner.query(`DROP TABLE "guide_version"`);
  }
}
