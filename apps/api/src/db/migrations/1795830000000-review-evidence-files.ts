import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Evidence files of art. 15 disclosure exceptions, uploaded to a review at level 2 (SPEC M3, [seed §4-6]). */
export class ReviewEvidenceFiles1795830000000 implements MigrationInterface {
  name = 'ReviewEvidenceFiles1795830000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "review_evidence_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "uploaded_by_id" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_55df04dd671ca6673796258f267" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_review_evidence_file_review" ON "review_evidence_file"  ("review_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_review_evidence_file_review"`);
    await queryRunner.query(`DROP TABLE "review_evidence_file"`);
  }
}
