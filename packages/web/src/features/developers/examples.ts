/**
 * The partner API's worked examples, as the developer pages show them: each job's GraphQL
 * documents with sample variables. They are validated against the API's schema by a test
 * (examples.test.ts), so the documentation cannot drift from the API.
 */

export interface ExampleCall {
  /** What this call does, as a message key of the `developers.examples` namespace. */
  step: 'firstRequest' | 'firstPage' | 'createDraft' | 'submit' | 'myTurn';
  document: string;
  variables: Record<string, unknown>;
}

export interface Example {
  /** Message key of the job's title and explanation. */
  id: 'findCooperatives' | 'fileFinancing' | 'followPipeline';
  calls: ExampleCall[];
}

/** Who the token acts for: the first request to try. */
export const FIRST_REQUEST: ExampleCall = {
  step: 'firstRequest',
  document: `query WhoAmI {
  viewer {
    isApiToken
    roles
    memberships { role partner { id name } }
  }
}`,
  variables: {},
};

/** A receiver of MitraDesa's webhooks that verifies them (Express and the standardwebhooks package). */
export const WEBHOOK_RECEIVER = `import express from 'express';
import { Webhook } from 'standardwebhooks';

const webhook = new Webhook(process.env.MITRADESA_WEBHOOK_SECRET); // whsec_…
const app = express();

// The raw body: the signature covers the exact bytes sent.
app.post('/mitradesa', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    // Checks the signature and refuses a timestamp more than five minutes off.
    event = webhook.verify(req.body, req.headers);
  } catch {
    return res.sendStatus(400);
  }
  const messageId = req.headers['webhook-id']; // the same on every retry and replay
  if (await alreadyProcessed(messageId)) return res.sendStatus(200);
  await enqueue(messageId, event); // { type: 'proposal.moved', timestamp, data: { proposalId, … } }
  res.sendStatus(204); // answer quickly; do the work after
});`;

export const EXAMPLES: readonly Example[] = [
  {
    id: 'findCooperatives',
    calls: [
      {
        step: 'firstPage',
        document: `query OperatingSavingsAndLoan($regionCode: String!, $after: String) {
  cooperatives(
    first: 50
    after: $after
    filter: {
      regionCode: $regionCode
      stages: [OPERATING, GROWING]
      unitType: SAVINGS_AND_LOAN
      unitStatus: ACTIVE
    }
  ) {
    totalCount
    edges {
      node {
        id
        name
        stage
        memberCount
        verificationLevel
        village { code name ancestors { name } }
        units(status: ACTIVE) { type name activeSince }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
        variables: { regionCode: '61.03', after: null },
      },
    ],
  },
  {
    id: 'fileFinancing',
    calls: [
      {
        step: 'createDraft',
        document: `mutation FileFinancing($input: CreateProposalInput!) {
  createProposal(input: $input) {
    proposal { id status version }
    userErrors { code field message }
  }
}`,
        variables: {
          input: {
            kind: 'FINANCING',
            cooperativeId: '<Cooperative ID>',
            partnerId: '<your Partner ID>',
            programId: '<Program ID>',
            title: 'KUR modal kerja gerai sembako',
            terms: {
              amount: '150000000',
              tenorMonths: 24,
              ratePerYear: '6',
              graceMonths: 3,
              note: 'Pencairan bertahap sesuai stok.',
            },
          },
        },
      },
      {
        step: 'submit',
        document: `mutation Submit($input: SubmitProposalInput!) {
  submitProposal(input: $input) {
    proposal { id status turn expiresAt }
    userErrors { code field message }
  }
}`,
        variables: { input: { proposalId: '<Proposal ID>', version: 1 } },
      },
    ],
  },
  {
    id: 'followPipeline',
    calls: [
      {
        step: 'myTurn',
        document: `query MyTurn($after: String) {
  proposals(
    first: 50
    after: $after
    orderBy: TURN_AGE
    filter: { side: PARTNER, isMyTurn: true }
  ) {
    totalCount
    edges {
      node {
        id
        title
        status
        turnSince
        expiresAt
        cooperative { id name }
        latestTerms { version amount { amount currency } tenorMonths }
        viewerActions
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
        variables: { after: null },
      },
    ],
  },
];

/** The curl command of a call, reading the address and the token from the environment. */
export function curlOf(call: ExampleCall): string {
  const body = JSON.stringify({ query: call.document, variables: call.variables }, null, 2);
  return [
    'curl -sS "$MITRADESA_URL/graphql" \\',
    '  -H "authorization: Bearer $MITRADESA_TOKEN" \\',
    '  -H "content-type: application/json" \\',
    "  --data-binary @- <<'JSON'",
    body,
    'JSON',
  ].join('\n');
}

/** The typed client: codegen's types for the document, one fetch per call. */
export const TYPED_CLIENT = `// codegen.ts — types for your own documents, from MitraDesa's schema
// (npm i -D @graphql-codegen/cli @graphql-codegen/client-preset; npx graphql-codegen)
import type { CodegenConfig } from '@graphql-codegen/cli';
const config: CodegenConfig = {
  schema: 'mitradesa.graphql', // saved from /developers/schema.graphql
  documents: ['src/**/*.ts'],
  generates: { 'src/gql/': { preset: 'client' } },
};
export default config;

// mitradesa.ts — one typed call; errors become exceptions, userErrors stay data
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export async function call<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const response = await fetch(\`\${process.env.MITRADESA_URL}/graphql\`, {
    method: 'POST',
    headers: {
      authorization: \`Bearer \${process.env.MITRADESA_TOKEN}\`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(\`\${body.errors[0].extensions?.code}: \${body.errors[0].message}\`);
  return body.data;
}`;

/** How a job's documents are called through the typed client (the first call of each job). */
export function typedCallOf(example: Example): string {
  const call = example.calls[0];
  const name = /^(?:query|mutation) (\w+)/.exec(call.document)?.[1] ?? 'Operation';
  return `import { graphql } from './gql';
import { call } from './mitradesa';

const ${name} = graphql(\`
${call.document}
\`);

const data = await call(${name}, ${JSON.stringify(call.variables, null, 2)});`;
}
