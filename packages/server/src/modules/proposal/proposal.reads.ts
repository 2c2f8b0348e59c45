import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../request-context';
import { loadMany, loadOne } from '../../request-context';
import type { ConnectionShape, PageArgs } from '../../shared/paging';
import { fromPgTimestamp } from '../../shared/time';
import { columnList, type Ordering, type PageExtras } from '../../read-layer/keyset';
import { byId, nestedList, readTable, rootList, rowsOf } from '../../read-layer/read-table';
import { maySeeCooperativeRecords } from '../cooperative/cooperative.policy';
import { dinasCoversSql, type DinasScoped } from '../region/region-scope';
import { ProposalKind, ProposalSide, ProposalStatus } from './proposal.entity';
import { OPEN_STATUSES } from './proposal.transitions';
import { ProposalOrder, type ProposalFilter } from './proposal.input';
import {
  Proposal,
  ProposalEvent,
  ProposalMessage,
  ProposalPipeline,
  ProposalStatusCount,
  ProposalTerms,
  Responsiveness,
  PoolMember,
  type PoolMemberRow,
  type ProposalEventRow,
  type ProposalMessageRow,
  type ProposalRow,
  type ProposalTermsRow,
} from './proposal.type';
import { poolMembership, whereViewersTurn, whereVisible } from './proposal.policy';
import { committedPerMonthQuery } from './proposal.pool';

const PROPOSALS = readTable({
  name: 'proposal',
  from: 'proposal as p',
  columns: [
    'p.id',
    'p.kind',
    'p.title',
    'p.cooperative_id',
    'p.partner_id',
    'p.offering_id',
    'p.program_id',
    'p.request_id',
    'p.mentor_id',
    'p.started_by',
    'p.status',
    'p.awaiting_draft_approval',
    'p.turn',
    'p.turn_since',
    'p.turn_order',
    'p.expires_at',
    'p.submitted_at',
    'p.closed_at',
    'p.latest_terms_version',
    'p.accepted_terms_version',
    'p.is_pooled',
    'p.version',
    'p.created_at',
    'p.updated_at',
  ],
  textColumns: [
    'turn_since',
    'turn_order',
    'expires_at',
    'submitted_at',
    'closed_at',
    'created_at',
    'updated_at',
  ],
  toNode: (row: ProposalRow) => Proposal.fromRow(row),
  // Proposals the viewer may not see read as missing, by id and in every list.
  visibleWhere: (ctx, rows) => whereVisible(rows, ctx.viewer),
});

const ORDERINGS: Record<ProposalOrder, Ordering> = {
  [ProposalOrder.TURN_AGE]: {
    name: 'TURN_AGE',
    direction: 'asc',
    columns: [
      { sql: 'p.turn_order', key: 'turn_order', kind: 'timestamp' },
      { sql: 'p.id', key: 'id', kind: 'integer' },
    ],
  },
  [ProposalOrder.RECENTLY_UPDATED]: {
    name: 'RECENTLY_UPDATED',
    direction: 'desc',
    columns: [
      { sql: 'p.updated_at', key: 'updated_at', kind: 'timestamp' },
      { sql: 'p.id', key: 'id', kind: 'integer' },
    ],
  },
  [ProposalOrder.NEWEST]: {
    name: 'NEWEST',
    direction: 'desc',
    columns: [
      { sql: 'p.created_at', key: 'created_at', kind: 'timestamp' },
      { sql: 'p.id', key: 'id', kind: 'integer' },
    ],
  },
};

/** Batched lookup by id; proposals the viewer may not see read as missing. */
export function proposalById(ctx: Context, id: number): Promise<Proposal | null> {
  return byId(ctx, PROPOSALS, id);
}

/** The filter in database ids (global IDs are decoded by the resolver). */
export interface ProposalListFilter extends Omit<ProposalFilter, 'cooperativeId' | 'partnerId'> {
  cooperativeId?: number | null;
  partnerId?: number | null;
}

