import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';
import { dbIdOf, globalIdOf } from './support/ids';

/**
 * `mentors` with its filters and the nested fields of a mentor (caseload, supervisor, supervised
 * mentors, regency) return exactly what independent SQL finds in the database.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const knex = () => server.orm.em.getKnex();

type Role = 'BA' | 'PMO';

interface MentorRow {
  id: number;
  role: Role;
  name: string;
  phone: string | null;
  regency_code: string | null;
  supervisor_id: number | null;
}

interface Connection<N> {
  totalCount: number;
  edges: { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface MentorNode {
  id: string;
  role: Role;
  name: string;
  phone: string | null;
  regency: { code: string; level: string; name: string } | null;
  supervisor: { id: string; role: Role } | null;
  caseload: Connection<{ id: string; name: string; village: { code: string } }>;
  supervisedMentors: Connection<{ id: string; role: Role }>;
}

/** Page sizes are variables: literal sizes multiply in the query cost estimate. */
const MENTORS = /* GraphQL */ `
  query Mentors($filter: MentorFilter, $first: Int, $after: String, $nested: Int) {
    mentors(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          role
          name
          phone
          regency {
            code
            level
            name
          }
          supervisor {
            id
            role
          }
          caseload(first: $nested) {
            totalCount
            edges {
              node {
                id
                name
                village {
                  code
                }
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
          supervisedMentors(first: $nested) {
            totalCount
            edges {
              node {
                id
                role
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
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

/** Every mentor the API lists, walking pages of 20, with nested lists of up to 25 (caseloads are 7–15, a PMO supervises at most ~21). */
async function listAll(filter: { role?: Role; regencyCode?: string } = {}) {
  const nodes: MentorNode[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const response: GraphQLResponse<{ mentors: Connection<MentorNode> }> = await server.graphql<{
      mentors: Connection<MentorNode>;
    }>(MENTORS, {
      filter,
      first: 20,
      after,
      nested: 25,
    });
    expect(response.errors).toBeUndefined();
    const { edges, pageInfo, totalCount } = response.data!.mentors;
    nodes.push(...edges.map((edge) => edge.node));
    totals.add(totalCount);
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  expect(totals.size).toBe(1);
  return { ids: nodes.map((node) => dbIdOf(node.id)), nodes, totalCount: [...totals][0] };
}

/** Mentors in the list order: by name, then id. */
function mentorRows(where: Partial<Pick<MentorRow, 'role' | 'regency_code'>> = {}): Promise<MentorRow[]> {
  return knex()('mentor')
    .where(where)
    .orderBy([{ column: 'name' }, { column: 'id' }])
    .select('id', 'role', 'name', 'phone', 'regency_code', 'supervisor_id');
}

/** The cooperatives of each mentor's open assignments, by name then id. */
async function openCaseloads(): Promise<Map<number, number[]>> {
  const rows: { mentor_id: number; cooperative_id: number }[] = await knex()('mentor_assignment as a')
    .join('cooperative as c', 'c.id', 'a.cooperative_id')
    .whereNull('a.ended_at')
    .orderBy([{ column: 'c.name' }, { column: 'c.id' }])
    .select('a.mentor_id', 'a.cooperative_id');
  const caseloads = new Map<number, number[]>();
  for (const row of rows)
    caseloads.set(row.mentor_id, [...(caseloads.get(row.mentor_id) ?? []), row.cooperative_id]);
  return caseloads;
}

const idsOf = (connection: Connection<{ id: string }>) =>
  connection.edges.map((edge) => dbIdOf(edge.node.id));

describe('mentors', () => {
  test('all 245 mentors are listed by name: 30 PMO and 215 BA', async () => {
    const rows = await mentorRows();
    const listed = await listAll();
    expect(listed.ids).toEqual(rows.map((row) => row.id));
    expect(listed.totalCount).toBe(rows.length);
    expect(rows).toHaveLength(245);
    expect(listed.nodes.filter((node) => node.role === 'PMO')).toHaveLength(30);
    expect(listed.nodes.filter((node) => node.role === 'BA')).toHaveLength(215);
  });

  test.each<Role>(['BA', 'PMO'])('role %s lists exactly the mentors of that role', async (role) => {
    const rows = await mentorRows({ role });
    const listed = await listAll({ role });
    expect(listed.ids).toEqual(rows.map((row) => row.id));
    expect(listed.totalCount).toBe(rows.length);
    expect(listed.nodes.every((node) => node.role === role)).toBe(true);
  });

  test.each(['61.01', '61.03', '61.05', '61.72'])(
    'regencyCode %s lists the mentors working there',
    async (regency) => {
      const rows = await mentorRows({ regency_code: regency });
      expect(rows.length).toBeGreaterThan(0);
      const listed = await listAll({ regencyCode: regency });
      expect(listed.ids).toEqual(rows.map((row) => row.id));
      expect(listed.totalCount).toBe(rows.length);
      expect(listed.nodes.every((node) => node.regency?.code === regency)).toBe(true);
    },
  );

  test.each<[Role, string]>([
    ['BA', '61.03'],
    ['PMO', '61.03'],
    ['BA', '61.71'],
  ])('role %s with regencyCode %s must both match', async (role, regency) => {
    const rows = await mentorRows({ role, regency_code: regency });
    expect(rows.length).toBeGreaterThan(0);
    const listed = await listAll({ role, regencyCode: regency });
    expect(listed.ids).toEqual(rows.map((row) => row.id));
    expect(listed.totalCount).toBe(rows.length);
  });

  test('a regency without mentors lists none', async () => {
    const listed = await listAll({ regencyCode: '61.99' });
    expect(listed.ids).toEqual([]);
    expect(listed.totalCount).toBe(0);
  });

  test('mentor(id) returns the stored mentor; an id without a row returns null', async () => {
    const [row] = await mentorRows({ role: 'BA' });
    const { max } = (await knex()('mentor').max({ max: 'id' }).first()) as { max: number };
    const response = await server.graphql<{
      found: { id: string; role: Role; name: string; phone: string | null };
      missing: null;
    }>(
      'query ($a: ID!, $b: ID!) { found: mentor(id: $a) { id role name phone } missing: mentor(id: $b) { id } }',
      {
        a: globalIdOf('Mentor', row.id),
        b: globalIdOf('Mentor', max + 1),
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      found: { id: globalIdOf('Mentor', row.id), role: row.role, name: row.name, phone: row.phone },
      missing: null,
    });
  });
});

describe('Mentor nested fields', () => {
  let rows: MentorRow[];
  let nodes: MentorNode[];
  beforeAll(async () => {
    rows = await mentorRows();
    nodes = (await listAll()).nodes;
  });
  const rowOf = (node: MentorNode) => rows.find((row) => row.id === dbIdOf(node.id))!;

  test('regency is the stored regency; null for province-level PMOs', async () => {
    const regencies: { code: string; name: string; level: string }[] = await knex()('region')
      .where('level', 'REGENCY')
      .select('code', 'name', 'level');
    for (const node of nodes) {
      const code = rowOf(node).regency_code;
      expect(node.regency).toEqual(code === null ? null : regencies.find((region) => region.code === code));
      if (node.role === 'BA') expect(node.regency).not.toBeNull();
    }
    expect(nodes.some((node) => node.role === 'PMO' && node.regency === null)).toBe(true);
  });

  test('supervisor is the stored supervisor, a PMO for every BA', async () => {
    for (const node of nodes) {
      const supervisor = rowOf(node).supervisor_id;
      expect(node.supervisor).toEqual(
        supervisor === null
          ? null
          : { id: globalIdOf('Mentor', supervisor), role: rows.find((row) => row.id === supervisor)!.role },
      );
      if (node.role === 'BA') expect(node.supervisor?.role).toBe('PMO');
    }
  });

  test('supervisedMentors are the mentors naming it as supervisor, by name', async () => {
    for (const node of nodes) {
      const expected = rows.filter((row) => row.supervisor_id === dbIdOf(node.id)).map((row) => row.id);
      expect(node.supervisedMentors.totalCount).toBe(expected.length);
      expect(idsOf(node.supervisedMentors)).toEqual(expected);
      if (node.role === 'BA') expect(expected).toEqual([]);
    }
    // Every BA is supervised by someone listed here.
    const supervised = nodes.flatMap((node) => idsOf(node.supervisedMentors));
    for (const row of rows.filter((mentor) => mentor.role === 'BA')) expect(supervised).toContain(row.id);
  });

  test('supervisedMentors pages through with cursors like the full list', async () => {
    const busiest = [...nodes].sort(
      (a, b) => b.supervisedMentors.totalCount - a.supervisedMentors.totalCount,
    )[0];
    expect(busiest.supervisedMentors.totalCount).toBeGreaterThan(20);
    const query = /* GraphQL */ `
      query Supervised($id: ID!, $after: String) {
        mentor(id: $id) {
          supervisedMentors(first: 7, after: $after) {
            edges {
              node {
                id
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      }
    `;
    const ids: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const response: { data?: { mentor: { supervisedMentors: Connection<{ id: string }> } } | null } =
        await server.graphql<{ mentor: { supervisedMentors: Connection<{ id: string }> } }>(query, {
          id: busiest.id,
          after,
        });
      const page = response.data!.mentor.supervisedMentors;
      ids.push(...idsOf(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toEqual(idsOf(busiest.supervisedMentors));
  });

  test('caseload is the open assignments of the BA: 7 to 15 cooperatives, all in its regency, by name', async () => {
    const caseloads = await openCaseloads();
    const villages: { id: number; regency: string }[] = await knex()('cooperative as c')
      .join('region as v', 'v.code', 'c.village_code')
      .join('region as d', 'd.code', 'v.parent_code')
      .select('c.id', 'd.parent_code as regency');
    const regencyOf = new Map(villages.map((row) => [row.id, row.regency]));
    for (const node of nodes) {
      const expected = caseloads.get(dbIdOf(node.id)) ?? [];
      expect(idsOf(node.caseload)).toEqual(expected);
      expect(node.caseload.totalCount).toBe(expected.length);
      if (node.role === 'PMO') {
        expect(expected).toEqual([]);
        continue;
      }
      expect(expected.length).toBeGreaterThanOrEqual(7);
      expect(expected.length).toBeLessThanOrEqual(15);
      for (const cooperative of expected) expect(regencyOf.get(cooperative)).toBe(rowOf(node).regency_code);
      for (const { node: cooperative } of node.caseload.edges) {
        expect(cooperative.village.code.startsWith(`${rowOf(node).regency_code}.`)).toBe(true);
      }
    }
  });
});

describe('Mentor.caseload after reassignment', () => {
  test('ended assignments leave the caseload; the new BA gets the cooperative; cooperative.mentor agrees', async () => {
    const { id: from, regency_code: regency } = (await mentorRows({ role: 'BA' }))[0];
    const to = (await mentorRows({ role: 'BA', regency_code: regency })).find((row) => row.id !== from)!;
    const moved: number[] = await knex()('mentor_assignment')
      .where('mentor_id', from)
      .whereNull('ended_at')
      .orderBy('cooperative_id')
      .limit(2)
      .pluck('cooperative_id');
    expect(moved).toHaveLength(2);
    await knex()('mentor_assignment')
      .whereIn('cooperative_id', moved)
      .whereNull('ended_at')
      .update({ ended_at: knex().fn.now() });
    // The first goes to another BA, the second stays without one.
    await knex()('mentor_assignment').insert({ mentor_id: to.id, cooperative_id: moved[0] });

    const query = /* GraphQL */ `
      query After($from: ID!, $to: ID!, $first: ID!, $second: ID!, $nested: Int) {
        from: mentor(id: $from) {
          caseload(first: $nested) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
        to: mentor(id: $to) {
          caseload(first: $nested) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
        first: cooperative(id: $first) {
          mentor {
            id
          }
        }
        second: cooperative(id: $second) {
          mentor {
            id
          }
        }
      }
    `;
    type Caseload = { caseload: { totalCount: number; edges: { node: { id: string } }[] } };
    const response = await server.graphql<{
      from: Caseload;
      to: Caseload;
      first: { mentor: { id: string } | null };
      second: { mentor: { id: string } | null };
    }>(query, {
      from: globalIdOf('Mentor', from),
      to: globalIdOf('Mentor', to.id),
      first: globalIdOf('Cooperative', moved[0]),
      second: globalIdOf('Cooperative', moved[1]),
      nested: 25,
    });
    expect(response.errors).toBeUndefined();
    const caseloads = await openCaseloads();
    const { from: fromNode, to: toNode, first, second } = response.data!;
    expect(fromNode.caseload.edges.map((edge) => dbIdOf(edge.node.id))).toEqual(caseloads.get(from));
    expect(toNode.caseload.edges.map((edge) => dbIdOf(edge.node.id))).toEqual(caseloads.get(to.id));
    expect(fromNode.caseload.totalCount).toBe(caseloads.get(from)!.length);
    expect(toNode.caseload.totalCount).toBe(caseloads.get(to.id)!.length);
    expect(caseloads.get(from)).not.toContain(moved[0]);
    expect(caseloads.get(from)).not.toContain(moved[1]);
    expect(caseloads.get(to.id)).toContain(moved[0]);
    expect(first.mentor).toEqual({ id: globalIdOf('Mentor', to.id) });
    expect(second.mentor).toBeNull();
  });
});
