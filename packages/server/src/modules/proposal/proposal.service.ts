import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction, type Context } from '../../request-context';
import { DomainErrors, ForbiddenError } from '../../shared/domain-error';
import { User } from '../account/account.entity';
import { COOPERATIVE_BOARD, isMentorOf } from '../cooperative/cooperative.policy';
import { Cooperative } from '../cooperative/cooperative.entity';
import { Partner } from '../partner/partner.entity';
import { Offering, OfferingStatus } from '../offering/offering.entity';
import { Program, ProgramCoverage, ProgramStatus } from '../program/program.entity';
import { PartnerRequest } from '../request/partner-request.entity';
import { Mentor, MentorAssignment } from '../mentor/mentor.entity';
import { Region } from '../region/region.entity';
import {
  Proposal,
  ProposalAction,
  ProposalActor,
  ProposalEvent,
  ProposalKind,
  ProposalMessage,
  ProposalPoolMember,
  ProposalSide,
  ProposalStatus,
  ProposalTerms,
  type RuleDeviation,
} from './proposal.entity';
import {
  EXPIRABLE_STATUSES,
  FINAL_STATUSES,
  findTransition,
  roleOf,
  sideOf,
  stageOf,
  statusOf,
  turnAfter,
  type ProposalStage,
  type Transition,
} from './proposal.transitions';
import { termsProblems, type ProposedTerms } from './proposal.terms';
import { ProposalError } from './proposal.errors';
import { checkProgramRules, kindProblems, type RulePaths } from './proposal.program-rules';
import { actorsFor, maySeeProposal, type ProposalParties } from './proposal.policy';
import { proposalsMoved } from './proposal.events';
import {
  approveLeadShare,
  approveShare,
  checkPoolApproved,
  checkPoolReachesMinimum,
  checkPoolShares,
  latestShares,
  poolMemberIdsOf,
  loadPoolMembers,
  poolSubjectOf,
  shareToDecide,
  syncPoolMembers,
  withPoolTotal,
  withdrawShare,
  type PoolTotal,
} from './proposal.pool';

/** How long the party on turn has to act before the proposal expires; every move renews it. */
export const RESPONSE_WINDOW_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What every action on an existing proposal names: which proposal, the version seen, and for whom. */
export interface ActionRequest {
  proposalId: number;
  version: number;
  actingAs?: ProposalSide | null;
}

/** An action that passed the checks: the proposal (locked by version), who acts, and the table row. */
interface Move {
  tx: EntityManager;
  proposal: Proposal;
  actor: ProposalActor;
  transition: Transition;
  now: Date;
}

interface Step {
  action: ProposalAction;
  /** Domain checks and changes of the proposal itself; they go into the versioned update. */
  change?: (move: Move) => void | Promise<void>;
  /** Rows of the action written once the update has won (new terms); runs before the event. */
  write?: (move: Move) => void | Promise<void>;
  note?: string | null;
  /** The terms version the event refers to; the latest one by default. */
  termsVersion?: (move: Move) => number | null;
  /** The member cooperative a pool member acted for. */
  poolMember?: () => number | null;
  /** The capacity the action is for, taken when the viewer has it (a member's decision on its share). */
  actor?: ProposalActor;
}

function partiesOf(proposal: Proposal, poolMemberIds: readonly number[]): ProposalParties {
  return {
    cooperativeId: proposal.cooperative.id,
    partnerId: proposal.partner.id,
    mentorId: proposal.mentor?.id ?? null,
    startedBy: proposal.startedBy,
    isSubmitted: proposal.submittedAt != null,
    poolMemberIds,
  };
}

/**
 * Each action in its own transaction on a fresh fork (inTransaction): nothing an earlier mutation
 * of the same request loaded is reused, so the version check always sees the stored row.
 */
function transaction<T>(ctx: Context, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return inTransaction(ctx, (tx) => work(tx.em));
}

