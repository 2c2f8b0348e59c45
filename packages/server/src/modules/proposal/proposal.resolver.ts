import type { GraphQLResolveInfo } from 'graphql';
import { pageExtrasOf } from '../../graphql/lookahead';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access';
import type { Context } from '../../request-context';
import { mutate, PayloadType } from '../../graphql/payload';
import { ModuleErrorType } from '../../graphql/user-error';
import { ConnectionArgs, ConnectionType } from '../../graphql/relay';
import { decodeIdOf } from '../../shared/global-id';
import { AccessRole } from '../../shared/access-role';
import { ProposalKind } from './proposal.entity';
import { REQUIRED_TERMS } from './proposal.terms';
import { Proposal, ProposalKindTerms, ProposalMessage } from './proposal.type';
import {
  AcceptProposalInput,
  ApprovePoolShareInput,
  ApproveProposalDraftInput,
  CancelProposalInput,
  CompleteProposalInput,
  CounterProposalInput,
  CreateProposalInput,
  DeclineProposalInput,
  ProposalFilter,
  ProposalOrder,
  RejectProposalDraftInput,
  SendProposalMessageInput,
  StartProposalReviewInput,
  SubmitProposalInput,
  UpdateProposalDraftInput,
  WithdrawPoolShareInput,
  WithdrawProposalInput,
  type ProposalTermsInput,
} from './proposal.input';
import { listProposals, messageById, proposalById } from './proposal.reads';
import * as proposals from './proposal.service';
import { PROGRAM_RULE_CODES } from './proposal.program-rules';
import { POOL_RULE_CODES } from './proposal.errors';
import type { ProposedTerms } from './proposal.terms';

export const ProposalConnection = ConnectionType(Proposal, 'Proposal', 'proposal');

/** `ProposalError` with `ProposalErrorCode`: the payloads' `errors`, with the program rules' codes. */
const ProposalError = ModuleErrorType('Proposal', [...PROGRAM_RULE_CODES, ...POOL_RULE_CODES]);

const payload = (name: string, description: string) =>
  PayloadType(`${name}Payload`, 'proposal', Proposal, description, ProposalError);
const CreateProposalPayload = payload('CreateProposal', 'Result of createProposal.');
const UpdateProposalDraftPayload = payload('UpdateProposalDraft', 'Result of updateProposalDraft.');
const SubmitProposalPayload = payload('SubmitProposal', 'Result of submitProposal.');
const ApproveProposalDraftPayload = payload('ApproveProposalDraft', 'Result of approveProposalDraft.');
const RejectProposalDraftPayload = payload('RejectProposalDraft', 'Result of rejectProposalDraft.');
const StartProposalReviewPayload = payload('StartProposalReview', 'Result of startProposalReview.');
const CounterProposalPayload = payload('CounterProposal', 'Result of counterProposal.');
const AcceptProposalPayload = payload('AcceptProposal', 'Result of acceptProposal.');
const DeclineProposalPayload = payload('DeclineProposal', 'Result of declineProposal.');
const WithdrawProposalPayload = payload('WithdrawProposal', 'Result of withdrawProposal.');
const CompleteProposalPayload = payload('CompleteProposal', 'Result of completeProposal.');
const CancelProposalPayload = payload('CancelProposal', 'Result of cancelProposal.');
const ApprovePoolSharePayload = payload('ApprovePoolShare', 'Result of approvePoolShare.');
const WithdrawPoolSharePayload = payload('WithdrawPoolShare', 'Result of withdrawPoolShare.');
const SendProposalMessagePayload = PayloadType(
  'SendProposalMessagePayload',
  'message',
  ProposalMessage,
  'Result of sendProposalMessage.',
  ProposalError,
);

/**
 * Who may take part in proposals at all. Which proposal they may touch is decided in the service,
 * and which action in which state by the transition table — so a mentor trying to submit gets
 * INVALID_TRANSITION from the table, not a different answer from here.
 */
