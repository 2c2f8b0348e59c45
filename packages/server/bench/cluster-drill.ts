import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import type { Client as PgClient } from 'pg';
import { createClient, type Client as SocketClient } from 'graphql-ws';
import WebSocket from 'ws';
import { REPO_ROOT } from '../src/shared/paths';
import { LocalCluster } from '../src/cli/local-cluster';
import { toGlobalId } from '../src/shared/global-id';
import { WAL_POSITION_HEADER } from '../src/api/read-routing';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-users';
import { SIGN_IN_LIMITS } from '../src/modules/account/sign-in-limiter';
import { COOPERATIVE_DETAIL, DISCOVERY_PAGE, OFFERINGS_FILTER } from './operations';

/**
 * The cluster drill (`pnpm drill`): the several-process set-up of `pnpm start:cluster` (without the
 * web app: local-cluster.ts) under a mixed load through HAProxy, while its parts are broken:
 *
 *  a. notifications made through one API process reach a subscriber on the other (none lost);
 *  b. failed sign-ins alternating between the processes meet one limit (5 in a row);
 *  c. read-your-writes with a replica applying 300 ms late: a read carrying the write's position
 *     is never stale, one without it often is;
 *  d. the replica stopped under load: reads move to the primary, then back once it returns;
 *  e. one API process SIGKILLed: what fails, how soon HAProxy stops sending to it, and the restart;
 *  f. one API process sent SIGTERM: nothing fails (it drains after HAProxy took it out);
 * then the cost of reading from the replica on the discovery page (autocannon, one process with
 * and without DATABASE_REPLICA_URLS, interleaved). Prints a markdown table (also to the file
 * DRILL_REPORT when set) and exits 1 when a figure misses.
 *
 *   pnpm drill
 *   DRILL_RYW_ROUNDS=200 DRILL_BENCH_SECONDS=5 DRILL_REPORT=drill.md pnpm drill
 *
 * Data in .data/cluster-drill (kept between runs; remove it to start over), ports 4185 (HAProxy),
 * 4186–4188 (API processes) and 54391–54392 (PostgreSQL), all changeable below by environment.
 */

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
// Not 4190: fetch() refuses it (a "bad port" of the Fetch standard, ManageSieve).
const BALANCER_PORT = env('DRILL_LB_PORT', 4185);
const API_PORTS: [number, number] = [BALANCER_PORT + 1, BALANCER_PORT + 2];
const PLAIN_API_PORT = BALANCER_PORT + 3;
const PRIMARY_PORT = env('DRILL_PG_PORT', 54391);
const DATA_DIR = path.resolve(REPO_ROOT, process.env.DRILL_CLUSTER_DIR ?? '.data/cluster-drill');
const LOAD_CLIENTS = env('DRILL_LOAD_CLIENTS', 4);
const MIN_LOAD_MS = env('DRILL_MIN_LOAD_SECONDS', 60) * 1000;
const MESSAGES_PER_DIRECTION = env('DRILL_MESSAGES', 100);
const RYW_ROUNDS = env('DRILL_RYW_ROUNDS', 1000);
const RYW_CONTROL_EVERY = 5;
const APPLY_DELAY = '300ms';
const BENCH_SECONDS = env('DRILL_BENCH_SECONDS', 10);
const BENCH_ROUNDS = 2;

const DEMO = {
  ketua: 'ketua@demo.mitradesa.id',
  bankOfficer: 'bank@demo.mitradesa.id',
  bankAdmin: 'bank.admin@demo.mitradesa.id',
  buyer: 'pembeli@demo.mitradesa.id',
  mentor: 'pendamping@demo.mitradesa.id',
};
/** Accounts whose failed sign-ins are counted in (b); each takes SIGN_IN_TRIALS_PER_ACCOUNT addresses. */
const SIGN_IN_ACCOUNTS = [
  'admin@demo.mitradesa.id',
  'dinas.kalbar@demo.mitradesa.id',
  'dinas.sanggau@demo.mitradesa.id',
  'ketua@demo.mitradesa.id',
  'pengurus@demo.mitradesa.id',
  'staf@demo.mitradesa.id',
  'ketua.sambas@demo.mitradesa.id',
  'bank.admin@demo.mitradesa.id',
  'bank@demo.mitradesa.id',
  'pembeli@demo.mitradesa.id',
  'pendamping@demo.mitradesa.id',
  'pmo@demo.mitradesa.id',
];
/**
 * Below the account's hourly limit (20 failures over all addresses, after which an address that
 * failed before waits an hour): 3 × 5 = 15.
 */
const SIGN_IN_TRIALS_PER_ACCOUNT = 3;

