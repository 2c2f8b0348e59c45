/**
 * The floor of the API comparison (bench-only): node:http and pg, each read answered by ONE SQL
 * statement that builds the whole response (json_build_object / json_agg over lateral subqueries),
 * returned as is. No GraphQL, no validation, no auth: what a read costs when nothing but
 * PostgreSQL and a socket are involved. It answers the same data, in the same shape, as our API's
 * queries in packages/server/bench/compare.ts.
 *
 *   DATABASE_URL=postgres://… node floor-server.mjs 4302
 *
 *   POST|GET /discovery         first 20 OPERATING cooperatives by name, as bench DISCOVERY_PAGE
 *   POST|GET /cooperative?id=N  one cooperative's page (a subset of COOPERATIVE_DETAIL)
 *   POST|GET /offerings         the 20 newest published offerings with their cooperative
 *   GET /health
 *
 * Pool of 10 connections with JIT off, and prepared statements, as our API's.
 */
import http from 'node:http';
import pg from 'pg';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error('DATABASE_URL is required');
const port = Number(process.argv[2] ?? process.env.PORT ?? 4302);
const host = process.env.HOST ?? '127.0.0.1';

const pool = new pg.Pool({ connectionString, max: 10, idleTimeoutMillis: 30_000, options: '-c jit=off' });

/** Global IDs as our API writes them: base64url("Type:key") without padding. */
const GID = (type, column) =>
  `rtrim(translate(encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64'), '+/', '-_'), '=')`;
/** Money as our API writes it: the decimal without trailing zeros, in IDR. */
const MONEY = (column) =>
  `case when ${column} is null then null else json_build_object('amount', trim_scale(${column})::text, 'currency', 'IDR') end`;
const DECIMAL = (column) => `trim_scale(${column})::text`;

const DISCOVERY = `
  with page as (
    select c.id, c.name, c.kind, c.stage, c.verification_level, c.member_count, c.village_code
      from cooperative c where c.stage = 'OPERATING' order by c.name, c.id limit 21
  ), shown as (select * from page order by name, id limit 20)
  select json_build_object('data', json_build_object('cooperatives', json_build_object(
    'totalCount', (select count(*) from cooperative where stage = 'OPERATING'),
    'pageInfo', json_build_object(
      'hasNextPage', (select count(*) > 20 from page),
      'endCursor', (select encode(convert_to(json_build_array(name, id)::text, 'UTF8'), 'base64')
                      from shown order by name desc, id desc limit 1)),
    'edges', coalesce((
      select json_agg(json_build_object('node', json_build_object(
        'id', ${GID('Cooperative', 's.id')},
        'name', s.name, 'kind', s.kind, 'stage', s.stage,
        'verificationLevel', s.verification_level, 'memberCount', s.member_count,
        'village', json_build_object('name', v.name, 'parent', json_build_object(
          'name', d.name, 'parent', json_build_object('name', r.name))),
        'units', coalesce((
          select json_agg(json_build_object('type', u.type, 'status', u.status) order by u.type, u.id)
            from business_unit u where u.cooperative_id = s.id and u.status = 'ACTIVE'), '[]'),
        'offerings', json_build_object('edges', coalesce((
          select json_agg(json_build_object('node', json_build_object(
            'id', ${GID('Offering', 'o.id')}, 'kind', o.kind, 'title', o.title,
            'commodity', o.commodity, 'priceMin', ${MONEY('o.price_min')})) order by o.created_at desc, o.id desc)
            from (select * from offering o where o.cooperative_id = s.id and o.status = 'PUBLISHED'
                   order by o.created_at desc, o.id desc limit 5) o), '[]'))
      )) order by s.name, s.id)
      from shown s
      join region v on v.code = s.village_code
      left join region d on d.code = v.parent_code
      left join region r on r.code = d.parent_code), '[]')
  )))::text as body`;

