import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `cards.seq` is an INTEGER PRIMARY KEY (a stable rowid alias, unlike the implicit rowid, which VACUUM may renumber) so
 * the FTS5 index can use the cards table as its external content; triggers keep the index in step with every write.
 */
export class SqliteInitial1763740000000 implements MigrationInterface {
  name = 'SqliteInitial1763740000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE users (
        id varchar(36) PRIMARY KEY NOT NULL,
        email varchar(254) NOT NULL,
        name varchar(100) NOT NULL,
        password_hash varchar(255) NOT NULL,
        created_at datetime NOT NULL)`,
      `CREATE UNIQUE INDEX users_email_key ON users (email)`,
      `CREATE TABLE sessions (
        id varchar(64) PRIMARY KEY NOT NULL,
        user_id varchar(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at datetime NOT NULL,
        expires_at datetime NOT NULL)`,
      `CREATE INDEX sessions_user_id_idx ON sessions (user_id)`,
      `CREATE TABLE boards (
        id varchar(36) PRIMARY KEY NOT NULL,
        name varchar(100) NOT NULL,
        created_at datetime NOT NULL,
        updated_at datetime NOT NULL)`,
      `CREATE TABLE memberships (
        board_id varchar(36) NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
        user_id varchar(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role varchar(10) NOT NULL CHECK (role IN ('owner', 'member', 'viewer')),
        created_at datetime NOT NULL,
        PRIMARY KEY (board_id, user_id))`,
      `CREATE INDEX memberships_user_id_idx ON memberships (user_id, board_id)`,
      `CREATE TABLE columns (
        id varchar(36) PRIMARY KEY NOT NULL,
        board_id varchar(36) NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
        name varchar(100) NOT NULL,
        position text NOT NULL,
        wip_limit integer,
        version integer NOT NULL DEFAULT 1,
        created_at datetime NOT NULL)`,
      `CREATE INDEX columns_board_position_idx ON columns (board_id, position, id)`,
      `CREATE TABLE cards (
        seq integer PRIMARY KEY,
        id varchar(36) NOT NULL UNIQUE,
        board_id varchar(36) NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
        column_id varchar(36) NOT NULL REFERENCES columns (id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        labels text NOT NULL DEFAULT '[]',
        assignee_id varchar(36) REFERENCES users (id) ON DELETE SET NULL,
        due_date date,
        position text NOT NULL,
        archived boolean NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at datetime NOT NULL,
        updated_at datetime NOT NULL)`,
      `CREATE INDEX cards_board_live_idx ON cards (board_id, position, id) WHERE archived = 0`,
      `CREATE INDEX cards_column_position_idx ON cards (column_id, position, id)`,
      `CREATE INDEX cards_assignee_idx ON cards (assignee_id) WHERE assignee_id IS NOT NULL`,
      `CREATE VIRTUAL TABLE cards_fts USING fts5(
        title, description, content='cards', content_rowid='seq', tokenize='unicode61 remove_diacritics 2')`,
      `CREATE TRIGGER cards_fts_insert AFTER INSERT ON cards BEGIN
        INSERT INTO cards_fts (rowid, title, description) VALUES (new.seq, new.title, new.description);
      END`,
      `CREATE TRIGGER cards_fts_delete AFTER DELETE ON cards BEGIN
        INSERT INTO cards_fts (cards_fts, rowid, title, description) VALUES ('delete', old.seq, old.title, old.description);
      END`,
      `CREATE TRIGGER cards_fts_update AFTER UPDATE OF title, description ON cards BEGIN
        INSERT INTO cards_fts (cards_fts, rowid, title, description) VALUES ('delete', old.seq, old.title, old.description);
        INSERT INTO cards_fts (rowid, title, description) VALUES (new.seq, new.title, new.description);
      END`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['cards_fts', 'cards', 'columns', 'memberships', 'boards', 'sessions', 'users']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
