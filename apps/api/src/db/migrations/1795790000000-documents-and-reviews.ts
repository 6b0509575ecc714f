import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents (SPEC M2) with their content versions, files and history, and the confidentiality review
 * (M3) with its decisions; review tasks and the REVIEW case kind for tasks, deadlines and notices.
 */
export class DocumentsAndReviews1795790000000 implements MigrationInterface {
  name = 'DocumentsAndReviews1795790000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "document_number" character varying(64), "type" character varying(24) NOT NULL, "other_type_name" character varying(32), "purpose" character varying(32) NOT NULL, "summary" character varying(500), "department_id" uuid NOT NULL, "co_department_ids" uuid array NOT NULL DEFAULT '{}', "joint_agency_ids" uuid array NOT NULL DEFAULT '{}', "catalog_category_id" uuid, "forwarded_from_id" uuid, "attribute" character varying(16), "proposed_attribute" character varying(16), "attribute_rule" character varying(32), "attribute_reason" text, "is_attribute_deviation" boolean NOT NULL DEFAULT false, "state" character varying(24) NOT NULL, "current_content_version_id" uuid, "drafter_id" uuid NOT NULL, "signed_by_id" uuid, "signed_at" TIMESTAMP WITH TIME ZONE, "formed_date" date, "declassified_at" TIMESTAMP WITH TIME ZONE, "declassified_by_id" uuid, "declassification_reference" character varying(500), "last_assessed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_document_attribute_rule" CHECK ("attribute_rule" IN ('VITAL_INTERESTS', 'PUBLIC_AWARENESS', 'ORGANISATION_AND_PROCEDURES', 'PUBLIC_DOCUMENT_TYPE', 'INTERNAL_MANAGEMENT', 'INTERNAL_MATERIAL', 'PERSONAL_PRIVACY', 'REPORT_TO_SUPERIOR', 'INTERDEPARTMENTAL_CONSULTATION', 'STATE_SECRET', 'WORK_SECRET', 'FORWARDED')), CONSTRAINT "CHK_document_proposed_attribute" CHECK ("proposed_attribute" IN ('PROACTIVE', 'ON_APPLICATION', 'NOT_DISCLOSED')), CONSTRAINT "CHK_document_attribute" CHECK ("attribute" IN ('PROACTIVE', 'ON_APPLICATION', 'NOT_DISCLOSED')), CONSTRAINT "CHK_document_state" CHECK ("state" IN ('DRAFT', 'SIGNED', 'IN_REVIEW', 'PUBLISHED', 'PUBLISHED_REDACTED', 'WITHHELD', 'REVISING', 'DISCARDED')), CONSTRAINT "CHK_document_purpose" CHECK ("purpose" IN ('VITAL_INTERESTS', 'PUBLIC_AWARENESS', 'ORGANISATION_AND_PROCEDURES', 'INTERNAL_MANAGEMENT', 'INTERNAL_MATERIAL', 'PERSONAL_PRIVACY', 'REPORT_TO_SUPERIOR', 'INTERDEPARTMENTAL_CONSULTATION', 'STATE_SECRET', 'WORK_SECRET', 'OTHER')), CONSTRAINT "CHK_document_type" CHECK ("type" IN ('DECISION', 'ANNOUNCEMENT', 'PUBLIC_NOTICE', 'NOTICE', 'CIRCULAR', 'REPORT', 'REQUEST', 'INSTRUCTION_REPLY', 'OPINION', 'LETTER', 'MEETING_MINUTES', 'OTHER')), CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_document_state" ON "document"  ("state") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_document_department_updated" ON "document"  ("department_id", "updated_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "document_content_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "seq" integer NOT NULL, "kind" character varying(16) NOT NULL, "based_on_id" uuid, "body" text, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sealed_at" TIMESTAMP WITH TIME ZONE, "content_removed_at" TIMESTAMP WITH TIME ZONE, "content_removed_by_id" uuid, "version" integer NOT NULL, CONSTRAINT "CHK_document_content_version_kind" CHECK ("kind" IN ('ORIGINAL', 'REDACTED')), CONSTRAINT "PK_96fc21aabf4bf85700fb0ebd678" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_document_content_version_seq" ON "document_content_version"  ("document_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "document_attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "content_version_id" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "uploaded_by_id" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE, "sanitized_from_id" uuid, "removed_metadata" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_31fde0758c034d40a6fd46eff86" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_document_attachment_version" ON "document_attachment"  ("content_version_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "document_event" ("id" BIGSERIAL NOT NULL, "document_id" uuid NOT NULL, "action" character varying(32) NOT NULL, "from_state" character varying(24), "to_state" character varying(24) NOT NULL, "from_attribute" character varying(16), "to_attribute" character varying(16), "note" text, "actor_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_document_event_action" CHECK ("action" IN ('EDIT', 'SET_ATTRIBUTE', 'DISCARD', 'SIGN', 'SUBMIT_FOR_REVIEW', 'REDETERMINE_ATTRIBUTE', 'CONFIRM_ATTRIBUTE', 'RECORD_DECLASSIFICATION', 'REVISE', 'CREATE', 'REVIEW', 'PUBLISH', 'WITHDRAW', 'REMOVE_CONTENT')), CONSTRAINT "PK_c6b8ad4a9ae167e7399d5cd5973" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_document_event_document" ON "document_event"  ("document_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_kind" character varying(24) NOT NULL, "subject_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "owning_department_id" uuid NOT NULL, "content_version_id" uuid NOT NULL, "final_action" character varying(16) NOT NULL, "state" character varying(24) NOT NULL, "assessment" jsonb, "outcome" jsonb, "escalated_from" character varying(8), "publisher_id" uuid, "approved_content_version_id" uuid, "is_content_removal_required" boolean NOT NULL DEFAULT false, "is_revision" boolean NOT NULL DEFAULT false, "opened_by_id" uuid NOT NULL, "level_one_user_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_review_escalated_from" CHECK ("escalated_from" IN ('LEVEL_2', 'LEVEL_3')), CONSTRAINT "CHK_review_state" CHECK ("state" IN ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'ESCALATED', 'REFERRED', 'AWAITING_CONFIRMATION', 'APPROVED', 'PUBLISHED', 'SUPPLIED', 'WITHHELD', 'CANCELLED')), CONSTRAINT "CHK_review_final_action" CHECK ("final_action" IN ('PUBLISH', 'SUPPLY')), CONSTRAINT "CHK_review_subject_kind" CHECK ("subject_kind" IN ('DOCUMENT', 'MEETING_RESULT', 'SURVEY_DECISION', 'OPINION_RESPONSE', 'APPLICATION_REPLY')), CONSTRAINT "PK_2e4299a343a81574217255c00ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_review_department_state" ON "review"  ("owning_department_id", "state") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_review_subject" ON "review"  ("subject_kind", "subject_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "review_decision" ("id" BIGSERIAL NOT NULL, "review_id" uuid NOT NULL, "action" character varying(32) NOT NULL, "stage" character varying(16), "user_id" uuid NOT NULL, "from_state" character varying(24) NOT NULL, "to_state" character varying(24) NOT NULL, "content_version_id" uuid, "opinion" text, "assessment" jsonb, "outcome" jsonb, "publisher_id" uuid, "reference" character varying(200), "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_review_decision_to_state" CHECK ("to_state" IN ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'ESCALATED', 'REFERRED', 'AWAITING_CONFIRMATION', 'APPROVED', 'PUBLISHED', 'SUPPLIED', 'WITHHELD', 'CANCELLED')), CONSTRAINT "CHK_review_decision_from_state" CHECK ("from_state" IN ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'ESCALATED', 'REFERRED', 'AWAITING_CONFIRMATION', 'APPROVED', 'PUBLISHED', 'SUPPLIED', 'WITHHELD', 'CANCELLED')), CONSTRAINT "CHK_review_decision_stage" CHECK ("stage" IN ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'OFFICE')), CONSTRAINT "CHK_review_decision_action" CHECK ("action" IN ('INITIAL_REVIEW', 'SECRECY_REVIEW', 'APPROVE', 'RETURN', 'ESCALATE', 'REFER_TO_SECRECY_BUREAU', 'RECORD_DETERMINATION', 'CONFIRM', 'PUBLISH', 'SUPPLY', 'CANCEL')), CONSTRAINT "PK_64e856d49c6dc05ed774dbb218e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_review_decision_review" ON "review_decision"  ("review_id", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "task" DROP CONSTRAINT "CHK_task_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "CHK_task_kind" CHECK ("kind" IN ('CALENDAR_CONFIRM_YEAR', 'APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'CONSULTATION_REPLY', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'CORRECTION_ORDER', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION', 'DOCUMENT_REASSESSMENT', 'REVIEW_LEVEL_1', 'REVIEW_LEVEL_2', 'REVIEW_LEVEL_3', 'REVIEW_OFFICE', 'REVIEW_PUBLISH'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" DROP CONSTRAINT "CHK_task_case_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "CHK_task_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING', 'DOCUMENT', 'CONSULTATION', 'CALENDAR_YEAR', 'REVIEW'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline" DROP CONSTRAINT "CHK_deadline_case_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline" ADD CONSTRAINT "CHK_deadline_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING', 'DOCUMENT', 'CONSULTATION', 'CALENDAR_YEAR', 'REVIEW'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notice" DROP CONSTRAINT "CHK_notice_case_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notice" ADD CONSTRAINT "CHK_notice_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING', 'DOCUMENT', 'CONSULTATION', 'CALENDAR_YEAR', 'REVIEW'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "task" DROP CONSTRAINT "CHK_task_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "CHK_task_kind" CHECK ("kind" IN ('CALENDAR_CONFIRM_YEAR', 'APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'CONSULTATION_REPLY', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'CORRECTION_ORDER', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION')) NOT VALID`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" DROP CONSTRAINT "CHK_task_case_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "CHK_task_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING', 'DOCUMENT', 'CONSULTATION', 'CALENDAR_YEAR')) NOT VALID`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline" DROP CONSTRAINT "CHK_deadline_case_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline" ADD CONSTRAINT "CHK_deadline_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING', 'DOCUMENT', 'CONSULTATION', 'CALENDAR_YEAR')) NOT VALID`,
    );
    await queryRunner.query(
      `ALTER TABLE "notice" DROP CONSTRAINT "CHK_notice_case_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notice" ADD CONSTRAINT "CHK_notice_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING', 'DOCUMENT', 'CONSULTATION', 'CALENDAR_YEAR')) NOT VALID`,
    );
    await queryRunner.query(
      `DROP INDEX "IDX_review_decision_review"`,
    );
    await queryRunner.query(
      `DROP TABLE "review_decision"`,
    );
    await queryRunner.query(
      `DROP INDEX "IDX_review_subject"`,
    );
    await queryRunner.query(
      `DROP INDEX "IDX_review_department_state"`,
    );
    await queryRunner.query(
      `DROP TABLE "review"`,
    );
    await queryRunner.query(
      `DROP INDEX "IDX_document_event_document"`,
    );
    await queryRunner.query(
      `DROP TABLE "document_event"`,
    );
    await queryRunner.query(
      `DROP INDEX "IDX_document_attachment_version"`,
    );
    await queryRunner.query(
      `DROP TABLE "document_attachment"`,
    );
    await queryRunner.query(
      `DROP INDEX "UQ_document_content_version_seq"`,
    );
    await queryRunner.query(
      `DROP TABLE "document_content_version"`,
    );
    await queryRunner.query(
      `DROP INDEX "IDX_document_department_updated"`,
    );
    await queryRunner.query(
      `DROP INDEX "IDX_document_state"`,
    );
    await queryRunner.query(
      `DROP TABLE "document"`,
    );
  }
}
