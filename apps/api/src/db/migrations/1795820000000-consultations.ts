import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Release coordination (SPEC M4): consultations (one per consultee) and their history; the co-department
 * consent's deadline and task kinds.
 */
export class Consultations1795820000000 implements MigrationInterface {
  name = 'Consultations1795820000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "consultation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_kind" character varying(16) NOT NULL, "subject_id" uuid NOT NULL, "use" character varying(32) NOT NULL, "department_id" uuid NOT NULL, "consultee_agency_id" uuid, "consultee_department_id" uuid, "basic_facts" text NOT NULL, "opinion" text NOT NULL, "basis" text NOT NULL, "state" character varying(24) NOT NULL, "reply_agrees" boolean, "reply_text" text, "replied_on" date, "answered_by_id" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "settlement_body" character varying(24), "settlement_decision" character varying(16), "settlement_reference" character varying(100), "settlement_summary" text, "deadline_id" uuid, "sent_by_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_consultation_consultee" CHECK (("consultee_agency_id" IS NULL) <> ("consultee_department_id" IS NULL)), CONSTRAINT "CHK_consultation_settlement_decision" CHECK ("settlement_decision" IN ('DISCLOSE', 'NOT_DISCLOSE')), CONSTRAINT "CHK_consultation_settlement_body" CHECK ("settlement_body" IN ('COMMON_SUPERIOR', 'DISCLOSURE_AUTHORITY')), CONSTRAINT "CHK_consultation_subject_kind" CHECK ("subject_kind" IN ('DOCUMENT', 'APPLICATION')), CONSTRAINT "CHK_consultation_state" CHECK ("state" IN ('SENT', 'REMINDED', 'ESCALATED', 'AGREED', 'DISAGREED', 'SETTLED', 'CONSENTED_BY_SILENCE', 'LAPSED', 'WITHDRAWN')), CONSTRAINT "CHK_consultation_use" CHECK ("use" IN ('AGENCY_RELEASE', 'CO_DEPARTMENT_CONSENT', 'APPLICATION_THIRD_PARTY', 'APPLICATION_JOINT_AGENCY')), CONSTRAINT "PK_5203569fac28a4a626c42abe70b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_consultation_consultee_department" ON "consultation"  ("consultee_department_id", "state") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_consultation_subject" ON "consultation"  ("subject_kind", "subject_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "consultation_event" ("id" BIGSERIAL NOT NULL, "consultation_id" uuid NOT NULL, "action" character varying(16) NOT NULL, "from_state" character varying(24), "to_state" character varying(24) NOT NULL, "note" text, "actor_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_consultation_event_action" CHECK ("action" IN ('RECORD_REPLY', 'CONSENT', 'REFUSE', 'REMIND', 'ESCALATE', 'SETTLE', 'LAPSE', 'WITHDRAW', 'SEND')), CONSTRAINT "PK_9f8964e321653f4d4a65f6f7883" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_consultation_event_consultation" ON "consultation_event"  ("consultation_id", "id") `,
    );
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "CHK_task_kind"`);
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "CHK_task_kind" CHECK ("kind" IN ('CALENDAR_CONFIRM_YEAR', 'APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'CONSULTATION_REPLY', 'CO_DEPARTMENT_CONSENT', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'CORRECTION_ORDER', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION', 'DOCUMENT_REASSESSMENT', 'REVIEW_LEVEL_1', 'REVIEW_LEVEL_2', 'REVIEW_LEVEL_3', 'REVIEW_OFFICE', 'REVIEW_PUBLISH'))`,
    );
    await queryRunner.query(`ALTER TABLE "deadline" DROP CONSTRAINT "CHK_deadline_kind"`);
    await queryRunner.query(
      `ALTER TABLE "deadline" ADD CONSTRAINT "CHK_deadline_kind" CHECK ("kind" IN ('APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'CONSULTATION_REPLY', 'CO_DEPARTMENT_CONSENT', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deadline" DROP CONSTRAINT "CHK_deadline_kind"`);
    await queryRunner.query(
      `ALTER TABLE "deadline" ADD CONSTRAINT "CHK_deadline_kind" CHECK ("kind" IN ('APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'CONSULTATION_REPLY', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION')) NOT VALID`,
    );
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "CHK_task_kind"`);
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "CHK_task_kind" CHECK ("kind" IN ('CALENDAR_CONFIRM_YEAR', 'APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'CONSULTATION_REPLY', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'CORRECTION_ORDER', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION', 'DOCUMENT_REASSESSMENT', 'REVIEW_LEVEL_1', 'REVIEW_LEVEL_2', 'REVIEW_LEVEL_3', 'REVIEW_OFFICE', 'REVIEW_PUBLISH')) NOT VALID`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_consultation_event_consultation"`);
    await queryRunner.query(`DROP TABLE "consultation_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_consultation_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_consultation_consultee_department"`);
    await queryRunner.query(`DROP TABLE "consultation"`);
  }
}