/** Proposals where the viewer is on `side`: as an officer or staff member (of the lead or a pool's member), or as the brokering mentor. */
function whereOnSide(ctx: Context, qb: Knex.QueryBuilder, side: ProposalSide): void {
  const viewer = ctx.viewer!;
  if (viewer.isAdmin) return;
  if (side === ProposalSide.PARTNER) {
    qb.whereIn('p.partner_id', viewer.partnerIds());
    return;
  }
  qb.where((own) =>
    own
      .whereIn('p.cooperative_id', viewer.cooperativeIds())
      .orWhereIn('p.mentor_id', viewer.mentorIds())
      .orWhereExists(poolMembership(viewer.cooperativeIds())),
  );
}

function applyFilter(ctx: Context, qb: Knex.QueryBuilder, filter: ProposalListFilter): Knex.QueryBuilder {
  if (filter.statuses?.length) qb.whereIn('p.status', filter.statuses);
  if (filter.kinds?.length) qb.whereIn('p.kind', filter.kinds);
  if (filter.cooperativeId != null) qb.where('p.cooperative_id', filter.cooperativeId);
  if (filter.partnerId != null) qb.where('p.partner_id', filter.partnerId);
  if (filter.side) whereOnSide(ctx, qb, filter.side);
  if (filter.isMyTurn != null) {
    if (filter.isMyTurn) whereViewersTurn(qb, ctx.viewer);
    // NOT(turn = …) is NULL, not true, for a proposal nobody is on turn for: keep those explicitly.
    else {
      qb.where((others) =>
        others.whereNull('p.turn').orWhereNot((mine) => whereViewersTurn(mine, ctx.viewer)),
      );
    }
  }
  return qb;
}

/** The proposals the viewer may see, with filters; longest waiting first by default. */
export function listProposals(
  ctx: Context,
  filter: ProposalListFilter,
  order: ProposalOrder,
  args: PageArgs,
  extras: PageExtras = {},
): Promise<ConnectionShape<Proposal>> {
  return rootList(ctx, PROPOSALS, {
    name: 'proposals',
    ordering: ORDERINGS[order],
    args,
    ...extras,
    where: (rows) => applyFilter(ctx, rows, filter),
  });
}

/* ---------- Terms, events and messages of a proposal (the parent was checked for visibility) ---------- */

const TERMS = readTable({
  name: 'proposalTerms',
  from: 'proposal_terms as t',
  columns: [
    't.id',
    't.proposal_id',
    't.version',
    't.author_side',
    't.amount',
    't.price_per_unit',
    't.quantity',
    't.quantity_unit',
    't.tenor_months',
    't.rate_per_year',
    't.delivery',
    't.delivery_region_code',
    't.payment_days',
    't.note',
    't.created_at',
  ],
  textColumns: ['amount', 'price_per_unit', 'quantity', 'rate_per_year', 'created_at'],
  toNode: (row: ProposalTermsRow) => ProposalTerms.fromRow(row),
});

const EVENTS = readTable({
  name: 'proposalEvent',
  from: 'proposal_event as e',
  columns: [
    'e.id',
    'e.proposal_id',
    'e.actor_user_id',
    'e.actor',
    'e.side',
    'e.action',
    'e.from_status',
    'e.to_status',
    'e.turn_after',
    'e.terms_version',
    'e.note',
    'e.pool_member_id',
    'e.created_at',
  ],
  textColumns: ['created_at'],
  toNode: (row: ProposalEventRow) => ProposalEvent.fromRow(row),
});

const MESSAGES = readTable({
  name: 'proposalMessage',
  from: 'proposal_message as m',
  columns: ['m.id', 'm.proposal_id', 'm.author_id', 'm.author_actor', 'm.body', 'm.created_at'],
  textColumns: ['created_at'],
  toNode: (row: ProposalMessageRow) => ProposalMessage.fromRow(row),
});

