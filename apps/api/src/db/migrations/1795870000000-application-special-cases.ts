import type { MigrationInterface, QueryRunner } from 'typeorm';

const TASK_KINDS_BEFORE = `'CALENDAR_CONFIRM_YEAR', 'APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'APPLICATION_CORRECTION_PERIOD', 'APPLICATION_FEE_PAYMENT', 'CONSULTATION_REPLY', 'APPLICATION_CONSULTATION_REPLY', 'CO_DEPARTMENT_CONSENT', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'CORRECTION_ORDER', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION', 'DOCUMENT_REASSESSMENT', 'REVIEW_LEVEL_1', 'REVIEW_LEVEL_2', 'REVIEW_LEVEL_3', 'REVIEW_OFFICE', 'REVIEW_PUBLISH'`;
const EVENT_ACTIONS_BEFORE = `'REGISTER', 'SUBMIT', 'REQUEST_CORRECTION', 'RECORD_CORRECTION', 'CLOSE_UNCORRECTED', 'EXTEND', 'CONSULT', 'ISSUE_FEE_NOTICE', 'RECORD_PAYMENT', 'CLOSE_UNPAID', 'REPLY', 'SUBMIT_REPLY_FOR_REVIEW', 'CONSULTATION_ENDED', 'REVEAL_ID_NUMBER', 'ANONYMISE', 'SUPPLY', 'REVIEW_RETURNED', 'REVIEW_WITHHELD'`;
const DEADLINE_EVENT_ACTIONS_BEFORE = `'STARTED', 'SUSPENDED', 'RESUMED', 'RESTARTED', 'EXTENDED', 'MET', 'CANCELLED', 'RECOMPUTED'`;

/**
 * The special cases of applications (SPEC M6): the bureau's documents an application asks for (条例 art. 44,
 * seed §3-1), with the task proposing a repeatedly requested document for proactive disclosure; the request
 * for reasons and the longer reasonable period of art. 35 (its own deadline step, LENGTHENED).
 */
export class ApplicationSpecialCases1795870000000 implements MigrationInterface {
  name = 'ApplicationSpecialCases1795870000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "application_document" ("application_id" uuid NOT NULL, "document_id" uuid NOT NULL, "linked_by_id" uuid, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_db75e714183c8f3a5741383478d" PRIMARY KEY ("application_id", "document_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_application_document_document" ON "application_document"  ("document_id", "linked_at") `,
    );
    await queryRunner.query(`ALTER TABLE "application" ADD "reasons_request" character varying(1000)`);
    await queryRunner.query(`ALTER TABLE "application" ADD "reasons_requested_date" date`);
    await queryRunner.query(`ALTER TABLE "application" ADD "reasonable_period_working_days" integer`);
    await queryRunner.query(
      `ALTER TABLE "application_document" ADD CONSTRAINT "FK_49f4aa9cdf8d6ae270c557db9f2" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_document" ADD CONSTRAINT "FK_2f531f381939b20368f386598a7" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "CHK_task_kind"`);
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "CHK_task_kind" CHECK ("kind" IN (${TASK_KINDS_BEFORE}, 'DOCUMENT_PROACTIVE_PROPOSAL'))`,
    );
    await queryRunner.query(`ALTER TABLE "application_event" DROP CONSTRAINT "CHK_application_event_action"`);
    await queryRunner.query(
      `ALTER TABLE "application_event" ADD CONSTRAINT "CHK_application_event_action" CHECK ("action" IN (${EVENT_ACTIONS_BEFORE}, 'LINK_DOCUMENTS', 'ASK_REASONS', 'SET_REASONABLE_PERIOD'))`,
    );
    await queryRunner.query(`ALTER TABLE "deadline_event" DROP CONSTRAINT "CHK_deadline_event_action"`);
    await queryRunner.query(
      `ALTER TABLE "deadline_event" ADD CONSTRAINT "CHK_deadline_event_action" CHECK ("action" IN (${DEADLINE_EVENT_ACTIONS_BEFORE}, 'LENGTHENED'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deadline_event" DROP CONSTRAINT "CHK_deadline_event_action"`);
    await queryRunner.query(
      `ALTER TABLE "deadline_event" ADD CONSTRAINT "CHK_deadline_event_action" CHECK ("action" IN (${DEADLINE_EVENT_ACTIONS_BEFORE})) NOT VALID`,
    );
    await queryRunner.query(`ALTER TABLE "application_event" DROP CONSTRAINT "CHK_application_event_action"`);
    await queryRunner.query(
      `ALTER TABLE "application_event" ADD CONSTRAINT "CHK_application_event_action" CHECK ("action" IN (${EVENT_ACTIONS_BEFORE})) NOT VALID`,
    );
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "CHK_task_kind"`);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "CHK_task_kind" CHECK ("kind" IN (${TASK_KINDS_BEFORE})) NOT VALID`);
    await queryRunner.query(`ALTER TABLE "application" DROP COLUMN "reasonable_period_working_days"`);
    await queryRunner.query(`ALTER TABLE "application" DROP COLUMN "reasons_requested_date"`);
    await queryRunner.query(`ALTER TABLE "application" DROP COLUMN "reasons_request"`);
    await queryRunner.query(`DROP TABLE "application_document"`);
  }
}
