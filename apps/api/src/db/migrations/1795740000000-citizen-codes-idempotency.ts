import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Codes for citizens and idempotent external submissions (SPEC §2.3b): case-number counters per prefix and
 * year, access codes stored as hashes (one live code per case), failed look-ups for the per-case and per-IP
 * limits, and the 24-hour idempotency keys of external tokens. Generated from the entity diff.
 */
export class CitizenCodesIdempotency1795740000000 implements MigrationInterface {
  name = 'CitizenCodesIdempotency1795740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "citizen_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_kind" character varying(24) NOT NULL, "case_id" uuid NOT NULL, "case_number" character varying(32) NOT NULL, "code_hash" character(64) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(16), "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_citizen_code_revocation" CHECK (("revoked_at" IS NULL) = ("revoked_reason" IS NULL)), CONSTRAINT "CHK_citizen_code_revoked_reason" CHECK ("revoked_reason" IN ('REISSUED', 'REVOKED')), CONSTRAINT "CHK_citizen_code_case_kind" CHECK ("case_kind" IN ('APPLICATION', 'COMPLAINT', 'MEETING')), CONSTRAINT "PK_42b9409e6f24a50f1a4e5ac375f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_citizen_code_case_id" ON "citizen_code"  ("case_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_citizen_code_live_number" ON "citizen_code"  ("case_number") WHERE "revoked_at" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_citizen_code_live_case" ON "citizen_code"  ("case_kind", "case_id") WHERE "revoked_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "case_number_sequence" ("prefix" character varying(8) NOT NULL, "year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "CHK_case_number_sequence_last" CHECK ("last" >= 1), CONSTRAINT "CHK_case_number_sequence_prefix" CHECK ("prefix" IN ('YS', 'TS', 'LX')), CONSTRAINT "PK_161c74146a888a2bfa3b8bee0a2" PRIMARY KEY ("prefix", "year"))`);
    await queryRunner.query(`CREATE TABLE "code_attempt" ("id" BIGSERIAL NOT NULL, "case_number" character varying(32) NOT NULL, "ip" character varying(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7e55ca0e0ae2bbd2d97f54ebc45" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_525128b8fb57f0daa92281bc65" ON "code_attempt"  ("ip", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_5c63959a374300f31b81295adb" ON "code_attempt"  ("case_number", "at") `);
    await queryRunner.query(`CREATE TABLE "idempotency_key" ("token_id" uuid NOT NULL, "key" character varying(100) NOT NULL, "operation" character varying(64) NOT NULL, "request_hash" character(64) NOT NULL, "response" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_cd7b8371237f806115b0f583f84" PRIMARY KEY ("token_id", "key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_40aab95c36e58255f7618768f0" ON "idempotency_key"  ("expires_at") `);
    await queryRunner.query(`ALTER TABLE "idempotency_key" ADD CONSTRAINT "FK_d31d819e163cbd84bf77fdb2812" FOREIGN KEY ("token_id") REFERENCES "api_token"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_key" DROP CONSTRAINT "FK_d31d819e163cbd84bf77fdb2812"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_40aab95c36e58255f7618768f0"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5c63959a374300f31b81295adb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_525128b8fb57f0daa92281bc65"`);
    await queryRunner.query(`DROP TABLE "code_attempt"`);
    await queryRunner.query(`DROP TABLE "case_number_sequence"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_citizen_code_live_case"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_citizen_code_live_number"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_citizen_code_case_id"`);
    await queryRunner.query(`DROP TABLE "citizen_code"`);
  }
}
