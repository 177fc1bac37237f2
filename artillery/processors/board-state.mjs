import { readJson } from './json-body.mjs';
import { pickRandom } from './random.mjs';

// A user keeps in mind a handful of cards, not a board of thousands: bounded per virtual user, so memory and the JSON
// work of the load generator stay flat however large the seeded boards are.
const cardsRemembered = 100;

export function rememberBoards(_requestParams, response, context, _events, done) {
  const boards = readJson(response)?.boards ?? [];
  context.vars.boardIds = boards.map((board) => board.id);
  return done();
}

export function pickBoard(context, _events, done) {
  context.vars.boardId = pickRandom(context.vars.boardIds) ?? '';
  return done();
}

/** Keeps the board's columns and a random sample of its cards with the versions they had when read. */
export function rememberBoard(_requestParams, response, context, _events, done) {
  const columns = readJson(response)?.columns ?? [];
  const cards = columns.flatMap((column) => column.cards.map((card) => ({ id: card.id, columnId: column.id, version: card.version })));
  const sample = [];
  for (let i = 0; i < Math.min(cardsRemembered, cards.length); i++) sample.push(pickRandom(cards));
  context.vars.columnIds = columns.map((column) => column.id);
  context.vars.knownCards = sample;
  return done();
}

export function pickCard(context, _events, done) {
  context.vars.cardId = pickRandom(context.vars.knownCards)?.id ?? '';
  return done();
}

export function pickColumn(context, _events, done) {
  context.vars.columnId = pickRandom(context.vars.columnIds) ?? '';
  return done();
}
