import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The archive view: a board's archived cards, most recently archived first, paged by (updated_at, id). */
export class PostgresArchivedCardsIndex1764100000000 implements MigrationInterface {
  name = 'PostgresArchivedCardsIndex1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX cards_board_archived_idx ON cards (board_id, updated_at DESC, id DESC) WHERE archived',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX cards_board_archived_idx');
  }
}