/* ---------- HTTP ---------- */

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  headers: Headers;
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  let body: Answer['body'];
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 100)}` }] };
  }
  return { status: response.status, body, headers: response.headers };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A mutation's payload: its single root field. */
function payloadOf(answer: Answer): Record<string, unknown> & { userErrors?: unknown[] } {
  return Object.values(answer.body.data ?? {})[0] as Record<string, unknown> & { userErrors?: unknown[] };
}

/** Succeeded: 200, no errors, and for a mutation no user errors. */
function succeeded(answer: Answer): boolean {
  if (answer.status !== 200 || answer.body.errors?.length || !answer.body.data) return false;
  const payload = payloadOf(answer);
  return !(payload && Array.isArray(payload.userErrors) && payload.userErrors.length > 0);
}

async function signIn(url: string, email: string): Promise<string> {
  const answer = await post(url, 'mutation ($input: SignInInput!) { signIn(input: $input) { token } }', {
    input: { email, password: DEMO_PASSWORD },
  });
  const token = (payloadOf(answer) as { token?: string } | undefined)?.token;
  if (!token) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(answer.body)}`);
  return token;
}

/* ---------- What the services print ---------- */

interface Event {
  at: number;
  service: string;
  line: string;
}

/** HAProxy's state changes and request log, and the API processes' replica messages, as they arrive. */
class Watch {
  readonly events: Event[] = [];
  /** Requests HAProxy logged: when, which process, status. */
  readonly served: { at: number; server: string; status: number }[] = [];
  readonly apiErrors: Event[] = [];

  onOutput = (service: string, line: string): void => {
    const at = Date.now();
    if (service === 'haproxy') {
      const request = / api-processes\/(\S+) \S+ (\d{3}) /.exec(line);
      if (request) {
        this.served.push({ at, server: request[1]!, status: Number(request[2]) });
        return;
      }
      if (/Server api-processes\/\S+ is (UP|DOWN)/.test(line)) this.events.push({ at, service, line });
      return;
    }
    // Errors the API processes log (pino level 50+): why a request of the load failed.
    if (service.startsWith('api') && /"level":(5|6)\d/.test(line)) this.apiErrors.push({ at, service, line });
    if (service.startsWith('api') && /read replica (unavailable|in use)/.test(line)) {
      // pino's own timestamp: when the process decided, not when the line got here.
      const time = /"time":(\d+)/.exec(line);
      this.events.push({ at: time ? Number(time[1]) : at, service, line });
    }
    if (process.env.DRILL_VERBOSE && !service.startsWith('api')) console.log(`[${service}] ${line}`);
  };

  /** The first event after `since` matching `pattern` (from `service`, if given), waited for up to `timeoutMs`. */
  async next(
    pattern: RegExp,
    since: number,
    timeoutMs: number,
    service?: string,
  ): Promise<Event | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(
        (event) => event.at >= since && pattern.test(event.line) && (!service || event.service === service),
      );
      if (found || Date.now() > deadline) return found;
      await sleep(20);
    }
  }

  servedBy(server: string, from: number, to = Infinity): number {
    return this.served.filter((entry) => entry.server === server && entry.at >= from && entry.at < to).length;
  }
}

/* ---------- Load through the balancer ---------- */

interface Outcome {
  start: number;
  end: number;
  ok: boolean;
  kind: string;
  detail?: string;
}

/** Several clients, each sending reads (or saved-search writes) back to back through HAProxy. */
class MixedLoad {
  readonly outcomes: Outcome[] = [];
  inFlight = 0;
  private running = true;
  private loops: Promise<void>[] = [];
  readonly startedAt = Date.now();

  constructor(
    private readonly url: string,
    private readonly readers: number,
    private readonly buyerToken: string,
    private readonly cooperativeId: string,
  ) {}

