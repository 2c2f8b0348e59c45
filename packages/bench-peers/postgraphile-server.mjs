/**
 * PostGraphile 5 serving the MitraDesa database, as a benchmark peer of our API (bench-only).
 * Needs Node ≥ 22: start it with this package's node_modules/.bin/node.
 *
 *   GRAPHILE_ENV=production NODE_ENV=production DATABASE_URL=postgres://… node postgraphile-server.mjs 4301
 *
 * The amber preset, the public schema, a pool of 10 connections with JIT off (as our API's pool),
 * no GraphiQL and no schema watching. Answers POST /graphql.
 */
import http from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error('DATABASE_URL is required');
const port = Number(process.argv[2] ?? process.env.PORT ?? 4301);
const host = process.env.HOST ?? '127.0.0.1';

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString,
      schemas: ['public'],
      poolConfig: { max: 10, idleTimeoutMillis: 30_000, options: '-c jit=off' },
    }),
  ],
  grafserv: { port, host, graphqlPath: '/graphql', graphiql: false, watch: false, maxRequestLength: 100_000 },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = http.createServer();
await serv.addTo(server);
// Build the schema before answering the health check, so the first timed request does not pay for it.
await pgl.getSchemaResult();
server.listen(port, host);

const stop = async () => {
  server.close();
  await pgl.release();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
