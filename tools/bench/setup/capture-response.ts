import http from 'node:http';
import type { ResponseFixture } from '../controls/response-fixture.ts';

/**
 * One response exactly as it came off the wire: node:http, because fetch would decompress a `br` body and the controls
 * must send the compressed bytes the API sends.
 */
export function captureResponse(url: string, headers: Record<string, string>): Promise<ResponseFixture> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, timeout: 10_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const pairs: [string, string][] = [];
        for (let index = 0; index < response.rawHeaders.length; index += 2) {
          pairs.push([response.rawHeaders[index]!, response.rawHeaders[index + 1]!]);
        }
        resolve({ status: response.statusCode ?? 0, headers: pairs, body: Buffer.concat(chunks) });
      });
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no response from ${url} within 10 s`)));
    request.on('error', reject);
  });
}
