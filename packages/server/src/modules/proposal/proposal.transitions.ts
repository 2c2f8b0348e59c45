import { ProposalAction, ProposalActor, ProposalSide, ProposalStatus } from './proposal.entity';

/**
 * THE state machine of a proposal, as one table. The service looks every action up here; nothing
 * else decides whether a move is allowed (see CONVENTIONS.md). The seed walks it too, so the demo
 * history is always a legal one.
 *
 * Rows are written relative to the turn, so one table serves proposals started by either party:
 *
 * - ON_TURN  the party whose turn it is: it answers (review, counter, accept, decline). In a draft
 *            that is the party writing it; in a mentor's draft, the cooperative's board.
 * - WAITING  the other party, waiting for an answer to what it put forward. It may withdraw that
 *            (and only that): you decline what is in front of you, you withdraw what you offered.
 *            It cannot see the other party's drafts at all.
 * - PARTY    either party, once nobody is on turn (an accepted proposal).
 * - MENTOR   the brokering mentor, who drafts for the cooperative and takes part in the thread.
 * - MEMBER   a pooled proposal's member cooperative other than the lead (proposal.pool.ts): it
 *            approves or withdraws its share while the proposal is open, and writes in the thread.
 *            The lead is the cooperative party and acts for the pool.
 * - SYSTEM   the expiry job.
 *
 * A mentor's draft awaiting the board is its own row key, MENTOR_DRAFT (status DRAFT with
 * `awaitingDraftApproval`); NEW is a proposal that does not exist yet.
 */
export type ProposalStage = ProposalStatus | 'MENTOR_DRAFT' | 'NEW';

export type ProposalRole = 'ON_TURN' | 'WAITING' | 'PARTY' | 'MENTOR' | 'MEMBER' | 'SYSTEM';

/**
 * What happens to the turn: `keep` it; `pass` it to the other party; give it to the `actor`'s
 * party (a new draft is on its author); `none`: nobody is on turn any more.
 */
export type TurnEffect = 'keep' | 'pass' | 'actor' | 'none';

export interface Transition {
  from: ProposalStage;
  action: ProposalAction;
  by: ProposalRole;
  to: ProposalStage;
  turn: TurnEffect;
}

const {
  CREATE,
  UPDATE_DRAFT,
  SUBMIT,
  APPROVE_DRAFT,
  REJECT_DRAFT,
  START_REVIEW,
  COUNTER,
  ACCEPT,
  DECLINE,
  WITHDRAW,
  SEND_MESSAGE,
  COMPLETE,
  CANCEL,
  EXPIRE,
  APPROVE_SHARE,
  WITHDRAW_SHARE,
} = ProposalAction;
const {
  DRAFT,
  SUBMITTED,
  UNDER_REVIEW,
  NEGOTIATING,
  ACCEPTED,
  DECLINED,
  WITHDRAWN,
  EXPIRED,
  COMPLETED,
  CANCELLED,
} = ProposalStatus;

type Row = [
  from: ProposalStage,
  action: ProposalAction,
  by: ProposalRole,
  to: ProposalStage,
  turn: TurnEffect,
];

