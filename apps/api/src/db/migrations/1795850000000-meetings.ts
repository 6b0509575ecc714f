import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public representatives at meetings (SPEC M8): the registry with its eligibility checks, meetings and their
 * topics, invitations (case kind INVITATION, numbers YQ-…), interest declarations, opinions and speeches, and
 * the results text under review. The case-kind CHECKs are re-created from the full list (runs after 1795840000000).
 */
export class Meetings1795850000000 implements MigrationInterface {
  name = 'Meetings1795850000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "representative" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(50) NOT NULL, "type" character varying(16) NOT NULL, "organisation" character varying(100), "title" character varying(50), "expertise" character varying(200), "phone" character varying(32), "email" character varying(100), "postal_address" character varying(200), "duplicate_keys" text array NOT NULL DEFAULT '{}', "state" character varying(16) NOT NULL, "eligibility_outcome" character varying(16), "eligibility_basis" character varying(500), "eligibility_checked_by_id" uuid, "eligibility_checked_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_representative_eligibility_outcome" CHECK ("eligibility_outcome" IN ('MET', 'NOT_MET')), CONSTRAINT "CHK_representative_state" CHECK ("state" IN ('ACTIVE', 'INACTIVE')), CONSTRAINT "CHK_representative_type" CHECK ("type" IN ('STAKEHOLDER', 'EXPERT', 'MEDIA', 'LEGAL_ADVISER')), CONSTRAINT "PK_2abe568eacaba9eba605bb231bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "representative_eligibility_check" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "representative_id" uuid NOT NULL, "outcome" character varying(16) NOT NULL, "basis" character varying(500) NOT NULL, "checked_by_id" uuid NOT NULL, "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_representative_eligibility_check_outcome" CHECK ("outcome" IN ('MET', 'NOT_MET')), CONSTRAINT "PK_9146f230a70b4d8c3a94e6b7a5d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_representative_eligibility_check_representative" ON "representative_eligibility_check"  ("representative_id", "checked_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_number" character varying(32) NOT NULL, "title" character varying(200) NOT NULL, "department_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "planned_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(200) NOT NULL, "seats" integer, "state" character varying(24) NOT NULL, "postpone_reason" character varying(500), "cancel_reason" character varying(500), "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "minutes" text, "decisions" text, "feedback_sent_at" TIMESTAMP WITH TIME ZONE, "deadline_id" uuid, "created_by_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_2c9575617f229fbc41a297ca43d" UNIQUE ("case_number"), CONSTRAINT "CHK_meeting_seats" CHECK ("seats" IS NULL OR "seats" >= 1), CONSTRAINT "CHK_meeting_times" CHECK ("planned_ends_at" > "starts_at"), CONSTRAINT "CHK_meeting_state" CHECK ("state" IN ('PLANNED', 'INVITATIONS_SENT', 'POSTPONED', 'CANCELLED', 'HELD', 'CLOSED', 'FEEDBACK_SENT', 'RESULTS_IN_REVIEW', 'RESULTS_PUBLISHED', 'RESULTS_WITHHELD')), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meeting_starts" ON "meeting"  ("starts_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meeting_department_starts" ON "meeting"  ("department_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_topic" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(200) NOT NULL, "description" text, "representatives_may_attend" boolean NOT NULL, "category" character varying(24), "seats" integer, "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_meeting_topic_open" CHECK ("representatives_may_attend" OR ("category" IS NULL AND "seats" IS NULL)), CONSTRAINT "CHK_meeting_topic_seats" CHECK ("seats" IS NULL OR "seats" >= 1), CONSTRAINT "CHK_meeting_topic_category" CHECK ("category" IN ('MAJOR_DECISION', 'MAJOR_POLICY', 'PUBLIC_CONCERN', 'OTHER_NECESSARY')), CONSTRAINT "PK_440e630de8d83618907397a2a78" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meeting_topic_meeting" ON "meeting_topic"  ("meeting_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "representative_id" uuid NOT NULL, "case_number" character varying(32) NOT NULL, "topic_ids" uuid array NOT NULL DEFAULT '{}', "state" character varying(16) NOT NULL, "sequence" integer NOT NULL, "notice_channel" character varying(16) NOT NULL, "responded_at" TIMESTAMP WITH TIME ZONE, "withdrawn_reason" character varying(500), "checked_in_at" TIMESTAMP WITH TIME ZONE, "checked_in_by" character varying(16), "is_late" boolean NOT NULL DEFAULT false, "departed_at" TIMESTAMP WITH TIME ZONE, "departed_after_topic_id" uuid, "attendance_public" boolean NOT NULL DEFAULT false, "feedback_notice_id" uuid, "created_by_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_c2e1713cfb488a80055b4f87773" UNIQUE ("case_number"), CONSTRAINT "UQ_meeting_invitation_sequence" UNIQUE ("meeting_id", "sequence"), CONSTRAINT "CHK_meeting_invitation_check_in" CHECK (("checked_in_at" IS NULL) = ("checked_in_by" IS NULL)), CONSTRAINT "CHK_meeting_invitation_checked_in_by" CHECK ("checked_in_by" IN ('ORGANIZER', 'CODE')), CONSTRAINT "CHK_meeting_invitation_notice_channel" CHECK ("notice_channel" IN ('IN_SYSTEM', 'SMS', 'EMAIL', 'POST', 'PHONE', 'IN_PERSON', 'FAX')), CONSTRAINT "CHK_meeting_invitation_state" CHECK ("state" IN ('WAITLISTED', 'INVITED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')), CONSTRAINT "PK_c21592e99c4c046fa6f766e4cea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meeting_invitation_representative" ON "meeting_invitation"  ("representative_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_meeting_invitation_live" ON "meeting_invitation"  ("meeting_id", "representative_id") WHERE "state" NOT IN ('DECLINED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_interest_declaration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "invitation_id" uuid NOT NULL, "topic_id" uuid NOT NULL, "has_direct_interest" boolean NOT NULL, "note" character varying(500), "is_flagged" boolean NOT NULL, "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_meeting_interest_declaration_topic" UNIQUE ("invitation_id", "topic_id"), CONSTRAINT "PK_bf697f57a68a33b619f78f1a824" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_opinion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "invitation_id" uuid NOT NULL, "topic_id" uuid, "kind" character varying(16) NOT NULL, "source" character varying(16), "content" text NOT NULL, "recorded_by_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "adoption" character varying(16), "adoption_explanation" text, "adoption_recorded_by_id" uuid, "adoption_recorded_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "CHK_meeting_opinion_speech_topic" CHECK ("kind" <> 'SPEECH' OR "topic_id" IS NOT NULL), CONSTRAINT "CHK_meeting_opinion_adoption" CHECK ("adoption" IN ('ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED')), CONSTRAINT "CHK_meeting_opinion_source" CHECK ("source" IN ('CONSOLE', 'EXTERNAL')), CONSTRAINT "CHK_meeting_opinion_kind" CHECK ("kind" IN ('WRITTEN', 'SPEECH')), CONSTRAINT "PK_80d13cf573a7fa62f3eef79aba7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meeting_opinion_invitation" ON "meeting_opinion"  ("invitation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meeting_opinion_meeting" ON "meeting_opinion"  ("meeting_id", "recorded_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_result_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "based_on_id" uuid, "body" text NOT NULL, "sealed_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_meeting_result_version_kind" CHECK ("kind" IN ('ORIGINAL', 'REDACTED')), CONSTRAINT "PK_42df371af7c2ddb522b003af78f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meeting_result_version_meeting" ON "meeting_result_version"  ("meeting_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "task" DROP CONSTRAINT "CHK_task_case_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "CHK_task_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING', 'INVITATION', 'DOCUMENT', 'CONSULTATION', 'CALENDAR_YEAR', 'REVIEW'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline" DROP CONSTRAINT "CHK_deadline_case_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline" ADD CONSTRAINT "CHK_deadline_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING', 'INVITATION', 'DOCUMENT', 'CONSULTATION', 'CALENDAR_YEAR', 'REVIEW'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notice" DROP CONSTRAINT "CHK_notice_case_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notice" ADD CONSTRAINT "CHK_notice_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING', 'INVITATION', 'DOCUMENT', 'CONSULTATION', 'CALENDAR_YEAR', 'REVIEW'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "citizen_code" DROP CONSTRAINT "CHK_citizen_code_case_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "citizen_code" ADD CONSTRAINT "CHK_citizen_code_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING', 'INVITATION'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_number_sequence" DROP CONSTRAINT "CHK_case_number_sequence_prefix"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_number_sequence" ADD CONSTRAINT "CHK_case_number_sequence_prefix" CHECK ("prefix" IN ('YS', 'TS', 'LX', 'YQ', 'SYH'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "task" DROP CONSTRAINT "CHK_task_case_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "CHK_task_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING', 'DOCUMENT', 'CONSULTATION', 'CALENDAR_YEAR', 'REVIEW')) NOT VALID`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline" DROP CONSTRAINT "CHK_deadline_case_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline" ADD CONSTRAINT "CHK_deadline_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING', 'DOCUMENT', 'CONSULTATION', 'CALENDAR_YEAR', 'REVIEW')) NOT VALID`,
    );
    await queryRunner.query(
      `ALTER TABLE "notice" DROP CONSTRAINT "CHK_notice_case_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notice" ADD CONSTRAINT "CHK_notice_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING', 'DOCUMENT', 'CONSULTATION', 'CALENDAR_YEAR', 'REVIEW')) NOT VALID`,
    );
    await queryRunner.query(
      `ALTER TABLE "citizen_code" DROP CONSTRAINT "CHK_citizen_code_case_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "citizen_code" ADD CONSTRAINT "CHK_citizen_code_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING')) NOT VALID`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_number_sequence" DROP CONSTRAINT "CHK_case_number_sequence_prefix"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_number_sequence" ADD CONSTRAINT "CHK_case_number_sequence_prefix" CHECK ("prefix" IN ('YS', 'TS', 'LX', 'SYH')) NOT VALID`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_meeting_result_version_meeting"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_meeting_opinion_meeting"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_meeting_opinion_invitation"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."UQ_meeting_invitation_live"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_meeting_invitation_representative"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_meeting_topic_meeting"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_meeting_department_starts"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_meeting_starts"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_representative_eligibility_check_representative"`,
    );
    await queryRunner.query(
      `DROP TABLE "meeting_result_version"`,
    );
    await queryRunner.query(
      `DROP TABLE "meeting_opinion"`,
    );
    await queryRunner.query(
      `DROP TABLE "meeting_interest_declaration"`,
    );
    await queryRunner.query(
      `DROP TABLE "meeting_invitation"`,
    );
    await queryRunner.query(
      `DROP TABLE "meeting_topic"`,
    );
    await queryRunner.query(
      `DROP TABLE "meeting"`,
    );
    await queryRunner.query(
      `DROP TABLE "representative_eligibility_check"`,
    );
    await queryRunner.query(
      `DROP TABLE "representative"`,
    );
  }
}
