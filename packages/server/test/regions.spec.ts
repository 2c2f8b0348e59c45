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
  query Regions($parentCode: String, $withinCode: String, $level: RegionLevel, $after: String) {
    regions(parentCode: $parentCode, withinCode: $withinCode, level: $level, first: 100, after: $after) {
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
async function listAll(args: { parentCode?: string; withinCode?: string; level?: Level }) {
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
  test('the list holds all 91,599 regions of Indonesia, in code order', async () => {
    const response = await server.graphql<RegionPage>(REGIONS, {});
    expect(response.errors).toBeUndefined();
    expect(response.data!.regions.totalCount).toBe(91_599);
    expect(response.data!.regions.edges[0].node.code).toBe('11');
  });

  test('every one of the 2,333 regions inside West Kalimantan is reachable, once each, in code order', async () => {
    const rows = (await regionRows()).filter((row) => row.code.startsWith('61.'));
    const { nodes, totalCount } = await listAll({ withinCode: '61' });
    const codes = nodes.map((node) => node.code);
    expect(rows).toHaveLength(2333);
    expect(totalCount).toBe(rows.length);
    expect(codes).toHaveLength(rows.length);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(kemendagriOrder(rows.map((row) => row.code)));
    const byCode = new Map(rows.map((row) => [row.code, row]));
    for (const node of nodes) expectSameRegion(node, byCode.get(node.code)!);
  });

  test('withinCode and level: the villages inside a regency, at any depth', async () => {
    const expected: string[] = await knex()('region')
      .where('level', 'VILLAGE')
      .andWhere('code', 'like', '61.03.%')
      .pluck('code');
    const { nodes, totalCount } = await listAll({ withinCode: '61.03', level: 'VILLAGE' });
    expect(totalCount).toBe(expected.length);
    expect(nodes.map((node) => node.code)).toEqual(kemendagriOrder(expected));
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
    'level %s lists exactly the regions of that level (below provinces: inside West Kalimantan)',
    async (level) => {
      // Walking all 83,762 villages page by page would only make the test slow.
      const withinCode = level === 'PROVINCE' ? undefined : '61';
      const rows: RegionRow[] = await knex()('region')
        .where('level', level)
        .modify((qb) => (withinCode ? qb.andWhere('code', 'like', `${withinCode}.%`) : qb))
        .select('code', 'level', 'name', 'parent_code', 'village_kind');
      expect(rows.length).toBeGreaterThan(0);
      const { nodes, totalCount } = await listAll({ level, withinCode });
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

  test.each(['61.99', '61.03.99', '61.03.05.9999', '99'])(
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
    // A village from each regency of West Kalimantan, so every branch of its tree is walked.
    const villages: string[] = await knex()('region as v')
      .join('region as d', 'd.code', 'v.parent_code')
      .where('v.level', 'VILLAGE')
      .andWhere('v.code', 'like', '61.%')
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

describe('regions(search): type-ahead on names', () => {
  const SEARCH = /* GraphQL */ `
    query Search(
      $search: String!
      $parentCode: String
      $withinCode: String
      $level: RegionLevel
      $first: Int
      $after: String
      $last: Int
    ) {
      regions(
        search: $search
        parentCode: $parentCode
        withinCode: $withinCode
        level: $level
        first: $first
        after: $after
        last: $last
      ) {
        totalCount
        edges {
          cursor
          node {
            code
            level
            name
            parent {
              code
            }
            ancestors {
              code
              level
              name
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

  interface Hit {
    code: string;
    level: Level;
    name: string;
    parent: { code: string } | null;
    ancestors: { code: string; level: Level; name: string }[];
  }

  interface SearchPage {
    regions: {
      totalCount: number | null;
      edges: { cursor: string; node: Hit }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }

  async function search(variables: Record<string, unknown>) {
    const response = await server.graphql<SearchPage>(SEARCH, variables);
    expect(response.errors).toBeUndefined();
    return {
      ...response.data!.regions,
      hits: response.data!.regions.edges.map((edge) => edge.node),
      response,
    };
  }

  const LEVEL_ORDER: Level[] = ['PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE'];

  /** A name as typed: lower case, and a regency or city without "Kabupaten"/"Kota". */
  const typedName = (hit: { level: Level; name: string }) =>
    (hit.level === 'REGENCY'
      ? hit.name.replace(/^(kabupaten|kota administrasi|kota) /i, '')
      : hit.name
    ).toLowerCase();

  test('"sanggau": the regency first, then the district and the village whose names start with it', async () => {
    const { hits, totalCount } = await search({ search: 'sanggau', first: 3 });
    expect(hits.map((hit) => [hit.code, hit.name])).toEqual([
      ['61.03', 'Kabupaten Sanggau'],
      ['61.07.06', 'Sanggau Ledo'],
      ['61.72.03.1005', 'Sanggau Kulor'],
    ]);
    // A ranked search does not count every similar name.
    expect(totalCount).toBeNull();
  });

  test('prefix matches come first, bigger regions before smaller, and every prefix match is found', async () => {
    // Every region in Kalimantan Barat whose name (as typed) starts with "pontianak", from SQL.
    const rows: { code: string; level: Level; name: string }[] = await knex()('region')
      .where('code', 'like', '61%')
      .select('code', 'level', 'name');
    const prefixMatches = rows.filter((row) => typedName(row).startsWith('pontianak'));
    expect(prefixMatches.length).toBeGreaterThan(3);
    const { hits } = await search({ search: 'Pontianak', withinCode: '61', first: 50 });
    const head = hits.slice(0, prefixMatches.length);
    expect(new Set(head.map((hit) => hit.code))).toEqual(new Set(prefixMatches.map((row) => row.code)));
    const levels = head.map((hit) => LEVEL_ORDER.indexOf(hit.level));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(head[0]).toMatchObject({ code: '61.71', name: 'Kota Pontianak' });
    // Whatever follows merely contains the text or resembles it.
    for (const hit of hits.slice(prefixMatches.length))
      expect(typedName(hit).startsWith('pontianak')).toBe(false);
  });

  test('a word inside the name ranks after names starting with the text, before other matches', async () => {
    const { hits } = await search({ search: 'raya', withinCode: '61', level: 'DISTRICT', first: 20 });
    const tier = (hit: Hit) =>
      typedName(hit).startsWith('raya')
        ? 0
        : / raya/.test(hit.name.toLowerCase())
          ? 1
          : hit.name.toLowerCase().includes('raya')
            ? 2
            : 3;
    expect(hits.map((hit) => hit.name)).toContain('Sungai Raya');
    const tiers = hits.map(tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(hits.every((hit) => hit.level === 'DISTRICT' && hit.code.startsWith('61.'))).toBe(true);
  });

  test('a typo still finds the place', async () => {
    const { hits } = await search({ search: 'sangau', level: 'REGENCY', first: 5 });
    expect(hits.map((hit) => hit.code)).toContain('61.03');
  });

  test('level PROVINCE: "jawa" finds exactly the three Javanese provinces with "Jawa" in front', async () => {
    const { hits } = await search({ search: 'jawa', level: 'PROVINCE', first: 10 });
    expect(
      hits
        .slice(0, 3)
        .map((hit) => hit.code)
        .sort(),
    ).toEqual(['32', '33', '35']);
    expect(hits.every((hit) => hit.level === 'PROVINCE')).toBe(true);
  });

  test('parentCode keeps only direct children; withinCode anything inside, at any depth', async () => {
    const children = await search({ search: 'ta', parentCode: '61.03', first: 50 });
    expect(children.hits.length).toBeGreaterThan(0);
    expect(children.hits.every((hit) => hit.parent?.code === '61.03')).toBe(true);

    const inside = await search({ search: 'sungai', withinCode: '61.12', first: 50 });
    expect(inside.hits.length).toBeGreaterThan(5);
    expect(inside.hits.every((hit) => hit.code.startsWith('61.12.'))).toBe(true);
    // Independently: every region inside 61.12 whose name contains "sungai" is among the hits.
    const expected: string[] = await knex()('region')
      .where('code', 'like', '61.12.%')
      .whereRaw("lower(name) like '%sungai%'")
      .pluck('code');
    expect(expected.length).toBeLessThan(50);
    expect(inside.hits.map((hit) => hit.code)).toEqual(expect.arrayContaining(expected));
  });

  test('a search outside West Kalimantan: a village of Jawa Tengah with its ancestors for disambiguation', async () => {
    const { hits } = await search({ search: 'tambakreja', level: 'VILLAGE', withinCode: '33.01', first: 5 });
    const hit = hits.find((candidate) => candidate.code === '33.01.01.2001')!;
    expect(hit).toBeDefined();
    expect(hit.ancestors).toEqual([
      { code: '33', level: 'PROVINCE', name: 'Jawa Tengah' },
      { code: '33.01', level: 'REGENCY', name: 'Kabupaten Cilacap' },
      { code: '33.01.01', level: 'DISTRICT', name: 'Kedungreja' },
    ]);
  });

  test('ancestors of a page of 5 and of 50 villages cost the same statements', async () => {
    const five = await search({ search: 'sungai', level: 'VILLAGE', first: 5 });
    const fifty = await search({ search: 'sungai', level: 'VILLAGE', first: 50 });
    expect(fifty.hits).toHaveLength(50);
    expect(fifty.hits.every((hit) => hit.ancestors.length === 3)).toBe(true);
    // The search, then the ancestors and parents of the whole page in one batched statement.
    expect(five.response.sqlStatements).toBe(fifty.response.sqlStatements);
    expect(fifty.response.sqlStatements).toBeLessThanOrEqual(2);
  });

  test('pages forward with the cursor, continuing the same ranking without repeats', async () => {
    const whole = await search({ search: 'sungai', withinCode: '61', first: 30 });
    const first = await search({ search: 'sungai', withinCode: '61', first: 10 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search({
      search: 'sungai',
      withinCode: '61',
      first: 20,
      after: first.pageInfo.endCursor,
    });
    expect([...first.hits, ...second.hits].map((hit) => hit.code)).toEqual(whole.hits.map((hit) => hit.code));
  });

  test('the last page within 100 matches says there is no next page', async () => {
    const { hits, pageInfo } = await search({ search: 'sungai', first: 100 });
    expect(hits).toHaveLength(100);
    expect(pageInfo.hasNextPage).toBe(false);
  });

  test.each([
    ['one character', { search: 'a' }, 'search'],
    ['only spaces', { search: '   ' }, 'search'],
    ['no letter or digit', { search: '%%_' }, 'search'],
    ['61 characters', { search: 'a'.repeat(61) }, 'search'],
    ['a malformed withinCode', { search: 'sungai', withinCode: '61.3' }, 'withinCode'],
    ['a malformed parentCode', { search: 'sungai', parentCode: '6' }, 'parentCode'],
    ['paging backward', { search: 'sungai', last: 5 }, 'last'],
    ['more than 100 at once', { search: 'sungai', first: 101 }, 'first'],
  ])('%s is BAD_USER_INPUT', async (_case, variables, field) => {
    const response = await server.graphql<SearchPage>(SEARCH, variables);
    expect(response.data?.regions ?? null).toBeNull();
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  test('a cursor of the code-ordered list is refused by a search', async () => {
    const listed = await server.graphql<RegionPage>(REGIONS, { level: 'PROVINCE' });
    const response = await server.graphql<SearchPage>(SEARCH, {
      search: 'jawa',
      after: listed.data!.regions.pageInfo.endCursor,
    });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