const PARTICIPANTS = [AccessRole.COOPERATIVE, AccessRole.PARTNER, AccessRole.MENTOR] as const;

interface ActionInput {
  proposalId: string;
  version: number;
  actingAs?: proposals.ActionRequest['actingAs'];
}

function request(input: ActionInput): proposals.ActionRequest {
  return {
    proposalId: decodeIdOf('Proposal', input.proposalId),
    version: input.version,
    actingAs: input.actingAs,
  };
}

/** Runs an action and reads the proposal back as the viewer now sees it. */
function run(ctx: Context, input: object, work: () => Promise<number>) {
  return mutate(input, async () => {
    const id = await work();
    ctx.loaders.clear();
    return { proposal: await proposalById(ctx, id) };
  });
}

/** The terms as the service takes them: the pool's members and offerings by database id. */
function termsOf(input: ProposalTermsInput): ProposedTerms {
  const { poolShares, ...terms } = input;
  return {
    ...terms,
    poolShares:
      poolShares?.map((share) => ({
        cooperativeId: decodeIdOf('Cooperative', share.cooperativeId),
        offeringId: decodeIdOf('Offering', share.offeringId),
        quantity: share.quantity,
        pricePerUnit: share.pricePerUnit ?? null,
        deliveryFrom: share.deliveryFrom ?? null,
        deliveryUntil: share.deliveryUntil ?? null,
      })) ?? null,
  };
}

function shareRequest(input: ApprovePoolShareInput | WithdrawPoolShareInput): proposals.ShareRequest {
  return {
    proposalId: decodeIdOf('Proposal', input.proposalId),
    version: input.version,
    cooperativeId: input.cooperativeId == null ? null : decodeIdOf('Cooperative', input.cooperativeId),
  };
}

const optionalId = (type: 'Offering' | 'Program' | 'PartnerRequest', id?: string | null) =>
  id == null ? null : decodeIdOf(type, id);

