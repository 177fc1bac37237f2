import net from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 that delays every chunk travelling from the upstream server to the client: a stand-in for
 * an instance whose network link to Redis is slow. Order within a connection is preserved.
 */
export async function startLaggingProxy(upstreamPort: number, lagMs: number): Promise<{ url: string; close(): void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(upstreamPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => setTimeout(() => client.writable && client.write(chunk), lagMs));
    const end = () => (client.destroy(), upstream.destroy());
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `redis://127.0.0.1:${port}`,
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      server.close();
    },
  };
}