  start(): void {
    for (let reader = 0; reader < this.readers; reader += 1) this.loops.push(this.readLoop(reader));
    this.loops.push(this.writeLoop());
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async send(kind: string, query: string, variables: Record<string, unknown>, headers = {}) {
    const start = Date.now();
    this.inFlight += 1;
    let outcome: Outcome;
    let answer: Answer | undefined;
    try {
      answer = await post(this.url, query, variables, headers);
      const ok = succeeded(answer);
      outcome = {
        start,
        end: Date.now(),
        ok,
        kind,
        ...(ok
          ? {}
          : {
              detail: `${answer.status} ${JSON.stringify(answer.body.errors ?? payloadOf(answer)).slice(0, 200)}`,
            }),
      };
    } catch (error) {
      outcome = { start, end: Date.now(), ok: false, kind, detail: String(error) };
    }
    this.inFlight -= 1;
    this.outcomes.push(outcome);
    return answer;
  }

  private async readLoop(reader: number): Promise<void> {
    const reads: [string, string, Record<string, unknown>][] = [
      ['discovery page', DISCOVERY_PAGE, { filter: {} }],
      ['cooperative page', COOPERATIVE_DETAIL, { id: this.cooperativeId }],
      ['offerings list', OFFERINGS_FILTER, { filter: {} }],
    ];
    for (let turn = reader; this.running; turn += 1) {
      const [kind, query, variables] = reads[turn % reads.length]!;
      await this.send(kind, query, variables);
      await sleep(5);
    }
  }

  /** Saves a search, deletes it: writes the API acknowledges, through the balancer. */
  private async writeLoop(): Promise<void> {
    let sequence = 0;
    while (this.running) {
      sequence += 1;
      const saved = await this.send(
        'save search',
        'mutation ($input: SaveSearchInput!) { saveSearch(input: $input) { savedSearch { id } userErrors { code } } }',
        { input: { name: `drill ${Date.now()} ${sequence}`, q: 'sawit' } },
        bearer(this.buyerToken),
      );
      const payload = saved ? (payloadOf(saved) as { savedSearch?: { id: string } } | undefined) : undefined;
      const id = payload?.savedSearch?.id;
      if (id) {
        await this.send(
          'delete saved search',
          'mutation ($input: DeleteSavedSearchInput!) { deleteSavedSearch(input: $input) { deletedSavedSearchId userErrors { code } } }',
          { input: { id } },
          bearer(this.buyerToken),
        );
      }
      await sleep(20);
    }
  }

  /** Failed requests that were under way at some moment of [from, to). */
  failures(from: number, to = Infinity): Outcome[] {
    return this.outcomes.filter((outcome) => !outcome.ok && outcome.end >= from && outcome.start < to);
  }

  /** Failed requests sent in [from, to). */
  failuresSent(from: number, to = Infinity): Outcome[] {
    return this.outcomes.filter((outcome) => !outcome.ok && outcome.start >= from && outcome.start < to);
  }

  requests(from: number, to = Infinity): number {
    return this.outcomes.filter((outcome) => outcome.end >= from && outcome.start < to).length;
  }
}

/* ---------- The figures ---------- */

interface Figure {
  drill: string;
  measure: string;
  value: string;
  expected: string;
  ok: boolean;
}

const figures: Figure[] = [];
function figure(drill: string, measure: string, value: string | number, expected: string, ok: boolean) {
  figures.push({ drill, measure, value: String(value), expected, ok });
  console.log(`${ok ? 'ok  ' : 'MISS'} ${drill}: ${measure} = ${value} (expected ${expected})`);
}

/* ---------- a. Notifications across processes ---------- */

interface Subscriber {
  received: { subjectId: string; proposalAction: string | null }[];
  client: SocketClient;
}

function subscribe(apiUrl: string, token: string): Subscriber {
  const client = createClient({
    url: `${apiUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${token}` },
  });
  const subscriber: Subscriber = { received: [], client };
  client.subscribe<{ notificationAdded: Subscriber['received'][number] }>(
    { query: 'subscription { notificationAdded { id kind subjectId proposalAction } }' },
    {
      next: (result) => {
        if (result.data) subscriber.received.push(result.data.notificationAdded);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return subscriber;
}

/** A proposal the bank sent to the demo cooperative, under review, brokered by the demo mentor. */
async function insertProposal(cluster: LocalCluster): Promise<number> {
  return cluster.onPrimary(async (client) => {
    const membership = async (email: string, column: string) => {
      const { rows } = await client.query<{ id: number }>(
        `select m.${column} as id from membership m join app_user u on u.id = m.user_id
          where u.email = $1 and m.${column} is not null limit 1`,
        [email],
      );
      return rows[0]!.id;
    };
    const cooperativeId = await membership(DEMO.ketua, 'cooperative_id');
    const partnerId = await membership(DEMO.bankAdmin, 'partner_id');
    const mentorId = await membership(DEMO.mentor, 'mentor_id');
    const { rows } = await client.query<{ id: number }>(
      `insert into proposal (kind, title, cooperative_id, partner_id, mentor_id, started_by, status,
         awaiting_draft_approval, turn, turn_since, expires_at, submitted_at, latest_terms_version, version)
       values ('FINANCING', 'Kredit latihan klaster', $1, $2, $3, 'PARTNER', 'UNDER_REVIEW', false,
         'COOPERATIVE', now() - interval '1 hour', now() + interval '14 days', now() - interval '2 hours', 1, 3)
       returning id`,
      [cooperativeId, partnerId, mentorId],
    );
    const id = rows[0]!.id;
    await client.query(
      `insert into proposal_terms (proposal_id, version, author_side, amount, tenor_months, rate_per_year)
       values ($1, 1, 'PARTNER', '1000000000', 36, '6')`,
      [id],
    );
    await client.query(
      `insert into proposal_event (proposal_id, actor, side, action, to_status, turn_after, terms_version)
       values ($1, 'PARTNER', 'PARTNER', 'CREATE', 'DRAFT', 'PARTNER', 1)`,
      [id],
    );
    return id;
  });
}

async function crossProcessDelivery(cluster: LocalCluster): Promise<void> {
  const [first, second] = [cluster.apiUrl(0), cluster.apiUrl(1)];
  const mentor = await signIn(first, DEMO.mentor);
  const ketuaOnFirst = subscribe(first, await signIn(first, DEMO.ketua));
  const bankOnSecond = subscribe(second, await signIn(second, DEMO.bankOfficer));
  const proposalId = toGlobalId('Proposal', await insertProposal(cluster));
  const mine = (subscriber: Subscriber) =>
    subscriber.received.filter(
      (notification) =>
        notification.subjectId === proposalId && notification.proposalAction === 'SEND_MESSAGE',
    ).length;
  const message = async (api: string) =>
    succeeded(
      await post(
        api,
        'mutation ($input: SendProposalMessageInput!) { sendProposalMessage(input: $input) { message { body } userErrors { code } } }',
        { input: { proposalId, body: 'Halo dari pendamping' } },
        bearer(mentor),
      ),
    );

  // A subscription is live a moment after its socket opens, and nothing tells the client when.
  const deadline = Date.now() + 20_000;
  while (mine(ketuaOnFirst) === 0 || mine(bankOnSecond) === 0) {
    if (Date.now() > deadline) throw new Error('the subscriptions received nothing within 20 s');
    await message(first);
    await sleep(300);
  }
  await sleep(500);

  for (const [through, label] of [
    [first, 'api-1 → subscriber on api-2'],
    [second, 'api-2 → subscriber on api-1'],
  ] as const) {
    const across = through === first ? bankOnSecond : ketuaOnFirst;
    const local = through === first ? ketuaOnFirst : bankOnSecond;
    const [acrossBefore, localBefore] = [mine(across), mine(local)];
    let acknowledged = 0;
    for (let sent = 0; sent < MESSAGES_PER_DIRECTION; sent += 1) {
      if (await message(through)) acknowledged += 1;
      await sleep(20);
    }
    const settled = Date.now() + 10_000;
    while (Date.now() < settled && mine(across) - acrossBefore < acknowledged) await sleep(50);
    await sleep(500); // anything extra (a duplicate) would show now
    const delivered = mine(across) - acrossBefore;
    figure(
      'a. notifications across processes',
      `${label}: delivered / acknowledged messages`,
      `${delivered} / ${acknowledged}`,
      'equal (no loss, no duplicate)',
      delivered === acknowledged && acknowledged > 0,
    );
    const localDelivered = mine(local) - localBefore;
    figure(
      'a. notifications across processes',
      `${label.replace(/subscriber on api-\d/, 'subscriber on the same process')}: delivered / acknowledged`,
      `${localDelivered} / ${acknowledged}`,
      'equal',
      localDelivered === acknowledged,
    );
  }
  await Promise.all([ketuaOnFirst.client.dispose(), bankOnSecond.client.dispose()]);
}

/* ---------- b. One sign-in limit ---------- */

async function sharedSignInLimit(cluster: LocalCluster): Promise<void> {
  const apis = [cluster.apiUrl(0), cluster.apiUrl(1)];
  const limit = SIGN_IN_LIMITS.consecutiveFailsPerAccountAndAddress;
  // Addresses of this run only (the counts of earlier runs stay in the table for a week).
  const run = Math.floor(Math.random() * 200) + 20;
  let trial = 0;
  const perTrial: number[] = [];
  const attempt = async (email: string, address: string, api: string) => {
    const answer = await post(
      api,
      'mutation ($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }',
      { input: { email, password: `falsch-${Math.random()}` } },
      { 'x-forwarded-for': address },
    );
    return (
      (payloadOf(answer) as { userErrors?: { code: string }[] } | undefined)?.userErrors?.[0]?.code ?? null
    );
  };
  // Accounts side by side, each account's trials one after the other (its hourly count is shared).
  await Promise.all(
    SIGN_IN_ACCOUNTS.map(async (email) => {
      for (let own = 0; own < SIGN_IN_TRIALS_PER_ACCOUNT; own += 1) {
        trial += 1;
        const address = `100.${run}.${Math.floor(trial / 250)}.${trial % 250}`;
        let failures = 0;
        // Alternating between the two processes until refused, or well past the limit.
        for (let tries = 0; tries < limit * 2; tries += 1) {
          const code = await attempt(email, address, apis[tries % 2]!);
          if (code === 'RATE_LIMITED') break;
          if (code === 'INVALID_CREDENTIALS') failures += 1;
        }
        perTrial.push(failures);
      }
    }),
  );
  const total = perTrial.reduce((sum, count) => sum + count, 0);
  const expected = limit * perTrial.length;
  figure(
    'b. one sign-in limit',
    `wrong passwords accepted before RATE_LIMITED, ${perTrial.length} account+address pairs alternating api-1/api-2 (min–max per pair ${Math.min(...perTrial)}–${Math.max(...perTrial)})`,
    total,
    `${expected} ± 1 % (${limit} per pair)`,
    Math.abs(total - expected) <= expected * 0.01,
  );
}

/* ---------- c. Read-your-writes ---------- */

const COOPERATIVE_VERSION = 'query ($id: ID!) { cooperative(id: $id) { name version } }';
const UPDATE_COOPERATIVE = `mutation ($input: UpdateCooperativeProfileInput!) {
  updateCooperativeProfile(input: $input) { cooperative { name version } userErrors { code } }
}`;

async function setApplyDelay(cluster: LocalCluster, delay: string | null): Promise<void> {
  await cluster.onReplica(async (client) => {
    await client.query(
      delay === null
        ? 'alter system reset recovery_min_apply_delay'
        : `alter system set recovery_min_apply_delay = '${delay}'`,
    );
    await client.query('select pg_reload_conf()');
  });
}

async function readYourWrites(cluster: LocalCluster, cooperativeDbId: number): Promise<void> {
  const url = cluster.balancerUrl;
  const ketua = await signIn(url, DEMO.ketua);
  const id = toGlobalId('Cooperative', cooperativeDbId);
  await setApplyDelay(cluster, APPLY_DELAY);
  const shown = await cluster.onReplica(async (client) => {
    const { rows } = await client.query<{ recovery_min_apply_delay: string }>(
      'show recovery_min_apply_delay',
    );
    return rows[0]!.recovery_min_apply_delay;
  });
  const { name: baseName, version: startVersion } = await cluster.onPrimary(async (client) => {
    const { rows } = await client.query<{ name: string; version: number }>(
      'select name, version from cooperative where id = $1',
      [cooperativeDbId],
    );
    return rows[0]!;
  });
  let version = startVersion;
  let staleWithPosition = 0;
  let staleWithout = 0;
  let controls = 0;
  let failed = 0;
  for (let round = 0; round < RYW_ROUNDS; round += 1) {
    const write = await post(
      url,
      UPDATE_COOPERATIVE,
      { input: { id, version, name: round % 2 === 0 ? `${baseName} ·` : baseName } },
      bearer(ketua),
    );
    const written = (payloadOf(write) as { cooperative?: { version: number } } | undefined)?.cooperative
      ?.version;
    const position = write.headers.get(WAL_POSITION_HEADER);
    if (!succeeded(write) || written === undefined || !position) {
      failed += 1;
      // Someone else's change (or a lost answer): start again from the stored version.
      version = await cluster.onPrimary(async (client) => {
        const { rows } = await client.query<{ version: number }>(
          'select version from cooperative where id = $1',
          [cooperativeDbId],
        );
        return rows[0]!.version;
      });
      continue;
    }
    version = written;
    const read = await post(url, COOPERATIVE_VERSION, { id }, { [WAL_POSITION_HEADER]: position });
    const readVersion = (read.body.data?.cooperative as { version: number } | undefined)?.version;
    if (readVersion === undefined) failed += 1;
    else if (readVersion < written) staleWithPosition += 1;
    if (round % RYW_CONTROL_EVERY === 0) {
      // The same read without the position, right after: the replica does not have the write yet.
      const control = await post(url, COOPERATIVE_VERSION, { id });
      const controlVersion = (control.body.data?.cooperative as { version: number } | undefined)?.version;
      controls += 1;
      if (controlVersion !== undefined && controlVersion < written) staleWithout += 1;
    }
  }
  await setApplyDelay(cluster, null);
  const drill = `c. read-your-writes (replica recovery_min_apply_delay ${shown})`;
  figure(
    drill,
    `stale reads carrying x-wal-lsn, of ${RYW_ROUNDS - failed} write+read pairs`,
    staleWithPosition,
    '0',
    staleWithPosition === 0,
  );
  figure(
    drill,
    `stale reads without the position, of ${controls}`,
    staleWithout,
    '> 0 (the delay is real)',
    staleWithout > 0,
  );
  figure(drill, 'failed writes or reads', failed, '0', failed === 0);
}

/* ---------- d. Replica stopped under load ---------- */

/** Transactions per second on a server over `ms` (pg_stat_database of the application database). */
async function transactionRate(
  on: (work: (client: PgClient) => Promise<number>) => Promise<number>,
  ms: number,
): Promise<number> {
  const count = () =>
    on(async (client) => {
      const { rows } = await client.query<{ total: string }>(
        'select xact_commit + xact_rollback as total from pg_stat_database where datname = current_database()',
      );
      return Number(rows[0]!.total);
    });
  const before = await count();
  await sleep(ms);
  return Math.round(((await count()) - before) / (ms / 1000));
}

/** Moments when requests may fail (a replica or a process gone, not yet taken out): [from, to). */
const breakage: [number, number][] = [];

async function replicaStopped(cluster: LocalCluster, watch: Watch, load: MixedLoad): Promise<void> {
  const drill = 'd. replica stopped under load';
  const onReplica = cluster.onReplica.bind(cluster);
  const onPrimary = cluster.onPrimary.bind(cluster);
  const replicaBefore = await transactionRate(onReplica, 3000);
  const primaryBefore = await transactionRate(onPrimary, 3000);
  const stoppedAt = Date.now();
  await cluster.stopReplica();
  const marks = await Promise.all(
    ['api-1', 'api-2'].map((api) => watch.next(/read replica unavailable/, stoppedAt - 50, 10_000, api)),
  );
  const markedDownAt = Math.max(...marks.map((mark) => mark?.at ?? Infinity));
  const primaryDuring = await transactionRate(onPrimary, 3000);
  await sleep(2000);
  const restartedAt = Date.now();
  await cluster.startReplica();
  const back = await Promise.all(
    ['api-1', 'api-2'].map((api) => watch.next(/read replica in use/, restartedAt, 30_000, api)),
  );
  const backAt = Math.max(...back.map((mark) => mark?.at ?? Infinity));
  await sleep(500);
  const replicaAfter = await transactionRate(onReplica, 3000);
  const beforeMarkDown = load.failures(stoppedAt, markedDownAt);
  breakage.push([stoppedAt, markedDownAt]);
  const afterMarkDown = load.failuresSent(markedDownAt, Date.now());
  figure(
    drill,
    'time from the stop until both API processes skip the replica',
    `${markedDownAt - stoppedAt} ms`,
    '< 2000 ms',
    markedDownAt - stoppedAt < 2000,
  );
  figure(
    drill,
    `failed requests before that (of ${load.requests(stoppedAt, markedDownAt)})`,
    beforeMarkDown.length,
    'reported: reads in flight on the replica, or sent to it before it was skipped',
    true,
  );
  figure(
    drill,
    `failed requests sent after (of ${load.requests(markedDownAt, Date.now())}: replica down, restarted, back)`,
    afterMarkDown.length,
    '0',
    afterMarkDown.length === 0,
  );
  figure(
    drill,
    'primary transactions/s: before / while the replica is down',
    `${primaryBefore} / ${primaryDuring}`,
    'higher while down (reads moved)',
    primaryDuring > primaryBefore,
  );
  figure(
    drill,
    `replica transactions/s: before / after its restart (in use again ${backAt - restartedAt} ms after its start)`,
    `${replicaBefore} / ${replicaAfter}`,
    'after ≥ half of before',
    Number.isFinite(backAt) && replicaAfter >= replicaBefore / 2,
  );
}

/* ---------- e. and f. An API process killed / stopped under load ---------- */

async function apiKilled(cluster: LocalCluster, watch: Watch, load: MixedLoad): Promise<void> {
  const drill = 'e. api-1 SIGKILLed under load';
  const api = cluster.apis[0]!;
  const inFlight = load.inFlight;
  const killedAt = Date.now();
  api.child.kill('SIGKILL');
  await api.exited;
  const down = await watch.next(/api-1 is DOWN/, killedAt, 20_000);
  const downAt = down?.at ?? Infinity;
  await sleep(5000);
  const restartAt = Date.now();
  await cluster.startApi(0);
  const up = await watch.next(/api-1 is UP/, restartAt, 30_000);
  const upAt = up?.at ?? Infinity;
  await sleep(5000);
  const before = load.failures(killedAt, downAt);
  breakage.push([killedAt, downAt]);
  const after = load.failuresSent(downAt, Date.now());
  figure(
    drill,
    'time until HAProxy marks it DOWN',
    `${downAt - killedAt} ms`,
    '≤ 6000 ms (2 checks, 2 s apart)',
    downAt - killedAt <= 6000,
  );
  figure(
    drill,
    `failed requests until then (of ${load.requests(killedAt, downAt)})`,
    before.length,
    `≤ ${inFlight} (client requests in flight at the kill)`,
    before.length <= inFlight,
  );
  figure(
    drill,
    `failed requests sent after (of ${load.requests(downAt, Date.now())}, the restart included)`,
    after.length,
    '0',
    after.length === 0,
  );
  const served = watch.servedBy('api-1', upAt);
  figure(
    drill,
    `requests served by the restarted api-1 in the 5 s after it is UP (UP ${upAt - restartAt} ms after its restart)`,
    served,
    '> 0',
    served > 0,
  );
}

async function apiTerminated(cluster: LocalCluster, watch: Watch, load: MixedLoad): Promise<void> {
  const drill = 'f. api-2 SIGTERM under load';
  const api = cluster.apis[1]!;
  const signalledAt = Date.now();
  api.child.kill('SIGTERM');
  const down = await watch.next(/api-2 is DOWN/, signalledAt, 20_000);
  const { code } = await api.exited;
  const exitedAt = Date.now();
  await sleep(2000);
  const restartAt = Date.now();
  await cluster.startApi(1);
  const up = await watch.next(/api-2 is UP/, restartAt, 30_000);
  const upAt = up?.at ?? Infinity;
  await sleep(5000);
  const failed = load.failures(signalledAt, Date.now());
  const downAt = down?.at ?? Infinity;
  figure(
    drill,
    'HAProxy marks it DOWN (/health 503) / the process exits, after the signal',
    `${downAt - signalledAt} ms / ${exitedAt - signalledAt} ms`,
    'DOWN before the exit',
    downAt < exitedAt,
  );
  figure(drill, 'exit code', String(code), '0 (drained within the deadline)', code === 0);
  figure(
    drill,
    `failed requests from the signal through the restart (of ${load.requests(signalledAt, Date.now())})`,
    failed.length,
    '0',
    failed.length === 0,
  );
  const served = watch.servedBy('api-2', upAt);
  figure(
    drill,
    'requests served by the restarted api-2 in the 5 s after it is UP',
    served,
    '> 0',
    served > 0,
  );
}

/* ---------- The cost of reading from the replica ---------- */

async function requestsPerSecond(url: string, seconds: number): Promise<number> {
  const options = {
    url: `${url}/graphql`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: DISCOVERY_PAGE, variables: { filter: {} } }),
    connections: 4,
  };
  const result = await autocannon({ ...options, duration: seconds });
  if (result.errors + result.non2xx > 0)
    throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx`);
  return result.requests.average;
}

async function replicaRoutingCost(cluster: LocalCluster): Promise<void> {
  // The same build on the same primary, without DATABASE_REPLICA_URLS (the bus runs in both).
  const plain = await cluster.startExtraApi('api-plain', PLAIN_API_PORT, { DATABASE_REPLICA_URLS: '' });
  const plainUrl = `http://127.0.0.1:${PLAIN_API_PORT}`;
  const routedUrl = cluster.apiUrl(0);
  try {
    await requestsPerSecond(plainUrl, 2); // warm-up: JIT, pools, caches
    await requestsPerSecond(routedUrl, 2);
    const plainRuns: number[] = [];
    const routedRuns: number[] = [];
    for (let round = 0; round < BENCH_ROUNDS; round += 1) {
      // Interleaved, the order swapped each round, so drift of the machine falls on both.
      const order = round % 2 === 0 ? ['plain', 'routed'] : ['routed', 'plain'];
      for (const which of order) {
        if (which === 'plain') plainRuns.push(await requestsPerSecond(plainUrl, BENCH_SECONDS));
        else routedRuns.push(await requestsPerSecond(routedUrl, BENCH_SECONDS));
      }
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const ratio = mean(routedRuns) / mean(plainRuns);
    figure(
      'cost of replica routing (discovery page, one process, 4 connections)',
      `req/s with DATABASE_REPLICA_URLS / without (rounds: ${routedRuns.map(Math.round).join(', ')} vs ${plainRuns.map(Math.round).join(', ')})`,
      ratio.toFixed(2),
      'reported',
      true,
    );
  } finally {
    plain.child.kill('SIGTERM');
    await plain.exited;
  }
}

/* ---------- Run ---------- */

function markdown(loadLine: string): string {
  const rows = figures.map(
    (f) => `| ${f.drill} | ${f.measure} | ${f.value} | ${f.expected} | ${f.ok ? 'ok' : '**miss**'} |`,
  );
  return [
    '| drill | measure | value | expected | |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    loadLine,
  ].join('\n');
}

async function main(): Promise<void> {
  const watch = new Watch();
  const started = Date.now();
  console.log(`Starting the cluster in ${path.relative(REPO_ROOT, DATA_DIR)}…`);
  const cluster = await LocalCluster.start({
    dataDir: DATA_DIR,
    balancerPort: BALANCER_PORT,
    apiPorts: API_PORTS,
    primaryPort: PRIMARY_PORT,
    replicaPort: PRIMARY_PORT + 1,
    onOutput: watch.onOutput,
    onStep: (message) => console.log(message),
  });
  let load: MixedLoad | undefined;
  try {
    console.log(`cluster up in ${Date.now() - started} ms`);
    // The drill's own database: earlier runs' failure counts would hold accounts off.
    await cluster.onPrimary(async (client) => {
      await client.query('delete from sign_in_limit');
      // Saves whose answer an earlier run lost (a killed process) count against the user's limit of 20.
      await client.query(`delete from saved_search where name like 'drill %'`);
    });
    const cooperativeDbId = await cluster.onPrimary(async (client) => {
      const { rows } = await client.query<{ id: number }>(
        `select m.cooperative_id as id from membership m join app_user u on u.id = m.user_id
          where u.email = $1 and m.cooperative_id is not null limit 1`,
        [DEMO.ketua],
      );
      return rows[0]!.id;
    });
    const buyer = await signIn(cluster.balancerUrl, DEMO.buyer);
    load = new MixedLoad(
      cluster.balancerUrl,
      LOAD_CLIENTS,
      buyer,
      toGlobalId('Cooperative', cooperativeDbId),
    );
    load.start();
    await sleep(2000);

    const phase = (name: string) =>
      console.log(`${name} (load at ${((Date.now() - load!.startedAt) / 1000).toFixed(1)} s)…`);
    phase('a. notifications across processes');
    await crossProcessDelivery(cluster);
    phase('b. failed sign-ins over both processes');
    await sharedSignInLimit(cluster);
    phase(`c. read-your-writes (${RYW_ROUNDS} writes)`);
    await readYourWrites(cluster, cooperativeDbId);
    phase('d. replica stopped under load');
    await replicaStopped(cluster, watch, load);
    phase('e. api-1 SIGKILLed under load');
    await apiKilled(cluster, watch, load);
    phase('f. api-2 SIGTERM under load');
    await apiTerminated(cluster, watch, load);
    const remaining = MIN_LOAD_MS - (Date.now() - load.startedAt);
    if (remaining > 0) await sleep(remaining);
    await load.stop();
    const loadMs = Date.now() - load.startedAt;
    const total = load.outcomes.length;
    const failed = load.outcomes.filter((outcome) => !outcome.ok).length;
    const writes = load.outcomes.filter((outcome) => outcome.kind.includes('search')).length;
    const loadLine =
      `Mixed load through HAProxy: ${LOAD_CLIENTS} readers (discovery page, cooperative page, offerings list) ` +
      `and 1 writer (saved searches) for ${Math.round(loadMs / 1000)} s: ${total} requests (${writes} writes), ` +
      `${Math.round(total / (loadMs / 1000))} req/s, ${failed} failed in all.`;
    for (const error of watch.apiErrors.slice(0, 20)) {
      let text = error.line.slice(0, 300);
      try {
        const fields = JSON.parse(error.line) as { msg?: string; err?: { message?: string; code?: string } };
        text = `${fields.msg} ${fields.err?.code ?? ''} ${fields.err?.message?.slice(0, 200) ?? ''}`;
      } catch {
        // not a JSON line: shown as it is
      }
      console.log(
        `  ${error.service} logged at ${((error.at - load.startedAt) / 1000).toFixed(1)} s: ${text}`,
      );
    }
    // Every failure of the load, whichever drill it fell in: when (from the start of the load), what, why.
    for (const outcome of load.outcomes.filter((each) => !each.ok)) {
      console.log(
        `  failed at ${((outcome.start - load.startedAt) / 1000).toFixed(1)} s (${outcome.end - outcome.start} ms): ${outcome.kind}: ${outcome.detail}`,
      );
    }
    const stray = load.outcomes.filter(
      (outcome) => !outcome.ok && !breakage.some(([from, to]) => outcome.end >= from && outcome.start < to),
    ).length;
    figure('load', 'failed requests outside the moments of breakage (d, e)', stray, '0', stray === 0);
    figure(
      'load',
      'duration of the mixed load',
      `${Math.round(loadMs / 1000)} s`,
      '≥ 60 s',
      loadMs >= 60_000,
    );
    console.log('cost of replica routing (autocannon)…');
    await replicaRoutingCost(cluster);
    const report = markdown(loadLine);
    console.log(`\n${report}\n`);
    if (process.env.DRILL_REPORT) fs.writeFileSync(path.resolve(process.env.DRILL_REPORT), `${report}\n`);
  } finally {
    await load?.stop();
    await cluster.stop();
  }
  const missed = figures.filter((f) => !f.ok);
  if (missed.length > 0) {
    console.error(`${missed.length} figure(s) missed.`);
    process.exit(1);
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