/** The proposal and its parties, if the viewer may see it; otherwise NOT_FOUND (its existence is private). */
async function loadVisible(
  ctx: Context,
  tx: EntityManager,
  id: number,
  lockMode?: LockMode,
): Promise<{ proposal: Proposal; parties: ProposalParties }> {
  const proposal = await tx.findOne(Proposal, id, lockMode ? { lockMode } : {});
  if (!proposal) throw ProposalError.notFound();
  const parties = partiesOf(proposal, await poolMemberIdsOf(tx, proposal));
  if (!maySeeProposal(ctx.viewer, parties)) throw ProposalError.notFound();
  return { proposal, parties };
}

/**
 * The capacity in which the viewer acts. Someone who may act in several (an admin) must say for
 * which party; someone who may see but not act (cooperative staff) is FORBIDDEN.
 */
function chooseActor(candidates: ProposalActor[], actingAs?: ProposalSide | null): ProposalActor {
  if (candidates.length === 0) {
    throw new ForbiddenError(
      "Only the cooperative's board, the partner's staff, the brokering mentor or an admin may act on this proposal.",
    );
  }
  if (actingAs) {
    const wanted = candidates.find((actor) => sideOf(actor) === actingAs);
    if (!wanted) throw new ForbiddenError(`You may not act for the ${actingAs.toLowerCase()} here.`);
    return wanted;
  }
  if (candidates.length > 1) {
    throw ProposalError.invalid('You may act for either party here; say which with actingAs.', ['actingAs']);
  }
  return candidates[0];
}

/** The table row for this move, or INVALID_TRANSITION. */
function allowedMove(
  stage: ProposalStage,
  action: ProposalAction,
  actor: ProposalActor,
  turn: ProposalSide | null,
): Transition {
  const role = roleOf(actor, turn);
  const transition = findTransition(stage, action, role);
  if (!transition) throw ProposalError.invalidTransition(stage, action, role);
  return transition;
}

/** Status, turn, deadline and milestones after a move, as the table row says. */
export function applyTransition(proposal: Proposal, move: Omit<Move, 'proposal' | 'tx'>): void {
  const { transition, actor, now } = move;
  const turn = turnAfter(transition.turn, actor, proposal.turn);
  if (transition.turn !== 'keep') proposal.turnSince = turn ? now : null;
  proposal.turn = turn;
  const stage = transition.to as Exclude<ProposalStage, 'NEW'>;
  proposal.status = statusOf(stage);
  proposal.awaitingDraftApproval = stage === 'MENTOR_DRAFT';
  proposal.expiresAt = EXPIRABLE_STATUSES.includes(proposal.status)
    ? new Date(now.getTime() + RESPONSE_WINDOW_DAYS * DAY_MS)
    : null;
  if (stage === ProposalStatus.SUBMITTED) proposal.submittedAt ??= now;
  if (FINAL_STATUSES.includes(proposal.status)) proposal.closedAt = now;
  // Always part of the update, so that even an edit of the terms alone bumps the version.
  proposal.updatedAt = now;
}

export interface EventData {
  actorUser: User | null;
  actor: ProposalActor;
  action: ProposalAction;
  fromStatus: ProposalStatus | null;
  termsVersion: number | null;
  note: string | null;
  createdAt: Date;
  /** The member cooperative that approved or withdrew its share of a pool. */
  poolMember?: number | null;
}

/** One row of the audit trail, after the proposal has taken its new status and turn. */
export function recordEvent(tx: EntityManager, proposal: Proposal, event: EventData): void {
  tx.create(ProposalEvent, {
    ...event,
    poolMember: event.poolMember ?? null,
    proposal,
    side: sideOf(event.actor),
    toStatus: proposal.status,
    turnAfter: proposal.turn ?? null,
  });
}

/**
 * Runs one action in one transaction: visibility, the actor, the version the client saw, the
 * transition table, then the versioned UPDATE of the proposal — flushed on its own and first,
 * so that of several concurrent actions exactly one passes it and the others get CONFLICT before
 * writing anything — and finally the action's rows and its one event.
 */
