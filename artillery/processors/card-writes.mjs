import { readJson } from './json-body.mjs';
import { pickRandom } from './random.mjs';

export function setCreateCardBody(requestParams, context, _events, done) {
  requestParams.json = { title: `Load test card ${context.vars.$uuid.slice(0, 8)}-${context.vars.$loopCount}` };
  return done();
}

/** After a create or an edit: the card and the version the next write must carry. */
export function rememberCreatedCard(_requestParams, response, context, _events, done) {
  const card = readJson(response)?.card;
  if (response.statusCode < 300 && card) {
    context.vars.createdCardId = card.id;
    context.vars.createdCardVersion = card.version;
  }
  return done();
}

export function setUpdateCardBody(requestParams, context, _events, done) {
  requestParams.json = { description: `Edited under load at ${new Date().toISOString()}`, version: context.vars.createdCardVersion };
  return done();
}

/** Any remembered card to the top of another column: other users hold the same cards, so moves contend for real. */
export function pickMove(context, _events, done) {
  const vars = context.vars;
  const card = pickRandom(vars.knownCards);
  vars.moveConflicted = false;
  vars.moveAttempts = 0;
  vars.moveCard = card;
  vars.moveCardId = card?.id ?? '';
  vars.moveToColumnId = pickRandom(vars.columnIds.filter((id) => id !== card?.columnId)) ?? card?.columnId ?? '';
  return done();
}

export function setMoveBody(requestParams, context, _events, done) {
  requestParams.json = { toColumnId: context.vars.moveToColumnId, version: context.vars.moveCard?.version ?? 1 };
  return done();
}

/** A 409 means someone moved or edited the card first: the journey re-reads it and tries once more. */
export function rememberMove(_requestParams, response, context, _events, done) {
  const vars = context.vars;
  const card = readJson(response)?.card;
  vars.moveAttempts += 1;
  // Only the first attempt asks for a retry: a second conflict ends the exchange, as a user would give up and look again.
  vars.moveConflicted = response.statusCode === 409 && vars.moveAttempts === 1;
  if (card && vars.moveCard) Object.assign(vars.moveCard, { columnId: card.columnId, version: card.version });
  return done();
}

export function rememberRereadCard(_requestParams, response, context, _events, done) {
  const card = readJson(response)?.card;
  if (card && context.vars.moveCard) Object.assign(context.vars.moveCard, { columnId: card.columnId, version: card.version });
  return done();
}
