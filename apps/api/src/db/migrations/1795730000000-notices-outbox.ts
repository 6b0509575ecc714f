import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notices to people outside the system and the SMS / e-mail outbox (SPEC §2.3a). Generated from the
 * entity diff; the triggers at the end make notices records of fact: the database refuses to change or
 * delete one.
 */
export class NoticesOutbox1795730000000 implements MigrationInterface {
  name = 'NoticesOutbox1795730000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notice" ("id" uuid NOT NULL, "case_kind" character varying(24) NOT NULL, "case_id" uuid NOT NULL, "recipient_kind" character varying(24) NOT NULL, "recipient_ref" character varying(100) NOT NULL, "channel" character varying(16) NOT NULL, "contact_address_cipher" text, "contact_address_masked" character varying(160), "subject" character varying(200) NOT NULL, "content" character varying(5000) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sender_id" uuid, "proof" character varying(500), "deadline_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_notice_address_pair" CHECK (("contact_address_cipher" IS NULL) = ("contact_address_masked" IS NULL)), CONSTRAINT "CHK_notice_channel" CHECK ("channel" IN ('IN_SYSTEM', 'SMS', 'EMAIL', 'POST', 'PHONE', 'IN_PERSON', 'FAX')), CONSTRAINT "CHK_notice_recipient_kind" CHECK ("recipient_kind" IN ('APPLICANT', 'COMPLAINANT', 'REPRESENTATIVE', 'THIRD_PARTY', 'AGENCY')), CONSTRAINT "CHK_notice_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING', 'DOCUMENT', 'CONSULTATION', 'CALENDAR_YEAR')), CONSTRAINT "PK_705062b14410ff1a04998f86d72" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_notice_case" ON "notice"  ("case_kind", "case_id", "sent_at")`);
    await queryRunner.query(`CREATE TABLE "outbox_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notice_id" uuid NOT NULL, "channel" character varying(16) NOT NULL, "state" character varying(16) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "last_error" character varying(200), "sent_at" TIMESTAMP WITH TIME ZONE, "provider_message_id" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL, CONSTRAINT "CHK_outbox_message_attempts" CHECK ("attempts" >= 0), CONSTRAINT "CHK_outbox_message_state" CHECK ("state" IN ('PENDING', 'SENT', 'FAILED')), CONSTRAINT "CHK_outbox_message_channel" CHECK ("channel" IN ('SMS', 'EMAIL')), CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_outbox_message_notice" ON "outbox_message"  ("notice_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_outbox_message_due" ON "outbox_message"  ("state", "next_attempt_at")`);
    await queryRunner.query(`ALTER TABLE "notice" ADD CONSTRAINT "FK_ae7a5b341e9f448119f20728bb4" FOREIGN KEY ("sender_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD CONSTRAINT "FK_ff48687705b634949903534dafe" FOREIGN KEY ("notice_id") REFERENCES "notice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`
      CREATE FUNCTION notice_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '告知记录不能修改或删除' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER notice_no_update_delete BEFORE UPDATE OR DELETE ON "notice" FOR EACH ROW EXECUTE FUNCTION notice_refuse_change()`);
    await queryRunner.query(`CREATE TRIGGER notice_no_truncate BEFORE TRUNCATE ON "notice" FOR EACH STATEMENT EXECUTE FUNCTION notice_refuse_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS notice_no_truncate ON "notice"`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS notice_no_update_delete ON "notice"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS notice_refuse_change()`);
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP CONSTRAINT "FK_ff48687705b634949903534dafe"`);
    await queryRunner.query(`ALTER TABLE "notice" DROP CONSTRAINT "FK_ae7a5b341e9f448119f20728bb4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_outbox_message_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_outbox_message_notice"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notice_case"`);
    await queryRunner.query(`DROP TABLE "notice"`);
  }
}
