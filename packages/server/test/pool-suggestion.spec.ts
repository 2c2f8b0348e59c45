import fc from 'fast-check';
import { startTestServer, type TestServer } from './support/test-server';
import { globalIdOf } from './support/ids';
import { DEMO, loadFixture } from './authorization/fixture';
import { offtakeProgramWithMinimum, openRequest, supplyOffering } from './proposal/pool-helpers';
import {
  Commodity,
  convertQuantity,
  convertQuantitySql,
  QuantityUnit,
} from '../src/modules/commodity/commodity';
import { VerificationLevel } from '../src/shared/verification';
import {
  PoolBasis,
  PoolProximity,
  proximityOf,
  suggestPools,
  type PoolCandidate,
} from '../src/modules/matching/pool-suggestion';

/**
 * Suggested pools: the fewest cooperatives of the delivery region's province whose monthly supply
 * reaches what a request wants, from the region outwards, ranked three ways.
 */

const candidate = (
  cooperativeId: number,
  villageCode: string,
  quantity: number,
  more: Partial<PoolCandidate> = {},
) => ({
  offeringId: cooperativeId * 10,
  cooperativeId,
  villageCode,
  quantity,
  verificationLevel: VerificationLevel.SELF_DECLARED,
  responses: 0,
  medianSeconds: null,
  ...more,
});

