import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './workspace-sign-in';

/** Data the pooled-offer journeys prepare through the API, as the demo organisations would. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped test calls; each reads its own fields
export type Call = (query: string, variables?: Record<string, unknown>) => Promise<any>;

/** Calls the API through the web app's /graphql as a demo user; fails the test on any error. */
export async function asUser(request: APIRequestContext, email: string): Promise<Call> {
  const signedIn = await request.post('/graphql', {
    data: {
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { token } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    },
  });
  const token: string = (await signedIn.json()).data.signIn.token;
  return async (query, variables = {}) => {
    const response = await request.post('/graphql', {
      headers: { authorization: `Bearer ${token}` },
      data: { query, variables },
    });
    const body = await response.json();
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data;
  };
}

/**
 * Publishes a supply offering of `quantityKg` a month for the signed-in board's cooperative, for
 * `validForDays` (the API's default when absent).
 */
export async function publishSupply(
  call: Call,
  offering: { title: string; commodity: string; quantityKg: number; priceMin: string; validForDays?: number },
): Promise<{ cooperative: { id: string; name: string }; offeringId: string }> {
  const { viewer } = await call('{ viewer { memberships { cooperative { id name } } } }');
  const cooperative = viewer.memberships.find(
    (membership: { cooperative: unknown }) => membership.cooperative,
  ).cooperative;
  const created = await call(
    `mutation ($input: CreateOfferingInput!) {
      createOffering(input: $input) { offering { id version } userErrors { code message } }
    }`,
    {
      input: {
        cooperativeId: cooperative.id,
        kind: 'SUPPLY',
        title: offering.title,
        commodity: offering.commodity,
        quantityPerMonth: String(offering.quantityKg),
        quantityUnit: 'KG',
        priceMin: offering.priceMin,
      },
    },
  );
  expect(created.createOffering.userErrors).toEqual([]);
  const { id, version } = created.createOffering.offering;
  const published = await call(
    'mutation ($input: PublishOfferingInput!) { publishOffering(input: $input) { userErrors { code } } }',
    { input: { id, version, validForDays: offering.validForDays } },
  );
  expect(published.publishOffering.userErrors).toEqual([]);
  return { cooperative, offeringId: id };
}

/**
 * Closes an offering a journey published, so that the supply it added does not change what later
 * specs find (a 1,600 t offering in Sanggau would make a one-member "pool" of the 480 t request
 * that suggested-pools.spec.ts relies on).
 */
export async function closeOffering(call: Call, id: string): Promise<void> {
  const { offering } = await call('query ($id: ID!) { offering(id: $id) { version status } }', { id });
  if (!offering || offering.status === 'CLOSED') return;
  const closed = await call(
    'mutation ($input: CloseOfferingInput!) { closeOffering(input: $input) { userErrors { code message } } }',
    { input: { id, version: offering.version } },
  );
  expect(closed.closeOffering.userErrors).toEqual([]);
}

/**
 * Opens an OFFTAKE program of the signed-in partner that takes at least `minimumKg` of the
 * commodity a month in the regions of `coverage` (created as a draft, then made active).
 */
export async function openOfftakeProgram(
  call: Call,
  program: { name: string; commodity: string; minimumKg: number; coverage: string[] },
): Promise<{ id: string; partner: { id: string; name: string } }> {
  const { viewer } = await call('{ viewer { memberships { partner { id name } } } }');
  const partner = viewer.memberships.find((membership: { partner: unknown }) => membership.partner).partner;
  const created = await call(
    `mutation ($input: CreateProgramInput!) {
      createProgram(input: $input) { program { id version } userErrors { code message } }
    }`,
    {
      input: {
        partnerId: partner.id,
        kind: 'OFFTAKE',
        name: program.name,
        description: 'Serapan bulanan dengan volume minimum.',
        commodity: program.commodity,
        minimumVolume: { quantityPerMonth: String(program.minimumKg), unit: 'KG' },
        coverageRegionCodes: program.coverage,
      },
    },
  );
  expect(created.createProgram.userErrors).toEqual([]);
  const { id, version } = created.createProgram.program;
  const opened = await call(
    'mutation ($input: SetProgramStatusInput!) { setProgramStatus(input: $input) { userErrors { code message } } }',
    { input: { id, version, status: 'ACTIVE' } },
  );
  expect(opened.setProgramStatus.userErrors).toEqual([]);
  return { id, partner };
}

/** Closes a program a journey opened, so that later specs do not find it among active ones. */
export async function closeProgram(call: Call, id: string): Promise<void> {
  const { program } = await call('query ($id: ID!) { program(id: $id) { version status } }', { id });
  if (!program || program.status === 'CLOSED') return;
  const closed = await call(
    'mutation ($input: SetProgramStatusInput!) { setProgramStatus(input: $input) { userErrors { code message } } }',
    { input: { id, version: program.version, status: 'CLOSED' } },
  );
  expect(closed.setProgramStatus.userErrors).toEqual([]);
}
