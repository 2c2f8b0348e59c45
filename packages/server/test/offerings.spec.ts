import type { Knex } from '@mikro-orm/postgresql';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';
import { dbIdOf, globalIdOf } from './support/ids';

/**
 * `offerings` filters and orderings, `offering(id)`, Money fields and the nested fields of an
 * offering return exactly what independent SQL finds in the database.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const knex = () => server.orm.em.getKnex();

type OfferingStatus = 'DRAFT' | 'PUBLISHED' | 'PAUSED' | 'EXPIRED' | 'CLOSED';
type OfferingKind = 'SUPPLY' | 'FINANCING_NEED' | 'SERVICE' | 'PARTNERSHIP_INTEREST';
type Order = 'NEWEST' | 'RECENTLY_UPDATED';

const PUBLIC_STATUSES: OfferingStatus[] = ['PUBLISHED', 'PAUSED', 'EXPIRED', 'CLOSED'];

interface OfferingFilter {
  kinds?: OfferingKind[];
  commodity?: string;
  regionCode?: string;
  statuses?: OfferingStatus[];
  amountMin?: string;
  amountMax?: string;
}

interface Money {
  amount: string;
  currency: string;
}

interface ListedOffering {
  id: string;
  status: OfferingStatus;
  createdAt: string;
  updatedAt: string;
}

interface OfferingsPage {
  offerings: {
    totalCount: number;
    edges: { node: ListedOffering }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const OFFERINGS = /* GraphQL */ `
  query Offerings($filter: OfferingFilter, $orderBy: OfferingOrder!, $first: Int, $after: String) {
    offerings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          status
          createdAt
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** Every offering the API lists, walking all pages; checks that every page reports one total. */
async function listAll(filter: OfferingFilter, orderBy: Order = 'NEWEST', pageSize = 100) {
  const nodes: ListedOffering[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let pages = 0; pages < 1000; pages += 1) {
    const response: GraphQLResponse<OfferingsPage> = await server.graphql<OfferingsPage>(OFFERINGS, {
      filter,
      orderBy,
      first: pageSize,
      after,
    });
    expect(response.errors).toBeUndefined();
    const { edges, pageInfo, totalCount } = response.data!.offerings;
    nodes.push(...edges.map((edge) => edge.node));
    totals.add(totalCount);
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  expect(totals.size).toBe(1);
  return { ids: nodes.map((node) => dbIdOf(node.id)), nodes, totalCount: [...totals][0] };
}

type Where = (qb: Knex.QueryBuilder) => void;

const ORDER_COLUMN: Record<Order, string> = { NEWEST: 'o.created_at', RECENTLY_UPDATED: 'o.updated_at' };

/** Ids of the offerings matching `where`, newest (created or updated) first, ties by id. */
function idsInSql(where: Where, orderBy: Order = 'NEWEST'): Promise<number[]> {
  const qb = knex()('offering as o').orderBy([
    { column: ORDER_COLUMN[orderBy], order: 'desc' },
    { column: 'o.id', order: 'desc' },
  ]);
  where(qb);
  return qb.pluck('o.id');
}

const withStatuses =
  (statuses: OfferingStatus[]): Where =>
  (qb) =>
    qb.whereIn('o.status', statuses);
const published = withStatuses(['PUBLISHED']);
const all =
  (...wheres: Where[]): Where =>
  (qb) =>
    wheres.forEach((where) => where(qb));
/** Offerings of cooperatives whose village lies under `parent` in the region tree (any depth). */
const ofCooperativesUnder =
  (parent: string): Where =>
  (qb) =>
    qb.whereIn(
      'o.cooperative_id',
      knex()('cooperative as c')
        .join('region as v', 'v.code', 'c.village_code')
        .join('region as d', 'd.code', 'v.parent_code')
        .where((where) =>
          where.where('v.code', parent).orWhere('d.code', parent).orWhere('d.parent_code', parent),
        )
        .select('c.id'),
    );

async function expectFilterMatchesSql(filter: OfferingFilter, where: Where) {
  const expected = await idsInSql(where);
  const listed = await listAll(filter);
  expect(listed.ids).toEqual(expected);
  expect(listed.totalCount).toBe(expected.length);
  return expected;
}

/** Exact value of a decimal string in hundredths, so "2750.5" and "2750.50" compare equal. */
function hundredths(decimal: string): bigint {
  expect(decimal).toMatch(/^\d+(\.\d{1,2})?$/);
  const [whole, fraction = ''] = decimal.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** Money from the API equals the numeric column exactly, in IDR; both null when absent. */
function expectMoney(money: Money | null, column: string | null) {
  if (column === null) {
    expect(money).toBeNull();
    return;
  }
  expect(money).not.toBeNull();
  expect(money!.currency).toBe('IDR');
  expect(money!.amount).toMatch(/^(0|[1-9]\d*)(\.\d{1,2})?$/);
  expect(hundredths(money!.amount)).toBe(hundredths(column));
}

const SANGGAU = '61.03';

describe('offerings: filters', () => {
  test('by default only published offerings are listed, newest first', async () => {
    const expected = await expectFilterMatchesSql({}, published);
    expect(expected.length).toBeGreaterThan(100);
    const listed = await listAll({});
    expect(listed.nodes.every((node) => node.status === 'PUBLISHED')).toBe(true);
  });

  test.each<[string, OfferingStatus[], OfferingStatus[]]>([
    ['one status', ['PAUSED'], ['PAUSED']],
    ['two statuses', ['EXPIRED', 'CLOSED'], ['EXPIRED', 'CLOSED']],
    ['every public status', PUBLIC_STATUSES, PUBLIC_STATUSES],
    ['drafts, which are never listed', ['DRAFT'], []],
    ['drafts among others, which are left out', ['DRAFT', 'PAUSED'], ['PAUSED']],
  ])('statuses: %s', async (_case, statuses, visible) => {
    const expected = await expectFilterMatchesSql({ statuses }, withStatuses(visible));
    expect(expected.length > 0).toBe(visible.length > 0);
  });

  test('there are drafts in the database to leave out', async () => {
    const drafts: number[] = await knex()('offering').where('status', 'DRAFT').pluck('id');
    expect(drafts.length).toBeGreaterThan(0);
    const listed = await listAll({ statuses: ['DRAFT', ...PUBLIC_STATUSES] });
    expect(listed.ids.filter((id) => drafts.includes(id))).toEqual([]);
  });

  test.each<[string, OfferingKind[]]>([
    ['supply', ['SUPPLY']],
    ['financing needs', ['FINANCING_NEED']],
    ['services or partnership interests', ['SERVICE', 'PARTNERSHIP_INTEREST']],
  ])('kinds: %s', async (_case, kinds) => {
    const expected = await expectFilterMatchesSql(
      { kinds },
      all(published, (qb) => qb.whereIn('o.kind', kinds)),
    );
    expect(expected.length).toBeGreaterThan(0);
  });

  test.each(['PALM_OIL_FFB', 'RUBBER', 'FISH', 'COFFEE'])('commodity %s', async (commodity) => {
    const expected = await expectFilterMatchesSql(
      { commodity },
      all(published, (qb) => qb.where('o.commodity', commodity)),
    );
    expect(expected.length).toBeGreaterThan(0);
  });

  test('regionCode of a regency: offerings of cooperatives in its villages', async () => {
    const expected = await expectFilterMatchesSql(
      { regionCode: SANGGAU },
      all(published, ofCooperativesUnder(SANGGAU)),
    );
    expect(expected.length).toBeGreaterThan(0);
  });

  test('regionCode of a district or a village: offerings of cooperatives there', async () => {
    // The village with the most published offerings, and its district.
    const { village_code: village, district }: { village_code: string; district: string } = await knex()(
      'offering as o',
    )
      .join('cooperative as c', 'c.id', 'o.cooperative_id')
      .join('region as v', 'v.code', 'c.village_code')
      .where('o.status', 'PUBLISHED')
      .groupBy('c.village_code', 'v.parent_code')
      .orderByRaw('count(*) desc, c.village_code')
      .first('c.village_code', 'v.parent_code as district');
    const inDistrict = await expectFilterMatchesSql(
      { regionCode: district },
      all(published, ofCooperativesUnder(district)),
    );
    const inVillage = await expectFilterMatchesSql(
      { regionCode: village },
      all(published, ofCooperativesUnder(village)),
    );
    expect(inVillage.length).toBeGreaterThan(1);
    expect(inDistrict.length).toBeGreaterThanOrEqual(inVillage.length);
  });

  test('regionCode and the other filters combine', async () => {
    const filter: OfferingFilter = {
      regionCode: SANGGAU,
      kinds: ['SUPPLY'],
      statuses: ['PUBLISHED', 'PAUSED'],
    };
    await expectFilterMatchesSql(
      filter,
      all(withStatuses(['PUBLISHED', 'PAUSED']), ofCooperativesUnder(SANGGAU), (qb) =>
        qb.where('o.kind', 'SUPPLY'),
      ),
    );
  });

  describe('amountMin and amountMax on amountNeeded', () => {
    /** Amounts stored on published offerings, smallest first. */
    let amounts: string[];
    beforeAll(async () => {
      amounts = await knex()('offering')
        .where('status', 'PUBLISHED')
        .whereNotNull('amount_needed')
        .distinct('amount_needed')
        .orderBy('amount_needed')
        .pluck('amount_needed');
    });

    const between =
      (min: string | null, max: string | null): Where =>
      (qb) => {
        qb.whereNotNull('o.amount_needed');
        if (min !== null) qb.whereRaw('o.amount_needed >= ?::numeric', [min]);
        if (max !== null) qb.whereRaw('o.amount_needed <= ?::numeric', [max]);
      };

    test('the seed has enough distinct amounts to cut', () => {
      expect(amounts.length).toBeGreaterThan(10);
    });

    test('amountMin alone includes the bound and leaves out offerings without an amount', async () => {
      const min = amounts[Math.floor(amounts.length / 3)];
      const expected = await expectFilterMatchesSql({ amountMin: min }, all(published, between(min, null)));
      const exact: number[] = await knex()('offering')
        .where('status', 'PUBLISHED')
        .whereRaw('amount_needed = ?::numeric', [min])
        .pluck('id');
      expect(exact.length).toBeGreaterThan(0);
      for (const id of exact) expect(expected).toContain(id);
    });

    test('amountMax alone includes the bound', async () => {
      const max = amounts[Math.floor((amounts.length * 2) / 3)];
      const expected = await expectFilterMatchesSql({ amountMax: max }, all(published, between(null, max)));
      expect(expected.length).toBeGreaterThan(0);
    });

    test('amountMin with amountMax is a closed range', async () => {
      const [min, max] = [amounts[2], amounts[amounts.length - 3]];
      const expected = await expectFilterMatchesSql(
        { amountMin: min, amountMax: max },
        all(published, between(min, max)),
      );
      expect(expected.length).toBeGreaterThan(0);
    });

    test('amountMin equal to amountMax finds that exact amount', async () => {
      const amount = amounts[Math.floor(amounts.length / 2)];
      const expected = await expectFilterMatchesSql(
        { amountMin: amount, amountMax: amount },
        all(published, between(amount, amount)),
      );
      expect(expected.length).toBeGreaterThan(0);
    });

    test('the bounds compare exactly, to the cent', async () => {
      const { id }: { id: number } = await knex()('offering')
        .where('status', 'PUBLISHED')
        .whereNotNull('amount_needed')
        .orderBy('id')
        .first('id');
      await knex()('offering').where('id', id).update({ amount_needed: '987654321012.35' });
      expect((await listAll({ amountMin: '987654321012.35' })).ids).toContain(id);
      expect((await listAll({ amountMin: '987654321012.36' })).ids).not.toContain(id);
      expect((await listAll({ amountMax: '987654321012.35' })).ids).toContain(id);
      expect((await listAll({ amountMax: '987654321012.34' })).ids).not.toContain(id);
    });

    test('amounts combine with statuses and kinds', async () => {
      const min = amounts[Math.floor(amounts.length / 4)];
      const filter: OfferingFilter = { amountMin: min, statuses: PUBLIC_STATUSES, kinds: ['FINANCING_NEED'] };
      const expected = await expectFilterMatchesSql(
        filter,
        all(withStatuses(PUBLIC_STATUSES), between(min, null), (qb) => qb.where('o.kind', 'FINANCING_NEED')),
      );
      expect(expected.length).toBeGreaterThan(0);
    });
  });
});

describe('offerings: order', () => {
  /**
   * Five offerings share one creation time and five others one update time, so that the id
   * tie-break is needed and small pages cut through the ties.
   */
  let tiedCreated: number[];
  let tiedUpdated: number[];
  beforeAll(async () => {
    const ids: number[] = await knex()('offering')
      .where('status', 'PUBLISHED')
      .orderBy('id')
      .limit(10)
      .pluck('id');
    tiedCreated = ids.slice(0, 5);
    tiedUpdated = ids.slice(5);
    const moment = (column: string, offset: number) =>
      knex()('offering').where('status', 'PUBLISHED').orderBy(column).offset(offset).first(column);
    const { created_at: created }: { created_at: Date } = await moment('created_at', 200);
    const { updated_at: updated }: { updated_at: Date } = await moment('updated_at', 150);
    await knex()('offering').whereIn('id', tiedCreated).update({ created_at: created });
    await knex()('offering').whereIn('id', tiedUpdated).update({ updated_at: updated });
  });

  test.each<[Order, 'createdAt' | 'updatedAt', () => number[]]>([
    ['NEWEST', 'createdAt', () => tiedCreated],
    ['RECENTLY_UPDATED', 'updatedAt', () => tiedUpdated],
  ])('%s: newest first, equal times by id, across page boundaries', async (orderBy, field, tied) => {
    const filter: OfferingFilter = { statuses: PUBLIC_STATUSES };
    const expected = await idsInSql(withStatuses(PUBLIC_STATUSES), orderBy);
    for (const pageSize of [3, 100]) {
      const listed = await listAll(filter, orderBy, pageSize);
      expect(listed.ids).toEqual(expected);
      listed.nodes.slice(1).forEach((node, index) => {
        const previous = listed.nodes[index];
        const [before, after] = [Date.parse(previous[field]), Date.parse(node[field])];
        expect(after).toBeLessThanOrEqual(before);
        if (after === before) expect(dbIdOf(node.id)).toBeLessThan(dbIdOf(previous.id));
      });
      expect(listed.ids.filter((id) => tied().includes(id))).toEqual([...tied()].sort((a, b) => b - a));
    }
  });

  test('the two orders differ, so each is really applied', async () => {
    const newest = await listAll({}, 'NEWEST');
    const updated = await listAll({}, 'RECENTLY_UPDATED');
    expect(newest.ids).not.toEqual(updated.ids);
    const byId = (a: number, b: number) => a - b;
    expect([...newest.ids].sort(byId)).toEqual([...updated.ids].sort(byId));
  });
});

interface FullOffering {
  id: string;
  kind: OfferingKind;
  title: string;
  description: string;
  commodity: string | null;
  quantityPerMonth: string | null;
  quantityUnit: string | null;
  priceMin: Money | null;
  priceMax: Money | null;
  amountNeeded: Money | null;
  financingPurpose: string | null;
  wantedTenorMonths: number | null;
  unitType: string | null;
  status: OfferingStatus;
  validUntil: string | null;
  lastConfirmedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  cooperative: { id: string; name: string };
  deliveryRegions: { code: string; name: string; level: string }[];
}

const FULL_FIELDS = /* GraphQL */ `
  fragment FullOffering on Offering {
    id
    kind
    title
    description
    commodity
    quantityPerMonth
    quantityUnit
    priceMin {
      amount
      currency
    }
    priceMax {
      amount
      currency
    }
    amountNeeded {
      amount
      currency
    }
    financingPurpose
    wantedTenorMonths
    unitType
    status
    validUntil
    lastConfirmedAt
    version
    createdAt
    updatedAt
    cooperative {
      id
      name
    }
    deliveryRegions {
      code
      name
      level
    }
  }
