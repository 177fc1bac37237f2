import { readJson } from './json-body.mjs';
import { pickRandom } from './random.mjs';

// The seeder's topic words (tools/seed/vocabulary.ts), each in about 1/20 of the titles, plus words that match nothing:
// users also search for what is not there, and an empty result has its own cost.
const searchWords = [
  'login', 'cache', 'deploy', 'search', 'billing', 'invoice', 'upload', 'export', 'signup', 'dashboard',
  'webhook', 'session', 'payment', 'report', 'backup', 'release', 'onboarding', 'profile', 'timeout', 'migration',
  'kubernetes', 'quarterly',
];

export function pickSearchWord(context, _events, done) {
  context.vars.searchWord = pickRandom(searchWords);
  return done();
}

/** The user opens one of the hits, if there is any. */
export function rememberSearchHit(_requestParams, response, context, _events, done) {
  context.vars.searchHitId = pickRandom(readJson(response)?.items ?? [])?.id ?? '';
  return done();
}
