import { LockMode } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { DomainErrors, RefusalCode, type FieldPath } from '../../shared/domain-error';
import {
  convertQuantity,
  convertQuantitySql,
  type Commodity,
  type QuantityUnit,
} from '../commodity/commodity';
import { Offering, OfferingKind, OfferingStatus } from '../offering/offering.entity';
import { PartnerRequest, PartnerRequestStatus } from '../request/partner-request.entity';
import { Program, ProgramKind, ProgramStatus } from '../program/program.entity';
import {
  PoolShareStatus,
  Proposal,
  ProposalKind,
  ProposalPoolMember,
  ProposalStatus,
  ProposalTerms,
  type PoolShareTerms,
} from './proposal.entity';
import { ProposalError } from './proposal.errors';
import { decidesOnShare } from './proposal.policy';
import type { Viewer } from '../account/viewer';

/**
 * Pooled offers: several cooperatives answer one partner request (or an offtake program's minimum
 * volume) together, each with a share out of one of its published supply offerings. The
 * proposal's cooperative is the pool's lead and acts for it through the ordinary workflow; the
 * other members approve or withdraw their shares.
 * These are the pool's rules; the service calls them at the steps named on each.
 */

/** Proposals whose shares are promised supply: open ones, and accepted ones until completed or cancelled. */
const COMMITTING_STATUSES = [
  ProposalStatus.DRAFT,
  ProposalStatus.SUBMITTED,
  ProposalStatus.UNDER_REVIEW,
  ProposalStatus.NEGOTIATING,
  ProposalStatus.ACCEPTED,
];

/** Quantities are numeric(14,2): summed in hundredths, so that 0.1 + 0.2 is 0.3. */
const hundredths = (decimal: string | number) => Math.round(Number(decimal) * 100);
const fromHundredths = (value: number) => (value / 100).toFixed(2);

/** Decimal quantities added up exactly (to the hundredth), as a decimal string. */
export function sumQuantities(quantities: readonly (string | number)[]): string {
  return fromHundredths(quantities.reduce<number>((sum, quantity) => sum + hundredths(quantity), 0));
}

export interface PoolSubject {
  /** Null while the proposal is being created. */
  proposalId: number | null;
  kind: ProposalKind;
  leadCooperativeId: number;
  requestId: number | null;
  programId: number | null;
}

/** What a stored pooled proposal's shares are checked against. */
export function poolSubjectOf(proposal: Proposal): PoolSubject {
  return {
    proposalId: proposal.id,
    kind: proposal.kind,
    leadCooperativeId: proposal.cooperative.id,
    requestId: proposal.request?.id ?? null,
    programId: proposal.program?.id ?? null,
  };
}

/** What the shares add up to, in the unit of what the pool answers. */
export interface PoolTotal {
  quantity: string;
  quantityUnit: QuantityUnit;
}

/**
 * What a pool answers and must reach a month: a partner request (its quantity), else an offtake
 * program's minimum volume. The shares are counted in its unit, out of offerings of its commodity.
 */
interface PoolTarget {
  commodity: Commodity;
  minimum: string;
  unit: QuantityUnit;
  /** How refusals name it. */
  noun: 'request' | 'program';
}

async function poolTargetOf(tx: EntityManager, subject: PoolSubject): Promise<PoolTarget> {
  // A new pool answers an open request or an active program; an existing one keeps negotiating.
  const isNew = subject.proposalId === null;
  if (subject.requestId !== null) {
    const request = await tx.findOne(PartnerRequest, subject.requestId);
    if (!request || (isNew && request.status !== PartnerRequestStatus.OPEN)) {
      throw ProposalError.referenceNotFound('requestId', 'open request of this partner');
    }
    const { commodity, quantity, quantityUnit } = request;
    return { commodity, minimum: quantity, unit: quantityUnit, noun: 'request' };
  }
  if (subject.programId === null) {
    throw ProposalError.invalid(
      'A pooled offer answers a partner request or an offtake program with a minimum volume; name one.',
      ['requestId'],
    );
  }
  const program = await tx.findOne(Program, subject.programId);
  if (!program || (isNew && program.status !== ProgramStatus.ACTIVE)) {
    throw ProposalError.referenceNotFound('programId', 'active program of this partner');
  }
  if (program.kind !== ProgramKind.OFFTAKE) {
    throw ProposalError.invalid(`A pooled offer answers an offtake program, not a ${program.kind} one.`, [
      'programId',
    ]);
  }
  if (program.minVolumePerMonth == null || program.minVolumeUnit == null || program.commodity == null) {
    throw ProposalError.invalid(
      'A pooled offer answers a program that states a minimum volume a month; this one states none.',
      ['programId'],
    );
  }
  return {
    commodity: program.commodity,
    minimum: program.minVolumePerMonth,
    unit: program.minVolumeUnit,
    noun: 'program',
  };
}

