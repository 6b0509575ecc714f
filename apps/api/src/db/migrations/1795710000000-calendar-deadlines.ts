import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The bureau's calendar overrides and confirmed years; persisted deadlines and their history. */
export class CalendarDeadlines1795710000000 implements MigrationInterface {
  name = 'CalendarDeadlines1795710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_override" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "date" date NOT NULL, "kind" character varying(8) NOT NULL, "note" character varying(100) NOT NULL, "is_active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_8e0e9700ae5a92aaa00fe40c855" UNIQUE ("date"), CONSTRAINT "CHK_calendar_override_kind" CHECK ("kind" IN ('OFF', 'WORK')), CONSTRAINT "PK_6317e24e0075b35a8197aa74eb4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_confirmed_year" ("year" integer NOT NULL, "confirmed_by_id" uuid, "confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6e16707131002620c1c5328e706" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "deadline" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(40) NOT NULL, "case_kind" character varying(24) NOT NULL, "case_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "department_id" uuid, "assignee_id" uuid, "start_date" date NOT NULL, "period_working_days" integer NOT NULL, "extensions_working_days" integer NOT NULL DEFAULT '0', "extension_count" integer NOT NULL DEFAULT '0', "suspensions" jsonb NOT NULL DEFAULT '[]', "due_date" date, "is_provisional" boolean NOT NULL DEFAULT false, "is_suspended" boolean NOT NULL DEFAULT false, "state" character varying(16) NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "overdue_marked_on" date, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_deadline_case_kind" UNIQUE ("kind", "case_id"), CONSTRAINT "CHK_deadline_state" CHECK ("state" IN ('OPEN', 'MET', 'CANCELLED')), CONSTRAINT "CHK_deadline_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING', 'DOCUMENT', 'CONSULTATION', 'CALENDAR_YEAR')), CONSTRAINT "CHK_deadline_kind" CHECK ("kind" IN ('APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'CONSULTATION_REPLY', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION')), CONSTRAINT "PK_9b68db28fc035ed8a84691bfbaf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_deadline_open_due" ON "deadline" ("state", "due_date")`);
    await queryRunner.query(
      `CREATE TABLE "deadline_event" ("id" BIGSERIAL NOT NULL, "deadline_id" uuid NOT NULL, "action" character varying(16) NOT NULL, "on_date" date, "by_working_days" integer, "reason" character varying(500), "approver_id" uuid, "notice_id" uuid, "due_date_before" date, "due_date_after" date, "actor_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_deadline_event_action" CHECK ("action" IN ('STARTED', 'SUSPENDED', 'RESUMED', 'RESTARTED', 'EXTENDED', 'MET', 'CANCELLED', 'RECOMPUTED')), CONSTRAINT "PK_697b6e48c66d3240f382237dbfa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_deadline_event_deadline" ON "deadline_event" ("deadline_id", "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "deadline_event"`);
    await queryRunner.query(`DROP TABLE "deadline"`);
    await queryRunner.query(`DROP TABLE "calendar_confirmed_year"`);
    await queryRunner.query(`DROP TABLE "calendar_override"`);
  }
}
