import net, { type AddressInfo } from 'node:net';

/**
 * A TCP port that is free on 127.0.0.1 right now, chosen by the kernel. A fixed port in the
 * 54xxx range lies inside Linux's ephemeral range (32768–60999), where any outgoing connection on
 * the machine may be holding it when a test starts a server there.
 */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The port a variable names, or a free one. */
export async function portFromEnv(name: string): Promise<number> {
  const configured = process.env[name];
  return configured ? Number(configured) : freePort();
}
