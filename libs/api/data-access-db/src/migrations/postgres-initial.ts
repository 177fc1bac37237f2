import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Position keys use COLLATE "C": fractional keys must compare by byte, and the default locale collation does not. */
export class PostgresInitial1763740000000 implements MigrationInterface {
  name = 'PostgresInitial1763740000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE users (
        id uuid PRIMARY KEY,
        email varchar(254) NOT NULL,
        name varchar(100) NOT NULL,
        password_hash varchar(255) NOT NULL,
        created_at timestamptz NOT NULL)`,
      `CREATE UNIQUE INDEX users_email_key ON users (email)`,
      `CREATE TABLE sessions (
        id varchar(64) PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL)`,
      `CREATE INDEX sessions_user_id_idx ON sessions (user_id)`,
      `CREATE TABLE boards (
        id uuid PRIMARY KEY,
        name varchar(100) NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL)`,
      `CREATE TABLE memberships (
        board_id uuid NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role varchar(10) NOT NULL CHECK (role IN ('owner', 'member', 'viewer')),
        created_at timestamptz NOT NULL,
        PRIMARY KEY (board_id, user_id))`,
      `CREATE INDEX memberships_user_id_idx ON memberships (user_id, board_id)`,
      `CREATE TABLE columns (
        id uuid PRIMARY KEY,
        board_id uuid NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
        name varchar(100) NOT NULL,
        position text COLLATE "C" NOT NULL,
        wip_limit integer,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL)`,
      `CREATE INDEX columns_board_position_idx ON columns (board_id, position, id)`,
      `CREATE TABLE cards (
        id uuid PRIMARY KEY,
        board_id uuid NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
        column_id uuid NOT NULL REFERENCES columns (id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        labels text NOT NULL DEFAULT '[]',
        assignee_id uuid REFERENCES users (id) ON DELETE SET NULL,
        due_date date,
        position text COLLATE "C" NOT NULL,
        archived boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        search tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || description)) STORED)`,
      `CREATE INDEX cards_board_live_idx ON cards (board_id, position, id) WHERE NOT archived`,
      `CREATE INDEX cards_column_position_idx ON cards (column_id, position, id)`,
      `CREATE INDEX cards_assignee_idx ON cards (assignee_id) WHERE assignee_id IS NOT NULL`,
      `CREATE INDEX cards_search_idx ON cards USING GIN (search)`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['cards', 'columns', 'memberships', 'boards', 'sessions', 'users']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