async function act(ctx: Context, request: ActionRequest, step: Step): Promise<number> {
  return transaction(ctx, async (tx) => {
    const { proposal, parties } = await loadVisible(ctx, tx, request.proposalId);
    const candidates = actorsFor(ctx.viewer, parties);
    const actor =
      step.actor && candidates.includes(step.actor) ? step.actor : chooseActor(candidates, request.actingAs);
    // Before the table, so that every loser of a race sees CONFLICT, whatever the state became.
    if (proposal.version !== request.version) throw ProposalError.conflict();
    const fromStatus = proposal.status;
    const turnBefore = proposal.turn ?? null;
    const transition = allowedMove(stageOf(proposal), step.action, actor, turnBefore);
    const move: Move = { tx, proposal, actor, transition, now: new Date() };
    await step.change?.(move);
    applyTransition(proposal, move);
    await tx.flush();
    await step.write?.(move);
    await proposalsMoved(tx, [
      {
        proposalId: proposal.id,
        action: step.action,
        actor,
        actorUserId: ctx.viewer!.userId,
        turnBefore,
        turnAfter: proposal.turn ?? null,
        poolMemberId: step.poolMember?.() ?? null,
      },
    ]);
    recordEvent(tx, proposal, {
      actorUser: tx.getReference(User, ctx.viewer!.userId),
      actor,
      action: step.action,
      fromStatus,
      termsVersion: step.termsVersion ? step.termsVersion(move) : proposal.latestTermsVersion,
      note: step.note?.trim() || null,
      createdAt: move.now,
      poolMember: step.poolMember?.() ?? null,
    });
    return proposal.id;
  });
}

/* ---------- Terms ---------- */

/** What a terms version is judged against besides itself: the proposal's parties and references. */
interface TermsSubject {
  kind: ProposalKind;
  cooperativeId: number;
  programId: number | null;
  offeringId: number | null;
  requestId: number | null;
}

const subjectOf = (proposal: Proposal): TermsSubject => ({
  kind: proposal.kind,
  cooperativeId: proposal.cooperative.id,
  programId: proposal.program?.id ?? null,
  offeringId: proposal.offering?.id ?? null,
  requestId: proposal.request?.id ?? null,
});

/** Where refusals of a version point: its terms, and the input field that named the program. */
const pathsFor = (programField: string): RulePaths => ({
  terms: ['terms'],
  program: [programField],
  kind: ['kind'],
});

/**
 * Checks a terms version (a first offer, an edited draft or a counter-offer, by either side):
 * its own consistency, then the rules of the proposal's program (program.requirements.ts).
 * Every broken firm rule is refused at once, before anything is written; the breaches of
 * negotiable rules come back, to be stored with the version.
 */
async function checkTerms(
  tx: EntityManager,
  subject: TermsSubject,
  terms: ProposedTerms,
  paths: RulePaths,
): Promise<RuleDeviation[]> {
  const problems = termsProblems(subject.kind, terms, paths.terms);
  if (problems.length > 0) throw new DomainErrors(problems);
  if (terms.deliveryRegionCode && !(await tx.count(Region, { code: terms.deliveryRegionCode }))) {
    throw ProposalError.referenceNotFound('terms.deliveryRegionCode', 'region');
  }
  if (subject.programId === null) return [];
  // One after the other: they share the transaction's connection.
  const program = await tx.findOneOrFail(Program, subject.programId);
  const coverage = await tx.find(ProgramCoverage, { program: subject.programId });
  const cooperative = await tx.findOneOrFail(Cooperative, subject.cooperativeId);
  const offering = subject.offeringId === null ? null : await tx.findOne(Offering, subject.offeringId);
  const request = subject.requestId === null ? null : await tx.findOne(PartnerRequest, subject.requestId);
  const outcome = checkProgramRules(
    {
      kind: program.kind,
      negotiableRules: program.negotiableRules,
      requiredDocuments: program.requiredDocuments,
      eligibleUnitTypes: program.eligibleUnitTypes,
      minAmount: program.minAmount ?? null,
      maxAmount: program.maxAmount ?? null,
      operatingCostCap: program.operatingCostCap ?? null,
      coverage: coverage.map((row) => row.region.code),
      ratePerYear: program.ratePerYear ?? null,
      maxTenorMonths: program.maxTenorMonths ?? null,
      minGraceMonths: program.minGraceMonths ?? null,
      maxGraceMonths: program.maxGraceMonths ?? null,
      commodity: program.commodity ?? null,
    },
    {
      kind: subject.kind,
      cooperative: { kind: cooperative.kind, villageCode: cooperative.village.code },
      commodity: offering?.commodity ?? request?.commodity ?? null,
      terms,
    },
    paths,
  );
  if (outcome.refusals.length > 0) throw new DomainErrors(outcome.refusals);
  return outcome.deviations;
}

