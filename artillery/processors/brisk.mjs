// The processor every journey names in common.json. Artillery 2 loads it with import(), so plain ESM works; each
// concern lives in its own module and this entry only gathers the functions the journey files refer to by name.
export { keepWorking, pickUser, setLoginBody } from './session.mjs';
export { pickBoard, pickCard, pickColumn, rememberBoard, rememberBoards } from './board-state.mjs';
export {
  pickMove,
  rememberCreatedCard,
  rememberMove,
  rememberRereadCard,
  setCreateCardBody,
  setMoveBody,
  setUpdateCardBody,
} from './card-writes.mjs';
export { pickSearchWord, rememberSearchHit } from './search.mjs';
export { markRequestStart, recordFailure, recordOutcome } from './outcomes.mjs';
