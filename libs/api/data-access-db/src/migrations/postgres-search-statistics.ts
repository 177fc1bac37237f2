import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * With the default statistics target PostgreSQL estimates every prefix search ('word:*') at about 2% of all cards, so
 * for a rare word it prefers scanning the table to the GIN index. A larger most-common-elements list makes the estimate
 * track reality (3 rows for a rare word, 10% for a common one), and the index is chosen when it should be.
 */
export class PostgresSearchStatistics1763800000000 implements MigrationInterface {
  name = 'PostgresSearchStatistics1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE cards ALTER COLUMN search SET STATISTICS 1000');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE cards ALTER COLUMN search SET STATISTICS -1');
  }
}