function termsData(terms: ProposedTerms) {
  return {
    amount: terms.amount ?? null,
    pricePerUnit: terms.pricePerUnit ?? null,
    quantity: terms.quantity ?? null,
    quantityUnit: terms.quantityUnit ?? null,
    tenorMonths: terms.tenorMonths ?? null,
    ratePerYear: terms.ratePerYear ?? null,
    graceMonths: terms.graceMonths ?? null,
    operatingCostAmount: terms.operatingCostAmount ?? null,
    collateral: terms.collateral?.trim() || null,
    collateralValue: terms.collateralValue ?? null,
    delivery: terms.delivery?.trim() || null,
    deliveryRegion: terms.deliveryRegionCode ?? null,
    paymentDays: terms.paymentDays ?? null,
    note: terms.note?.trim() || null,
    poolShares: terms.poolShares ?? null,
  };
}

function writeTerms(
  ctx: Context,
  move: Move,
  version: number,
  terms: ProposedTerms,
  ruleDeviations: RuleDeviation[],
): void {
  move.tx.create(ProposalTerms, {
    ...termsData(terms),
    ruleDeviations,
    proposal: move.proposal,
    version,
    authorSide: sideOf(move.actor)!,
    author: move.tx.getReference(User, ctx.viewer!.userId),
    createdAt: move.now,
  });
}

/**
 * A pooled proposal's new terms with their shares checked and the quantity filled in; shares left
 * out carry over from the latest version. Refuses shares on a proposal that is not pooled.
 */
async function withPoolShares(
  tx: EntityManager,
  proposal: Proposal,
  terms: ProposedTerms,
): Promise<{ terms: ProposedTerms; pool: PoolTotal | null }> {
  if (!proposal.isPooled) {
    if (terms.poolShares != null) {
      throw ProposalError.invalid('Only a pooled offer has shares.', ['terms', 'poolShares']);
    }
    return { terms, pool: null };
  }
  const shares = terms.poolShares ?? (await latestShares(tx, proposal));
  const pool = await checkPoolShares(tx, poolSubjectOf(proposal), shares, ['terms', 'poolShares']);
  return { terms: withPoolTotal({ ...terms, poolShares: shares }, pool, ['terms']), pool };
}

/* ---------- Creating ---------- */

export interface CreateProposalData {
  kind: ProposalKind;
  cooperativeId: number;
  partnerId: number;
  offeringId: number | null;
  programId: number | null;
  requestId: number | null;
  title: string;
  terms: ProposedTerms;
  actingAs: ProposalSide | null;
}

/** The capacities in which the viewer may start a proposal between these two organisations. */
async function creators(ctx: Context, cooperativeId: number, partnerId: number): Promise<ProposalActor[]> {
  const viewer = ctx.viewer!;
  const actors: ProposalActor[] = [];
  if (viewer.isAdmin || viewer.isOfficerOf(cooperativeId, COOPERATIVE_BOARD))
    actors.push(ProposalActor.COOPERATIVE);
  if (viewer.isAdmin || viewer.isStaffOf(partnerId)) actors.push(ProposalActor.PARTNER);
  if (!viewer.isAdmin && (await isMentorOf(ctx, cooperativeId))) actors.push(ProposalActor.MENTOR);
  return actors;
}

