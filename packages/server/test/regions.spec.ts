import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';
import { globalIdOf } from './support/ids';

/**
 * `regions`, `region(code)` and `Region.parent` return exactly the rows of the `region` table,
 * checked against independent SQL.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Level = 'PROVINCE' | 'REGENCY' | 'DISTRICT' | 'VILLAGE';

interface RegionNode {
  id: string;
  code: string;
  level: Level;
  name: string;
  villageKind: 'DESA' | 'KELURAHAN' | null;
  parent: { code: string } | null;
}

interface RegionRow {
  code: string;
  level: Level;
  name: string;
  parent_code: string | null;
  village_kind: 'DESA' | 'KELURAHAN' | null;
}

interface RegionPage {
  regions: {
    totalCount: number;
    edges: { node: RegionNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const REGIONS = /* GraphQL */ `
  query Regions($parentCode: String, $level: RegionLevel, $after: String) {
    regions(parentCode: $parentCode, level: $level, first: 100, after: $after) {
      totalCount
      edges {
        node {
          id
          code
          level
          name
          villageKind
          parent {
            code
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const knex = () => server.orm.em.getKnex();

/** Every region the API lists for these arguments, walking all pages of 100. */
async function listAll(args: { parentCode?: string; level?: Level }) {
  const nodes: RegionNode[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const response: GraphQLResponse<RegionPage> = await server.graphql<RegionPage>(REGIONS, {
      ...args,
      after,
    });
    expect(response.errors).toBeUndefined();
    const { edges, pageInfo, totalCount } = response.data!.regions;
    nodes.push(...edges.map((edge) => edge.node));
    totals.add(totalCount);
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  // Every page reports the same total.
  expect(totals.size).toBe(1);
  return { nodes, totalCount: [...totals][0] };
}

/** Codes in Kemendagri order: fixed-width numeric segments, so plain string order. */
function kemendagriOrder(codes: string[]): string[] {
  return [...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function expectSameRegion(node: RegionNode, row: RegionRow) {
  expect({
    id: node.id,
    code: node.code,
    level: node.level,
    name: node.name,
    villageKind: node.villageKind,
    parentCode: node.parent?.code ?? null,
  }).toEqual({
    id: globalIdOf('Region', row.code),
    code: row.code,
    level: row.level,
    name: row.name,
    villageKind: row.village_kind,
    parentCode: row.parent_code,
  });
}

function regionRows(): Promise<RegionRow[]> {
  return knex()('region').select('code', 'level', 'name', 'parent_code', 'village_kind');
}

describe('regions', () => {
  test('every one of the 2,334 regions is reachable, once each, in code order', async () => {
    const rows = await regionRows();
    const { nodes, totalCount } = await listAll({});
    const codes = nodes.map((node) => node.code);
    expect(rows).toHaveLength(2334);
    expect(totalCount).toBe(rows.length);
    expect(codes).toHaveLength(rows.length);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(kemendagriOrder(rows.map((row) => row.code)));
    const byCode = new Map(rows.map((row) => [row.code, row]));
    for (const node of nodes) expectSameRegion(node, byCode.get(node.code)!);
  });

  test('the province "61" has exactly its 14 regencies and cities as children', async () => {
    const { nodes, totalCount } = await listAll({ parentCode: '61' });
    const expected: string[] = await knex()('region')
      .where({ parent_code: '61', level: 'REGENCY' })
      .pluck('code');
    expect(expected).toHaveLength(14);
    expect(totalCount).toBe(14);
    expect(nodes.map((node) => node.code)).toEqual(kemendagriOrder(expected));
    expect(nodes.every((node) => node.level === 'REGENCY' && node.parent?.code === '61')).toBe(true);
  });

  test.each([
    ['a regency (its districts)', 'regency', 'DISTRICT'],
    ['a district (its villages)', 'district', 'VILLAGE'],
  ] as const)('parentCode of %s lists exactly its direct children', async (_case, parentKind, childLevel) => {
    // The parent with the most children, so the list spans more than one page where it can.
    const parentLevel = parentKind === 'regency' ? 'REGENCY' : 'DISTRICT';
    const { parent_code: parentCode }: { parent_code: string } = await knex()('region as child')
      .join('region as parent', 'parent.code', 'child.parent_code')
      .where('parent.level', parentLevel)
      .groupBy('child.parent_code')
      .orderByRaw('count(*) desc, child.parent_code')
      .first('child.parent_code');
    const rows: RegionRow[] = await knex()('region')
      .where('parent_code', parentCode)
      .select('code', 'level', 'name', 'parent_code', 'village_kind');
    expect(rows.length).toBeGreaterThan(1);
    const { nodes, totalCount } = await listAll({ parentCode });
    expect(totalCount).toBe(rows.length);
    expect(nodes.map((node) => node.code)).toEqual(kemendagriOrder(rows.map((row) => row.code)));
    const byCode = new Map(rows.map((row) => [row.code, row]));
    for (const node of nodes) {
      expect(node.level).toBe(childLevel);
      expectSameRegion(node, byCode.get(node.code)!);
    }
  });

  test('a village has no children', async () => {
    const village: string = await knex()('region')
      .where('level', 'VILLAGE')
      .orderBy('code')
      .first('code')
      .then((row: { code: string }) => row.code);
    const { nodes, totalCount } = await listAll({ parentCode: village });
    expect(nodes).toEqual([]);
    expect(totalCount).toBe(0);
  });

  test.each(['PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE'] as const)(
    'level %s lists exactly the regions of that level',
    async (level) => {
      const rows: RegionRow[] = await knex()('region')
        .where('level', level)
        .select('code', 'level', 'name', 'parent_code', 'village_kind');
      expect(rows.length).toBeGreaterThan(0);
      const { nodes, totalCount } = await listAll({ level });
      expect(totalCount).toBe(rows.length);
      expect(nodes.map((node) => node.code)).toEqual(kemendagriOrder(rows.map((row) => row.code)));
      const byCode = new Map(rows.map((row) => [row.code, row]));
      for (const node of nodes) expectSameRegion(node, byCode.get(node.code)!);
      // Only villages are desa or kelurahan.
      expect(nodes.every((node) => (node.villageKind !== null) === (level === 'VILLAGE'))).toBe(true);
    },
  );

  test('parentCode and level together must both match', async () => {
    const districts: string[] = await knex()('region')
      .where('parent_code', '61.03')
      .orderBy('code')
      .pluck('code');
    expect(districts.length).toBeGreaterThan(0);
    const matching = await listAll({ parentCode: '61.03', level: 'DISTRICT' });
    expect(matching.nodes.map((node) => node.code)).toEqual(kemendagriOrder(districts));
    // Villages of Sanggau lie in its districts, not directly under it.
    const none = await listAll({ parentCode: '61.03', level: 'VILLAGE' });
    expect(none.nodes).toEqual([]);
    expect(none.totalCount).toBe(0);
  });

  test('a parentCode that does not exist lists nothing', async () => {
    const { nodes, totalCount } = await listAll({ parentCode: '61.99' });
    expect(nodes).toEqual([]);
    expect(totalCount).toBe(0);
  });
});

describe('region(code)', () => {
  const REGION = /* GraphQL */ `
    query Region($code: String!) {
      region(code: $code) {
        id
        code
        level
        name
        villageKind
        parent {
          code
        }
      }
    }
  `;

  test.each(['PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE'] as const)(
    'returns the stored %s region',
    async (level) => {
      // The last one of the level, so it is not simply the first row of the table.
      const row: RegionRow = await knex()('region')
        .where('level', level)
        .orderBy('code', 'desc')
        .first('code', 'level', 'name', 'parent_code', 'village_kind');
      const response = await server.graphql<{ region: RegionNode }>(REGION, { code: row.code });
      expect(response.errors).toBeUndefined();
      expectSameRegion(response.data!.region, row);
    },
  );

  test('a village of each kind reports its kind', async () => {
    for (const kind of ['DESA', 'KELURAHAN'] as const) {
      const row: RegionRow = await knex()('region')
        .where('village_kind', kind)
        .orderBy('code')
        .first('code', 'level', 'name', 'parent_code', 'village_kind');
      expect(row).toBeDefined();
      const response = await server.graphql<{ region: RegionNode }>(REGION, { code: row.code });
      expect(response.data!.region.villageKind).toBe(kind);
      expectSameRegion(response.data!.region, row);
    }
  });

  test.each(['61.99', '61.03.99', '61.03.05.9999', '62'])(
    'an unknown code (%s) returns null',
    async (code) => {
      const response = await server.graphql<{ region: RegionNode | null }>(REGION, { code });
      expect(response.errors).toBeUndefined();
      expect(response.data!.region).toBeNull();
    },
  );
});

describe('Region.parent', () => {
  const CHAIN = /* GraphQL */ `
    query Chain($code: String!) {
      region(code: $code) {
        code
        level
        parent {
          code
          level
          name
          parent {
            code
            level
            name
            parent {
              code
              level
              name
              parent {
                code
              }
            }
          }
        }
      }
    }
  `;

  interface ChainLink {
    code: string;
    level: Level;
    name: string;
    parent: ChainLink | null;
  }

  /** The ancestors of a region by following parent_code in SQL. */
  async function ancestorsInSql(code: string): Promise<{ code: string; level: Level; name: string }[]> {
    const chain: { code: string; level: Level; name: string }[] = [];
    let current: RegionRow | undefined = await knex()('region').where('code', code).first();
    while (current?.parent_code) {
      current = await knex()('region').where('code', current.parent_code).first();
      if (current) chain.push({ code: current.code, level: current.level, name: current.name });
    }
    return chain;
  }

  test('village → district → regency → province, and the province has no parent', async () => {
    // A village from each regency, so every branch of the tree is walked.
    const villages: string[] = await knex()('region as v')
      .join('region as d', 'd.code', 'v.parent_code')
      .where('v.level', 'VILLAGE')
      .distinctOn('d.parent_code')
      .orderBy([{ column: 'd.parent_code' }, { column: 'v.code', order: 'desc' }])
      .pluck('v.code');
    expect(villages).toHaveLength(14);
    for (const village of villages) {
      const response = await server.graphql<{ region: ChainLink }>(CHAIN, { code: village });
      expect(response.errors).toBeUndefined();
      const links: { code: string; level: Level; name: string }[] = [];
      let link = response.data!.region.parent;
      while (link) {
        links.push({ code: link.code, level: link.level, name: link.name });
        link = link.parent && 'level' in link.parent ? link.parent : null;
      }
      expect(links).toEqual(await ancestorsInSql(village));
      expect(links.map((ancestor) => ancestor.level)).toEqual(['DISTRICT', 'REGENCY', 'PROVINCE']);
      expect(links[2].code).toBe('61');
      // The province itself: the innermost `parent { code }` is null.
      expect(response.data!.region.parent!.parent!.parent!.parent).toBeNull();
    }
  });

  test('every region listed under a parent reports that parent', async () => {
    const { code: district }: { code: string } = await knex()('region')
      .where('level', 'DISTRICT')
      .orderBy('code', 'desc')
      .first('code');
    const { nodes } = await listAll({ parentCode: district });
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.map((node) => node.parent?.code)).toEqual(nodes.map(() => district));
  });
});