const COOPERATIVE = `
  select json_build_object('data', json_build_object('cooperative', (
    select json_build_object(
      'id', ${GID('Cooperative', 'c.id')},
      'name', c.name, 'kind', c.kind, 'stage', c.stage, 'verificationLevel', c.verification_level,
      'memberCount', c.member_count, 'managementPattern', c.management_pattern, 'version', c.version,
      'updatedAt', c.updated_at,
      'legal', json_build_object('skAhuNumber', c.sk_ahu_number, 'skAhuDate', c.sk_ahu_date,
        'nikKoperasi', c.nik_koperasi, 'nib', c.nib, 'npwp', c.npwp,
        'deedNumber', c.deed_number, 'deedDate', c.deed_date),
      'village', json_build_object('code', v.code, 'name', v.name, 'villageKind', v.village_kind,
        'parent', json_build_object('name', d.name, 'parent', json_build_object('name', r.name))),
      'units', coalesce((
        select json_agg(json_build_object('type', u.type, 'name', u.name, 'status', u.status,
          'capacityNotes', u.capacity_notes, 'activeSince', u.active_since) order by u.type, u.id)
          from business_unit u where u.cooperative_id = c.id), '[]'),
      'offerings', json_build_object(
        'totalCount', (select count(*) from offering o where o.cooperative_id = c.id and o.status = 'PUBLISHED'),
        'edges', coalesce((
          select json_agg(json_build_object('node', json_build_object(
            'id', ${GID('Offering', 'o.id')}, 'kind', o.kind, 'title', o.title,
            'description', o.description, 'commodity', o.commodity,
            'quantityPerMonth', ${DECIMAL('o.quantity_per_month')}, 'quantityUnit', o.quantity_unit,
            'priceMin', ${MONEY('o.price_min')}, 'priceMax', ${MONEY('o.price_max')},
            'amountNeeded', ${MONEY('o.amount_needed')}, 'validUntil', o.valid_until))
            order by o.created_at desc, o.id desc)
            from (select * from offering o where o.cooperative_id = c.id and o.status = 'PUBLISHED'
                   order by o.created_at desc, o.id desc limit 10) o), '[]')))
      from cooperative c
      join region v on v.code = c.village_code
      left join region d on d.code = v.parent_code
      left join region r on r.code = d.parent_code
     where c.id = $1)))::text as body`;

const OFFERINGS = `
  select json_build_object('data', json_build_object('offerings', json_build_object('edges', coalesce((
    select json_agg(json_build_object('node', json_build_object(
      'id', ${GID('Offering', 'o.id')}, 'kind', o.kind, 'title', o.title, 'commodity', o.commodity,
      'quantityPerMonth', ${DECIMAL('o.quantity_per_month')}, 'quantityUnit', o.quantity_unit,
      'priceMin', ${MONEY('o.price_min')}, 'priceMax', ${MONEY('o.price_max')},
      'validUntil', o.valid_until,
      'cooperative', json_build_object('id', ${GID('Cooperative', 'c.id')}, 'name', c.name)))
      order by o.created_at desc, o.id desc)
      from (select * from offering o where o.status = 'PUBLISHED'
             order by o.created_at desc, o.id desc limit 20) o
      join cooperative c on c.id = o.cooperative_id), '[]'))))::text as body`;

/** Each read runs as a prepared statement, planned once per connection, as our API's hot reads do. */
const STATEMENT_NAMES = new Map();

async function answer(sql, params) {
  let name = STATEMENT_NAMES.get(sql);
  if (!name) STATEMENT_NAMES.set(sql, (name = `floor_${STATEMENT_NAMES.size}`));
  const { rows } = await pool.query({ name, text: sql, values: params });
  return rows[0].body;
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://floor');
  // The request body (a GraphQL document sent by the load generator) is read and ignored.
  request.resume();
  request.on('end', () => {
    let reply;
    switch (url.pathname) {
      case '/health':
        response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
      case '/discovery':
        reply = answer(DISCOVERY, []);
        break;
      case '/cooperative':
        reply = answer(COOPERATIVE, [Number(url.searchParams.get('id'))]);
        break;
      case '/offerings':
        reply = answer(OFFERINGS, []);
        break;
      default:
        response.writeHead(404).end();
        return;
    }
    reply.then(
      (body) =>
        response.writeHead(200, { 'content-type': 'application/json', 'x-sql-statements': '1' }).end(body),
      (error) => {
        console.error(error);
        response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error.message));
      },
    );
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, host);

const stop = async () => {
  server.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
