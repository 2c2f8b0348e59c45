import {
  ProposalAction,
  ProposalActor,
  ProposalSide,
  ProposalStatus,
} from '../../../modules/proposal/proposal.entity';
import {
  EXPIRABLE_STATUSES,
  FINAL_STATUSES,
  findTransition,
  roleOf,
  sideOf,
  statusOf,
  turnAfter,
  type ProposalRole,
  type ProposalStage,
} from '../../../modules/proposal/proposal.transitions';

/**
 * The national proposals are generated in SQL, but their histories are not invented there: every
 * path a proposal can take is walked here through THE transition table (proposal.transitions.ts),
 * once, into a few dozen templates. Each proposal then picks a template by a hash of its id, so a
 * million histories are all legal ones.
 */
export interface StoryTemplate {
  id: number;
  startedBy: ProposalSide;
  viaMentor: boolean;
  status: ProposalStatus;
  awaitingDraftApproval: boolean;
  turn: ProposalSide | null;
  latestTermsVersion: number;
  acceptedTermsVersion: number | null;
  /** Index of the step that first made it SUBMITTED, or null. */
  submittedStep: number | null;
  /** Index of the step that closed it, or null while it is open. */
  closedStep: number | null;
  /** Index of the last step that moved the turn (turn_since), or null when nobody is on turn. */
  turnStep: number | null;
  expires: boolean;
  /** How often this path occurs, relative to the others of the same start. */
  weight: number;
  steps: TemplateStep[];
}

export interface TemplateStep {
  action: ProposalAction;
  actor: ProposalActor;
  side: ProposalSide | null;
  fromStatus: ProposalStatus | null;
  toStatus: ProposalStatus;
  turnAfter: ProposalSide | null;
  termsVersion: number | null;
  /** Side that wrote the terms version this step created (CREATE, COUNTER), else null. */
  termsAuthor: ProposalSide | null;
  note: string | null;
  /** Minutes after the previous step (0 for the first). */
  gapMinutes: number;
}

type Step = { action: ProposalAction; by: ProposalRole | 'PARTY_OTHER'; note?: string };

const { CREATE, SUBMIT, APPROVE_DRAFT, REJECT_DRAFT, START_REVIEW, COUNTER, ACCEPT, DECLINE, WITHDRAW } =
  ProposalAction;

const DECLINE_NOTE = 'Dokumen legalitas dan laporan keuangan belum lengkap.';
const CANCEL_NOTE = 'Koperasi mengalihkan hasil panen ke pembeli lain sesuai keputusan rapat anggota.';
const REJECT_NOTE = 'Nilainya perlu dibahas lagi dalam musyawarah anggota sebelum diajukan.';

/** Where a proposal ended up, with its share (the demo seed's proportions). */
const TARGETS: { target: string; weight: number }[] = [
  { target: 'DRAFT', weight: 6 },
  { target: 'MENTOR_DRAFT', weight: 4 },
  { target: 'DRAFT_REJECTED', weight: 1 },
  { target: 'SUBMITTED', weight: 10 },
  { target: 'UNDER_REVIEW', weight: 10 },
  { target: 'NEGOTIATING', weight: 14 },
  { target: 'ACCEPTED', weight: 12 },
  { target: 'COMPLETED', weight: 8 },
  { target: 'CANCELLED', weight: 3 },
  { target: 'DECLINED', weight: 9 },
  { target: 'WITHDRAWN', weight: 5 },
  { target: 'EXPIRED', weight: 7 },
];

function opening(viaMentor: boolean): Step[] {
  return viaMentor
    ? [
        { action: CREATE, by: 'MENTOR' },
        { action: APPROVE_DRAFT, by: 'ON_TURN', note: 'Disetujui dalam rapat pengurus.' },
      ]
    : [
        { action: CREATE, by: 'PARTY' },
        { action: SUBMIT, by: 'ON_TURN' },
      ];
}

const counters = (n: number): Step[] => Array.from({ length: n }, () => ({ action: COUNTER, by: 'ON_TURN' }));

/** The step lists leading to a target, one per variant (counter-offers, where an open one ended). */
function variants(target: string, viaMentor: boolean): Step[][] {
  const underReview = [...opening(viaMentor), { action: START_REVIEW, by: 'ON_TURN' } as Step];
  const open = [
    opening(viaMentor),
    underReview,
    [...underReview, ...counters(1)],
    [...underReview, ...counters(2)],
  ];
  const accepted = [0, 1, 2, 3].map((n) => [
    ...underReview,
    ...counters(n),
    { action: ACCEPT, by: 'ON_TURN' } as Step,
  ]);
  switch (target) {
    case 'DRAFT':
      return viaMentor ? [] : [[{ action: CREATE, by: 'PARTY' }]];
    case 'MENTOR_DRAFT':
      return viaMentor ? [[{ action: CREATE, by: 'MENTOR' }]] : [];
    case 'DRAFT_REJECTED':
      return viaMentor
        ? [
            [
              { action: CREATE, by: 'MENTOR' },
              { action: REJECT_DRAFT, by: 'ON_TURN', note: REJECT_NOTE },
            ],
          ]
        : [];
    case 'SUBMITTED':
      return [opening(viaMentor)];
    case 'UNDER_REVIEW':
      return [underReview];
    case 'NEGOTIATING':
      return [1, 2, 3].map((n) => [...underReview, ...counters(n)]);
    case 'ACCEPTED':
      return accepted;
    case 'COMPLETED':
      return accepted.map((steps) => [...steps, { action: ProposalAction.COMPLETE, by: 'PARTY' } as Step]);
    case 'CANCELLED':
      return accepted.map((steps) => [
        ...steps,
        { action: ProposalAction.CANCEL, by: 'PARTY_OTHER', note: CANCEL_NOTE } as Step,
      ]);
    case 'DECLINED':
      return open.map((steps) => [...steps, { action: DECLINE, by: 'ON_TURN', note: DECLINE_NOTE } as Step]);
    case 'WITHDRAWN':
      return open.map((steps) => [...steps, { action: WITHDRAW, by: 'WAITING' } as Step]);
    case 'EXPIRED':
      return open.map((steps) => [...steps, { action: ProposalAction.EXPIRE, by: 'SYSTEM' } as Step]);
    default:
      throw new Error(`unknown target ${target}`);
  }
}

