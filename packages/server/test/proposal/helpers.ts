import type { Knex } from '@mikro-orm/postgresql';
import { ProposalAction, ProposalSide, ProposalStatus } from '../../src/modules/proposal/proposal.entity';
import {
  EXPIRABLE_STATUSES,
  FINAL_STATUSES,
  otherSide,
  statusOf,
  type ProposalStage,
} from '../../src/modules/proposal/proposal.transitions';
import { globalIdOf } from '../support/ids';
import type { GraphQLResponse, TestServer } from '../support/test-server';
import { DEMO, type DemoUser } from '../authorization/fixture';

/** Proposal helpers shared by the proposal specs and the authorization matrix rows. */

/** Stage and action names as plain strings, so specs can write 'DRAFT' rather than ProposalStatus.DRAFT. */
export type StageName = `${Exclude<ProposalStage, 'NEW'>}`;
export type ActionName = `${Exclude<ProposalAction, 'CREATE' | 'EXPIRE'>}`;

/** The table's stage for a stage name (the enums are string enums with the same values). */
export const stage = (name: StageName) => name as Exclude<ProposalStage, 'NEW'>;

export const FINANCING_TERMS = { amount: '1000000000', tenorMonths: 36, ratePerYear: '6' };

/** The mutation of each action on an existing proposal, and what it needs besides id and version. */
export const ACTION_MUTATIONS: Record<
  ActionName,
  { mutation: string; extra: (latestTermsVersion: number) => Record<string, unknown>; versioned: boolean }
> = {
  UPDATE_DRAFT: {
    mutation: 'updateProposalDraft',
    extra: () => ({ title: 'Judul yang diperbarui' }),
    versioned: true,
  },
  SUBMIT: { mutation: 'submitProposal', extra: () => ({}), versioned: true },
  APPROVE_DRAFT: { mutation: 'approveProposalDraft', extra: () => ({}), versioned: true },
  REJECT_DRAFT: {
    mutation: 'rejectProposalDraft',
    extra: () => ({ reason: 'Belum dibahas di rapat.' }),
    versioned: true,
  },
  START_REVIEW: { mutation: 'startProposalReview', extra: () => ({}), versioned: true },
  COUNTER: { mutation: 'counterProposal', extra: () => ({ terms: FINANCING_TERMS }), versioned: true },
  ACCEPT: { mutation: 'acceptProposal', extra: (latest) => ({ termsVersion: latest }), versioned: true },
  DECLINE: { mutation: 'declineProposal', extra: () => ({ reason: 'Tidak sesuai.' }), versioned: true },
  WITHDRAW: { mutation: 'withdrawProposal', extra: () => ({}), versioned: true },
  SEND_MESSAGE: { mutation: 'sendProposalMessage', extra: () => ({ body: 'Halo' }), versioned: false },
  COMPLETE: { mutation: 'completeProposal', extra: () => ({}), versioned: true },
  CANCEL: { mutation: 'cancelProposal', extra: () => ({ reason: 'Dibatalkan.' }), versioned: true },
  APPROVE_SHARE: { mutation: 'approvePoolShare', extra: () => ({}), versioned: true },
  WITHDRAW_SHARE: {
    mutation: 'withdrawPoolShare',
    extra: () => ({ reason: 'Stok kami tidak cukup.' }),
    versioned: true,
  },
};

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * `mutation ($input: XInput!) { x(input: $input) { … userErrors } }` for a proposal mutation;
 * with `moduleErrors`, the payload's `errors` (ProposalErrorCode) too.
 */
export function mutationDocument(mutation: string, { moduleErrors = false } = {}): string {
  const result =
    mutation === 'sendProposalMessage'
      ? 'message { body authorRole }'
      : 'proposal { id status version turn isAwaitingDraftApproval latestTermsVersion acceptedTermsVersion }';
  return `mutation ($input: ${capitalised(mutation)}Input!) { ${mutation}(input: $input) { ${result} userErrors { code message field } ${moduleErrors ? 'errors { code message field }' : ''} } }`;
}

export interface MutationResult {
  proposal?: { id: string; status: ProposalStatus; version: number; turn: ProposalSide | null } | null;
  message?: { body: string } | null;
  userErrors: { code: string; message: string; field: string[] | null }[];
  errors?: { code: string; message: string; field: string[] | null }[];
}

/** The payload of a single-mutation response. */
export function payloadOf(response: GraphQLResponse): MutationResult | undefined {
  return Object.values(response.data ?? {})[0] as MutationResult | undefined;
}

/** A refusal code: top-level `extensions.code`, else the first user error's code; undefined on success. */
export function outcomeOf(response: GraphQLResponse): string | undefined {
  const topLevel = response.errors?.[0]?.extensions?.code;
  if (topLevel) return topLevel;
  return payloadOf(response)?.userErrors[0]?.code;
}

/** Runs one action on a proposal as a demo user. */
export function runAction(
  server: TestServer,
  token: string,
  action: keyof typeof ACTION_MUTATIONS,
  proposalId: number,
  version: number,
  latestTermsVersion: number,
): Promise<GraphQLResponse> {
  const spec = ACTION_MUTATIONS[action];
  const input = {
    proposalId: globalIdOf('Proposal', proposalId),
    ...(spec.versioned ? { version } : {}),
    ...spec.extra(latestTermsVersion),
  };
  return server.graphql(mutationDocument(spec.mutation), { input }, { token });
}

