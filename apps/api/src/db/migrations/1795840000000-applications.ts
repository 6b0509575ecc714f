import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Disclosure applications (SPEC M6): the case, the applicant's record (ID number encrypted), the history;
 * the applicant's correction and payment periods as deadline and task kinds; third parties as consultees;
 * a complaint's link to the application it came as.
 */
export class Applications1795840000000 implements MigrationInterface {
  name = 'Applications1795840000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "application" ("id" uuid NOT NULL, "case_number" character varying(32) NOT NULL, "channel" character varying(16) NOT NULL, "arrived_date" date NOT NULL, "received_date" date NOT NULL, "applicant_type" character varying(32) NOT NULL, "description" character varying(5000) NOT NULL, "purpose" character varying(1000), "delivery_form" character varying(16) NOT NULL, "corrected_description" character varying(5000), "state" character varying(24) NOT NULL, "result_code" character varying(48), "reply_text" character varying(8000), "reply_date" date, "published_index_numbers" jsonb NOT NULL DEFAULT '[]', "responsible_agency" character varying(100), "withholding_reasons" jsonb NOT NULL DEFAULT '[]', "correction_request" character varying(2000), "correction_requested_date" date, "correction_period_working_days" integer, "correction_received_date" date, "fee_method" character varying(16), "fee_basis" integer, "fee_amount" integer, "fee_notice_date" date, "fee_payment_period_working_days" integer, "fee_paid_date" date, "fee_reference" character varying(200), "linked_complaint_id" uuid, "applicant_fingerprint" character(64), "anonymised_at" TIMESTAMP WITH TIME ZONE, "handler_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_97ea44a122ba8955dbfe79e3776" UNIQUE ("case_number"), CONSTRAINT "CHK_application_received" CHECK ("received_date" >= "arrived_date"), CONSTRAINT "CHK_application_fee_method" CHECK ("fee_method" IN ('PER_APPLICATION', 'PER_PAGE')), CONSTRAINT "CHK_application_result_code" CHECK ("result_code" IN ('DISCLOSED', 'PARTIALLY_DISCLOSED', 'WITHHELD.STATE_SECRET', 'WITHHELD.LAW_FORBIDS', 'WITHHELD.SECURITY_STABILITY', 'WITHHELD.THIRD_PARTY_RIGHTS', 'WITHHELD.INTERNAL_AFFAIRS', 'WITHHELD.PROCESS_INFORMATION', 'WITHHELD.ENFORCEMENT_CASE_FILE', 'WITHHELD.ADMINISTRATIVE_QUERY', 'UNAVAILABLE.NOT_HELD', 'UNAVAILABLE.NEEDS_CREATION', 'UNAVAILABLE.STILL_UNCLEAR', 'NOT_PROCESSED.COMPLAINT', 'NOT_PROCESSED.REPEAT', 'NOT_PROCESSED.PUBLICATION', 'NOT_PROCESSED.EXCESSIVE', 'NOT_PROCESSED.CONFIRMATION', 'OTHER.NO_CORRECTION', 'OTHER.UNPAID', 'OTHER.OTHER')), CONSTRAINT "CHK_application_state" CHECK ("state" IN ('PROCESSING', 'AWAITING_CORRECTION', 'AWAITING_FEE', 'IN_REVIEW', 'CLOSED')), CONSTRAINT "CHK_application_delivery_form" CHECK ("delivery_form" IN ('PAPER', 'ELECTRONIC', 'ON_SITE')), CONSTRAINT "CHK_application_applicant_type" CHECK ("applicant_type" IN ('NATURAL_PERSON', 'COMMERCIAL_ENTERPRISE', 'RESEARCH_INSTITUTION', 'SOCIAL_WELFARE_ORGANISATION', 'LEGAL_SERVICE_ORGANISATION', 'OTHER_ORGANISATION')), CONSTRAINT "CHK_application_channel" CHECK ("channel" IN ('IN_PERSON', 'REGISTERED_POST', 'ORDINARY_POST', 'FAX', 'EMAIL', 'ONLINE')), CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_application_fingerprint" ON "application"  ("applicant_fingerprint", "received_date")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_application_state" ON "application"  ("state")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_application_received" ON "application"  ("received_date", "id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "application_applicant" ("id" uuid NOT NULL, "name" character varying(50), "id_type" character varying(24), "id_number_cipher" text, "id_number_masked" character varying(32), "organisation_name" character varying(100), "credit_code" character varying(18), "contact_person" character varying(50), "phone" character varying(32), "email" character varying(100), "postal_address" character varying(200), "postal_code" character varying(6), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_application_applicant_id_type" CHECK ("id_type" IN ('RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'OTHER')), CONSTRAINT "PK_7fad621ac3ff9fe040a1e8cbe72" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "application_event" ("id" BIGSERIAL NOT NULL, "application_id" uuid NOT NULL, "action" character varying(32) NOT NULL, "from_state" character varying(24), "to_state" character varying(24) NOT NULL, "on_date" date NOT NULL, "actor_id" uuid, "note" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_application_event_to_state" CHECK ("to_state" IN ('PROCESSING', 'AWAITING_CORRECTION', 'AWAITING_FEE', 'IN_REVIEW', 'CLOSED')), CONSTRAINT "CHK_application_event_from_state" CHECK ("from_state" IN ('PROCESSING', 'AWAITING_CORRECTION', 'AWAITING_FEE', 'IN_REVIEW', 'CLOSED')), CONSTRAINT "CHK_application_event_action" CHECK ("action" IN ('REGISTER', 'SUBMIT', 'REQUEST_CORRECTION', 'RECORD_CORRECTION', 'CLOSE_UNCORRECTED', 'EXTEND', 'CONSULT', 'ISSUE_FEE_NOTICE', 'RECORD_PAYMENT', 'CLOSE_UNPAID', 'REPLY', 'SUBMIT_REPLY_FOR_REVIEW', 'CONSULTATION_ENDED', 'REVEAL_ID_NUMBER', 'ANONYMISE')), CONSTRAINT "PK_dfaa2b28d25fb0223bfd1313f0a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_application_event_application" ON "application_event"  ("application_id", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation" ADD "consultee_third_party" character varying(100)`,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint" ADD "source_application_id" uuid`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "FK_b89a819b41c57d354fa2ccafa12" FOREIGN KEY ("handler_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_applicant" ADD CONSTRAINT "FK_7fad621ac3ff9fe040a1e8cbe72" FOREIGN KEY ("id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_event" ADD CONSTRAINT "FK_a438c3c070f4e044fed183f458c" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation" DROP CONSTRAINT "CHK_consultation_consultee"`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation" ADD CONSTRAINT "CHK_consultation_consultee" CHECK ((("consultee_agency_id" IS NOT NULL)::int + ("consultee_department_id" IS NOT NULL)::int + ("consultee_third_party" IS NOT NULL)::int) = 1)`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline" DROP CONSTRAINT "CHK_deadline_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline" ADD CONSTRAINT "CHK_deadline_kind" CHECK ("kind" IN ('APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'APPLICATION_CORRECTION_PERIOD', 'APPLICATION_FEE_PAYMENT', 'CONSULTATION_REPLY', 'CO_DEPARTMENT_CONSENT', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" DROP CONSTRAINT "CHK_task_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "CHK_task_kind" CHECK ("kind" IN ('CALENDAR_CONFIRM_YEAR', 'APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'APPLICATION_CORRECTION_PERIOD', 'APPLICATION_FEE_PAYMENT', 'CONSULTATION_REPLY', 'CO_DEPARTMENT_CONSENT', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'CORRECTION_ORDER', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION', 'DOCUMENT_REASSESSMENT', 'REVIEW_LEVEL_1', 'REVIEW_LEVEL_2', 'REVIEW_LEVEL_3', 'REVIEW_OFFICE', 'REVIEW_PUBLISH'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "task" DROP CONSTRAINT "CHK_task_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "CHK_task_kind" CHECK ("kind" IN ('CALENDAR_CONFIRM_YEAR', 'APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'CONSULTATION_REPLY', 'CO_DEPARTMENT_CONSENT', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'CORRECTION_ORDER', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION', 'DOCUMENT_REASSESSMENT', 'REVIEW_LEVEL_1', 'REVIEW_LEVEL_2', 'REVIEW_LEVEL_3', 'REVIEW_OFFICE', 'REVIEW_PUBLISH')) NOT VALID`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline" DROP CONSTRAINT "CHK_deadline_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline" ADD CONSTRAINT "CHK_deadline_kind" CHECK ("kind" IN ('APPLICATION_REPLY', 'APPLICATION_CORRECTION_NOTICE', 'CONSULTATION_REPLY', 'CO_DEPARTMENT_CONSENT', 'COMPLAINT_ACCEPTANCE_NOTICE', 'COMPLAINT_TRANSFER', 'COMPLAINT_HANDLING', 'MEETING_FEEDBACK', 'PROACTIVE_PUBLICATION')) NOT VALID`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation" DROP CONSTRAINT "CHK_consultation_consultee"`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation" ADD CONSTRAINT "CHK_consultation_consultee" CHECK (("consultee_agency_id" IS NULL) <> ("consultee_department_id" IS NULL)) NOT VALID`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation" DROP COLUMN "consultee_third_party"`,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint" DROP COLUMN "source_application_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_event" DROP CONSTRAINT "FK_a438c3c070f4e044fed183f458c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_applicant" DROP CONSTRAINT "FK_7fad621ac3ff9fe040a1e8cbe72"`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" DROP CONSTRAINT "FK_b89a819b41c57d354fa2ccafa12"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_application_event_application"`,
    );
    await queryRunner.query(
      `DROP TABLE "application_event"`,
    );
    await queryRunner.query(
      `DROP TABLE "application_applicant"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_application_received"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_application_state"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_application_fingerprint"`,
    );
    await queryRunner.query(
      `DROP TABLE "application"`,
    );
  }
}