describe('pool rules', () => {
  test('proximity: the delivery region, its regency, its province, else too far', () => {
    expect(proximityOf('61.03.05.2001', '61.03.05')).toBe(PoolProximity.IN_DELIVERY_REGION);
    expect(proximityOf('61.03.07.2001', '61.03.05')).toBe(PoolProximity.SAME_REGENCY);
    expect(proximityOf('61.03.07.2001', '61.03')).toBe(PoolProximity.IN_DELIVERY_REGION);
    expect(proximityOf('61.04.01.2001', '61.03')).toBe(PoolProximity.SAME_PROVINCE);
    expect(proximityOf('62.01.01.2001', '61.03')).toBeNull();
  });

  test('tonnes and kilograms convert; other units do not', () => {
    expect(convertQuantity(2, QuantityUnit.TON, QuantityUnit.KG)).toBe(2000);
    expect(convertQuantity(500, QuantityUnit.KG, QuantityUnit.TON)).toBe(0.5);
    expect(convertQuantity(5, QuantityUnit.TRAY, QuantityUnit.KG)).toBeNull();
  });

  test('480 t a month into a regency: the nearest ring first, the fewest members, largest first', () => {
    const pools = suggestPools(
      [
        candidate(1, '61.03.01.2001', 200),
        candidate(2, '61.03.02.2001', 150),
        candidate(3, '61.03.03.2001', 150),
        candidate(4, '61.03.04.2001', 100),
        // Bigger, but outside the regency: not needed while the regency reaches the target.
        candidate(5, '61.04.01.2001', 480),
        candidate(6, '62.01.01.2001', 1000),
      ],
      '61.03',
      480,
    );
    const nearest = pools.find((pool) => pool.basis === PoolBasis.NEAREST)!;
    expect(nearest.members.map((member) => member.cooperativeId)).toEqual([1, 2, 3]);
    expect(nearest.total).toBe(500);
    expect(nearest.members.map((member) => member.sharePercent)).toEqual([42, 31, 31]);
  });

  test('the ring widens to the province only when the regency cannot reach the target', () => {
    const pools = suggestPools(
      [
        candidate(1, '61.03.01.2001', 100),
        candidate(2, '61.04.01.2001', 300),
        candidate(3, '62.01.01.2001', 900),
      ],
      '61.03',
      350,
    );
    // Nearest first: the cooperative in the delivery region, then the one further out it needs.
    expect(pools[0].members.map((member) => [member.cooperativeId, member.proximity])).toEqual([
      [1, PoolProximity.IN_DELIVERY_REGION],
      [2, PoolProximity.SAME_PROVINCE],
    ]);
    // Another province's cooperative is never taken: beyond reach, no pool at all.
    expect(suggestPools([candidate(3, '62.01.01.2001', 900)], '61.03', 350)).toEqual([]);
  });

  test('the verified and the responsive bases put those first, with no more members', () => {
    const pools = suggestPools(
      [
        candidate(1, '61.03.01.2001', 300),
        candidate(2, '61.03.01.2002', 300),
        candidate(3, '61.03.01.2003', 300, { verificationLevel: VerificationLevel.DOCUMENTS_VERIFIED }),
        candidate(4, '61.03.01.2004', 300, { medianSeconds: 3600, responses: 4 }),
      ],
      '61.03',
      550,
    );
    expect(pools.map((pool) => [pool.basis, pool.members.map((member) => member.cooperativeId)])).toEqual([
      [PoolBasis.NEAREST, [1, 2]],
      [PoolBasis.BEST_VERIFIED, [3, 1]],
      [PoolBasis.MOST_RESPONSIVE, [4, 1]],
    ]);
  });

  test('a basis that finds the same members as an earlier one is left out', () => {
    const pools = suggestPools(
      [
        candidate(1, '61.03.01.2001', 300),
        candidate(2, '61.03.01.2002', 300, { verificationLevel: VerificationLevel.GOVERNMENT_VERIFIED }),
      ],
      '61.03',
      550,
    );
    expect(pools.map((pool) => pool.basis)).toEqual([PoolBasis.NEAREST]);
  });

  test('a cooperative counts once, with its largest offering', () => {
    const pools = suggestPools(
      [
        candidate(1, '61.03.01.2001', 100),
        { ...candidate(1, '61.03.01.2001', 250), offeringId: 11 },
        candidate(2, '61.03.01.2002', 100),
      ],
      '61.03',
      300,
    );
    expect(pools[0].members.map((member) => [member.cooperativeId, member.offeringId])).toEqual([
      [1, 11],
      [2, 20],
    ]);
  });

  test('any candidates: each pool reaches the target with the fewest members the province allows, no one twice', () => {
    const villages = ['61.03.01.2001', '61.03.02.2001', '61.04.01.2001', '62.01.01.2001'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            village: fc.constantFrom(...villages),
            quantity: fc.integer({ min: 1, max: 500 }),
            verified: fc.boolean(),
            median: fc.option(fc.integer({ min: 60, max: 100_000 })),
          }),
          { maxLength: 25 },
        ),
        fc.integer({ min: 1, max: 3000 }),
        (specs, target) => {
          const candidates = specs.map((spec, index) =>
            candidate(index + 1, spec.village, spec.quantity, {
              verificationLevel: spec.verified
                ? VerificationLevel.DOCUMENTS_VERIFIED
                : VerificationLevel.SELF_DECLARED,
              medianSeconds: spec.median,
            }),
          );
          const pools = suggestPools(candidates, '61.03', target);
          const inProvince = candidates.filter((c) => c.villageCode.startsWith('61.'));
          const reachable = inProvince.reduce((sum, c) => sum + c.quantity, 0) >= target;
          expect(pools.length > 0).toBe(reachable);
          for (const pool of pools) {
            expect(pool.total).toBeGreaterThanOrEqual(target);
            const ids = pool.members.map((member) => member.cooperativeId);
            expect(new Set(ids).size).toBe(ids.length);
            // No smaller set of the same rings reaches the target: with one member fewer, even the largest fall short.
            const rings = Object.values(PoolProximity);
            const widest = Math.max(...pool.members.map((member) => rings.indexOf(member.proximity)));
            const sameRings = inProvince
              .filter((c) => rings.indexOf(proximityOf(c.villageCode, '61.03')!) <= widest)
              .map((c) => c.quantity)
              .sort((a, b) => b - a);
            const best = sameRings.slice(0, pool.members.length - 1).reduce((sum, q) => sum + q, 0);
            expect(best).toBeLessThan(target);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const QUERY = `query ($id: ID!) {
  suggestedPools(requestId: $id) {
    basis target unit total
    members { quantityPerMonth sharePercent proximity verificationLevel medianResponseSeconds
      cooperative { id name village { code } } offering { id kind commodity status } }
  }
}`;

interface Pools {
  suggestedPools: {
    target: string;
    total: string;
    unit: string;
    members: {
      quantityPerMonth: string;
      cooperative: { id: string; village: { code: string } };
      offering: { kind: string; commodity: string; status: string };
    }[];
  }[];
}

describe('the suggestedPools query on the demo data', () => {
  test('an open request of a commodity cooperatives supply gets pools that reach it, from its province, in few statements', async () => {
    const knex = server.orm.em.getKnex();
    // The open request whose commodity has the most published supply in its province.
    const request = await knex('partner_request as r')
      .where('r.status', 'OPEN')
      .whereExists((supply) =>
        supply
          .select(knex.raw('1'))
          .from('offering as o')
          .join('cooperative as c', 'c.id', 'o.cooperative_id')
          .whereRaw("o.commodity = r.commodity and o.kind = 'SUPPLY' and o.status = 'PUBLISHED'")
          .whereRaw('left(c.village_code, 2) = left(r.delivery_region_code, 2)'),
      )
      .orderBy('r.id')
      .first('r.id', 'r.commodity', 'r.delivery_region_code', 'r.quantity');
    expect(request).toBeDefined();
    const token = await server.signIn(DEMO.mentor);
    const response = await server.graphql<Pools>(
      QUERY,
      { id: globalIdOf('PartnerRequest', request.id) },
      { token },
    );
    expect(response.errors).toBeUndefined();
    // The request, the candidates, then the members' cooperatives and offerings in one batch each.
    expect(response.sqlStatements).toBeLessThanOrEqual(6);
    expect(response.data!.suggestedPools.length).toBeGreaterThan(0);
    for (const pool of response.data!.suggestedPools) {
      expect(Number(pool.total)).toBeGreaterThanOrEqual(Number(pool.target));
      expect(Number(pool.target)).toBe(Number(request.quantity));
      for (const member of pool.members) {
        expect(member.cooperative.village.code.slice(0, 2)).toBe(request.delivery_region_code.slice(0, 2));
        expect(member.offering).toMatchObject({
          kind: 'SUPPLY',
          commodity: request.commodity,
          status: 'PUBLISHED',
        });
      }
    }
  });

  test('anonymous callers are refused; an unknown request is NOT_FOUND; a closed one has no pools', async () => {
    const anonymous = await server.graphql(QUERY, { id: globalIdOf('PartnerRequest', 1) });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const token = await server.signIn(DEMO.buyer);
    const missing = await server.graphql(QUERY, { id: globalIdOf('PartnerRequest', 999_999) }, { token });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const closed = await server.orm.em.getKnex()('partner_request').whereNot('status', 'OPEN').first('id');
    const none = await server.graphql<Pools>(
      QUERY,
      { id: globalIdOf('PartnerRequest', closed.id) },
      { token },
    );
    expect(none.data?.suggestedPools).toEqual([]);
  });
});

test('the SQL conversion of quantities agrees with convertQuantity for every pair of units', async () => {
  const knex = server.orm.em.getKnex();
  const units = Object.values(QuantityUnit);
  const pairs = units.flatMap((from) => units.map((to) => ({ from, to })));
  const { rows } = (await knex.raw(
    `select p.from_unit, p.to_unit, ${convertQuantitySql('2.5::numeric', 'p.from_unit', 'p.to_unit')} as converted
       from jsonb_to_recordset(?::jsonb) as p(from_unit text, to_unit text)`,
    [JSON.stringify(pairs.map((pair) => ({ from_unit: pair.from, to_unit: pair.to })))],
  )) as { rows: { from_unit: QuantityUnit; to_unit: QuantityUnit; converted: string | null }[] };
  expect(rows).toHaveLength(pairs.length);
  for (const row of rows) {
    const expected = convertQuantity(2.5, row.from_unit, row.to_unit);
    expect([row.from_unit, row.to_unit, row.converted === null ? null : Number(row.converted)]).toEqual([
      row.from_unit,
      row.to_unit,
      expected,
    ]);
  }
});

describe('suggestions count what other pools already promise', () => {
  const MEMBERS_QUERY = `query ($id: ID!) {
    suggestedPools(requestId: $id) {
      basis total
      members { quantityPerMonth cooperative { id } offering { id quantityPerMonth quantityLeftPerMonth } }
    }
  }`;
  interface Suggested {
    suggestedPools: {
      basis: string;
      total: string;
      members: {
        quantityPerMonth: string;
        cooperative: { id: string };
        offering: { id: string; quantityPerMonth: string; quantityLeftPerMonth: string };
      }[];
    }[];
  }
  const createPool = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) {
    proposal { id isPooled latestTerms { quantity } } userErrors { code message field } } }`;
  interface Created {
    createProposal: {
      proposal: { id: string; isPooled: boolean; latestTerms: { quantity: string } } | null;
      userErrors: { code: string; message: string; field: string[] }[];
    };
  }

  test('a second request is suggested only what is left, never an offering a pool took in full, and its suggested shares are accepted', async () => {
    const knex = server.orm.em.getKnex();
    const fixture = await loadFixture(knex);
    const { village_code: village } = await knex('cooperative')
      .where('id', fixture.demoCooperativeId)
      .first('village_code');
    const province = (village as string).slice(0, 2);
    // A commodity nobody in the province supplies yet, so that only this test's offerings count.
    const supplied = new Set(
      (
        await knex('offering as o')
          .join('cooperative as c', 'c.id', 'o.cooperative_id')
          .where('c.village_code', 'like', `${province}.%`)
          .distinct('o.commodity')
      ).map((row: { commodity: string }) => row.commodity),
    );
    const commodity = Object.values(Commodity).find((candidate) => !supplied.has(candidate))!;
    expect(commodity).toBeDefined();
    const third = await knex('cooperative')
      .where('village_code', 'like', `${province}.%`)
      .whereNotIn('id', [fixture.demoCooperativeId, fixture.otherCooperativeId])
      .orderBy('id')
      .first('id');
    const spec = { commodity, unit: 'TON' };
    const lead = await supplyOffering(knex, fixture.demoCooperativeId, '80', spec);
    const takenInFull = await supplyOffering(knex, fixture.otherCooperativeId, '50', spec);
    const untouched = await supplyOffering(knex, third.id, '30', spec);
    const firstRequest = await openRequest(knex, fixture.buyerId, fixture.demoCooperativeId, '100', spec);
    const secondRequest = await openRequest(knex, fixture.buyerId, fixture.demoCooperativeId, '50', spec);
    const token = await server.signIn(DEMO.ketua);
    const poolOf = (
      requestId: number,
      shares: { cooperativeId: string; offeringId: string; quantity: string }[],
    ) =>
      server.graphql<Created>(
        createPool,
        {
          input: {
            kind: 'OFFTAKE',
            cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
            partnerId: globalIdOf('Partner', fixture.buyerId),
            requestId: globalIdOf('PartnerRequest', requestId),
            title: 'Pasokan bersama',
            terms: { pricePerUnit: '1000000', poolShares: shares },
          },
        },
        { token },
      );

    // The first pool takes 50 t of the lead's 80 and all 50 of the other cooperative's offering.
    const first = await poolOf(firstRequest, [
      {
        cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
        offeringId: globalIdOf('Offering', lead),
        quantity: '50',
      },
      {
        cooperativeId: globalIdOf('Cooperative', fixture.otherCooperativeId),
        offeringId: globalIdOf('Offering', takenInFull),
        quantity: '50',
      },
    ]);
    expect(first.data!.createProposal.userErrors).toEqual([]);

    const suggested = await server.graphql<Suggested>(
      MEMBERS_QUERY,
      { id: globalIdOf('PartnerRequest', secondRequest) },
      { token },
    );
    expect(suggested.errors).toBeUndefined();
    // The request, the candidates with what is left, then the members' cooperatives, offerings
    // and what the offerings have left, one batch each.
    expect(suggested.sqlStatements).toBeLessThanOrEqual(7);
    const pools = suggested.data!.suggestedPools;
    expect(pools.length).toBeGreaterThan(0);
    for (const pool of pools) {
      // 30 t left of the lead's offering and 30 t of the third: both are needed for 50 t.
      expect(
        pool.members
          .map((member) => [
            member.offering.id,
            member.quantityPerMonth,
            member.offering.quantityLeftPerMonth,
          ])
          .sort(),
      ).toEqual(
        [
          [globalIdOf('Offering', lead), '30', '30'],
          [globalIdOf('Offering', untouched), '30', '30'],
        ].sort(),
      );
      expect(pool.total).toBe('60');
    }
    const [lead30] = pools[0].members.filter((member) => member.offering.id === globalIdOf('Offering', lead));
    expect(lead30.offering.quantityPerMonth).toBe('80');

    // Sent as suggested, the shares fit: no POOL_MEMBER_OVER_CAPACITY.
    const second = await poolOf(
      secondRequest,
      pools[0].members.map((member) => ({
        cooperativeId: member.cooperative.id,
        offeringId: member.offering.id,
        quantity: member.quantityPerMonth,
      })),
    );
    expect(second.data!.createProposal.userErrors).toEqual([]);
    expect(second.data!.createProposal.proposal).toMatchObject({
      isPooled: true,
      latestTerms: { quantity: '60' },
    });

    // Nothing is left now: a third suggestion for the same supply has no pool to offer.
    const none = await server.graphql<Suggested>(
      MEMBERS_QUERY,
      { id: globalIdOf('PartnerRequest', secondRequest) },
      { token },
    );
    expect(none.data!.suggestedPools).toEqual([]);
  });
});

describe('the suggestedPoolsForProgram query', () => {
  const PROGRAM_QUERY = `query ($id: ID!, $near: String!) {
    suggestedPoolsForProgram(programId: $id, near: $near) {
      basis target unit total
      members { quantityPerMonth proximity cooperative { id village { code } } offering { id commodity } }
    }
  }`;
  const REQUEST_QUERY = `query ($id: ID!) {
    suggestedPools(requestId: $id) {
      basis target unit total
      members { quantityPerMonth proximity cooperative { id village { code } } offering { id commodity } }
    }
  }`;
  interface ProgramPools {
    suggestedPoolsForProgram: {
      basis: string;
      target: string;
      unit: string;
      total: string;
      members: {
        quantityPerMonth: string;
        proximity: string;
        cooperative: { id: string; village: { code: string } };
        offering: { id: string; commodity: string };
      }[];
    }[];
  }

  let fixture: Awaited<ReturnType<typeof loadFixture>>;
  let regency: string;
  let commodity: string;
  let lead: number;
  let member: number;
  /** A regency of another province, which the regency-covering program does not cover. */
  let elsewhere: string;
  const spec = () => ({ commodity, unit: 'TON' });
  const ask = (programId: number, near: string, token?: string) =>
    server.graphql<ProgramPools>(PROGRAM_QUERY, { id: globalIdOf('Program', programId), near }, { token });

  beforeAll(async () => {
    const knex = server.orm.em.getKnex();
    fixture = await loadFixture(knex);
    const { village_code: village } = await knex('cooperative')
      .where('id', fixture.demoCooperativeId)
      .first('village_code');
    regency = (village as string).slice(0, 5);
    const province = regency.slice(0, 2);
    // A commodity nobody in the province supplies yet, so that only these offerings count.
    const supplied = new Set(
      (
        await knex('offering as o')
          .join('cooperative as c', 'c.id', 'o.cooperative_id')
          .where('c.village_code', 'like', `${province}.%`)
          .distinct('o.commodity')
      ).map((row: { commodity: string }) => row.commodity),
    );
    commodity = Object.values(Commodity).find((candidate) => !supplied.has(candidate))!;
    expect(commodity).toBeDefined();
    lead = await supplyOffering(knex, fixture.demoCooperativeId, '60', spec());
    member = await supplyOffering(knex, fixture.otherCooperativeId, '50', spec());
    const other = await knex('region')
      .where('level', 'REGENCY')
      .whereNot('code', 'like', `${province}.%`)
      .orderBy('code')
      .first('code');
    elsewhere = other.code as string;
  });

  /** An offtake program of the buyer with a minimum of `minimum` t a month, covering `coverage`. */
  async function program(minimum: string, coverage: string[]): Promise<number> {
    const knex = server.orm.em.getKnex();
    const id = await offtakeProgramWithMinimum(knex, fixture.buyerId, minimum, spec());
    if (coverage.length > 0) {
      await knex('program_coverage').insert(coverage.map((code) => ({ program_id: id, region_code: code })));
    }
    return id;
  }

  test('near a covered regency: pools reach the minimum, in no more statements than a request of the same need, and the shares sent as suggested are accepted', async () => {
    const knex = server.orm.em.getKnex();
    const programId = await program('100', [regency]);
    const token = await server.signIn(DEMO.ketua);
    const response = await ask(programId, regency, token);
    expect(response.errors).toBeUndefined();
    const pools = response.data!.suggestedPoolsForProgram;
    expect(pools.length).toBeGreaterThan(0);
    for (const pool of pools) {
      expect(pool).toMatchObject({ target: '100', unit: 'TON', total: '110' });
      expect(pool.members.map((m) => m.offering.id).sort()).toEqual(
        [globalIdOf('Offering', lead), globalIdOf('Offering', member)].sort(),
      );
      for (const m of pool.members) {
        expect(m.cooperative.village.code.slice(0, 2)).toBe(regency.slice(0, 2));
        expect(m.offering.commodity).toBe(commodity);
      }
    }

    // The same need as a request delivered to the same regency: the same pools, and the program
    // costs no more statements (the program and its coverage are one).
    const requestId = await openRequest(knex, fixture.buyerId, fixture.demoCooperativeId, '100', spec());
    const asRequest = await server.graphql<{ suggestedPools: ProgramPools['suggestedPoolsForProgram'] }>(
      REQUEST_QUERY,
      { id: globalIdOf('PartnerRequest', requestId) },
      { token },
    );
    expect(asRequest.data!.suggestedPools).toEqual(pools);
    expect(response.sqlStatements).toBeLessThanOrEqual(asRequest.sqlStatements);
    expect(response.sqlStatements).toBeLessThanOrEqual(6);
    await knex('partner_request').where('id', requestId).update({ status: 'CLOSED' });

    const created = await server.graphql<{
      createProposal: {
        proposal: { isPooled: boolean; latestTerms: { quantity: string } } | null;
        userErrors: unknown[];
      };
    }>(
      `mutation ($input: CreateProposalInput!) { createProposal(input: $input) {
        proposal { isPooled latestTerms { quantity } } userErrors { code message field } } }`,
      {
        input: {
          kind: 'OFFTAKE',
          cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
          partnerId: globalIdOf('Partner', fixture.buyerId),
          programId: globalIdOf('Program', programId),
          title: 'Serapan bersama',
          terms: {
            pricePerUnit: '1000000',
            poolShares: pools[0].members.map((m) => ({
              cooperativeId: m.cooperative.id,
              offeringId: m.offering.id,
              quantity: m.quantityPerMonth,
            })),
          },
        },
      },
      { token },
    );
    expect(created.data!.createProposal.userErrors).toEqual([]);
    expect(created.data!.createProposal.proposal).toMatchObject({
      isPooled: true,
      latestTerms: { quantity: '110' },
    });
    // The pool now holds all of both offerings: nothing is left to suggest.
    expect((await ask(programId, regency, token)).data!.suggestedPoolsForProgram).toEqual([]);
    // Withdrawn, the pool promises nothing any more, for the tests after this one.
    await knex('proposal').where('program_id', programId).update({ status: 'WITHDRAWN' });
  });

  test('a region outside the coverage, a province or a malformed code is BAD_USER_INPUT; nationwide and province coverage accept any region within', async () => {
    const token = await server.signIn(DEMO.mentor);
    const regencyProgram = await program('10', [regency]);
    for (const near of [elsewhere, regency.slice(0, 2), 'not-a-code', '99.99']) {
      const refused = await ask(regencyProgram, near, token);
      expect([near, refused.errors?.[0]?.extensions?.code]).toEqual([near, 'BAD_USER_INPUT']);
      expect(refused.data?.suggestedPoolsForProgram ?? null).toBeNull();
    }
    // A district of the covered regency lies inside it.
    const district = await server.orm.em
      .getKnex()('region')
      .where('code', 'like', `${regency}.%`)
      .where('level', 'DISTRICT')
      .first('code');
    const inside = await ask(regencyProgram, district.code, token);
    expect(inside.errors).toBeUndefined();
    expect(inside.data!.suggestedPoolsForProgram.length).toBeGreaterThan(0);

    const nationwide = await program('10', []);
    const far = await ask(nationwide, elsewhere, token);
    expect(far.errors).toBeUndefined();
    // Nobody in that province supplies the commodity: no pool, and no error.
    expect(far.data!.suggestedPoolsForProgram).toEqual([]);
    const provinceWide = await program('10', [regency.slice(0, 2)]);
    expect((await ask(provinceWide, regency, token)).errors).toBeUndefined();
    expect((await ask(provinceWide, elsewhere, token)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('no pools for a program without a minimum, a paused one or a loan; anonymous callers are refused; an unknown or draft program is NOT_FOUND', async () => {
    const knex = server.orm.em.getKnex();
    const token = await server.signIn(DEMO.ketua);
    const withoutMinimum = await program('10', [regency]);
    await knex('program')
      .where('id', withoutMinimum)
      .update({ min_volume_per_month: null, min_volume_unit: null });
    const paused = await program('10', [regency]);
    await knex('program').where('id', paused).update({ status: 'PAUSED' });
    const loan = await program('10', [regency]);
    await knex('program').where('id', loan).update({ kind: 'LOAN', max_amount: '500000000' });
    for (const id of [withoutMinimum, paused, loan]) {
      const none = await ask(id, regency, token);
      expect(none.errors).toBeUndefined();
      expect(none.data!.suggestedPoolsForProgram).toEqual([]);
    }
    const active = await program('10', [regency]);
    expect((await ask(active, regency)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ask(999_999, regency, token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const draft = await program('10', [regency]);
    await knex('program').where('id', draft).update({ status: 'DRAFT' });
    expect((await ask(draft, regency, token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
