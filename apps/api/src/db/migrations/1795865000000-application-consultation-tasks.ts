import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An application's consultations (条例 art. 32, 34) get their own task kind, APPLICATION_CONSULTATION_REPLY,
 * which waits for the application handlers bureau-wide. The task-kind CHECK is re-created from the full list
 * (runs after 1795860000000), and open consultation tasks of applications already sent move to the new kind,
 * bureau-level like the application's own task.
 */
export class ApplicationConsultationTasks1795865000000 implements MigrationInterface {
  name = 'ApplicationConsultationTasks1795865000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "CHK_task_kind"`);
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "CHK_task_kind" CHECK ("kind" IN ('CALENDAR_CONFIRM_YEAR', 'APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'APPLICATION_CORRECTION_PERIOD', 'APPLICATION_FEE_PAYMENT', 'CONSULTATION_REPLY', 'APPLICATION_CONSULTATION_REPLY', 'CO_DEPARTMENT_CONSENT', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'CORRECTION_ORDER', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION', 'DOCUMENT_REASSESSMENT', 'REVIEW_LEVEL_1', 'REVIEW_LEVEL_2', 'REVIEW_LEVEL_3', 'REVIEW_OFFICE', 'REVIEW_PUBLISH'))`,
    );
    await queryRunner.query(
      `UPDATE "task" SET "kind" = 'APPLICATION_CONSULTATION_REPLY', "department_id" = NULL WHERE "kind" = 'CONSULTATION_REPLY' AND "case_id" IN (SELECT "id" FROM "consultation" WHERE "subject_kind" = 'APPLICATION')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "task" SET "kind" = 'CONSULTATION_REPLY', "department_id" = "consultation"."department_id" FROM "consultation" WHERE "task"."kind" = 'APPLICATION_CONSULTATION_REPLY' AND "consultation"."id" = "task"."case_id"`,
    );
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "CHK_task_kind"`);
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "CHK_task_kind" CHECK ("kind" IN ('CALENDAR_CONFIRM_YEAR', 'APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'APPLICATION_CORRECTION_PERIOD', 'APPLICATION_FEE_PAYMENT', 'CONSULTATION_REPLY', 'CO_DEPARTMENT_CONSENT', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'CORRECTION_ORDER', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION', 'DOCUMENT_REASSESSMENT', 'REVIEW_LEVEL_1', 'REVIEW_LEVEL_2', 'REVIEW_LEVEL_3', 'REVIEW_OFFICE', 'REVIEW_PUBLISH')) NOT VALID`,
    );
  }
}