/**
 * Checks a terms version's shares (create, draft edit, counter-offer) and locks their offerings,
 * so that two pools promising the same supply at once are checked one after the other:
 * an offtake answering a request or an offtake program with a minimum volume, at least two
 * cooperatives, each once, the lead among them; each share out of its own published supply
 * offering of the commodity asked, within what the offering has left a month after the other
 * pools it is promised to.
 */
export async function checkPoolShares(
  tx: EntityManager,
  subject: PoolSubject,
  shares: readonly PoolShareTerms[],
  path: FieldPath,
): Promise<PoolTotal> {
  if (subject.kind !== ProposalKind.OFFTAKE) {
    throw ProposalError.invalid('Only an offtake proposal can be pooled.', ['kind']);
  }
  if (subject.requestId === null && subject.programId === null) {
    throw ProposalError.invalid(
      'A pooled offer answers a partner request or an offtake program with a minimum volume; name one.',
      ['requestId'],
    );
  }
  if (shares.length < 2) {
    throw ProposalError.invalid('A pool has at least two member cooperatives.', path);
  }
  const problems: ProposalError[] = [];
  const seen = new Set<number>();
  shares.forEach((share, index) => {
    if (seen.has(share.cooperativeId)) {
      problems.push(
        new ProposalError(RefusalCode.DUPLICATE, 'A cooperative takes one share of a pool.', [
          ...path,
          index,
          'cooperativeId',
        ]),
      );
    }
    seen.add(share.cooperativeId);
    if (share.deliveryFrom && share.deliveryUntil && share.deliveryFrom > share.deliveryUntil) {
      problems.push(
        ProposalError.invalid('deliveryUntil must not be before deliveryFrom.', [
          ...path,
          index,
          'deliveryUntil',
        ]),
      );
    }
  });
  if (!seen.has(subject.leadCooperativeId)) {
    problems.push(
      new ProposalError(
        RefusalCode.POOL_LEAD_NOT_MEMBER,
        'The lead cooperative takes a share of its own pool.',
        path,
      ),
    );
  }
  if (problems.length > 0) throw new DomainErrors(problems);

  const target = await poolTargetOf(tx, subject);
  await checkSharesFit(tx, target, subject.proposalId, shares, path);
  return { quantity: sumQuantities(shares.map((share) => share.quantity)), quantityUnit: target.unit };
}

/**
 * Each share (at its index in `path`) comes out of its cooperative's published supply offering of
 * the target's commodity, within what the offering has left a month after the pools other than
 * `proposalId`. Locks the offerings, in id order so that two pools locking overlapping offerings
 * cannot deadlock.
 */
