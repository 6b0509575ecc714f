import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The task registry (待办) and staff notifications (SPEC §2.3c). Generated from the entity diff; the
 * trigger at the end keeps tasks from being deleted (notifications and audit rows point to them).
 */
export class TasksNotifications1795720000000 implements MigrationInterface {
  name = 'TasksNotifications1795720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(40) NOT NULL, "case_kind" character varying(24) NOT NULL, "case_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "assignee_id" uuid, "department_id" uuid, "deadline_id" uuid, "due_date" date, "state" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE, "assigned_by_id" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by_id" uuid, "version" integer NOT NULL, CONSTRAINT "CHK_task_state" CHECK ("state" IN ('OPEN', 'DONE', 'CANCELLED')), CONSTRAINT "CHK_task_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING', 'DOCUMENT', 'CONSULTATION', 'CALENDAR_YEAR')), CONSTRAINT "CHK_task_kind" CHECK ("kind" IN ('CALENDAR_CONFIRM_YEAR', 'APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'CONSULTATION_REPLY', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION')), CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_task_deadline" ON "task"  ("deadline_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_task_state_due" ON "task"  ("state", "due_date") `);
    await queryRunner.query(`CREATE INDEX "IDX_task_department_state" ON "task"  ("department_id", "state") `);
    await queryRunner.query(`CREATE INDEX "IDX_task_assignee_state" ON "task"  ("assignee_id", "state") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_task_open_case" ON "task"  ("kind", "case_id") WHERE "state" = 'OPEN'`);
    await queryRunner.query(`CREATE TABLE "staff_notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "task_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "on_date" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_staff_notification_kind" CHECK ("kind" IN ('TASK_ASSIGNED', 'TASK_DUE_SOON', 'TASK_OVERDUE', 'TASK_REASSIGNED')), CONSTRAINT "PK_687ce8c4bfb1aca0b40c5d828cc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_staff_notification_task" ON "staff_notification"  ("task_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_staff_notification_user_created" ON "staff_notification"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_staff_notification_once" ON "staff_notification"  ("user_id", "task_id", "kind", "on_date") `);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "FK_75114a0b55080c15694f3d40ec9" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "FK_64ce32127871295868fa80d03ad" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "FK_57c61a19516e4e461ef9abe0b22" FOREIGN KEY ("deadline_id") REFERENCES "deadline"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_notification" ADD CONSTRAINT "FK_d463d1138ac826e676364cd7217" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_notification" ADD CONSTRAINT "FK_bf94fb12c9ac525d595fab6fad4" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Tasks are closed or cancelled, never deleted.
    await queryRunner.query(`
      CREATE FUNCTION task_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '待办不能删除，只能办结或撤销' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER task_no_delete BEFORE DELETE ON "task" FOR EACH ROW EXECUTE FUNCTION task_refuse_delete()`);
    await queryRunner.query(`CREATE TRIGGER task_no_truncate BEFORE TRUNCATE ON "task" FOR EACH STATEMENT EXECUTE FUNCTION task_refuse_delete()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS task_no_truncate ON "task"`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS task_no_delete ON "task"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS task_refuse_delete()`);
    await queryRunner.query(`ALTER TABLE "staff_notification" DROP CONSTRAINT "FK_bf94fb12c9ac525d595fab6fad4"`);
    await queryRunner.query(`ALTER TABLE "staff_notification" DROP CONSTRAINT "FK_d463d1138ac826e676364cd7217"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_57c61a19516e4e461ef9abe0b22"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_64ce32127871295868fa80d03ad"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_75114a0b55080c15694f3d40ec9"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_staff_notification_once"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_staff_notification_user_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_staff_notification_task"`);
    await queryRunner.query(`DROP TABLE "staff_notification"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_task_open_case"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_task_assignee_state"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_task_department_state"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_task_state_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_task_deadline"`);
    await queryRunner.query(`DROP TABLE "task"`);
  }
}
