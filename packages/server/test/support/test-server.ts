import type { AddressInfo } from 'node:net';
import http, { type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../../src/config';
import { connect } from '../../src/db/database';
import { createApp, type App } from '../../src/app';
import type { AppServices } from '../../src/request-context';
import { SQL_STATEMENTS_HEADER } from '../../src/graphql/plugins';
import { DEMO_PASSWORD } from '../../src/db/seeders/demo-users';
import { databaseUrl, runSql } from '../../src/db/scratch-database';
import { ADMIN_URL_ENV, TEMPLATE_DB_ENV } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
  /** SQL statements the request issued. */
  sqlStatements: number;
  headers: Headers;
}

export interface RequestOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Sent as the Cookie header, e.g. "mitradesa_session=…". */
  cookie?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  url: string;
  orm: MikroORM;
  /** The process's services (e.g. the notification bus). */
  services: AppServices;
  /** The private folder of this server's uploaded document files (removed on close). */
  documentDir: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<T>>;
  /** Signs a (demo) user in and returns the session token. */
  signIn(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Test clients and servers share one event loop. Under load a kept-alive connection could then be
 * reused by the client (which treats it as idle for the server's hint minus 1 s) just as the
 * server's idle timer closes it, and the request fails with ECONNRESET. Idle connections are
 * therefore kept far longer than any pause in a test; they close with the server.
 */
const TEST_KEEP_ALIVE_MS = 120_000;

/** Serves the app on a free loopback port. */
export async function listenForTests(app: App): Promise<Server> {
  const server: Server = await new Promise((resolve) => {
    const listening = http.createServer(app.handler).listen(0, '127.0.0.1', () => resolve(listening));
  });
  server.keepAliveTimeout = TEST_KEEP_ALIVE_MS;
  return server;
}

/**
 * A real API server over HTTP on a private copy of the seeded template database. Call in
 * beforeAll and close in afterAll.
 */
export async function startTestServer(
  options: {
    env?: Record<string, string>;
    /** Another template than the demo's (e.g. the mid-size set). */
    template?: string;
  } = {},
): Promise<TestServer> {
  const adminUrl = process.env[ADMIN_URL_ENV]!;
  const template = options.template ?? process.env[TEMPLATE_DB_ENV]!;
  const database = `mitradesa_spec_${randomBytes(6).toString('hex')}`;
  await runSql(adminUrl, `create database "${database}" template "${template}"`);
  const orm = await connect(databaseUrl(adminUrl, database), 4);
  const documentDir = path.join(tmpdir(), `mitradesa-documents-${database}`);
  const config = loadConfig({
    NODE_ENV: 'test',
    SQL_STATEMENT_HEADER: 'true',
    LOG_LEVEL: 'silent',
    DOCUMENT_STORAGE_DIR: documentDir,
    ...options.env,
  });
  const app: App = await createApp(config, orm, pino({ level: 'silent' }));
  const server = await listenForTests(app);
  app.serveSubscriptions(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const testServer: TestServer = {
    url,
    orm,
    services: app.services,
    documentDir,
    async graphql(query, variables, options = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'sqlStatements'>;
      return {
        status: response.status,
        ...body,
        sqlStatements: Number(response.headers.get(SQL_STATEMENTS_HEADER) ?? NaN),
        headers: response.headers,
      } as GraphQLResponse<never>;
    },
    async signIn(email, password = DEMO_PASSWORD) {
      const response = await testServer.graphql<{
        signIn: { token: string | null; userErrors: { message: string }[] };
      }>('mutation ($input: SignInInput!) { signIn(input: $input) { token userErrors { message } } }', {
        input: { email, password },
      });
      const token = response.data?.signIn.token;
      if (!token)
        throw new Error(`sign-in of ${email} failed: ${JSON.stringify(response.errors ?? response.data)}`);
      return token;
    },
    async close() {
      await app.closeSubscriptions();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
      await orm.close(true);
      await runSql(adminUrl, `drop database if exists "${database}" with (force)`);
      await rm(documentDir, { recursive: true, force: true });
    },
  };
  return testServer;
}