@Resolver(() => Proposal)
export class ProposalResolver {
  @Allow()
  @Query(() => ProposalConnection, {
    description:
      'The proposals you may see (your organisations’, those you broker; all for admins), longest waiting first by default.',
  })
  proposals(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ProposalFilter, { nullable: true, description: 'Filters; all must match.' })
    filter?: ProposalFilter | null,
    @Arg('orderBy', () => ProposalOrder, {
      defaultValue: ProposalOrder.TURN_AGE,
      description: 'Order of the list.',
    })
    orderBy: ProposalOrder = ProposalOrder.TURN_AGE,
  ) {
    const given = filter ?? new ProposalFilter();
    return listProposals(
      ctx,
      {
        ...given,
        cooperativeId: given.cooperativeId ? decodeIdOf('Cooperative', given.cooperativeId) : null,
        partnerId: given.partnerId ? decodeIdOf('Partner', given.partnerId) : null,
      },
      orderBy,
      args,
      pageExtrasOf(info),
    );
  }

  @Allow()
  @Query(() => Proposal, {
    nullable: true,
    description: 'A proposal by ID; null when there is none or it is not visible to you.',
  })
  proposal(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the proposal.' }) id: string,
  ) {
    return proposalById(ctx, decodeIdOf('Proposal', id));
  }

  @Allow()
  @Query(() => [ProposalKindTerms], {
    description:
      'What each kind of proposal must state in its terms, every kind once: the fields without which terms are refused.',
  })
  proposalKindTerms(): ProposalKindTerms[] {
    return Object.values(ProposalKind).map((kind) =>
      Object.assign(new ProposalKindTerms(), { kind, requiredTerms: [...REQUIRED_TERMS[kind]] }),
    );
  }

  @Allow(...PARTICIPANTS)
  @Mutation(() => CreateProposalPayload, {
    description:
      'Starts a proposal as a draft with its first terms: for your cooperative (board), your partner (staff), or as a mentor for a cooperative of your caseload (its board approves it before it is sent).',
  })
  createProposal(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateProposalInput, { description: 'The proposal.' }) input: CreateProposalInput,
  ) {
    return run(ctx, input, () =>
      proposals.createProposal(ctx, {
        kind: input.kind,
        cooperativeId: decodeIdOf('Cooperative', input.cooperativeId),
        partnerId: decodeIdOf('Partner', input.partnerId),
        offeringId: optionalId('Offering', input.offeringId),
        programId: optionalId('Program', input.programId),
        requestId: optionalId('PartnerRequest', input.requestId),
        title: input.title,
        terms: termsOf(input.terms),
        actingAs: input.actingAs ?? null,
      }),
    );
  }

  @Allow(...PARTICIPANTS)
  @Mutation(() => UpdateProposalDraftPayload, {
    description: 'Edits a draft (yours, or as its mentor a draft awaiting the board).',
  })
  updateProposalDraft(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateProposalDraftInput, { description: 'The changes.' })
    input: UpdateProposalDraftInput,
  ) {
    return run(ctx, input, () =>
      proposals.updateProposalDraft(ctx, request(input), {
        title: input.title,
        terms: input.terms ? termsOf(input.terms) : null,
      }),
    );
  }

  @Allow(...PARTICIPANTS)
  @Mutation(() => SubmitProposalPayload, { description: 'Sends your draft to the other party.' })
  submitProposal(
    @Ctx() ctx: Context,
    @Arg('input', () => SubmitProposalInput, { description: 'The draft.' }) input: SubmitProposalInput,
  ) {
    return run(ctx, input, () => proposals.submitProposal(ctx, request(input), input.note));
  }

  @Allow(...PARTICIPANTS)
  @Mutation(() => ApproveProposalDraftPayload, {
    description:
      'As the cooperative’s board, approves its mentor’s draft, which sends it in the cooperative’s name.',
  })
  approveProposalDraft(
    @Ctx() ctx: Context,
    @Arg('input', () => ApproveProposalDraftInput, { description: 'The draft.' })
    input: ApproveProposalDraftInput,
  ) {
    return run(ctx, input, () => proposals.approveProposalDraft(ctx, request(input), input.note));
  }

  @Allow(...PARTICIPANTS)
  @Mutation(() => RejectProposalDraftPayload, {
    description: 'As the cooperative’s board, rejects its mentor’s draft; it is closed without being sent.',
  })
  rejectProposalDraft(
    @Ctx() ctx: Context,
    @Arg('input', () => RejectProposalDraftInput, { description: 'The draft and why.' })
    input: RejectProposalDraftInput,
  ) {
    return run(ctx, input, () => proposals.rejectProposalDraft(ctx, request(input), input.reason));
  }

  @Allow(...PARTICIPANTS)
  @Mutation(() => StartProposalReviewPayload, { description: 'Starts reviewing a proposal sent to you.' })
  startProposalReview(
    @Ctx() ctx: Context,
    @Arg('input', () => StartProposalReviewInput, { description: 'The proposal.' })
    input: StartProposalReviewInput,
  ) {
    return run(ctx, input, () => proposals.startProposalReview(ctx, request(input), input.note));
  }

  @Allow(...PARTICIPANTS)
  @Mutation(() => CounterProposalPayload, {
    description: 'Answers with new terms (a new terms version); the turn passes to the other party.',
  })
  counterProposal(
    @Ctx() ctx: Context,
    @Arg('input', () => CounterProposalInput, { description: 'The new terms.' }) input: CounterProposalInput,
  ) {
    return run(ctx, input, () =>
      proposals.counterProposal(ctx, request(input), termsOf(input.terms), input.note),
    );
  }

  @Allow(...PARTICIPANTS)
  @Mutation(() => AcceptProposalPayload, {
    description: 'Accepts the latest terms version, written by the other party.',
  })
  acceptProposal(
    @Ctx() ctx: Context,
    @Arg('input', () => AcceptProposalInput, { description: 'The terms version accepted.' })
    input: AcceptProposalInput,
  ) {
    return run(ctx, input, () =>
      proposals.acceptProposal(ctx, request(input), input.termsVersion, input.note),
    );
  }

  @Allow(...PARTICIPANTS)
  @Mutation(() => DeclineProposalPayload, { description: 'Turns the proposal down when it is your turn.' })
  declineProposal(
    @Ctx() ctx: Context,
    @Arg('input', () => DeclineProposalInput, { description: 'The proposal and why.' })
    input: DeclineProposalInput,
  ) {
    return run(ctx, input, () => proposals.declineProposal(ctx, request(input), input.reason));
  }

  @Allow(...PARTICIPANTS)
  @Mutation(() => WithdrawProposalPayload, {
    description:
      'Pulls back what you put forward while waiting for an answer, or discards your draft (a mentor: its unapproved draft).',
  })
  withdrawProposal(
    @Ctx() ctx: Context,
    @Arg('input', () => WithdrawProposalInput, { description: 'The proposal.' }) input: WithdrawProposalInput,
  ) {
    return run(ctx, input, () => proposals.withdrawProposal(ctx, request(input), input.note));
  }

  @Allow(...PARTICIPANTS)
  @Mutation(() => CompleteProposalPayload, { description: 'Marks an accepted proposal as carried out.' })
  completeProposal(
    @Ctx() ctx: Context,
    @Arg('input', () => CompleteProposalInput, { description: 'The proposal.' }) input: CompleteProposalInput,
  ) {
    return run(ctx, input, () => proposals.completeProposal(ctx, request(input), input.note));
  }

  @Allow(...PARTICIPANTS)
  @Mutation(() => CancelProposalPayload, { description: 'Calls off an accepted proposal.' })
  cancelProposal(
    @Ctx() ctx: Context,
    @Arg('input', () => CancelProposalInput, { description: 'The proposal and why.' })
    input: CancelProposalInput,
  ) {
    return run(ctx, input, () => proposals.cancelProposal(ctx, request(input), input.reason));
  }

  @Allow(...PARTICIPANTS)
  @Mutation(() => ApprovePoolSharePayload, {
    description:
      'As the board of a member of a pooled offer (not its lead), approves your share as it stands; the partner can accept only once every member has.',
  })
  approvePoolShare(
    @Ctx() ctx: Context,
    @Arg('input', () => ApprovePoolShareInput, { description: 'The pooled proposal.' })
    input: ApprovePoolShareInput,
  ) {
    return run(ctx, input, () => proposals.approvePoolShare(ctx, shareRequest(input), input.note));
  }

  @Allow(...PARTICIPANTS)
  @Mutation(() => WithdrawPoolSharePayload, {
    description:
      'As the board of a member of a pooled offer (not its lead), takes your share back before the partner accepts.',
  })
  withdrawPoolShare(
    @Ctx() ctx: Context,
    @Arg('input', () => WithdrawPoolShareInput, { description: 'The pooled proposal and why.' })
    input: WithdrawPoolShareInput,
  ) {
    return run(ctx, input, () => proposals.withdrawPoolShare(ctx, shareRequest(input), input.reason));
  }

  @Allow(...PARTICIPANTS)
  @Mutation(() => SendProposalMessagePayload, {
    description: 'Writes in a proposal’s thread (parties and the brokering mentor, while it is not closed).',
  })
  sendProposalMessage(
    @Ctx() ctx: Context,
    @Arg('input', () => SendProposalMessageInput, { description: 'The message.' })
    input: SendProposalMessageInput,
  ) {
    return mutate(input, async () => {
      const id = await proposals.sendProposalMessage(
        ctx,
        decodeIdOf('Proposal', input.proposalId),
        input.body,
        input.actingAs,
      );
      return { message: await messageById(ctx, id) };
    });
  }
}