/**
 * The mentor record a mentor drafts under: the BA assigned to the cooperative, or (a PMO drafting
 * for a cooperative of its BAs) its own.
 */
async function draftingMentor(ctx: Context, tx: EntityManager, cooperativeId: number): Promise<Mentor> {
  const mentorIds = ctx.viewer!.mentorIds();
  const assignment = await tx.findOne(MentorAssignment, {
    cooperative: cooperativeId,
    endedAt: null,
    mentor: { $in: mentorIds },
  });
  return tx.getReference(Mentor, assignment?.mentor.id ?? mentorIds[0]);
}

/**
 * The optional references must exist and belong to the two parties; drafts only to their own side.
 * The kind must be one the program takes and one that can answer the offering (proposal.fit.ts).
 */
async function checkReferences(
  tx: EntityManager,
  data: CreateProposalData,
  side: ProposalSide,
): Promise<void> {
  let offering: Offering | null = null;
  let program: Program | null = null;
  if (data.offeringId != null) {
    offering = await tx.findOne(Offering, { id: data.offeringId, cooperative: data.cooperativeId });
    if (!offering || (offering.status === OfferingStatus.DRAFT && side !== ProposalSide.COOPERATIVE)) {
      throw ProposalError.referenceNotFound('offeringId', 'offering of this cooperative');
    }
  }
  if (data.programId != null) {
    program = await tx.findOne(Program, { id: data.programId, partner: data.partnerId });
    if (!program || (program.status === ProgramStatus.DRAFT && side !== ProposalSide.PARTNER)) {
      throw ProposalError.referenceNotFound('programId', 'program of this partner');
    }
  }
  if (
    data.requestId != null &&
    !(await tx.count(PartnerRequest, { id: data.requestId, partner: data.partnerId }))
  ) {
    throw ProposalError.referenceNotFound('requestId', 'request of this partner');
  }
  const misfits = kindProblems(data.kind, program, offering, ['kind']);
  if (misfits.length > 0) throw new DomainErrors(misfits);
}

/**
 * Starts a proposal as a draft with its first terms. Cooperative board members and partner staff
 * start it for their organisation; a mentor starts it for a cooperative of its caseload, and then
 * the cooperative's board has to approve it before it is sent.
 */
