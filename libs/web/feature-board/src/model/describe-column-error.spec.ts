import { ApiError } from '@brisk/web-data-access-api';
import { describe, expect, it } from 'vitest';
import { describeColumnError } from './describe-column-error.ts';

const notEmpty = (details: unknown) =>
  new ApiError({ status: 409, code: 'COLUMN_NOT_EMPTY', message: 'The column holds cards', details });

describe('describeColumnError', () => {
  it('when a column with cards cannot be deleted, then the message counts them and says what to do', () => {
    expect(describeColumnError(notEmpty({ cards: 3, archivedCards: 1 }), 'delete')).toBe(
      'This column still holds 3 cards and 1 archived card. Nothing is deleted with a column: move its cards to ' +
        'another column first, and restore or delete its archived cards from the archive.',
    );
  });

  it('when the server gave no counts, then the message still explains', () => {
    expect(describeColumnError(notEmpty(undefined), 'delete')).toMatch(/^This column still holds cards\. /);
  });

  it('when anything else failed, then the action and the reason are named', () => {
    expect(describeColumnError(new Error('offline'), 'rename')).toBe('Could not rename the column: offline');
  });
});