const OLDEST_FIRST = (alias: string): Ordering => ({
  name: 'OLDEST_FIRST',
  direction: 'asc',
  columns: [
    { sql: `${alias}.created_at`, key: 'created_at', kind: 'timestamp' },
    { sql: `${alias}.id`, key: 'id', kind: 'integer' },
  ],
});

/** Every terms version of a proposal, first offer first; batched across proposals. */
export function termsOfProposal(
  ctx: Context,
  proposalId: number,
  args: PageArgs,
): Promise<ConnectionShape<ProposalTerms>> {
  return nestedList(
    ctx,
    TERMS,
    {
      name: 'proposal.terms',
      ordering: {
        name: 'VERSION',
        direction: 'asc',
        columns: [
          { sql: 't.version', key: 'version', kind: 'integer' },
          { sql: 't.id', key: 'id', kind: 'integer' },
        ],
      },
      args,
      parentSql: 't.proposal_id',
      where: (rows, ids) => rows.whereIn('t.proposal_id', ids),
    },
    proposalId,
  );
}

/** One terms version of a proposal (latest or accepted); batched. */
export function termsVersion(
  ctx: Context,
  proposalId: number,
  version: number,
): Promise<ProposalTerms | null> {
  return loadOne<string, ProposalTermsRow, ProposalTerms>(ctx, 'termsVersion', `${proposalId}:${version}`, {
    fetch: (keys) => {
      const pairs = keys.map((key) => key.split(':').map(Number));
      return rowsOf(ctx, TERMS)
        .select(columnList(ctx.knex, TERMS.columns))
        .whereRaw('(t.proposal_id, t.version) in (select * from unnest(?::int[], ?::int[]))', [
          pairs.map(([id]) => id),
          pairs.map(([, number]) => number),
        ]);
    },
    keyOf: (row) => `${row.proposal_id}:${row.version}`,
    toNode: TERMS.toNode,
  });
}

/** The audit trail of a proposal, oldest first; batched. */
export function eventsOfProposal(
  ctx: Context,
  proposalId: number,
  args: PageArgs,
): Promise<ConnectionShape<ProposalEvent>> {
  return nestedList(
    ctx,
    EVENTS,
    {
      name: 'proposal.events',
      ordering: OLDEST_FIRST('e'),
      args,
      parentSql: 'e.proposal_id',
      where: (rows, ids) => rows.whereIn('e.proposal_id', ids),
    },
    proposalId,
  );
}

/** The thread of a proposal, oldest first; batched. */
export function messagesOfProposal(
  ctx: Context,
  proposalId: number,
  args: PageArgs,
): Promise<ConnectionShape<ProposalMessage>> {
  return nestedList(
    ctx,
    MESSAGES,
    {
      name: 'proposal.messages',
      ordering: OLDEST_FIRST('m'),
      args,
      parentSql: 'm.proposal_id',
      where: (rows, ids) => rows.whereIn('m.proposal_id', ids),
    },
    proposalId,
  );
}

/** A message by id, for the payload of sendProposalMessage. */
export function messageById(ctx: Context, id: number): Promise<ProposalMessage | null> {
  return byId(ctx, MESSAGES, id);
}

/**
 * The display name of someone who acted on or wrote in a proposal. Users are otherwise private
 * (see account.reads.ts); the parties of a proposal see each other's names, as on a letter.
 */
export function participantName(ctx: Context, userId: number): Promise<string | null> {
  return loadOne(ctx, 'participantName', userId, {
    fetch: (ids): Promise<{ id: number; name: string }[]> =>
      ctx.knex('app_user as u').select('u.id', 'u.name').whereIn('u.id', ids),
    keyOf: (row) => row.id,
    toNode: (row) => row.name,
  });
}

/* ---------- Pipeline: counts by status ---------- */

const LIFE_CYCLE = Object.values(ProposalStatus);

interface PipelineRow {
  org_id: number;
  status: ProposalStatus;
  n: string;
  awaiting: string;
  awaiting_since: string | Date | null;
  drafts_awaiting_approval: string;
}