// prettier-ignore
const ROWS: Row[] = [
  // from            action          by          to               turn
  ['NEW',            CREATE,         'PARTY',    DRAFT,           'actor'],
  ['NEW',            CREATE,         'MENTOR',   'MENTOR_DRAFT',  'actor'],

  [DRAFT,            UPDATE_DRAFT,   'ON_TURN',  DRAFT,           'keep'],
  [DRAFT,            SUBMIT,         'ON_TURN',  SUBMITTED,       'pass'],
  [DRAFT,            WITHDRAW,       'ON_TURN',  WITHDRAWN,       'none'],
  [DRAFT,            SEND_MESSAGE,   'ON_TURN',  DRAFT,           'keep'],

  ['MENTOR_DRAFT',   UPDATE_DRAFT,   'MENTOR',   'MENTOR_DRAFT',  'keep'],
  ['MENTOR_DRAFT',   WITHDRAW,       'MENTOR',   WITHDRAWN,       'none'],
  ['MENTOR_DRAFT',   APPROVE_DRAFT,  'ON_TURN',  SUBMITTED,       'pass'],
  ['MENTOR_DRAFT',   REJECT_DRAFT,   'ON_TURN',  DECLINED,        'none'],
  ['MENTOR_DRAFT',   SEND_MESSAGE,   'ON_TURN',  'MENTOR_DRAFT',  'keep'],
  ['MENTOR_DRAFT',   SEND_MESSAGE,   'MENTOR',   'MENTOR_DRAFT',  'keep'],

  [SUBMITTED,        START_REVIEW,   'ON_TURN',  UNDER_REVIEW,    'keep'],
  [SUBMITTED,        DECLINE,        'ON_TURN',  DECLINED,        'none'],
  [SUBMITTED,        WITHDRAW,       'WAITING',  WITHDRAWN,       'none'],
  [SUBMITTED,        EXPIRE,         'SYSTEM',   EXPIRED,         'none'],

  [UNDER_REVIEW,     COUNTER,        'ON_TURN',  NEGOTIATING,     'pass'],
  [UNDER_REVIEW,     ACCEPT,         'ON_TURN',  ACCEPTED,        'none'],
  [UNDER_REVIEW,     DECLINE,        'ON_TURN',  DECLINED,        'none'],
  [UNDER_REVIEW,     WITHDRAW,       'WAITING',  WITHDRAWN,       'none'],
  [UNDER_REVIEW,     EXPIRE,         'SYSTEM',   EXPIRED,         'none'],

  [NEGOTIATING,      COUNTER,        'ON_TURN',  NEGOTIATING,     'pass'],
  [NEGOTIATING,      ACCEPT,         'ON_TURN',  ACCEPTED,        'none'],
  [NEGOTIATING,      DECLINE,        'ON_TURN',  DECLINED,        'none'],
  [NEGOTIATING,      WITHDRAW,       'WAITING',  WITHDRAWN,       'none'],
  [NEGOTIATING,      EXPIRE,         'SYSTEM',   EXPIRED,         'none'],

  [ACCEPTED,         COMPLETE,       'PARTY',    COMPLETED,       'none'],
  [ACCEPTED,         CANCEL,         'PARTY',    CANCELLED,       'none'],

  // The thread stays open while the proposal is: both parties and the brokering mentor may write.
  ...([SUBMITTED, UNDER_REVIEW, NEGOTIATING] as const).flatMap((open): Row[] => [
    [open,           SEND_MESSAGE,   'ON_TURN',  open,            'keep'],
    [open,           SEND_MESSAGE,   'WAITING',  open,            'keep'],
    [open,           SEND_MESSAGE,   'MENTOR',   open,            'keep'],
  ]),
  [ACCEPTED,         SEND_MESSAGE,   'PARTY',    ACCEPTED,        'keep'],
  [ACCEPTED,         SEND_MESSAGE,   'MENTOR',   ACCEPTED,        'keep'],

  // A pool's members decide on their shares until the proposal is accepted or closed.
  ...([DRAFT, 'MENTOR_DRAFT', SUBMITTED, UNDER_REVIEW, NEGOTIATING] as const).flatMap((open): Row[] => [
    [open,           APPROVE_SHARE,  'MEMBER',   open,            'keep'],
    [open,           WITHDRAW_SHARE, 'MEMBER',   open,            'keep'],
    [open,           SEND_MESSAGE,   'MEMBER',   open,            'keep'],
  ]),
  [ACCEPTED,         SEND_MESSAGE,   'MEMBER',   ACCEPTED,        'keep'],
  // DECLINED, WITHDRAWN, EXPIRED, COMPLETED and CANCELLED are final: no rows leave them.
];

export const TRANSITIONS: readonly Transition[] = ROWS.map(([from, action, by, to, turn]) => ({
  from,
  action,
  by,
  to,
  turn,
}));

const BY_KEY = new Map(TRANSITIONS.map((row) => [key(row.from, row.action, row.by), row]));
if (BY_KEY.size !== TRANSITIONS.length) throw new Error('proposal.transitions: duplicate row');