export async function createProposal(ctx: Context, data: CreateProposalData): Promise<number> {
  // Who may start it is settled before the transaction opens (the mentor check reads the caseload).
  if (!(await ctx.em.count(Cooperative, { id: data.cooperativeId }))) {
    throw ProposalError.referenceNotFound('cooperativeId', 'cooperative');
  }
  if (!(await ctx.em.count(Partner, { id: data.partnerId }))) {
    throw ProposalError.referenceNotFound('partnerId', 'partner');
  }
  const actor = chooseActor(await creators(ctx, data.cooperativeId, data.partnerId), data.actingAs);
  const side = sideOf(actor)!;
  const transition = allowedMove('NEW', ProposalAction.CREATE, actor, null);
  return transaction(ctx, async (tx) => {
    await checkReferences(tx, data, side);
    let terms = data.terms;
    let pool: PoolTotal | null = null;
    if (terms.poolShares != null) {
      // A pool is the cooperatives' answer to a request: their side starts it.
      if (side !== ProposalSide.COOPERATIVE) {
        throw ProposalError.invalid('A pooled offer is started by its lead cooperative or its mentor.', [
          'terms',
          'poolShares',
        ]);
      }
      pool = await checkPoolShares(
        tx,
        {
          proposalId: null,
          kind: data.kind,
          leadCooperativeId: data.cooperativeId,
          requestId: data.requestId,
          programId: data.programId,
        },
        terms.poolShares,
        ['terms', 'poolShares'],
      );
      terms = withPoolTotal(terms, pool, ['terms']);
    }
    const ruleDeviations = await checkTerms(tx, data, terms, pathsFor('programId'));
    const now = new Date();
    const proposal = tx.create(Proposal, {
      kind: data.kind,
      title: data.title.trim(),
      cooperative: data.cooperativeId,
      partner: data.partnerId,
      offering: data.offeringId,
      program: data.programId,
      request: data.requestId,
      mentor: actor === ProposalActor.MENTOR ? await draftingMentor(ctx, tx, data.cooperativeId) : null,
      createdBy: tx.getReference(User, ctx.viewer!.userId),
      startedBy: side,
      isPooled: pool !== null,
      createdAt: now,
    });
    applyTransition(proposal, { actor, transition, now });
    const move: Move = { tx, proposal, actor, transition, now };
    writeTerms(ctx, move, 1, terms, ruleDeviations);
    recordEvent(tx, proposal, {
      actorUser: tx.getReference(User, ctx.viewer!.userId),
      actor,
      action: ProposalAction.CREATE,
      fromStatus: null,
      termsVersion: 1,
      note: null,
      createdAt: now,
    });
    await tx.flush();
    if (pool) {
      const approvedByLead = actor === ProposalActor.COOPERATIVE;
      await syncPoolMembers(tx, proposal, terms.poolShares!, pool.quantityUnit, approvedByLead, now);
    }
    await proposalsMoved(tx, [
      {
        proposalId: proposal.id,
        action: ProposalAction.CREATE,
        actor,
        actorUserId: ctx.viewer!.userId,
        turnBefore: null,
        turnAfter: proposal.turn ?? null,
        isPooled: proposal.isPooled,
      },
    ]);
    return proposal.id;
  });
}

/* ---------- Acting on a proposal ---------- */

/** Edits a draft's title and/or first terms (replaced as a whole). */
export function updateProposalDraft(
  ctx: Context,
  request: ActionRequest,
  changes: { title?: string | null; terms?: ProposedTerms | null },
): Promise<number> {
  if (changes.title == null && changes.terms == null) {
    // The whole input: neither field was given.
    throw ProposalError.invalid('Give a new title or new terms.', []);
  }
  let ruleDeviations: RuleDeviation[] = [];
  let terms = changes.terms ?? null;
  let pool: PoolTotal | null = null;
  return act(ctx, request, {
    action: ProposalAction.UPDATE_DRAFT,
    change: async ({ tx, proposal }) => {
      if (terms) {
        ({ terms, pool } = await withPoolShares(tx, proposal, terms));
        ruleDeviations = await checkTerms(tx, subjectOf(proposal), terms, pathsFor('proposalId'));
      }
      if (changes.title != null) proposal.title = changes.title.trim();
    },
    write: async ({ tx, proposal, actor, now }) => {
      if (!terms) return;
      const first = await tx.findOneOrFail(ProposalTerms, { proposal, version: 1 });
      tx.assign(first, {
        ...termsData(terms),
        ruleDeviations,
        author: tx.getReference(User, ctx.viewer!.userId),
      });
      if (pool) {
        const approvedByLead = actor === ProposalActor.COOPERATIVE;
        await syncPoolMembers(tx, proposal, terms.poolShares!, pool.quantityUnit, approvedByLead, now);
      }
    },
  });
}

/** Sends the viewer's own draft to the other party. */
export function submitProposal(ctx: Context, request: ActionRequest, note?: string | null): Promise<number> {
  return act(ctx, request, { action: ProposalAction.SUBMIT, note, change: poolReachesMinimum });
}

/** A pool is sent only once its shares reach what the request asks. */
async function poolReachesMinimum({ tx, proposal }: Move): Promise<void> {
  if (proposal.isPooled) await checkPoolReachesMinimum(tx, proposal, await loadPoolMembers(tx, proposal));
}