function toPipeline(rows: PipelineRow[]): ProposalPipeline {
  const counts = new Map(rows.map((row) => [row.status, Number(row.n)]));
  const since = rows
    .map((row) => fromPgTimestamp(row.awaiting_since))
    .filter((at): at is Date => at !== null)
    .sort((a, b) => a.getTime() - b.getTime());
  return Object.assign(new ProposalPipeline(), {
    byStatus: LIFE_CYCLE.map((status) =>
      Object.assign(new ProposalStatusCount(), { status, count: counts.get(status) ?? 0 }),
    ),
    total: rows.reduce((sum, row) => sum + Number(row.n), 0),
    awaitingResponse: rows.reduce((sum, row) => sum + Number(row.awaiting), 0),
    awaitingSince: since[0] ?? null,
    draftsAwaitingApproval: rows.reduce((sum, row) => sum + Number(row.drafts_awaiting_approval), 0),
  });
}

/**
 * Counts by status of the proposals of many organisations of one side, in one statement. The
 * other party's unsubmitted drafts are left out: the organisation cannot see them. `dinas`
 * narrows the count to cooperatives in the regions that viewer oversees as Dinas (what they may see).
 */
async function pipelines(
  ctx: Context,
  side: ProposalSide,
  orgIds: readonly number[],
  dinas: DinasScoped | null,
): Promise<ProposalPipeline[]> {
  const orgColumn = side === ProposalSide.COOPERATIVE ? 'p.cooperative_id' : 'p.partner_id';
  const qb = ctx
    .knex('proposal as p')
    .select(ctx.knex.raw(`${orgColumn} as org_id`), 'p.status')
    .count({ n: '*' })
    .select(
      ctx.knex.raw(`count(*) filter (where p.turn = ? and p.status = any(?)) as awaiting`, [
        side,
        [...OPEN_STATUSES],
      ]),
      ctx.knex.raw(`min(p.turn_since) filter (where p.turn = ? and p.status = any(?)) as awaiting_since`, [
        side,
        [...OPEN_STATUSES],
      ]),
      // Drafts a mentor wrote in the organisation's name, waiting for its board to approve them.
      ctx.knex.raw(
        `count(*) filter (where p.status = 'DRAFT' and p.started_by = ? and p.awaiting_draft_approval) as drafts_awaiting_approval`,
        [side],
      ),
    )
    .whereIn(orgColumn, orgIds)
    .where((sent) => sent.whereNotNull('p.submitted_at').orWhere('p.started_by', side))
    .groupByRaw(`${orgColumn}, p.status`);
  if (dinas) {
    const covered = dinasCoversSql(dinas, 'c.village_code');
    qb.join('cooperative as c', 'c.id', 'p.cooperative_id').whereRaw(covered.sql, covered.bindings);
  }
  const rows = (await qb) as unknown as PipelineRow[];
  const byOrg = new Map<number, PipelineRow[]>();
  for (const row of rows) byOrg.set(row.org_id, [...(byOrg.get(row.org_id) ?? []), row]);
  return orgIds.map((id) => toPipeline(byOrg.get(id) ?? []));
}

/**
 * How many of the proposals a cooperative sent or received (drafts left out) stand in each status:
 * its track record, for its financing passport. One statement.
 */
export async function proposalHistoryOfCooperative(
  ctx: Context,
  cooperativeId: number,
): Promise<Map<ProposalStatus, number>> {
  const rows = (await ctx
    .knex('proposal as p')
    .select('p.status')
    .count({ n: '*' })
    .where('p.cooperative_id', cooperativeId)
    .whereNotNull('p.submitted_at')
    .groupBy('p.status')) as unknown as { status: ProposalStatus; n: string }[];
  return new Map(rows.map((row) => [row.status, Number(row.n)]));
}

