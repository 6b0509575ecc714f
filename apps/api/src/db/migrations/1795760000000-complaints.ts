import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complaints and reports (投诉举报, SPEC M14): the case without identity, the sealed identity and material
 * (one ciphertext per complaint), the record of each reveal, and the orders to correct. Generated from the
 * entity diff. Then: the task kinds admit CORRECTION_ORDER (the department head's task); complaints, orders
 * and sealed records are never deleted, and a reveal record is never changed or deleted.
 */
export class Complaints1795760000000 implements MigrationInterface {
  name = 'Complaints1795760000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "complaint" ("id" uuid NOT NULL, "case_number" character varying(32) NOT NULL, "violation_kind" character varying(32) NOT NULL, "channel" character varying(16) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_date" date NOT NULL, "summary" character varying(1000), "concerned_department_id" uuid, "is_anonymous" boolean NOT NULL, "wants_reply" boolean NOT NULL, "state" character varying(16) NOT NULL, "not_accepted_reason" character varying(16), "not_accepted_text" character varying(2000), "transferred_to_department_id" uuid, "transferred_to_agency_id" uuid, "transferred_at" TIMESTAMP WITH TIME ZONE, "transfer_result" character varying(2000), "outcome" character varying(24), "findings" character varying(5000), "reply_text" character varying(4000), "handled_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "handler_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_2796f321048d13205f0ae09efbe" UNIQUE ("case_number"), CONSTRAINT "CHK_complaint_transfer_target" CHECK ("transferred_to_department_id" IS NULL OR "transferred_to_agency_id" IS NULL), CONSTRAINT "CHK_complaint_outcome" CHECK ("outcome" IN ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED', 'UNSUBSTANTIATED')), CONSTRAINT "CHK_complaint_not_accepted_reason" CHECK ("not_accepted_reason" IN ('OUT_OF_SCOPE', 'ALREADY_HANDLED', 'UNCLEAR', 'OTHER')), CONSTRAINT "CHK_complaint_state" CHECK ("state" IN ('RECEIVED', 'INVESTIGATING', 'TRANSFERRED', 'NOT_ACCEPTED', 'HANDLED', 'CLOSED')), CONSTRAINT "CHK_complaint_channel" CHECK ("channel" IN ('LETTER', 'TELEPHONE', 'FAX', 'EMAIL', 'VISIT', 'ONLINE')), CONSTRAINT "CHK_complaint_violation_kind" CHECK ("violation_kind" IN ('NOT_IMPLEMENTING', 'FALSE_DISCLOSURE', 'OUTSIDE_CATALOG', 'DISCLOSED_PROHIBITED', 'CONTRARY_DOCUMENTS', 'LATE_OR_STALE', 'UNAPPROVED_DISCLOSURE', 'LEAK_FOR_GAIN', 'APPLICATION_MISHANDLED', 'OTHER')), CONSTRAINT "PK_a9c8dbc2ab4988edcc2ff0a7337" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_complaint_state" ON "complaint"  ("state") `);
    await queryRunner.query(`CREATE INDEX "IDX_complaint_received" ON "complaint"  ("received_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "complaint_sealed" ("complaint_id" uuid NOT NULL, "cipher" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_41fdc47b98d8d0f8a8480bf6c27" PRIMARY KEY ("complaint_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "complaint_identity_reveal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "complaint_id" uuid NOT NULL, "revealed_by_id" uuid NOT NULL, "reason" character varying(200) NOT NULL, "revealed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_395be9dd28c6dd71a1e386d253d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_complaint_identity_reveal_complaint" ON "complaint_identity_reveal"  ("complaint_id", "revealed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "correction_order" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "complaint_id" uuid NOT NULL, "department_id" uuid NOT NULL, "requirement" character varying(1000) NOT NULL, "due_date" date NOT NULL, "state" character varying(16) NOT NULL, "report_text" character varying(2000), "reported_at" TIMESTAMP WITH TIME ZONE, "reported_by_id" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_correction_order_state" CHECK ("state" IN ('ORDERED', 'REPORTED', 'VERIFIED')), CONSTRAINT "PK_9ddd132eafa010b4a4c594a12b5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_correction_order_department_state" ON "correction_order"  ("department_id", "state") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_correction_order_complaint" ON "correction_order"  ("complaint_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint" ADD CONSTRAINT "FK_cf755b7a9b2b407481fe6ebb6a8" FOREIGN KEY ("concerned_department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint" ADD CONSTRAINT "FK_bded93a3c3158811cf9300f1931" FOREIGN KEY ("transferred_to_department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint" ADD CONSTRAINT "FK_c1cc2c157be64e1badf6135acce" FOREIGN KEY ("transferred_to_agency_id") REFERENCES "external_agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint" ADD CONSTRAINT "FK_b1e4be83487b9f84851365ce719" FOREIGN KEY ("handler_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint_sealed" ADD CONSTRAINT "FK_41fdc47b98d8d0f8a8480bf6c27" FOREIGN KEY ("complaint_id") REFERENCES "complaint"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint_identity_reveal" ADD CONSTRAINT "FK_dd7fed2449223d1c1479c136b21" FOREIGN KEY ("complaint_id") REFERENCES "complaint"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint_identity_reveal" ADD CONSTRAINT "FK_7af77a5e5020503903a5d29e51e" FOREIGN KEY ("revealed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "correction_order" ADD CONSTRAINT "FK_099cf8c8ee71f73c03908bb2cd1" FOREIGN KEY ("complaint_id") REFERENCES "complaint"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "correction_order" ADD CONSTRAINT "FK_775b2cf6e4d4cf7b1ebda386016" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "correction_order" ADD CONSTRAINT "FK_48e6add317daa2f8507ec523db7" FOREIGN KEY ("reported_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "correction_order" ADD CONSTRAINT "FK_648ee8099d67d8d1d953e622703" FOREIGN KEY ("verified_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "CHK_task_kind"`);
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "CHK_task_kind" CHECK ("kind" IN ('CALENDAR_CONFIRM_YEAR', 'APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'CONSULTATION_REPLY', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'CORRECTION_ORDER', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION'))`,
    );
    await queryRunner.query(`
      CREATE FUNCTION complaint_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '投诉举报记录不能删除' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['complaint', 'complaint_sealed', 'correction_order']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION complaint_refuse_delete()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION complaint_refuse_delete()`,
      );
    }
    await queryRunner.query(`
      CREATE FUNCTION complaint_identity_reveal_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '查看举报人身份记录不能修改或删除' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER complaint_identity_reveal_no_update_delete BEFORE UPDATE OR DELETE ON "complaint_identity_reveal" FOR EACH ROW EXECUTE FUNCTION complaint_identity_reveal_refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER complaint_identity_reveal_no_truncate BEFORE TRUNCATE ON "complaint_identity_reveal" FOR EACH STATEMENT EXECUTE FUNCTION complaint_identity_reveal_refuse_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER IF EXISTS complaint_identity_reveal_no_truncate ON "complaint_identity_reveal"`,
    );
    await queryRunner.query(
      `DROP TRIGGER IF EXISTS complaint_identity_reveal_no_update_delete ON "complaint_identity_reveal"`,
    );
    await queryRunner.query(`DROP FUNCTION IF EXISTS complaint_identity_reveal_refuse_change()`);
    for (const table of ['complaint', 'complaint_sealed', 'correction_order']) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_no_delete ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS complaint_refuse_delete()`);
    // Tasks are never deleted: correction-order tasks already written stay, unchecked (NOT VALID).
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "CHK_task_kind"`);
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "CHK_task_kind" CHECK ("kind" IN ('CALENDAR_CONFIRM_YEAR', 'APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'CONSULTATION_REPLY', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION')) NOT VALID`,
    );
    await queryRunner.query(
      `ALTER TABLE "correction_order" DROP CONSTRAINT "FK_648ee8099d67d8d1d953e622703"`,
    );
    await queryRunner.query(
      `ALTER TABLE "correction_order" DROP CONSTRAINT "FK_48e6add317daa2f8507ec523db7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "correction_order" DROP CONSTRAINT "FK_775b2cf6e4d4cf7b1ebda386016"`,
    );
    await queryRunner.query(
      `ALTER TABLE "correction_order" DROP CONSTRAINT "FK_099cf8c8ee71f73c03908bb2cd1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint_identity_reveal" DROP CONSTRAINT "FK_7af77a5e5020503903a5d29e51e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint_identity_reveal" DROP CONSTRAINT "FK_dd7fed2449223d1c1479c136b21"`,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint_sealed" DROP CONSTRAINT "FK_41fdc47b98d8d0f8a8480bf6c27"`,
    );
    await queryRunner.query(`ALTER TABLE "complaint" DROP CONSTRAINT "FK_b1e4be83487b9f84851365ce719"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP CONSTRAINT "FK_c1cc2c157be64e1badf6135acce"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP CONSTRAINT "FK_bded93a3c3158811cf9300f1931"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP CONSTRAINT "FK_cf755b7a9b2b407481fe6ebb6a8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_correction_order_complaint"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_correction_order_department_state"`);
    await queryRunner.query(`DROP TABLE "correction_order"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_complaint_identity_reveal_complaint"`);
    await queryRunner.query(`DROP TABLE "complaint_identity_reveal"`);
    await queryRunner.query(`DROP TABLE "complaint_sealed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_complaint_received"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_complaint_state"`);
    await queryRunner.query(`DROP TABLE "complaint"`);
  }
}
