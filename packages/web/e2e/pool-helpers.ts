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

/** Publishes a supply offering of `quantityKg` a month for the signed-in board's cooperative. */
export async function publishSupply(
  call: Call,
  offering: { title: string; commodity: string; quantityKg: number; priceMin: string },
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
    { input: { id, version } },
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
