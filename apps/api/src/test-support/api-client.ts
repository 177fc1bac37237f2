import { randomUUID } from 'node:crypto';

/* Responses are loosely typed on purpose: the specs assert on their shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface ApiResponse {
  status: number;
  body: Json;
  text: string;
  headers: Headers;
}

export interface RequestOptions {
  /** Sent as-is instead of JSON.stringify(body). */
  raw?: string;
  headers?: Record<string, string>;
}

/** A user agent with a cookie jar of one cookie: the session. */
export class ApiClient {
  cookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<ApiResponse> {
    const payload = options.raw ?? (body === undefined ? undefined : JSON.stringify(body));
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: method.toUpperCase(),
      headers: {
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...options.headers,
      },
      body: payload,
    });
    const setCookie = response.headers.getSetCookie().find((line) => line.startsWith('brisk_session='));
    if (setCookie) {
      const pair = setCookie.split(';')[0]!;
      this.cookie = pair === 'brisk_session=' ? undefined : pair;
    }
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('application/json');
    return { status: response.status, body: isJson && text ? JSON.parse(text) : undefined, text, headers: response.headers };
  }

  get = (path: string, options?: RequestOptions) => this.request('get', path, undefined, options);
  post = (path: string, body?: unknown, options?: RequestOptions) => this.request('post', path, body, options);
  put = (path: string, body?: unknown, options?: RequestOptions) => this.request('put', path, body, options);
  patch = (path: string, body?: unknown, options?: RequestOptions) => this.request('patch', path, body, options);
  delete = (path: string, options?: RequestOptions) => this.request('delete', path, undefined, options);
}

export interface SignedUpClient extends ApiClient {
  user: { id: string; email: string; name: string };
}

export async function signUp(baseUrl: string, name: string): Promise<SignedUpClient> {
  const client = new ApiClient(baseUrl) as SignedUpClient;
  const email = `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`;
  const response = await client.post('/api/auth/register', { email, name, password: 'correct horse battery' });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${response.text}`);
  client.user = response.body.user;
  return client;
}
