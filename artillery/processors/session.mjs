import { countZeroOutcomes } from './outcomes.mjs';
import { pickNumber } from './random.mjs';

/** The seeder's users are user1…userN@brisk.test, all with this password (tools/seed/ensure-users.ts). */
const seedPassword = 'brisk-perf-password';

// The first virtual user of this worker marks the start of the run: sessions end at runSeconds after it, so a run stops
// on time even though Artillery lets every virtual user finish its flow after the last phase.
let firstUserAt;

/** beforeScenario: one of the seeded users signs in for the whole session; nothing is remembered yet. */
export function pickUser(context, events, done) {
  firstUserAt ??= Date.now();
  const vars = context.vars;
  vars.email = `user${pickNumber(Number(vars.seedUsers))}@brisk.test`;
  vars.moveConflicted = false;
  vars.searchHitId = '';
  vars.boardIds = [];
  vars.columnIds = [];
  vars.knownCards = [];
  countZeroOutcomes(vars, events);
  return done();
}

export function setLoginBody(requestParams, context, _events, done) {
  requestParams.json = { email: context.vars.email, password: seedPassword };
  return done();
}

/**
 * whileTrue of every journey's loop: a session is sessionIterations rounds (from the load shape), cut short when the
 * run's time is up (runSeconds, which perf-lab sets from the phases; a hand-run script has no deadline).
 */
export function keepWorking(context, done) {
  const vars = context.vars;
  const timeLeft = vars.runSeconds === undefined || Date.now() < firstUserAt + Number(vars.runSeconds) * 1000;
  return done(timeLeft && vars.$loopCount < Number(vars.sessionIterations ?? 1));
}