/** Whether one of `partnerIds` has a sent proposal of `kind` with the cooperative (any status). */
export async function hasSentProposalWith(
  ctx: Context,
  cooperativeId: number,
  partnerIds: readonly number[],
  kind: ProposalKind,
): Promise<boolean> {
  if (partnerIds.length === 0) return false;
  const row = await ctx
    .knex('proposal as p')
    .first(ctx.knex.raw('1 as found'))
    .where('p.cooperative_id', cooperativeId)
    .whereIn('p.partner_id', partnerIds)
    .where('p.kind', kind)
    .whereNotNull('p.submitted_at');
  return row !== undefined;
}

/**
 * A cooperative's pipeline, for its officers, its mentor (and their PMO), admins and Dinas of
 * its region; null for anyone else.
 */
export async function cooperativePipeline(
  ctx: Context,
  cooperative: { dbId: number; villageCode: string },
): Promise<ProposalPipeline | null> {
  const viewer = ctx.viewer;
  if (!viewer) return null;
  if (
    !(await maySeeCooperativeRecords(ctx, { id: cooperative.dbId, villageCode: cooperative.villageCode }))
  ) {
    return null;
  }
  return ctx.loaders
    .get<number, ProposalPipeline>('cooperativePipeline', (ids) =>
      pipelines(ctx, ProposalSide.COOPERATIVE, ids, null),
    )
    .load(cooperative.dbId);
}

/**
 * A partner's pipeline, for its staff and admins; Dinas sees the counts of its proposals with
 * cooperatives of its region only. Null for anyone else.
 */
export async function partnerPipeline(ctx: Context, partnerId: number): Promise<ProposalPipeline | null> {
  const viewer = ctx.viewer;
  if (!viewer) return null;
  if (viewer.isAdmin || viewer.isStaffOf(partnerId)) {
    return ctx.loaders
      .get<number, ProposalPipeline>('partnerPipeline', (ids) =>
        pipelines(ctx, ProposalSide.PARTNER, ids, null),
      )
      .load(partnerId);
  }
  if (viewer.dinasRegionCodes().length === 0) return null;
  return ctx.loaders
    .get<number, ProposalPipeline>('partnerPipeline:dinas', (ids) =>
      pipelines(ctx, ProposalSide.PARTNER, ids, viewer),
    )
    .load(partnerId);
}

/* ---------- Responsiveness ---------- */

export const RESPONSIVENESS_DAYS = 90;

interface ResponsivenessRow {
  org_id: number;
  responses: string;
  median_seconds: number | null;
  expired: string;
}

/**
 * For each organisation: how long it took to act each time it was its turn, measured from the
 * event that put the turn on it (or its own previous act while the turn stayed with it) to its
 * next act, over events of the last 90 days while the proposal was open. Drafting time and moves
 * made while the other party was on turn (withdrawing) do not count; expiries on its turn are
 * counted apart. A statement (or a common table expression) returning `org_id`, `responses`,
 * `median_seconds` and `expired` for the organisations of `side` that `orgFilter` selects (SQL on
 * the org column, with `?` for its bindings); matching reuses it to rank by responsiveness.
 */
export function responsivenessSql(
  side: ProposalSide,
  orgFilter: (orgColumn: string) => { sql: string; bindings: Knex.RawBinding[] },
): { sql: string; bindings: Knex.RawBinding[] } {
  const orgColumn = side === ProposalSide.COOPERATIVE ? 'p.cooperative_id' : 'p.partner_id';
  const filter = orgFilter(orgColumn);
  return {
    sql: `with steps as (
       select ${orgColumn} as org_id, e.side, e.action, e.from_status, e.created_at,
              lag(e.turn_after) over turn_order as turn_before,
              lag(e.created_at) over turn_order as turn_began
         from proposal_event e
         join proposal p on p.id = e.proposal_id
        where ${filter.sql}
       window turn_order as (partition by e.proposal_id order by e.created_at, e.id)
     )
     select org_id,
            count(*) filter (where side = ?) as responses,
            round(percentile_cont(0.5) within group (order by extract(epoch from created_at - turn_began))
                  filter (where side = ?)) as median_seconds,
            count(*) filter (where action = 'EXPIRE') as expired
       from steps
      where turn_before = ?
        and from_status = any(?)
        and created_at >= now() - make_interval(days => ?)
      group by org_id`,
    bindings: [...filter.bindings, side, side, side, [...OPEN_STATUSES], RESPONSIVENESS_DAYS],
  };
}

