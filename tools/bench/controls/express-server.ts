/**
 * Control (b): Express 5 sending the captured response as a constant Buffer, the framework's own cost for this payload.
 * Usage: node tools/bench/controls/express-server.ts <port> <fixture.json>
 */
import express from 'express';
import { readFixture, replayHeaders } from './response-fixture.ts';

const [port, fixtureFile] = process.argv.slice(2);
const fixture = readFixture(fixtureFile!);
const headers = replayHeaders(fixture);

const app = express();
app.disable('x-powered-by');
// The captured headers carry the API's ETag; Express must not hash the body again.
app.set('etag', false);
app.use((_req, res) => {
  res.status(fixture.status).set(headers).send(fixture.body);
});
app.listen(Number(port), '127.0.0.1');
