import type { MigrationInterface, QueryRunner } from 'typeorm';

/** TOTP codes cannot be replayed (last accepted step per user); the department list reads in index order. */
export class TotpReplayAndDepartmentOrder1795700000000 implements MigrationInterface {
  name = 'TotpReplayAndDepartmentOrder1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "totp_last_step" integer`);
    await queryRunner.query(`CREATE INDEX "IDX_department_list_order" ON "department" ("sort_order", "code")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_department_list_order"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "totp_last_step"`);
  }
}