/** Responsiveness of a batch of organisations of one side, in one statement. */
async function responsiveness(
  ctx: Context,
  side: ProposalSide,
  orgIds: readonly number[],
): Promise<Responsiveness[]> {
  const statement = responsivenessSql(side, (orgColumn) => ({
    sql: `${orgColumn} = any(?)`,
    bindings: [[...orgIds]],
  }));
  const result = await ctx.knex.raw(statement.sql, statement.bindings);
  const rows = new Map((result.rows as ResponsivenessRow[]).map((row) => [row.org_id, row]));
  return orgIds.map((id) => {
    const row = rows.get(id);
    return Object.assign(new Responsiveness(), {
      periodDays: RESPONSIVENESS_DAYS,
      responses: Number(row?.responses ?? 0),
      medianResponseSeconds: row?.median_seconds == null ? null : Number(row.median_seconds),
      expiredWhileWaiting: Number(row?.expired ?? 0),
    });
  });
}

/** Public: how quickly a cooperative or partner answers proposals. Batched per side. */
export function responsivenessOf(ctx: Context, side: ProposalSide, orgId: number): Promise<Responsiveness> {
  return ctx.loaders
    .get<number, Responsiveness>(`responsiveness:${side}`, (ids) => responsiveness(ctx, side, ids))
    .load(orgId);
}

/**
 * The members of a pooled proposal (the lead first, then the largest shares); batched over the
 * proposals of a page. The caller has already seen the proposal, so its members are visible too.
 */
export function poolMembersOf(ctx: Context, proposalId: number): Promise<PoolMember[]> {
  return loadMany<number, PoolMemberRow & { lead_id: number }, PoolMember>(ctx, 'poolMembers', proposalId, {
    fetch: (keys) =>
      ctx
        .knex('proposal_pool_member as pm')
        .join('proposal as p', 'p.id', 'pm.proposal_id')
        .select(
          'pm.proposal_id',
          'pm.cooperative_id',
          'pm.offering_id',
          'pm.quantity',
          'pm.quantity_unit',
          'pm.price_per_unit',
          ctx.knex.raw("to_char(pm.delivery_from, 'YYYY-MM-DD') as delivery_from"),
          ctx.knex.raw("to_char(pm.delivery_until, 'YYYY-MM-DD') as delivery_until"),
          'pm.status',
          'pm.decided_at',
          'p.cooperative_id as lead_id',
        )
        .whereIn('pm.proposal_id', keys as number[])
        .orderByRaw('pm.proposal_id, (pm.cooperative_id = p.cooperative_id) desc, pm.quantity desc, pm.id'),
    keyOf: (row) => row.proposal_id,
    toNode: (row) => PoolMember.fromRow(row, row.lead_id),
  });
}

/**
 * What a supply offering has left a month after the open and accepted pools promising it (the
 * count POOL_MEMBER_OVER_CAPACITY uses), in its own unit, never below 0; null for an offering
 * without a monthly quantity. Batched: one statement for all the offerings of a request.
 */
export async function quantityLeftOfOffering(
  ctx: Context,
  offering: { dbId: number; quantityPerMonth: string | null },
): Promise<string | null> {
  if (offering.quantityPerMonth == null) return null;
  const committed = await loadOne(ctx, 'offeringCommittedPerMonth', offering.dbId, {
    fetch: async (ids: readonly number[]): Promise<{ offering_id: number; committed: string }[]> =>
      await committedPerMonthQuery(ctx.knex, { offeringIds: ids }),
    keyOf: (row) => row.offering_id,
    toNode: (row) => Number(row.committed),
  });
  return Math.max(0, Number(offering.quantityPerMonth) - (committed ?? 0)).toFixed(2);
}
