import type { MigrationInterface, QueryRunner } from 'typeorm';

const EVENT_ACTIONS_BEFORE = `'REGISTER', 'SUBMIT', 'REQUEST_CORRECTION', 'RECORD_CORRECTION', 'CLOSE_UNCORRECTED', 'EXTEND', 'CONSULT', 'ISSUE_FEE_NOTICE', 'RECORD_PAYMENT', 'CLOSE_UNPAID', 'REPLY', 'SUBMIT_REPLY_FOR_REVIEW', 'CONSULTATION_ENDED', 'REVEAL_ID_NUMBER', 'ANONYMISE'`;

/**
 * Replies that supply information (SPEC M6): the supplied versions under the confidentiality review and their
 * files, and the application's history steps of that review (supplied, returned, withheld).
 */
export class ApplicationSupply1795860000000 implements MigrationInterface {
  name = 'ApplicationSupply1795860000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "application_supply_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "based_on_id" uuid, "holding_department_id" uuid NOT NULL, "text" text NOT NULL, "reply_text" character varying(8000), "notice_channel" character varying(16), "sealed_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_application_supply_version_notice_channel" CHECK ("notice_channel" IN ('IN_SYSTEM', 'SMS', 'EMAIL', 'POST', 'PHONE', 'IN_PERSON', 'FAX')), CONSTRAINT "CHK_application_supply_version_kind" CHECK ("kind" IN ('ORIGINAL', 'REDACTED')), CONSTRAINT "PK_fc4cd613680d514aabcba7d73b8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_application_supply_version_application" ON "application_supply_version"  ("application_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "application_supply_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version_id" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "uploaded_by_id" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8111d93d5965af8fc12b50bd8dc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_application_supply_file_version" ON "application_supply_file"  ("version_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "application_supply_version" ADD CONSTRAINT "FK_95aaaede0ef97fc46f859416616" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_supply_file" ADD CONSTRAINT "FK_f80631f1464ec4c6c7b386a057c" FOREIGN KEY ("version_id") REFERENCES "application_supply_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "application_event" DROP CONSTRAINT "CHK_application_event_action"`);
    await queryRunner.query(
      `ALTER TABLE "application_event" ADD CONSTRAINT "CHK_application_event_action" CHECK ("action" IN (${EVENT_ACTIONS_BEFORE}, 'SUPPLY', 'REVIEW_RETURNED', 'REVIEW_WITHHELD'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "application_event" DROP CONSTRAINT "CHK_application_event_action"`);
    await queryRunner.query(
      `ALTER TABLE "application_event" ADD CONSTRAINT "CHK_application_event_action" CHECK ("action" IN (${EVENT_ACTIONS_BEFORE}))`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_supply_file" DROP CONSTRAINT "FK_f80631f1464ec4c6c7b386a057c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_supply_version" DROP CONSTRAINT "FK_95aaaede0ef97fc46f859416616"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_application_supply_file_version"`);
    await queryRunner.query(`DROP TABLE "application_supply_file"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_application_supply_version_application"`);
    await queryRunner.query(`DROP TABLE "application_supply_version"`);
  }
}