async function checkSharesFit(
  tx: EntityManager,
  target: PoolTarget,
  proposalId: number | null,
  shares: readonly (PoolShareTerms & { index?: number })[],
  path: FieldPath,
): Promise<void> {
  const offeringIds = [...new Set(shares.map((share) => share.offeringId))].sort((a, b) => a - b);
  const offerings = await tx.find(
    Offering,
    { id: { $in: offeringIds } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
  );
  const offeringById = new Map(offerings.map((offering) => [offering.id, offering]));
  const committed = await committedElsewhere(tx, offeringIds, proposalId);
  const problems: ProposalError[] = [];
  shares.forEach((share, position) => {
    const index = share.index ?? position;
    const offering = offeringById.get(share.offeringId);
    const fits =
      offering !== undefined &&
      offering.cooperative.id === share.cooperativeId &&
      offering.status === OfferingStatus.PUBLISHED &&
      offering.kind === OfferingKind.SUPPLY &&
      offering.commodity === target.commodity &&
      offering.quantityPerMonth != null &&
      offering.quantityUnit != null &&
      convertQuantity(1, target.unit, offering.quantityUnit) !== null;
    if (!fits) {
      problems.push(
        new ProposalError(
          RefusalCode.POOL_OFFERING_DOES_NOT_FIT,
          `The share must come out of a published supply offering of ${target.commodity} of that cooperative, with a monthly quantity in a unit that converts to ${target.unit}.`,
          [...path, index, 'offeringId'],
        ),
      );
      return;
    }
    const unit = offering.quantityUnit!;
    const asked = convertQuantity(Number(share.quantity), target.unit, unit)!;
    const promised = committed.get(offering.id) ?? 0;
    const left = Number(offering.quantityPerMonth) - promised;
    committed.set(offering.id, promised + asked);
    if (hundredths(asked) > hundredths(left)) {
      problems.push(
        new ProposalError(
          RefusalCode.POOL_MEMBER_OVER_CAPACITY,
          `The offering has ${fromHundredths(hundredths(Math.max(left, 0)))} ${unit} a month left after the other pools it is promised to; the share asks ${fromHundredths(hundredths(asked))} ${unit}.`,
          [...path, index, 'quantity'],
        ),
      );
    }
  });
  if (problems.length > 0) throw new DomainErrors(problems);
}

/**
 * Per offering, what the pools other than `exceptProposalId` promise of it a month, in the
 * offering's own unit (`offering_id`, `committed`): the shares of open and accepted pools, less
 * withdrawn ones. The one definition of "promised" behind POOL_MEMBER_OVER_CAPACITY and what
 * suggested pools and `Offering.quantityLeftPerMonth` count as left.
 */
export function committedPerMonthQuery(
  knex: Knex,
  options: { exceptProposalId?: number | null; offeringIds?: readonly number[]; commodity?: Commodity },
): Knex.QueryBuilder {
  return knex('proposal_pool_member as pm')
    .join('proposal as p', 'p.id', 'pm.proposal_id')
    .join('offering as o', 'o.id', 'pm.offering_id')
    .whereNot('pm.status', PoolShareStatus.WITHDRAWN)
    .whereIn('p.status', COMMITTING_STATUSES)
    .modify((qb) => {
      if (options.exceptProposalId != null) qb.whereNot('pm.proposal_id', options.exceptProposalId);
      if (options.offeringIds) qb.whereIn('pm.offering_id', options.offeringIds);
      if (options.commodity) qb.where('o.commodity', options.commodity);
    })
    .groupBy('pm.offering_id')
    .select(
      'pm.offering_id',
      knex.raw(
        `coalesce(sum(${convertQuantitySql('pm.quantity', 'pm.quantity_unit', 'o.quantity_unit')}), 0) as committed`,
      ),
    );
}

/** Per offering, what other pools still promise of it a month, in the offering's own unit. */
async function committedElsewhere(
  tx: EntityManager,
  offeringIds: readonly number[],
  exceptProposalId: number | null,
): Promise<Map<number, number>> {
  const rows: { offering_id: number; committed: string }[] = await committedPerMonthQuery(tx.getKnex(), {
    exceptProposalId,
    offeringIds,
  });
  return new Map(rows.map((row) => [row.offering_id, Number(row.committed)]));
}

/** A pool's quantity is the sum of its shares: filled in when left out, refused when it differs. */
export function withPoolTotal<T extends { quantity?: string | null; quantityUnit?: QuantityUnit | null }>(
  terms: T,
  total: PoolTotal,
  path: FieldPath,
): T {
  if (terms.quantity != null && hundredths(terms.quantity) !== hundredths(total.quantity)) {
    throw ProposalError.invalid(`A pool's quantity is the sum of its shares, ${total.quantity}.`, [
      ...path,
      'quantity',
    ]);
  }
  if (terms.quantityUnit != null && terms.quantityUnit !== total.quantityUnit) {
    throw ProposalError.invalid(
      `A pool's shares are counted in the unit of what it answers, ${total.quantityUnit}.`,
      [...path, 'quantityUnit'],
    );
  }
  return { ...terms, quantity: total.quantity, quantityUnit: total.quantityUnit };
}

/** The shares of the proposal's latest terms version. */
export async function latestShares(tx: EntityManager, proposal: Proposal): Promise<PoolShareTerms[]> {
  const latest = await tx.findOneOrFail(ProposalTerms, { proposal, version: proposal.latestTermsVersion });
  return latest.poolShares ?? [];
}

/** A pooled proposal's members, with their cooperatives (for the names refusals give). */
export function loadPoolMembers(tx: EntityManager, proposal: Proposal): Promise<ProposalPoolMember[]> {
  return tx.find(ProposalPoolMember, { proposal }, { populate: ['cooperative'] });
}

/**
 * Before the pool is sent or accepted: its shares reach what the request asks a month, or the
 * program's minimum volume (POOL_BELOW_MINIMUM), with the shares of withdrawn members left out.
 */
export async function checkPoolReachesMinimum(
  tx: EntityManager,
  proposal: Proposal,
  members: readonly ProposalPoolMember[],
): Promise<void> {
  const target = await poolTargetOf(tx, poolSubjectOf(proposal));
  const active = members.filter((member) => member.status !== PoolShareStatus.WITHDRAWN);
  const total = active.reduce((sum, member) => sum + hundredths(member.quantity), 0);
  if (total < hundredths(target.minimum)) {
    const asks = target.noun === 'request' ? 'the request asks' : "the program's minimum is";
    throw new ProposalError(
      RefusalCode.POOL_BELOW_MINIMUM,
      `The pool's shares add up to ${fromHundredths(total)} ${target.unit} a month; ${asks} ${fromHundredths(hundredths(target.minimum))}.`,
      ['proposalId'],
    );
  }
}

/**
 * Before acceptance: every member's board approved its share as it stands. The lead's approval is
 * its own acceptance when the lead is the one accepting (`leadIsAccepting`).
 */
export function checkPoolApproved(
  proposal: Proposal,
  members: readonly ProposalPoolMember[],
  leadIsAccepting: boolean,
): void {
  const missing = members.filter(
    (member) =>
      member.status !== PoolShareStatus.APPROVED &&
      !(leadIsAccepting && member.cooperative.id === proposal.cooperative.id),
  );
  if (missing.length > 0) {
    const withdrawn = missing.some((member) => member.status === PoolShareStatus.WITHDRAWN);
    throw new ProposalError(
      RefusalCode.POOL_NOT_APPROVED,
      `Not every member approved its share: ${missing.map((member) => member.cooperative.name).join(', ')}.` +
        (withdrawn ? ' A member withdrew: the lead offers new shares first.' : ''),
      ['proposalId'],
    );
  }
}

const sameShare = (member: ProposalPoolMember, share: PoolShareTerms) =>
  member.offering.id === share.offeringId &&
  hundredths(member.quantity) === hundredths(share.quantity) &&
  (member.pricePerUnit == null ? null : hundredths(member.pricePerUnit)) ===
    (share.pricePerUnit == null ? null : hundredths(share.pricePerUnit)) &&
  (member.deliveryFrom ?? null) === share.deliveryFrom &&
  (member.deliveryUntil ?? null) === share.deliveryUntil;

/**
 * Makes the members follow a new terms version: a share that changed (or a member coming back)
 * asks its board again, an unchanged share keeps its answer, a cooperative left out is no longer
 * a member. When the lead's board wrote the version, its own share counts as approved.
 */
export async function syncPoolMembers(
  tx: EntityManager,
  proposal: Proposal,
  shares: readonly PoolShareTerms[],
  unit: QuantityUnit,
  approvedByLead: boolean,
  now: Date,
): Promise<void> {
  const members = await tx.find(ProposalPoolMember, { proposal });
  const byCooperative = new Map(members.map((member) => [member.cooperative.id, member]));
  for (const share of shares) {
    const fields = {
      offering: tx.getReference(Offering, share.offeringId),
      quantity: share.quantity,
      quantityUnit: unit,
      pricePerUnit: share.pricePerUnit,
      deliveryFrom: share.deliveryFrom,
      deliveryUntil: share.deliveryUntil,
    };
    let member = byCooperative.get(share.cooperativeId);
    byCooperative.delete(share.cooperativeId);
    if (!member) {
      member = tx.create(ProposalPoolMember, { ...fields, proposal, cooperative: share.cooperativeId });
    } else if (!sameShare(member, share) || member.status === PoolShareStatus.WITHDRAWN) {
      tx.assign(member, { ...fields, status: PoolShareStatus.INVITED, decidedAt: null });
    }
    if (approvedByLead && share.cooperativeId === proposal.cooperative.id) {
      tx.assign(member, { status: PoolShareStatus.APPROVED, decidedAt: now });
    }
  }
  for (const gone of byCooperative.values()) tx.remove(gone);
  await tx.flush();
}

/** The lead's board approved the pool as it stands (its mentor's draft, or the partner's terms). */
export async function approveLeadShare(tx: EntityManager, proposal: Proposal, now: Date): Promise<void> {
  const lead = await tx.findOne(ProposalPoolMember, { proposal, cooperative: proposal.cooperative });
  if (lead && lead.status !== PoolShareStatus.APPROVED) {
    tx.assign(lead, { status: PoolShareStatus.APPROVED, decidedAt: now });
  }
}

/** The member cooperatives of a pooled proposal, for who-may-see and who-may-act. */
export async function poolMemberIdsOf(tx: EntityManager, proposal: Proposal): Promise<number[]> {
  if (!proposal.isPooled) return [];
  const members = await tx.find(ProposalPoolMember, { proposal }, { fields: ['cooperative'] });
  return members.map((member) => member.cooperative.id);
}

/**
 * A member's share it decides on now: one of the viewer's board's cooperatives in the pool,
 * other than the lead; `cooperativeId` says which when the viewer sits on several.
 */
export async function shareToDecide(
  tx: EntityManager,
  proposal: Proposal,
  viewer: Viewer,
  cooperativeId: number | null,
): Promise<ProposalPoolMember> {
  const members = await tx.find(ProposalPoolMember, { proposal });
  const own = members.filter(
    (member) =>
      decidesOnShare(viewer, member.cooperative.id, proposal.cooperative.id) &&
      (cooperativeId === null || member.cooperative.id === cooperativeId),
  );
  if (own.length === 0) throw ProposalError.referenceNotFound('cooperativeId', 'member of this pool');
  if (own.length > 1) {
    throw ProposalError.invalid('You sit on the board of several members; say which with cooperativeId.', [
      'cooperativeId',
    ]);
  }
  return own[0];
}

/** A member approves its share: it must still be there to give (its offering's month, other pools). */
export async function approveShare(
  tx: EntityManager,
  proposal: Proposal,
  member: ProposalPoolMember,
  now: Date,
): Promise<void> {
  if (member.status === PoolShareStatus.APPROVED) {
    throw ProposalError.invalid('Your share is approved already.', ['proposalId']);
  }
  if (member.status === PoolShareStatus.WITHDRAWN) {
    throw ProposalError.invalid('You withdrew your share; the lead has to offer it to you again.', [
      'proposalId',
    ]);
  }
  const shares = await latestShares(tx, proposal);
  const index = shares.findIndex((share) => share.cooperativeId === member.cooperative.id);
  // Only this member's own share is its business; another member's problem is the lead's.
  const target = await poolTargetOf(tx, poolSubjectOf(proposal));
  await checkSharesFit(tx, target, proposal.id, [{ ...shares[index], index }], ['terms', 'poolShares']);
  tx.assign(member, { status: PoolShareStatus.APPROVED, decidedAt: now });
}

/** A member takes its share back; acceptance waits until the lead offers new shares. */
export function withdrawShare(tx: EntityManager, member: ProposalPoolMember, now: Date): void {
  if (member.status === PoolShareStatus.WITHDRAWN) {
    throw ProposalError.invalid('Your share is withdrawn already.', ['proposalId']);
  }
  tx.assign(member, { status: PoolShareStatus.WITHDRAWN, decidedAt: now });
}
