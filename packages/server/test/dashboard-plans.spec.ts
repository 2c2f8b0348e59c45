import { NATIONAL_ACCOUNTS } from '../src/db/seeders/national/account-steps';
import type { PoolClient } from 'pg';
import { captureStatements, planNodes, type CapturedStatement, type PlanNode } from './support/query-plans';
import { signInWithoutPassword, startMidSizeServer } from './support/mid-size-database';
import type { TestServer } from './support/test-server';

/**
 * The dashboards and the home page's figures on the mid-size data set (10,708 cooperatives and
 * their proposals in Central Java and West Kalimantan): every statement they send is planned, and
 * none reads `cooperative`, `proposal` or `proposal_terms` (the figures come from the counters the
 * triggers keep), nor scans the 91,599 regions. The statement counts are those of the demo data.
 */

const DASHBOARD = /* GraphQL */ `
  query ($regionCode: String) {
    dinasDashboard(regionCode: $regionCode) {
      region {
        code
      }
      cooperatives
      breakdown {
        region {
          code
          name
        }
        total
        byStage {
          stage
          count
        }
      }
      proposalsByStatus {
        status
        count
      }
      financingVolume {
        amount
      }
    }
  }
`;

const FIGURES = /* GraphQL */ `
  query ($regionCode: String) {
    cooperativeFigures(regionCode: $regionCode) {
      cooperatives
      breakdown {
        region {
          code
        }
        total
      }
    }
    platformFigures {
      acceptedProposals
      financingVolume {
        amount
      }
    }
  }
`;

/** Tables whose size grows with the data; the figures must not read them. */
const GROWING_TABLES = ['cooperative', 'proposal', 'proposal_terms', 'offering', 'business_unit'];

let server: TestServer;
beforeAll(async () => {
  server = await startMidSizeServer();
}, 900_000);
afterAll(() => server?.close());

/** The plan of a captured statement, through a pool connection (the capture holds `$1` placeholders). */
async function planOfCaptured(statement: CapturedStatement): Promise<PlanNode> {
  const client = server.orm.em.getKnex().client;
  const connection = (await client.acquireConnection()) as PoolClient;
  try {
    const result = await connection.query(`explain (format json) ${statement.sql}`, [...statement.bindings]);
    return result.rows[0]['QUERY PLAN'][0].Plan as PlanNode;
  } finally {
    await client.releaseConnection(connection);
  }
}

async function statementsOf(query: string, variables: Record<string, unknown>, userId: number | null) {
  const token = userId === null ? undefined : await signInWithoutPassword(server, userId);
  const capture = captureStatements(server.orm.em.getKnex());
  try {
    const response = await server.graphql(query, variables, { token });
    expect(response.errors).toBeUndefined();
    return { statements: [...capture.statements], sqlStatements: response.sqlStatements };
  } finally {
    capture.stop();
  }
}

test.each([
  ['the national dashboard (admin)', DASHBOARD, { regionCode: null }, NATIONAL_ACCOUNTS.admin.id, 3],
  [
    'a provincial dashboard (Dinas 61)',
    DASHBOARD,
    { regionCode: null },
    NATIONAL_ACCOUNTS.provincialDinas.id,
    3,
  ],
  [
    'a provincial dashboard (Dinas 33)',
    DASHBOARD,
    { regionCode: '33' },
    NATIONAL_ACCOUNTS.secondProvinceDinas.id,
    3,
  ],
  [
    'a regency dashboard (Dinas 61.01)',
    DASHBOARD,
    { regionCode: null },
    NATIONAL_ACCOUNTS.regencyDinas.id,
    3,
  ],
  ['the public figures of the nation', FIGURES, { regionCode: null }, null, 2],
  // Regions come from the kept region table: no statement of their own.
  ['the public figures of a province', FIGURES, { regionCode: '61' }, null, 2],
] as const)(
  '%s: counters and indexes only, as many statements as on the demo',
  async (_, query, variables, userId, count) => {
    const { statements, sqlStatements } = await statementsOf(query, variables, userId);
    expect(sqlStatements).toBe(count);
    const figures = statements.filter((statement) => /_count\b/.test(statement.sql));
    expect(figures.length).toBeGreaterThan(0);
    for (const statement of statements) {
      const nodes = planNodes(await planOfCaptured(statement));
      const read = nodes.flatMap((node) => (node['Relation Name'] ? [node['Relation Name']] : []));
      expect(read.filter((table) => GROWING_TABLES.includes(table))).toEqual([]);
      expect(
        nodes.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'region'),
      ).toEqual([]);
    }
  },
);