function key(from: ProposalStage, action: ProposalAction, by: ProposalRole): string {
  return `${from}|${action}|${by}`;
}

/** The row for this move, or null: the move is not allowed (INVALID_TRANSITION). */
export function findTransition(
  from: ProposalStage,
  action: ProposalAction,
  by: ProposalRole,
): Transition | null {
  return BY_KEY.get(key(from, action, by)) ?? null;
}

/** Every stage a proposal can be in, in life-cycle order (for walking the table). */
export const STAGES: readonly ProposalStage[] = [
  'NEW',
  DRAFT,
  'MENTOR_DRAFT',
  SUBMITTED,
  UNDER_REVIEW,
  NEGOTIATING,
  ACCEPTED,
  DECLINED,
  WITHDRAWN,
  EXPIRED,
  COMPLETED,
  CANCELLED,
];

/** The stage of a stored proposal: a mentor's unapproved draft is told apart from other drafts. */
export function stageOf(proposal: { status: ProposalStatus; awaitingDraftApproval: boolean }): ProposalStage {
  return proposal.status === DRAFT && proposal.awaitingDraftApproval ? 'MENTOR_DRAFT' : proposal.status;
}

/** The stored status of a stage. */
export function statusOf(stage: Exclude<ProposalStage, 'NEW'>): ProposalStatus {
  return stage === 'MENTOR_DRAFT' ? DRAFT : stage;
}

/** The party an actor acts for; the mentor and pool members for the cooperative, the system for nobody. */
export function sideOf(actor: ProposalActor): ProposalSide | null {
  if (actor === ProposalActor.PARTNER) return ProposalSide.PARTNER;
  if (actor === ProposalActor.SYSTEM) return null;
  return ProposalSide.COOPERATIVE;
}

/** How an actor relates to a proposal whose turn is `turn`, which is what the rows are keyed on. */
export function roleOf(actor: ProposalActor, turn: ProposalSide | null | undefined): ProposalRole {
  if (actor === ProposalActor.SYSTEM) return 'SYSTEM';
  if (actor === ProposalActor.MENTOR) return 'MENTOR';
  if (actor === ProposalActor.POOL_MEMBER) return 'MEMBER';
  if (turn == null) return 'PARTY';
  return sideOf(actor) === turn ? 'ON_TURN' : 'WAITING';
}

/** Whose turn it is after a move by `actor`. */
export function turnAfter(
  effect: TurnEffect,
  actor: ProposalActor,
  turn: ProposalSide | null | undefined,
): ProposalSide | null {
  switch (effect) {
    case 'keep':
      return turn ?? null;
    case 'actor':
      return sideOf(actor);
    case 'pass':
      return otherSide(turn ?? null);
    case 'none':
      return null;
  }
}

export function otherSide(side: ProposalSide | null): ProposalSide | null {
  if (side === null) return null;
  return side === ProposalSide.COOPERATIVE ? ProposalSide.PARTNER : ProposalSide.COOPERATIVE;
}

/** Statuses the expiry job may end: those with an EXPIRE row. */
export const EXPIRABLE_STATUSES: readonly ProposalStatus[] = TRANSITIONS.filter(
  (row) => row.action === EXPIRE,
).map((row) => statusOf(row.from as Exclude<ProposalStage, 'NEW'>));

/** Statuses in which a party is waiting for the other (an answer is due). */
export const OPEN_STATUSES = EXPIRABLE_STATUSES;

/** Statuses no row leaves: DECLINED, WITHDRAWN, EXPIRED, COMPLETED, CANCELLED. */
export const FINAL_STATUSES: readonly ProposalStatus[] = Object.values(ProposalStatus).filter(
  (status) => !TRANSITIONS.some((row) => row.from === status),
);

/** Actions an actor may take now (for `Proposal.viewerActions`). */
export function actionsFor(stage: ProposalStage, roles: readonly ProposalRole[]): ProposalAction[] {
  const allowed = new Set(
    TRANSITIONS.filter((row) => row.from === stage && roles.includes(row.by)).map((row) => row.action),
  );
  return Object.values(ProposalAction).filter((action) => allowed.has(action));
}
