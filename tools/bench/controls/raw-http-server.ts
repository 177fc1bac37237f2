/**
 * Control (a): bare node:http replaying one captured API response, the ceiling for this payload on this machine.
 * Usage: node tools/bench/controls/raw-http-server.ts <port> <fixture.json>
 */
import { createServer } from 'node:http';
import { readFixture, replayHeaders } from './response-fixture.ts';

const [port, fixtureFile] = process.argv.slice(2);
const fixture = readFixture(fixtureFile!);
const headers = { ...replayHeaders(fixture), 'content-length': String(fixture.body.length) };

createServer((_req, res) => {
  res.writeHead(fixture.status, headers);
  res.end(fixture.body);
}).listen(Number(port), '127.0.0.1');
