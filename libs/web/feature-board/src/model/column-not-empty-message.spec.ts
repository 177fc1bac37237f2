import { ApiError } from '@brisk/web-data-access-api';
import { describe, expect, it } from 'vitest';
import { describeColumnNotEmpty } from './column-not-empty-message.ts';
import { describeColumnError } from './describe-column-error.ts';

const notEmpty = (details: unknown) =>
  new ApiError({ status: 409, code: 'COLUMN_NOT_EMPTY', message: 'The column holds cards', details });

describe('describeColumnNotEmpty', () => {
  it('when a column with cards cannot be deleted, then the message counts them and says what to do', () => {
    expect(describeColumnNotEmpty(notEmpty({ cards: 3, archivedCards: 1 }))).toBe(
      'This column still holds 3 cards and 1 archived card. Nothing is deleted with a column: move its cards to ' +
        'another column first, and restore or delete its archived cards from the archive.',
    );
  });

  it('when the server gave no counts, then the message still explains', () => {
    expect(describeColumnNotEmpty(notEmpty(undefined))).toMatch(/^This column still holds cards\. /);
  });

  it('when the error is not about a column holding cards, then it has nothing to say', () => {
    expect(describeColumnNotEmpty(new Error('offline'))).toBeUndefined();
  });
});

describe('describeColumnError', () => {
  it('when a column write failed, then the action and the reason are named', () => {
    expect(describeColumnError(new Error('offline'), 'rename')).toBe('Could not rename the column: offline');
  });
});
