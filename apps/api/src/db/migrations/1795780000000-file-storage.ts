import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploaded files' bytes for the default storage backend (FILE_STORAGE=database). Generated from the entity diff. */
export class FileStorage1795780000000 implements MigrationInterface {
  name = 'FileStorage1795780000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "file_blob" ("key" character varying(200) NOT NULL, "data" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f1917cc2905e3d7f4ec88b42bdf" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "file_blob"`);
  }
}
