import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Platform tables: organisation, sessions and sign-in attempts, API tokens, the audit chain. */
export class Initial1764144000000 implements MigrationInterface {
  name = 'Initial1764144000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(64) NOT NULL, "prefix" character varying(16) NOT NULL, "token_hash" character(64) NOT NULL, "scopes" text array NOT NULL, "rate_limit_per_minute" integer NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_id" uuid, "version" integer NOT NULL, CONSTRAINT "UQ_bafaa5aab5957cd193fb2da8f24" UNIQUE ("token_hash"), CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "api_token_usage" ("token_id" uuid NOT NULL, "minute" TIMESTAMP WITH TIME ZONE NOT NULL, "reads" integer NOT NULL DEFAULT '0', "writes" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_cfce2efe798f0a9097bc29680ae" PRIMARY KEY ("token_id", "minute"))`);
    await queryRunner.query(`CREATE TABLE "audit_log" ("seq" bigint NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_kind" character varying(16) NOT NULL, "actor_id" character varying(64), "actor_name" character varying(128), "action" character varying(96) NOT NULL, "outcome" character varying(16) NOT NULL, "entity_type" character varying(64), "entity_id" character varying(64), "changes" jsonb, "error_code" character varying(32), "reason" character varying(96), "ip" character varying(64), "request_id" character varying(64), "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "CHK_audit_log_outcome" CHECK ("outcome" IN ('SUCCESS', 'DENIED', 'FAILED')), CONSTRAINT "PK_ce5b9b7d945cab0a6c604bafd9e" PRIMARY KEY ("seq"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log"  ("at") `);
    await queryRunner.query(`CREATE INDEX "IDX_43fef0ec7f613c19c612fffe62" ON "audit_log"  ("entity_type", "entity_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a9029daf71d520d705210db068" ON "audit_log"  ("actor_id", "seq") `);
    await queryRunner.query(`CREATE TABLE "login_attempt" ("id" BIGSERIAL NOT NULL, "username" character varying(64) NOT NULL, "user_id" uuid, "ip" character varying(64) NOT NULL, "succeeded" boolean NOT NULL, "reason" character varying(48), "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_72829cd4f7424e3cdfd46c476c0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b72521176549924e0f1f34bd7f" ON "login_attempt"  ("ip", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_ecac73c5082cb7cba2de6bf70c" ON "login_attempt"  ("username", "at") `);
    await queryRunner.query(`CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "name" character varying(64) NOT NULL, "kind" character varying(24) NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "phone" character varying(32), "is_active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_62690f4fe31da9eb824d909285f" UNIQUE ("code"), CONSTRAINT "UQ_471da4b90e96c1ebe0af221e07b" UNIQUE ("name"), CONSTRAINT "CHK_department_kind" CHECK ("kind" IN ('OFFICE', 'DIVISION', 'AFFILIATED_UNIT')), CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(32) NOT NULL, "display_name" character varying(32) NOT NULL, "department_id" uuid, "phone" character varying(32), "email" character varying(128), "password_hash" character varying(255) NOT NULL, "must_change_password" boolean NOT NULL DEFAULT true, "password_changed_at" TIMESTAMP WITH TIME ZONE, "totp_secret" character varying(64), "totp_pending_secret" character varying(64), "totp_enabled" boolean NOT NULL DEFAULT false, "is_demo" boolean NOT NULL DEFAULT false, "is_active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7bbda4c333c1da023d2f2ae732" ON "app_user"  ("department_id") `);
    await queryRunner.query(`CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "stage" character varying(24) NOT NULL, "ip" character varying(64) NOT NULL, "user_agent" character varying(256), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" character varying(32), CONSTRAINT "UQ_a83507eb0338ac037780e02f2b9" UNIQUE ("token_hash"), CONSTRAINT "CHK_session_stage" CHECK ("stage" IN ('FULL', 'PASSWORD_CHANGE', 'TOTP_ENROLMENT')), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "role_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "role" character varying(32) NOT NULL, "department_id" uuid, "granted_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_role_grant_role" CHECK ("role" IN ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDITOR', 'LEADERSHIP_OFFICE', 'GENERAL_OFFICE', 'DRAFTER', 'CONFIDENTIALITY_OFFICER', 'DEPARTMENT_HEAD', 'PUBLISHER', 'MEETING_ORGANIZER', 'OPINION_MONITOR', 'COMPLAINT_HANDLER', 'APPLICATION_HANDLER', 'BUREAU_LEADER')), CONSTRAINT "PK_b9e50aafa723c536731c38529fb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cbca8b01eca20fa033ef14946b" ON "role_grant"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f1f2d8414e830560b64f577de6" ON "role_grant"  ("user_id", "role", "department_id") `);
    await queryRunner.query(`CREATE TABLE "permission_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "permission" character varying(48) NOT NULL, "granted_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_permission_grant_permission" CHECK ("permission" IN ('COMPLAINT_IDENTITY_REVEAL', 'APPLICATION_EXTENSION_APPROVE')), CONSTRAINT "PK_34608040677f06850471cdb6907" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_9c0cfceb0847bc68123eb04253" ON "permission_grant"  ("user_id", "permission") `);
    await queryRunner.query(`ALTER TABLE "api_token_usage" ADD CONSTRAINT "FK_536198ca48fa31f36edd90f95cd" FOREIGN KEY ("token_id") REFERENCES "api_token"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_7bbda4c333c1da023d2f2ae7320" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_grant" ADD CONSTRAINT "FK_cbca8b01eca20fa033ef14946b2" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_grant" ADD CONSTRAINT "FK_cb73550e363da7ba6f6a382492e" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "permission_grant" ADD CONSTRAINT "FK_fc546a481f7ef76e4fc11e2203c" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // The audit chain: seq comes from its own sequence under the chain lock; rows can never change.
    await queryRunner.query(`CREATE SEQUENCE "audit_log_seq" AS bigint`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '审计日志只能追加，不能修改或删除' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_log_no_update_delete ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS audit_log_refuse_change()`);
    await queryRunner.query(`DROP SEQUENCE IF EXISTS "audit_log_seq"`);
    await queryRunner.query(`DROP TABLE "permission_grant" CASCADE`);
    await queryRunner.query(`DROP TABLE "role_grant" CASCADE`);
    await queryRunner.query(`DROP TABLE "session" CASCADE`);
    await queryRunner.query(`DROP TABLE "app_user" CASCADE`);
    await queryRunner.query(`DROP TABLE "department" CASCADE`);
    await queryRunner.query(`DROP TABLE "login_attempt" CASCADE`);
    await queryRunner.query(`DROP TABLE "audit_log" CASCADE`);
    await queryRunner.query(`DROP TABLE "api_token_usage" CASCADE`);
    await queryRunner.query(`DROP TABLE "api_token" CASCADE`);
  }
}
