import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduled jobs: one row per (job, slot). Its primary key is what lets only one replica run a slot;
 * the rows are the run history the system administrator reads, newest first.
 */
export class ScheduledJobs1795750000000 implements MigrationInterface {
  name = 'ScheduledJobs1795750000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "job_run" ("job_name" character varying(64) NOT NULL, "slot" character varying(32) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "outcome" character varying(16) NOT NULL, "summary" jsonb, "replica" character varying(128) NOT NULL, CONSTRAINT "CHK_job_run_outcome" CHECK ("outcome" IN ('RUNNING', 'SUCCEEDED', 'FAILED')), CONSTRAINT "PK_716c5d9c2036bb975ee7a50b569" PRIMARY KEY ("job_name", "slot"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_job_run_started_at" ON "job_run" ("started_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_job_run_started_at"`);
    await queryRunner.query(`DROP TABLE "job_run"`);
  }
}
