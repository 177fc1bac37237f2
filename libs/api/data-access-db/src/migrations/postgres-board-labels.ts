import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A board's label set lives on its row, so loading a board still reads no extra table. */
export class PostgresBoardLabels1764000000000 implements MigrationInterface {
  name = 'PostgresBoardLabels1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE boards ADD COLUMN labels text NOT NULL DEFAULT '[]', ADD COLUMN version integer NOT NULL DEFAULT 1`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE boards DROP COLUMN version, DROP COLUMN labels');
  }
}