`;

interface OfferingRow {
  id: number;
  cooperative_id: number;
  kind: OfferingKind;
  title: string;
  description: string;
  commodity: string | null;
  quantity_per_month: string | null;
  quantity_unit: string | null;
  price_min: string | null;
  price_max: string | null;
  amount_needed: string | null;
  financing_purpose: string | null;
  wanted_tenor_months: number | null;
  unit_type: string | null;
  status: OfferingStatus;
  valid_until: Date | null;
  last_confirmed_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** Numeric columns as text, so nothing passes through a JavaScript number. */
function offeringRows(ids: number[]): Promise<OfferingRow[]> {
  return knex()('offering')
    .whereIn('id', ids)
    .select(
      '*',
      knex().raw('quantity_per_month::text as quantity_per_month'),
      knex().raw('price_min::text as price_min'),
      knex().raw('price_max::text as price_max'),
      knex().raw('amount_needed::text as amount_needed'),
    );
}

const isoOrNull = (value: Date | null) => (value === null ? null : new Date(value).toISOString());

function expectSameOffering(node: FullOffering, row: OfferingRow) {
  expect({
    id: node.id,
    kind: node.kind,
    title: node.title,
    description: node.description,
    commodity: node.commodity,
    quantityUnit: node.quantityUnit,
    financingPurpose: node.financingPurpose,
    wantedTenorMonths: node.wantedTenorMonths,
    unitType: node.unitType,
    status: node.status,
    validUntil: node.validUntil,
    lastConfirmedAt: node.lastConfirmedAt,
    version: node.version,
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
    cooperative: dbIdOf(node.cooperative.id),
  }).toEqual({
    id: globalIdOf('Offering', row.id),
    kind: row.kind,
    title: row.title,
    description: row.description,
    commodity: row.commodity,
    quantityUnit: row.quantity_unit,
    financingPurpose: row.financing_purpose,
    wantedTenorMonths: row.wanted_tenor_months,
    unitType: row.unit_type,
    status: row.status,
    validUntil: isoOrNull(row.valid_until),
    lastConfirmedAt: isoOrNull(row.last_confirmed_at),
    version: row.version,
    createdAt: isoOrNull(row.created_at),
    updatedAt: isoOrNull(row.updated_at),
    cooperative: row.cooperative_id,
  });
  if (row.quantity_per_month === null) expect(node.quantityPerMonth).toBeNull();
  else expect(hundredths(node.quantityPerMonth!)).toBe(hundredths(row.quantity_per_month));
  expectMoney(node.priceMin, row.price_min);
  expectMoney(node.priceMax, row.price_max);
  expectMoney(node.amountNeeded, row.amount_needed);
}

describe('Money and the other fields of an offering', () => {
  const PAGE = /* GraphQL */ `
    query Page($filter: OfferingFilter, $first: Int, $after: String) {
      offerings(filter: $filter, first: $first, after: $after) {
        edges {
          node {
            ...FullOffering
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
    ${FULL_FIELDS}
  `;

  async function allFull(filter: OfferingFilter): Promise<FullOffering[]> {
    type Page = {
      offerings: { edges: { node: FullOffering }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const nodes: FullOffering[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages += 1) {
      const response: { data?: Page | null; errors?: unknown[] } = await server.graphql<Page>(PAGE, {
        filter,
        first: 100,
        after,
      });
      expect(response.errors).toBeUndefined();
      nodes.push(...response.data!.offerings.edges.map((edge) => edge.node));
      if (!response.data!.offerings.pageInfo.hasNextPage) break;
      after = response.data!.offerings.pageInfo.endCursor;
    }
    return nodes;
  }

  test('every public offering reads exactly as stored: Money as exact IDR decimals', async () => {
    const nodes = await allFull({ statuses: PUBLIC_STATUSES });
    const rows = await offeringRows(nodes.map((node) => dbIdOf(node.id)));
    expect(nodes.length).toBe(rows.length);
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const node of nodes) expectSameOffering(node, byId.get(dbIdOf(node.id))!);
    // All three Money fields occur, and so do their absences.
    expect(nodes.some((node) => node.amountNeeded !== null)).toBe(true);
    expect(nodes.some((node) => node.priceMin !== null && node.priceMax !== null)).toBe(true);
    expect(nodes.some((node) => node.amountNeeded === null)).toBe(true);
  });

  test('amounts too large or too fine for a float come back exactly', async () => {
    const [financing, supply]: number[] = await Promise.all([
      knex()('offering').where({ status: 'PUBLISHED', kind: 'FINANCING_NEED' }).orderBy('id').first('id'),
      knex()('offering')
        .where({ status: 'PUBLISHED', kind: 'SUPPLY' })
        .whereNotNull('price_min')
        .orderBy('id')
        .first('id'),
    ]).then((rows: { id: number }[]) => rows.map((row) => row.id));
    await knex()('offering').where('id', financing).update({ amount_needed: '9999999999999999.99' });
    await knex()('offering')
      .where('id', supply)
      .update({ price_min: '0.05', price_max: '12345678901234.10', quantity_per_month: '999999999999.99' });
    const response = await server.graphql<{ a: FullOffering; b: FullOffering }>(
      /* GraphQL */ `
        query Two($a: ID!, $b: ID!) {
          a: offering(id: $a) {
            ...FullOffering
          }
          b: offering(id: $b) {
            ...FullOffering
          }
        }
        ${FULL_FIELDS}
      `,
      { a: globalIdOf('Offering', financing), b: globalIdOf('Offering', supply) },
    );
    expect(response.errors).toBeUndefined();
    const { a, b } = response.data!;
    expect(a.amountNeeded).toEqual({ amount: '9999999999999999.99', currency: 'IDR' });
    expect(b.priceMin).toEqual({ amount: '0.05', currency: 'IDR' });
    expect(hundredths(b.priceMax!.amount)).toBe(1234567890123410n);
    expect(b.priceMax!.currency).toBe('IDR');
    expect(b.quantityPerMonth).toBe('999999999999.99');
    const rows = await offeringRows([financing, supply]);
    for (const node of [a, b])
      expectSameOffering(
        node,
        rows.find((row) => row.id === dbIdOf(node.id))!,
      );
  });
});

describe('offering(id)', () => {
  const OFFERING = /* GraphQL */ `
    query Offering($id: ID!) {
      offering(id: $id) {
        ...FullOffering
      }
    }
    ${FULL_FIELDS}
  `;

  test.each(PUBLIC_STATUSES)('an offering in status %s reads as stored', async (status) => {
    const { id }: { id: number } = await knex()('offering')
      .where('status', status)
      .orderBy('id', 'desc')
      .first('id');
    const response = await server.graphql<{ offering: FullOffering }>(OFFERING, {
      id: globalIdOf('Offering', id),
    });
    expect(response.errors).toBeUndefined();
    const [row] = await offeringRows([id]);
    expectSameOffering(response.data!.offering, row);
  });

  test('a draft reads as missing, like an id without a row', async () => {
    const { id }: { id: number } = await knex()('offering')
      .where('status', 'DRAFT')
      .orderBy('id')
      .first('id');
    const { max } = (await knex()('offering').max({ max: 'id' }).first()) as { max: number };
    for (const missing of [id, max + 1]) {
      const response = await server.graphql<{ offering: null }>(OFFERING, {
        id: globalIdOf('Offering', missing),
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.offering).toBeNull();
    }
  });
});

describe('Offering.cooperative and Offering.deliveryRegions', () => {
  const NESTED = /* GraphQL */ `
    query Nested($filter: OfferingFilter, $first: Int) {
      offerings(filter: $filter, first: $first) {
        edges {
          node {
            id
            cooperative {
              id
              name
              village {
                code
              }
            }
            deliveryRegions {
              code
              name
              level
            }
          }
        }
      }
    }
  `;

  type Nested = {
    offerings: {
      edges: {
        node: {
          id: string;
          cooperative: { id: string; name: string; village: { code: string } };
          deliveryRegions: { code: string; name: string; level: string }[];
        };
      }[];
    };
  };

  test('each offering of a page has its own cooperative and its delivery regions in code order', async () => {
    const response = await server.graphql<Nested>(NESTED, {
      filter: { statuses: PUBLIC_STATUSES },
      first: 100,
    });
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.offerings.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(100);
    const ids = nodes.map((node) => dbIdOf(node.id));
    const owners: { id: number; cooperative_id: number; name: string; village_code: string }[] = await knex()(
      'offering as o',
    )
      .join('cooperative as c', 'c.id', 'o.cooperative_id')
      .whereIn('o.id', ids)
      .select('o.id', 'o.cooperative_id', 'c.name', 'c.village_code');
    const regions: { offering_id: number; code: string; name: string; level: string }[] = await knex()(
      'offering_delivery_region as d',
    )
      .join('region as r', 'r.code', 'd.region_code')
      .whereIn('d.offering_id', ids)
      .select('d.offering_id', 'r.code', 'r.name', 'r.level');
    const ownerOf = new Map(owners.map((row) => [row.id, row]));
    for (const node of nodes) {
      const owner = ownerOf.get(dbIdOf(node.id))!;
      expect(node.cooperative).toEqual({
        id: globalIdOf('Cooperative', owner.cooperative_id),
        name: owner.name,
        village: { code: owner.village_code },
      });
      const own = regions
        .filter((row) => row.offering_id === dbIdOf(node.id))
        .map(({ code, name, level }) => ({ code, name, level }))
        .sort((a, b) => (a.code < b.code ? -1 : 1));
      expect(own.length).toBeGreaterThan(0);
      expect(node.deliveryRegions).toEqual(own);
    }
    // Several cooperatives and several multi-region offerings on the page, so mix-ups would show.
    expect(new Set(owners.map((row) => row.cooperative_id)).size).toBeGreaterThan(10);
    expect(nodes.some((node) => node.deliveryRegions.length > 1)).toBe(true);
  });

  test('an offering without delivery regions has an empty list; a new region shows up', async () => {
    const [first, second]: number[] = await knex()('offering')
      .where('status', 'PUBLISHED')
      .orderBy('id')
      .limit(2)
      .pluck('id');
    await knex()('offering_delivery_region').where('offering_id', first).delete();
    const extra: { code: string } = await knex()('region')
      .where('level', 'REGENCY')
      .whereNotIn(
        'code',
        knex()('offering_delivery_region').where('offering_id', second).select('region_code'),
      )
      .orderBy('code', 'desc')
      .first('code');
    await knex()('offering_delivery_region').insert({ offering_id: second, region_code: extra.code });
    const response = await server.graphql<{
      a: { deliveryRegions: { code: string }[] };
      b: { deliveryRegions: { code: string }[] };
    }>(
      'query ($a: ID!, $b: ID!) { a: offering(id: $a) { deliveryRegions { code } } b: offering(id: $b) { deliveryRegions { code } } }',
      { a: globalIdOf('Offering', first), b: globalIdOf('Offering', second) },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.a.deliveryRegions).toEqual([]);
    const expected: string[] = await knex()('offering_delivery_region')
      .where('offering_id', second)
      .orderBy('region_code')
      .pluck('region_code');
    expect(expected).toContain(extra.code);
    expect(response.data!.b.deliveryRegions.map((region) => region.code)).toEqual(expected);
  });
});