/** The cooperative's board approves its mentor's draft, which sends it in the cooperative's name. */
export function approveProposalDraft(
  ctx: Context,
  request: ActionRequest,
  note?: string | null,
): Promise<number> {
  return act(ctx, request, {
    action: ProposalAction.APPROVE_DRAFT,
    note,
    change: poolReachesMinimum,
    // The lead's board approving its mentor's pool approves its own share with it.
    write: async ({ tx, proposal, now }) => {
      if (proposal.isPooled) await approveLeadShare(tx, proposal, now);
    },
  });
}

/** The cooperative's board rejects its mentor's draft; it is closed without being sent. */
export function rejectProposalDraft(ctx: Context, request: ActionRequest, reason: string): Promise<number> {
  return act(ctx, request, { action: ProposalAction.REJECT_DRAFT, note: reason });
}

/** The receiving party starts reviewing the first terms; the turn stays with it. */
export function startProposalReview(
  ctx: Context,
  request: ActionRequest,
  note?: string | null,
): Promise<number> {
  return act(ctx, request, { action: ProposalAction.START_REVIEW, note });
}

/** A counter-offer: a new terms version by the party on turn; the turn passes to the other party. */
export function counterProposal(
  ctx: Context,
  request: ActionRequest,
  terms: ProposedTerms,
  note?: string | null,
): Promise<number> {
  let ruleDeviations: RuleDeviation[] = [];
  let pool: PoolTotal | null = null;
  return act(ctx, request, {
    action: ProposalAction.COUNTER,
    note,
    change: async ({ tx, proposal }) => {
      ({ terms, pool } = await withPoolShares(tx, proposal, terms));
      ruleDeviations = await checkTerms(tx, subjectOf(proposal), terms, pathsFor('proposalId'));
      proposal.latestTermsVersion += 1;
    },
    write: async (move) => {
      writeTerms(ctx, move, move.proposal.latestTermsVersion, terms, ruleDeviations);
      if (pool) {
        const approvedByLead = move.actor === ProposalActor.COOPERATIVE;
        await syncPoolMembers(
          move.tx,
          move.proposal,
          terms.poolShares!,
          pool.quantityUnit,
          approvedByLead,
          move.now,
        );
      }
    },
  });
}

/** Accepts a terms version: it must be the latest, and written by the other party. */
export function acceptProposal(
  ctx: Context,
  request: ActionRequest,
  termsVersion: number,
  note?: string | null,
): Promise<number> {
  return act(ctx, request, {
    action: ProposalAction.ACCEPT,
    note,
    change: async ({ tx, proposal, actor }) => {
      if (termsVersion !== proposal.latestTermsVersion) {
        throw ProposalError.invalid(
          `Only the latest terms (version ${proposal.latestTermsVersion}) can be accepted.`,
          ['termsVersion'],
        );
      }
      const latest = await tx.findOneOrFail(ProposalTerms, { proposal, version: termsVersion });
      // The table already puts the turn on the party that did not write them; this says so twice.
      if (latest.authorSide === sideOf(actor)) {
        throw ProposalError.invalidTransition(stageOf(proposal), ProposalAction.ACCEPT, 'WAITING');
      }
      if (proposal.isPooled) {
        const members = await loadPoolMembers(tx, proposal);
        await checkPoolReachesMinimum(tx, proposal, members);
        checkPoolApproved(proposal, members, actor === ProposalActor.COOPERATIVE);
      }
      proposal.acceptedTermsVersion = termsVersion;
    },
    write: async ({ tx, proposal, actor, now }) => {
      if (proposal.isPooled && actor === ProposalActor.COOPERATIVE) await approveLeadShare(tx, proposal, now);
    },
    termsVersion: () => termsVersion,
  });
}

/** The party on turn turns the proposal down. */
export function declineProposal(ctx: Context, request: ActionRequest, reason: string): Promise<number> {
  return act(ctx, request, { action: ProposalAction.DECLINE, note: reason });
}