function party(side: ProposalSide | null): ProposalActor {
  return side === ProposalSide.PARTNER ? ProposalActor.PARTNER : ProposalActor.COOPERATIVE;
}

/** Plays the steps through the transition table; throws on a move the table does not allow. */
function walk(steps: Step[], startedBy: ProposalSide, index: number): Omit<StoryTemplate, 'id' | 'weight'> {
  let stage = 'NEW' as ProposalStage;
  let turn: ProposalSide | null = null;
  let latest = 0;
  let accepted: number | null = null;
  let submittedStep: number | null = null;
  let closedStep: number | null = null;
  let turnStep: number | null = null;
  const played: TemplateStep[] = [];
  steps.forEach((step, n) => {
    const actor =
      step.by === 'ON_TURN'
        ? party(turn)
        : step.by === 'WAITING'
          ? party(turn === ProposalSide.PARTNER ? ProposalSide.COOPERATIVE : ProposalSide.PARTNER)
          : step.by === 'PARTY'
            ? step.action === CREATE
              ? party(startedBy)
              : party(index % 2 === 0 ? ProposalSide.COOPERATIVE : ProposalSide.PARTNER)
            : step.by === 'PARTY_OTHER'
              ? party(index % 2 === 0 ? ProposalSide.PARTNER : ProposalSide.COOPERATIVE)
              : step.by === 'MENTOR'
                ? ProposalActor.MENTOR
                : ProposalActor.SYSTEM;
    const transition = findTransition(stage, step.action, roleOf(actor, turn));
    if (!transition) throw new Error(`national seed: ${step.action} by ${actor} is not allowed in ${stage}`);
    const from = stage === 'NEW' ? null : statusOf(stage);
    let termsAuthor: ProposalSide | null = null;
    if (step.action === CREATE || step.action === COUNTER) {
      latest += 1;
      termsAuthor = sideOf(actor);
    }
    if (step.action === ACCEPT) accepted = latest;
    const nextTurn = turnAfter(transition.turn, actor, turn);
    if (transition.turn !== 'keep') turnStep = nextTurn ? n : null;
    turn = nextTurn;
    stage = transition.to;
    const status = statusOf(stage as Exclude<ProposalStage, 'NEW'>);
    if (status === ProposalStatus.SUBMITTED && submittedStep === null) submittedStep = n;
    if (FINAL_STATUSES.includes(status)) closedStep = n;
    played.push({
      action: step.action,
      actor,
      side: sideOf(actor),
      fromStatus: from,
      toStatus: status,
      turnAfter: turn,
      termsVersion:
        step.action === ProposalAction.COMPLETE || step.action === ProposalAction.CANCEL ? accepted : latest,
      termsAuthor,
      note: step.note ?? null,
      // A reply takes hours to days; expiry takes the response window (14 days) and a little.
      gapMinutes:
        n === 0
          ? 0
          : step.action === ProposalAction.EXPIRE
            ? (14 * 24 + 1 + ((n * 7 + index) % 19)) * 60
            : (3 + ((n * 37 + index * 11) % 90)) * 60,
    });
  });
  const status = statusOf(stage as Exclude<ProposalStage, 'NEW'>);
  return {
    startedBy,
    viaMentor: played[0]?.actor === ProposalActor.MENTOR,
    status,
    awaitingDraftApproval: stage === 'MENTOR_DRAFT',
    turn,
    latestTermsVersion: latest,
    acceptedTermsVersion: accepted,
    submittedStep,
    closedStep,
    turnStep,
    expires: EXPIRABLE_STATUSES.includes(status),
    steps: played,
  };
}

/**
 * Every template, for the three ways a proposal starts: by a cooperative alone, by a cooperative's
 * mentor (drafting for the board), by a partner. A target's weight is split over its variants.
 */
export function storyTemplates(): StoryTemplate[] {
  const templates: StoryTemplate[] = [];
  const starts: { startedBy: ProposalSide; viaMentor: boolean }[] = [
    { startedBy: ProposalSide.COOPERATIVE, viaMentor: false },
    { startedBy: ProposalSide.COOPERATIVE, viaMentor: true },
    { startedBy: ProposalSide.PARTNER, viaMentor: false },
  ];
  for (const start of starts) {
    for (const { target, weight } of TARGETS) {
      const lists = variants(target, start.viaMentor);
      lists.forEach((steps, index) => {
        const played = walk(steps, start.startedBy, templates.length + index);
        // Weights in hundredths so that a target's variants share it without rounding it away.
        templates.push({
          id: templates.length + 1,
          weight: Math.round((weight * 100) / lists.length),
          ...played,
        });
      });
    }
  }
  return templates;
}
