import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * M1 external agencies and staff changes (ledger item 1), M11 rules library (ledger item 2).
 * Generated from the entity diff; the triggers at the end keep ledger records from being deleted.
 */
export class AgenciesStaffChangesRules1795695380062 implements MigrationInterface {
  name = 'AgenciesStaffChangesRules1795695380062';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "external_agency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "kind" character varying(24) NOT NULL, "contact_person" character varying(32), "phone" character varying(32), "address" character varying(200), "notes" character varying(1000), "is_active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_63f7242808a3c53a1c9eb9a0087" UNIQUE ("name"), CONSTRAINT "CHK_external_agency_kind" CHECK ("kind" IN ('SUPERIOR', 'PEER', 'SUBORDINATE', 'OTHER')), CONSTRAINT "PK_fed4c7f0aeb017ca69e1cdc2225" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "staff_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "effective_date" date NOT NULL, "kind" character varying(24) NOT NULL, "department_id" uuid, "person_name" character varying(32) NOT NULL, "user_id" uuid, "description" character varying(2000), "document_number" character varying(64), "recorded_by_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL, CONSTRAINT "CHK_staff_change_kind" CHECK ("kind" IN ('LEADER_CHANGE', 'TRANSFER_IN', 'TRANSFER_OUT', 'POST_CHANGE', 'OTHER')), CONSTRAINT "PK_ca4caf5b49ec7533f694085854b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_fe53efbdd9ed3aa41bbf5f17d9" ON "staff_change"  ("department_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5e2485a7a752eb001b9efd6cc8" ON "staff_change"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e29668f0068b0fecaab61059c0" ON "staff_change"  ("effective_date") `);
    await queryRunner.query(`CREATE TABLE "rule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(128) NOT NULL, "issuing_body" character varying(128) NOT NULL, "category" character varying(32) NOT NULL, "document_number" character varying(64), "seed_key" character varying(64), "is_active" boolean NOT NULL DEFAULT true, "created_by_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_672ae41568d58d84ee9948e139b" UNIQUE ("seed_key"), CONSTRAINT "CHK_rule_category" CHECK ("category" IN ('ASSESSMENT', 'PUBLIC_OPINION', 'RELEASE_COORDINATION', 'CONFIDENTIALITY_REVIEW', 'SOURCE_MANAGEMENT', 'PUBLIC_PARTICIPATION', 'APPLICATION', 'TRAINING', 'LEDGER', 'SOCIAL_EVALUATION', 'COMPLAINT', 'OTHER')), CONSTRAINT "PK_a5577f464213af7ffbe866e3cb5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5fcd86b9fe3a5feaec5aafdfee" ON "rule"  ("issuing_body", "title") `);
    await queryRunner.query(`CREATE TABLE "rule_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rule_id" uuid NOT NULL, "version_number" integer NOT NULL, "text" text NOT NULL, "effective_date" date NOT NULL, "repeal_date" date, "note" character varying(500), "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_rule_version_repeal_after_effective" CHECK ("repeal_date" IS NULL OR "repeal_date" > "effective_date"), CONSTRAINT "CHK_rule_version_number" CHECK ("version_number" >= 1), CONSTRAINT "PK_473b16699e9523bff9a058f57f7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ed345ce29208463602b3be1d21" ON "rule_version"  ("rule_id", "version_number") `);
    await queryRunner.query(`ALTER TABLE "staff_change" ADD CONSTRAINT "FK_fe53efbdd9ed3aa41bbf5f17d9f" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_change" ADD CONSTRAINT "FK_5e2485a7a752eb001b9efd6cc86" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_change" ADD CONSTRAINT "FK_e14ab8d312f4a9366f625b268b6" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_change" ADD CONSTRAINT "FK_4239d56f660598be258500f3550" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rule" ADD CONSTRAINT "FK_12dfe824c0b0754c17da071be53" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rule_version" ADD CONSTRAINT "FK_fb760a6c94d21834b29d7da5c5f" FOREIGN KEY ("rule_id") REFERENCES "rule"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rule_version" ADD CONSTRAINT "FK_f3b7d46d3e75cb087a998e2310c" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Ledger records (staff changes, rules and their versions) are corrected, never deleted (SPEC M11, §2.4).
    await queryRunner.query(`
      CREATE FUNCTION ledger_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '台账记录不能删除，只能更正或停用' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['staff_change', 'rule', 'rule_version']) {
      await queryRunner.query(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION ledger_refuse_delete()`);
      await queryRunner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_delete()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['rule_version', 'rule', 'staff_change']) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_no_delete ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS ledger_refuse_delete()`);
    await queryRunner.query(`ALTER TABLE "rule_version" DROP CONSTRAINT "FK_f3b7d46d3e75cb087a998e2310c"`);
    await queryRunner.query(`ALTER TABLE "rule_version" DROP CONSTRAINT "FK_fb760a6c94d21834b29d7da5c5f"`);
    await queryRunner.query(`ALTER TABLE "rule" DROP CONSTRAINT "FK_12dfe824c0b0754c17da071be53"`);
    await queryRunner.query(`ALTER TABLE "staff_change" DROP CONSTRAINT "FK_4239d56f660598be258500f3550"`);
    await queryRunner.query(`ALTER TABLE "staff_change" DROP CONSTRAINT "FK_e14ab8d312f4a9366f625b268b6"`);
    await queryRunner.query(`ALTER TABLE "staff_change" DROP CONSTRAINT "FK_5e2485a7a752eb001b9efd6cc86"`);
    await queryRunner.query(`ALTER TABLE "staff_change" DROP CONSTRAINT "FK_fe53efbdd9ed3aa41bbf5f17d9f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ed345ce29208463602b3be1d21"`);
    await queryRunner.query(`DROP TABLE "rule_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5fcd86b9fe3a5feaec5aafdfee"`);
    await queryRunner.query(`DROP TABLE "rule"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e29668f0068b0fecaab61059c0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e2485a7a752eb001b9efd6cc8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fe53efbdd9ed3aa41bbf5f17d9"`);
    await queryRunner.query(`DROP TABLE "staff_change"`);
    await queryRunner.query(`DROP TABLE "external_agency"`);
  }
}