/** The party waiting for an answer pulls back what it put forward, or a draft is discarded. */
export function withdrawProposal(
  ctx: Context,
  request: ActionRequest,
  note?: string | null,
): Promise<number> {
  return act(ctx, request, { action: ProposalAction.WITHDRAW, note });
}

/** An accepted proposal was carried out. */
export function completeProposal(
  ctx: Context,
  request: ActionRequest,
  note?: string | null,
): Promise<number> {
  return act(ctx, request, {
    action: ProposalAction.COMPLETE,
    note,
    termsVersion: ({ proposal }) => proposal.acceptedTermsVersion ?? null,
  });
}

/** An accepted proposal was called off. */
export function cancelProposal(ctx: Context, request: ActionRequest, reason: string): Promise<number> {
  return act(ctx, request, {
    action: ProposalAction.CANCEL,
    note: reason,
    termsVersion: ({ proposal }) => proposal.acceptedTermsVersion ?? null,
  });
}

/**
 * A message in the thread. It changes nothing, so it needs no version and writes no event; the
 * table still says who may write in which state. A share lock on the proposal keeps a message
 * from slipping in while a concurrent action closes it.
 */
export async function sendProposalMessage(
  ctx: Context,
  proposalId: number,
  body: string,
  actingAs?: ProposalSide | null,
): Promise<number> {
  return transaction(ctx, async (tx) => {
    const { proposal, parties } = await loadVisible(ctx, tx, proposalId, LockMode.PESSIMISTIC_READ);
    const actor = chooseActor(actorsFor(ctx.viewer, parties), actingAs);
    allowedMove(stageOf(proposal), ProposalAction.SEND_MESSAGE, actor, proposal.turn ?? null);
    const message = tx.create(ProposalMessage, {
      proposal,
      author: tx.getReference(User, ctx.viewer!.userId),
      authorActor: actor,
      body: body.trim(),
    });
    await tx.flush();
    const turn = proposal.turn ?? null;
    await proposalsMoved(tx, [
      {
        proposalId,
        action: ProposalAction.SEND_MESSAGE,
        actor,
        actorUserId: ctx.viewer!.userId,
        turnBefore: turn,
        turnAfter: turn,
      },
    ]);
    return message.id;
  });
}

/* ---------- A pool's members ---------- */

/** What a member's decision names besides the proposal: which of the viewer's cooperatives. */
export interface ShareRequest extends ActionRequest {
  cooperativeId: number | null;
}

function decideShare(
  ctx: Context,
  request: ShareRequest,
  action: ProposalAction,
  note: string | null | undefined,
  decide: (
    tx: EntityManager,
    proposal: Proposal,
    member: ProposalPoolMember,
    now: Date,
  ) => void | Promise<void>,
): Promise<number> {
  let memberId: number | null = null;
  return act(
    ctx,
    { ...request, actingAs: null },
    {
      action,
      actor: ProposalActor.POOL_MEMBER,
      note,
      change: async ({ tx, proposal, now }) => {
        const member = await shareToDecide(tx, proposal, ctx.viewer!, request.cooperativeId);
        memberId = member.cooperative.id;
        await decide(tx, proposal, member, now);
      },
      poolMember: () => memberId,
    },
  );
}

/** A member's board approves its share of the pool as it stands. */
export function approvePoolShare(ctx: Context, request: ShareRequest, note?: string | null): Promise<number> {
  return decideShare(ctx, request, ProposalAction.APPROVE_SHARE, note, approveShare);
}

/** A member's board takes its share back; the lead has to offer new shares before acceptance. */
export function withdrawPoolShare(ctx: Context, request: ShareRequest, reason: string): Promise<number> {
  return decideShare(ctx, request, ProposalAction.WITHDRAW_SHARE, reason, (tx, _proposal, member, now) =>
    withdrawShare(tx, member, now),
  );
}
