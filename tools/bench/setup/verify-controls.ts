import { isDeepStrictEqual } from 'node:util';
import { replayHeaders, type ResponseFixture } from '../controls/response-fixture.ts';
import { captureResponse } from './capture-response.ts';

/**
 * The controls only mean something if they send what the API sends: same status, same body bytes, same headers apart
 * from framing. Counted, not assumed: the bench stops when a control differs.
 */
export async function verifyControl(name: string, origin: string, expected: ResponseFixture, headers: Record<string, string>): Promise<void> {
  const actual = await captureResponse(`${origin}/`, headers);
  const problems = [
    actual.status === expected.status ? '' : `status ${actual.status} instead of ${expected.status}`,
    actual.body.equals(expected.body) ? '' : `body of ${actual.body.length} bytes differs from the API's ${expected.body.length}`,
    isDeepStrictEqual(replayHeaders(actual), replayHeaders(expected))
      ? ''
      : `headers differ: ${JSON.stringify(replayHeaders(actual))} vs ${JSON.stringify(replayHeaders(expected))}`,
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`control ${name} does not replay the API's response: ${problems.join('; ')}`);
}