/** Signs demo users in once per spec file. */
export function tokenCache(server: () => TestServer) {
  const tokens = new Map<DemoUser, string>();
  return async (user: DemoUser): Promise<string> => {
    if (!tokens.has(user)) tokens.set(user, await server().signIn(DEMO[user]));
    return tokens.get(user)!;
  };
}

export interface ProposalFixture {
  stage: StageName;
  cooperativeId: number;
  partnerId: number;
  startedBy?: ProposalSide;
  /** Only for NEGOTIATING: whose turn it is (default: the starter's, the other party countered). */
  turn?: ProposalSide;
  mentorId?: number | null;
  expiresAt?: Date | null;
  title?: string;
}

/** Whose turn it is in a stage, as the table leaves it. */
function turnIn(fixture: ProposalFixture, startedBy: ProposalSide): ProposalSide | null {
  switch (fixture.stage) {
    case 'DRAFT':
      return startedBy;
    case 'MENTOR_DRAFT':
      return ProposalSide.COOPERATIVE;
    case 'SUBMITTED':
    case 'UNDER_REVIEW':
      return otherSide(startedBy);
    case 'NEGOTIATING':
      return fixture.turn ?? startedBy;
    default:
      return null;
  }
}

/**
 * Inserts a proposal directly in a stage, consistent with how the workflow leaves it: turn,
 * deadline, submission, terms versions alternating between the parties (the latest written by
 * the party not on turn), and its CREATE event. Returns its id.
 */
export async function insertProposal(knex: Knex, fixture: ProposalFixture): Promise<number> {
  const startedBy = fixture.startedBy ?? ProposalSide.COOPERATIVE;
  const status = statusOf(stage(fixture.stage));
  const turn = turnIn(fixture, startedBy);
  const now = Date.now();
  const negotiatingVersions = turn === startedBy ? 2 : 3;
  const latest = fixture.stage === 'NEGOTIATING' ? negotiatingVersions : fixture.stage === 'ACCEPTED' ? 2 : 1;
  const isClosedAfterAcceptance = status === ProposalStatus.COMPLETED || status === ProposalStatus.CANCELLED;
  const [row] = await knex('proposal')
    .insert({
      kind: 'FINANCING',
      title: fixture.title ?? `Uji ${fixture.stage}`,
      cooperative_id: fixture.cooperativeId,
      partner_id: fixture.partnerId,
      mentor_id: fixture.mentorId ?? null,
      started_by: startedBy,
      status,
      awaiting_draft_approval: fixture.stage === 'MENTOR_DRAFT',
      turn,
      turn_since: turn ? new Date(now - 60 * 60 * 1000) : null,
      expires_at:
        fixture.expiresAt !== undefined
          ? fixture.expiresAt
          : EXPIRABLE_STATUSES.includes(status)
            ? new Date(now + 14 * 24 * 60 * 60 * 1000)
            : null,
      submitted_at: status === ProposalStatus.DRAFT ? null : new Date(now - 2 * 60 * 60 * 1000),
      closed_at: FINAL_STATUSES.includes(status) ? new Date(now - 60 * 1000) : null,
      latest_terms_version: latest,
      accepted_terms_version: status === ProposalStatus.ACCEPTED || isClosedAfterAcceptance ? latest : null,
      version: 3,
    })
    .returning('id');
  const id = row.id as number;
  const authors = Array.from({ length: latest }, (_, index) =>
    index % 2 === 0 ? startedBy : otherSide(startedBy)!,
  );
  await knex('proposal_terms').insert(
    authors.map((side, index) => ({
      proposal_id: id,
      version: index + 1,
      author_side: side,
      ...termsColumns(),
    })),
  );
  await knex('proposal_event').insert({
    proposal_id: id,
    actor: fixture.stage === 'MENTOR_DRAFT' ? 'MENTOR' : startedBy,
    side: startedBy,
    action: 'CREATE',
    to_status: 'DRAFT',
    turn_after: startedBy,
    terms_version: 1,
  });
  return id;
}

function termsColumns() {
  return { amount: '1000000000', tenor_months: 36, rate_per_year: '6' };
}

/** The stored proposal row, minus columns that only move with time. */
export function storedProposal(knex: Knex, id: number) {
  return knex('proposal')
    .where('id', id)
    .first(
      'id',
      'status',
      'awaiting_draft_approval',
      'turn',
      'turn_since',
      'expires_at',
      'submitted_at',
      'closed_at',
      'latest_terms_version',
      'accepted_terms_version',
      'version',
      'title',
      'updated_at',
    );
}

export async function countOf(query: Knex.QueryBuilder): Promise<number> {
  const row = (await query.count({ n: '*' }).first()) as { n: string };
  return Number(row.n);
}

/** Everything an action may change: the row, and how many events, messages and terms it has. */
export async function snapshot(knex: Knex, id: number) {
  return {
    proposal: await storedProposal(knex, id),
    events: await countOf(knex('proposal_event').where('proposal_id', id)),
    messages: await countOf(knex('proposal_message').where('proposal_id', id)),
    terms: await countOf(knex('proposal_terms').where('proposal_id', id)),
  };
}
