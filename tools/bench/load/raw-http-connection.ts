import net from 'node:net';

/**
 * One keep-alive HTTP/1.1 connection carrying one request at a time, over a bare socket: a fraction of node:http's
 * client cost per request (no IncomingMessage, no streams), so the paced driver takes little CPU from the server it
 * measures. It reads what the API and the controls send: a Content-Length body, a chunked body (no trailers), or none
 * (HEAD, 1xx, 204, 304); anything else fails the request. A `Connection: close` reply closes the socket, and the next
 * request opens a new one.
 */
export interface RawResponse {
  status: number;
  /** Empty unless the request asked for it. */
  body: Buffer;
}

interface Pending {
  resolve: (response: RawResponse) => void;
  reject: (error: Error) => void;
  keepBody: boolean;
  sentAt: number;
  noBody: boolean;
}

interface Head {
  status: number;
  /** Offset of the body in `buffer`. */
  bodyStart: number;
  length: number | 'chunked';
  close: boolean;
}

const headerEnd = Buffer.from('\r\n\r\n');
const lineEnd = Buffer.from('\r\n');
const empty: Buffer = Buffer.alloc(0);

function parseHead(buffer: Buffer, end: number, noBody: boolean): Head {
  const lines = buffer.toString('latin1', 0, end).split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '')?.[1]);
  if (!Number.isInteger(status)) throw new Error(`not an HTTP/1.1 status line: ${JSON.stringify(lines[0])}`);
  let length: Head['length'] | undefined;
  let close = false;
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim().toLowerCase();
    if (name === 'content-length') length = Number(value);
    else if (name === 'transfer-encoding' && value.includes('chunked')) length = 'chunked';
    else if (name === 'connection' && value.includes('close')) close = true;
  }
  if (noBody || status < 200 || status === 204 || status === 304) length = 0;
  if (length === undefined) throw new Error(`HTTP ${status} without Content-Length or chunked encoding`);
  return { status, bodyStart: end + headerEnd.length, length, close };
}

/** The end of a chunked body starting at `from`, and the body itself when wanted; undefined until it is complete. */
function readChunked(buffer: Buffer, from: number, keepBody: boolean): { end: number; body: Buffer } | undefined {
  const parts: Buffer[] = [];
  let position = from;
  for (;;) {
    const lineAt = buffer.indexOf(lineEnd, position);
    if (lineAt < 0) return undefined;
    const size = Number.parseInt(buffer.toString('latin1', position, lineAt).split(';')[0]!, 16);
    if (!Number.isFinite(size)) throw new Error('malformed chunk size');
    const dataAt = lineAt + lineEnd.length;
    if (buffer.length < dataAt + size + lineEnd.length) return undefined;
    if (size === 0) return { end: dataAt + lineEnd.length, body: keepBody ? Buffer.concat(parts) : empty };
    if (keepBody) parts.push(buffer.subarray(dataAt, dataAt + size));
    position = dataAt + size + lineEnd.length;
  }
}

export class RawHttpConnection {
  readonly #host: string;
  readonly #port: number;
  #socket: net.Socket | undefined;
  #buffer: Buffer = empty;
  #head: Head | undefined;
  #pending: Pending | undefined;

  constructor(host: string, port: number) {
    this.#host = host;
    this.#port = port;
  }

  get busy(): boolean {
    return this.#pending !== undefined;
  }

  /** When the request in flight was written (performance.now()), for the driver's timeout sweep. */
  get sentAt(): number | undefined {
    return this.#pending?.sentAt;
  }

  /** `head` is the request line and headers, ending in an empty line; `noBody` for HEAD requests. */
  request(head: string, body: string | undefined, keepBody: boolean, sentAt: number, noBody = false): Promise<RawResponse> {
    if (this.#pending) return Promise.reject(new Error('connection busy'));
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject, keepBody, sentAt, noBody };
      this.#connected().write(body === undefined ? head : head + body);
    });
  }

  /** Fails the request in flight (a timeout) and closes the socket; the next request reconnects. */
  abort(reason: Error): void {
    this.#socket?.destroy();
    this.#fail(reason);
  }

  close(): void {
    this.#socket?.destroy();
  }

  #connected(): net.Socket {
    if (this.#socket && !this.#socket.destroyed) return this.#socket;
    const socket = net.connect({ host: this.#host, port: this.#port, noDelay: true });
    this.#socket = socket;
    this.#buffer = empty;
    this.#head = undefined;
    socket.on('data', (chunk: Buffer) => {
      this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
      try {
        this.#parse();
      } catch (error) {
        socket.destroy();
        this.#fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
    socket.on('error', (error) => this.#fail(error));
    socket.on('close', () => {
      if (this.#socket === socket) this.#socket = undefined;
      this.#fail(new Error('connection closed'));
    });
    return socket;
  }

  #parse(): void {
    const pending = this.#pending;
    if (!pending) {
      if (this.#buffer.length > 0) throw new Error('data with no request in flight');
      return;
    }
    if (!this.#head) {
      const end = this.#buffer.indexOf(headerEnd);
      if (end < 0) return;
      this.#head = parseHead(this.#buffer, end, pending.noBody);
    }
    const head = this.#head;
    let end: number;
    let body: Buffer = empty;
    if (head.length === 'chunked') {
      const chunked = readChunked(this.#buffer, head.bodyStart, pending.keepBody);
      if (!chunked) return;
      ({ end, body } = chunked);
    } else {
      end = head.bodyStart + head.length;
      if (this.#buffer.length < end) return;
      if (pending.keepBody) body = Buffer.from(this.#buffer.subarray(head.bodyStart, end));
    }
    if (this.#buffer.length > end) throw new Error('more data than one response');
    this.#buffer = empty;
    this.#head = undefined;
    this.#pending = undefined;
    if (head.close) this.#socket?.destroy();
    pending.resolve({ status: head.status, body });
  }

  #fail(error: Error): void {
    const pending = this.#pending;
    this.#pending = undefined;
    this.#buffer = empty;
    this.#head = undefined;
    pending?.reject(error);
  }
}
