import type { RequestContext, RequestSpec } from 'autocannon';
import type { DriverTraffic, MoveSlot } from './driver-spec.ts';

interface CardState {
  version: number;
  columnId: string;
}
interface CardReply {
  card?: CardState;
  error?: { details?: { current?: CardState } };
}

/** Reads across many ids, so a run measures the cache as a whole rather than one hot key. */
function rotatePaths(paths: string[]): RequestSpec {
  let next = 0;
  return { method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) };
}

/** Creates round-robin over many columns: each create locks its column, so one column would measure only the lock. */
function createCards(columnIds: string[]): RequestSpec {
  let next = 0;
  return {
    method: 'POST',
    setupRequest: (request) => {
      const n = next++;
      return { ...request, path: `/api/columns/${columnIds[n % columnIds.length]}/cards`, body: JSON.stringify({ title: `Bench card ${n}` }) };
    },
  };
}

/** The card's state after a move: the reply on success, the current state a 409 carries otherwise. */
function readCardState(status: number, body: string): CardState | undefined {
  try {
    const reply = JSON.parse(body) as CardReply;
    return status === 200 ? reply.card : reply.error?.details?.current;
  } catch {
    return undefined;
  }
}

/**
 * Each request takes a card no other request has in flight and sends the version the last reply showed, so moves never
 * conflict by construction: any 409 is the server's doing. A slot whose reply never came (a timeout) stays taken; when
 * none is free, the oldest is reused, and a 409 may follow, counted like any other error.
 */
function moveCards(slots: MoveSlot[]): RequestSpec {
  const free = slots.map((_, index) => index);
  let reused = 0;
  return {
    method: 'POST',
    setupRequest: (request, context: RequestContext) => {
      const index = free.shift() ?? reused++ % slots.length;
      const slot = slots[index]!;
      context['slot'] = index;
      const toColumnId = slot.columnIds[(slot.columnIndex + 1) % slot.columnIds.length]!;
      return { ...request, path: `/api/cards/${slot.cardId}/move`, body: JSON.stringify({ toColumnId, version: slot.version }) };
    },
    onResponse: (status, body, context) => {
      const index = context['slot'];
      if (typeof index !== 'number') return;
      const slot = slots[index]!;
      const state = readCardState(status, body);
      if (state) {
        slot.version = state.version;
        slot.columnIndex = Math.max(0, slot.columnIds.indexOf(state.columnId));
      }
      free.push(index);
    },
  };
}

export function buildRequest(traffic: DriverTraffic): RequestSpec {
  switch (traffic.kind) {
    case 'get':
      return rotatePaths(traffic.paths);
    case 'create':
      return createCards(traffic.columnIds);
    case 'move':
      return moveCards(traffic.slots);
  }
}
