import type { RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CooperativeStage } from '../../modules/cooperative/cooperative.entity';
import { Commodity, QuantityUnit } from '../../modules/commodity/commodity';
import { Offering, OfferingKind, OfferingStatus } from '../../modules/offering/offering.entity';
import { Partner, PartnerCoverage } from '../../modules/partner/partner.entity';
import { Program, ProgramCoverage, ProgramKind, ProgramStatus } from '../../modules/program/program.entity';
import { PartnerRequest, PartnerRequestStatus } from '../../modules/request/partner-request.entity';
import { MentorAssignment } from '../../modules/mentor/mentor.entity';
import {
  Proposal,
  ProposalAction,
  ProposalActor,
  ProposalEvent,
  ProposalKind,
  ProposalMessage,
  ProposalSide,
  ProposalStatus,
  ProposalTerms,
} from '../../modules/proposal/proposal.entity';
import {
  EXPIRABLE_STATUSES,
  FINAL_STATUSES,
  findTransition,
  otherSide,
  roleOf,
  sideOf,
  statusOf,
  turnAfter,
  type ProposalRole,
  type ProposalStage,
} from '../../modules/proposal/proposal.transitions';
import { RESPONSE_WINDOW_DAYS } from '../../modules/proposal/proposal.service';
import { REFERENCE_DATE } from './clock';
import { COMMODITY_SPECS, quantityText, rupiahShort, unitWord } from './commodity-catalogue';
import type { CooperativeProfile } from './cooperatives';
import { Random } from './random';

/**
 * Demo proposals in every state, each with a history that is a legal walk through the transition
 * table (the seed plays every step through `findTransition`, so a change to the table that makes
 * a seeded history impossible fails the seed instead of leaving odd data behind). Deterministic:
 * times are relative to REFERENCE_DATE, choices come from the 'proposals' random stream.
 */

export interface ProposalSeed {
  proposals: RequiredEntityData<Proposal>[];
  terms: RequiredEntityData<ProposalTerms>[];
  events: RequiredEntityData<ProposalEvent>[];
  messages: RequiredEntityData<ProposalMessage>[];
}

/** What the proposals are built from: the rest of the demo data, and who the demo accounts are. */
export interface ProposalSeedInput {
  cooperatives: CooperativeProfile[];
  offerings: RequiredEntityData<Offering>[];
  partners: RequiredEntityData<Partner>[];
  partnerCoverage: RequiredEntityData<PartnerCoverage>[];
  programs: RequiredEntityData<Program>[];
  programCoverage: RequiredEntityData<ProgramCoverage>[];
  requests: RequiredEntityData<PartnerRequest>[];
  assignments: RequiredEntityData<MentorAssignment>[];
  demo: DemoParties;
}

/** The organisations and user ids of the demo accounts (resolved from the seeded memberships). */
export interface DemoParties {
  cooperativeId: number;
  bankId: number;
  buyerId: number;
  mentorId: number;
  users: {
    ketua: number;
    pengurus: number;
    bankAdmin: number;
    bankOfficer: number;
    buyer: number;
    mentor: number;
  };
}

/**
 * Open proposals of the demo keep a deadline a year past the reference date: their real deadline
 * (two weeks after the last move) lies in the past of anyone running the demo, and the expiry job
 * would otherwise close them all as soon as a server starts.
 */
const DEMO_DEADLINE_GRACE_DAYS = 365;
const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/* ---------- Stories: who does what, in which order ---------- */

interface Step {
  action: ProposalAction;
  by: ProposalRole;
  note?: string;
}

type Target = ProposalStage | 'DRAFT_REJECTED';

interface Story {
  kind: ProposalKind;
  title: string;
  cooperativeId: number;
  partnerId: number;
  offeringId: number | null;
  programId: number | null;
  requestId: number | null;
  /** Set when the cooperative's mentor drafted it. */
  mentorId: number | null;
  startedBy: ProposalSide;
  steps: Step[];
  terms: TermsPlan;
  /** Days before the reference date of the last step. */
  endDay: number;
  users: { cooperative: number[]; partner: number[]; mentor: number | null };
}

const step = (action: ProposalAction, by: ProposalRole, note?: string): Step => ({ action, by, note });

const { CREATE, SUBMIT, APPROVE_DRAFT, REJECT_DRAFT, START_REVIEW, COUNTER, ACCEPT, DECLINE, WITHDRAW } =
  ProposalAction;

function opening(viaMentor: boolean): Step[] {
  return viaMentor
    ? [step(CREATE, 'MENTOR'), step(APPROVE_DRAFT, 'ON_TURN', 'Disetujui dalam rapat pengurus.')]
    : [step(CREATE, 'PARTY'), step(SUBMIT, 'ON_TURN')];
}

function counters(count: number): Step[] {
  return Array.from({ length: count }, () => step(COUNTER, 'ON_TURN'));
}

const DECLINE_REASONS = [
  'Kapasitas pasokan belum memenuhi volume minimum kami.',
  'Dokumen legalitas dan laporan keuangan belum lengkap.',
  'Nilai yang diminta di luar plafon program tahun ini.',
  'Harga belum sesuai dengan anggaran kami.',
];
const CANCEL_REASONS = [
  'Jalan ke desa terputus banjir; pengiriman dihentikan sementara.',
  'Koperasi mengalihkan hasil panen ke pembeli lain sesuai keputusan rapat anggota.',
];
const REJECT_REASONS = ['Nilainya perlu dibahas lagi dalam musyawarah anggota sebelum diajukan.'];

/** The steps that lead to a target state (counter-offers and where it ended are drawn). */
function pathTo(target: Target, rng: Random, viaMentor: boolean): Step[] {
  const open = (): Step[] => {
    const where = rng.pick([
      ProposalStatus.SUBMITTED,
      ProposalStatus.UNDER_REVIEW,
      ProposalStatus.NEGOTIATING,
    ]);
    return pathTo(where, rng, viaMentor);
  };
  switch (target) {
    case 'NEW':
      return [];
    case ProposalStatus.DRAFT:
      return [step(CREATE, 'PARTY')];
    case 'MENTOR_DRAFT':
      return [step(CREATE, 'MENTOR')];
    case 'DRAFT_REJECTED':
      return [step(CREATE, 'MENTOR'), step(REJECT_DRAFT, 'ON_TURN', rng.pick(REJECT_REASONS))];
    case ProposalStatus.SUBMITTED:
      return opening(viaMentor);
    case ProposalStatus.UNDER_REVIEW:
      return [...opening(viaMentor), step(START_REVIEW, 'ON_TURN')];
    case ProposalStatus.NEGOTIATING:
      return [...pathTo(ProposalStatus.UNDER_REVIEW, rng, viaMentor), ...counters(rng.int(1, 3))];
    case ProposalStatus.ACCEPTED:
      return [
        ...pathTo(ProposalStatus.UNDER_REVIEW, rng, viaMentor),
        ...counters(rng.int(0, 3)),
        step(ACCEPT, 'ON_TURN'),
      ];
    case ProposalStatus.COMPLETED:
      return [...pathTo(ProposalStatus.ACCEPTED, rng, viaMentor), step(ProposalAction.COMPLETE, 'PARTY')];
    case ProposalStatus.CANCELLED:
      return [
        ...pathTo(ProposalStatus.ACCEPTED, rng, viaMentor),
        step(ProposalAction.CANCEL, 'PARTY', rng.pick(CANCEL_REASONS)),
      ];
    case ProposalStatus.DECLINED:
      return [...open(), step(DECLINE, 'ON_TURN', rng.pick(DECLINE_REASONS))];
    case ProposalStatus.WITHDRAWN:
      return [...open(), step(WITHDRAW, 'WAITING')];
    case ProposalStatus.EXPIRED:
      return [...open(), step(ProposalAction.EXPIRE, 'SYSTEM')];
  }
}

/* ---------- Terms ---------- */

interface TermsValues {
  amount?: number;
  pricePerUnit?: number;
  quantity?: number;
  quantityUnit?: QuantityUnit;
  tenorMonths?: number;
  ratePerYear?: string;
  graceMonths?: number;
  operatingCostAmount?: number;
  collateral?: string;
  collateralValue?: number;
  delivery?: string;
  deliveryRegion?: string;
  paymentDays?: number;
  note?: string;
}

interface TermsPlan {
  first: TermsValues;
  /** The next version, written by `side` in answer to `last`. */
  counter: (rng: Random, last: TermsValues, side: ProposalSide) => TermsValues;
}

const roundTo = (value: number, step: number) => Math.max(step, Math.round(value / step) * step);

function financingTerms(amount: number, tenor: number, program: RequiredEntityData<Program>): TermsPlan {
  // Every version keeps the program's rules (proposal.program-rules.ts): amount within its range,
  // its rate, tenor and grace within its limits, operating costs under its cap.
  const minAmount = Number(program.minAmount ?? 0);
  const maxAmount = Number(program.maxAmount ?? Number.MAX_SAFE_INTEGER);
  const withinRange = (value: number) => Math.min(maxAmount, Math.max(minAmount, value));
  const cap = program.operatingCostCap == null ? null : Number(program.operatingCostCap);
  const operatingCosts = (loan: number) =>
    cap === null ? undefined : Math.min(cap, roundTo(loan * 0.2, 25_000_000), loan);
  const maxTenor = (program.maxTenorMonths as number | null | undefined) ?? tenor;
  const grace = Math.max(
    (program.minGraceMonths as number | null | undefined) ?? 0,
    Math.min(6, (program.maxGraceMonths as number | null | undefined) ?? 6),
  );
  const first = withinRange(amount);
  return {
    first: {
      amount: first,
      tenorMonths: Math.min(tenor, maxTenor),
      ratePerYear: (program.ratePerYear as string | null | undefined) ?? '9.00',
      graceMonths: grace,
      operatingCostAmount: operatingCosts(first),
      collateral: 'Aset gerai yang dibiayai',
      collateralValue: roundTo(first * 1.2, 25_000_000),
      note: `Masa tenggang ${grace} bulan; agunan berupa aset gerai.`,
    },
    counter: (rng, last, side) => {
      // The bank trims the amount and tenor; the cooperative meets it halfway.
      const factor = side === ProposalSide.PARTNER ? 0.7 + rng.next() * 0.2 : 1.05 + rng.next() * 0.1;
      const next = withinRange(roundTo((last.amount ?? amount) * factor, 25_000_000));
      return {
        ...last,
        amount: next,
        operatingCostAmount: operatingCosts(next),
        collateralValue: roundTo(next * 1.2, 25_000_000),
        tenorMonths:
          side === ProposalSide.PARTNER ? Math.max(12, (last.tenorMonths ?? tenor) - 12) : last.tenorMonths,
        note:
          side === ProposalSide.PARTNER
            ? 'Plafon disesuaikan dengan hasil analisis arus kas koperasi.'
            : 'Kami mengusulkan plafon di tengah, dengan tahapan pencairan per gerai.',
      };
    },
  };
}

/** Offtake: the cooperative sells; supply: the partner sells. The seller asks more, the buyer less. */
function tradeTerms(
  seller: ProposalSide,
  quantity: number,
  unit: QuantityUnit,
  price: number,
  priceStep: number,
  delivery: string,
  regionCode: string,
): TermsPlan {
  return {
    first: {
      quantity,
      quantityUnit: unit,
      pricePerUnit: price,
      delivery,
      deliveryRegion: regionCode,
      paymentDays: 14,
      note: 'Kualitas sesuai standar pembeli; penimbangan bersama saat serah terima.',
    },
    counter: (rng, last, side) => {
      const change = 0.02 + rng.next() * 0.04;
      const factor = side === seller ? 1 + change : 1 - change;
      return {
        ...last,
        pricePerUnit: roundTo((last.pricePerUnit ?? price) * factor, priceStep),
        paymentDays: side === seller ? 7 : rng.pick([14, 30]),
        note:
          side === seller
            ? 'Harga menyesuaikan ongkos angkut dari desa.'
            : 'Harga mengikuti harga pasar minggu ini.',
      };
    },
  };
}

function agencyTerms(note: string): TermsPlan {
  return {
    first: { note, paymentDays: 30 },
    counter: (rng, last, side) => ({
      ...last,
      paymentDays: side === ProposalSide.PARTNER ? 30 : 14,
      note:
        side === ProposalSide.PARTNER
          ? `${note} Target transaksi ditinjau setiap 3 bulan.`
          : `${note} Koperasi meminta pelatihan petugas sebelum mulai.`,
    }),
  };
}

/** Goods partners supply to cooperatives that the commodity catalogue does not price. */
const SUPPLY_GOODS: Partial<
  Record<
    Commodity,
    { word: string; unit: QuantityUnit; quantity: [number, number]; price: [number, number]; step: number }
  >
> = {
  FERTILISER: {
    word: 'pupuk NPK',
    unit: QuantityUnit.SACK,
    quantity: [100, 800],
    price: [350_000, 480_000],
    step: 5_000,
  },
  STAPLE_GOODS: {
    word: 'paket sembako',
    unit: QuantityUnit.PIECE,
    quantity: [200, 1_500],
    price: [180_000, 260_000],
    step: 5_000,
  },
};

/* ---------- Playing a story through the transition table ---------- */

interface Played {
  proposal: RequiredEntityData<Proposal>;
  terms: RequiredEntityData<ProposalTerms>[];
  events: RequiredEntityData<ProposalEvent>[];
  messages: RequiredEntityData<ProposalMessage>[];
}

const MESSAGES: Record<ProposalActor, string[]> = {
  COOPERATIVE: [
    'Terlampir proposal bisnis dan berita acara musyawarah desa.',
    'Kami siap menerima kunjungan survei ke gerai koperasi kapan saja.',
    'Mohon informasi kapan keputusan bisa kami terima.',
    'Harga tersebut sudah termasuk ongkos angkut sampai gudang.',
  ],
  PARTNER: [
    'Mohon lengkapi laporan keuangan dua tahun terakhir.',
    'Tim kami akan survei lokasi minggu depan.',
    'Apakah rekening atas nama koperasi sudah dibuka?',
    'Kami bisa menambah volume jika kualitas sesuai standar.',
  ],
  MENTOR: [
    'Dokumen SK AHU, NIB dan NPWP sudah saya periksa, semuanya lengkap.',
    'Draf ini disusun bersama pengurus pada rapat bulanan.',
  ],
  POOL_MEMBER: ['Koperasi kami siap memasok bagian kami sesuai jadwal.'],
  SYSTEM: [],
};

/** The concrete actor of a step, given whose turn it is. */
function actorOf(current: Step, turn: ProposalSide | null, story: Story, rng: Random): ProposalActor {
  const party = (side: ProposalSide | null) =>
    side === ProposalSide.PARTNER ? ProposalActor.PARTNER : ProposalActor.COOPERATIVE;
  switch (current.by) {
    case 'ON_TURN':
      return party(turn);
    case 'WAITING':
      return party(otherSide(turn));
    case 'PARTY':
      // A new proposal is started by its side; an accepted one is closed by either.
      return current.action === CREATE
        ? party(story.startedBy)
        : party(rng.pick([ProposalSide.COOPERATIVE, ProposalSide.PARTNER]));
    case 'MENTOR':
      return ProposalActor.MENTOR;
    case 'MEMBER':
      return ProposalActor.POOL_MEMBER;
    case 'SYSTEM':
      return ProposalActor.SYSTEM;
  }
}

function userOf(actor: ProposalActor, story: Story, rng: Random): number | null {
  if (actor === ProposalActor.COOPERATIVE)
    return story.users.cooperative.length ? rng.pick(story.users.cooperative) : null;
  if (actor === ProposalActor.PARTNER)
    return story.users.partner.length ? rng.pick(story.users.partner) : null;
  if (actor === ProposalActor.MENTOR) return story.users.mentor;
  return null;
}

function termsRow(
  id: number,
  proposal: number,
  version: number,
  side: ProposalSide,
  user: number | null,
  values: TermsValues,
  at: Date,
): RequiredEntityData<ProposalTerms> {
  return {
    id,
    proposal,
    version,
    authorSide: side,
    author: user,
    amount: values.amount == null ? null : String(values.amount),
    pricePerUnit: values.pricePerUnit == null ? null : String(values.pricePerUnit),
    quantity: values.quantity == null ? null : String(values.quantity),
    quantityUnit: values.quantityUnit ?? null,
    tenorMonths: values.tenorMonths ?? null,
    ratePerYear: values.ratePerYear ?? null,
    graceMonths: values.graceMonths ?? null,
    operatingCostAmount: values.operatingCostAmount == null ? null : String(values.operatingCostAmount),
    collateral: values.collateral ?? null,
    collateralValue: values.collateralValue == null ? null : String(values.collateralValue),
    delivery: values.delivery ?? null,
    deliveryRegion: values.deliveryRegion ?? null,
    paymentDays: values.paymentDays ?? null,
    note: values.note ?? null,
    createdAt: at,
  };
}

/** Minutes between one step and the next: a reply takes hours to days; expiry takes the whole window. */
function gapMinutes(action: ProposalAction, rng: Random): number {
  if (action === ProposalAction.EXPIRE) return (RESPONSE_WINDOW_DAYS * 24 + rng.int(1, 20)) * 60;
  return rng.int(3 * 60, 96 * 60);
}

/** Plays a story step by step through the transition table, producing the rows. */
function play(story: Story, ids: IdCounter, rng: Random): Played {
  const proposalId = ids.next('proposal');
  const gaps = story.steps.map((s, index) => (index === 0 ? 0 : gapMinutes(s.action, rng) * MINUTE_MS));
  const totalMs = gaps.reduce((sum, gap) => sum + gap, 0);
  // The last step falls in office hours (01:00–10:59 UTC is 08:00–17:59 WIB) of its day.
  const end = REFERENCE_DATE.getTime() - story.endDay * DAY_MS + rng.int(3600, 11 * 3600 - 1) * 1000;
  let clock = end - totalMs;
  let stage = 'NEW' as ProposalStage;
  let turn: ProposalSide | null = null;
  let turnSince: Date | null = null;
  let submittedAt: Date | null = null;
  let closedAt: Date | null = null;
  let latest = 0;
  let accepted: number | null = null;
  let values = story.terms.first;
  const played: Omit<Played, 'proposal'> = { terms: [], events: [], messages: [] };
  let createdBy: number | null = null;
  let at = new Date(clock);

  story.steps.forEach((current, index) => {
    clock += gaps[index];
    at = new Date(clock);
    const actor = actorOf(current, turn, story, rng);
    const transition = findTransition(stage, current.action, roleOf(actor, turn));
    if (!transition) throw new Error(`seed: ${current.action} by ${current.by} is not allowed in ${stage}`);
    const user = userOf(actor, story, rng);
    const fromStatus = stage === 'NEW' ? null : statusOf(stage);
    if (current.action === CREATE) {
      createdBy = user;
      latest = 1;
      played.terms.push(termsRow(ids.next('terms'), proposalId, 1, sideOf(actor)!, user, values, at));
    }
    if (current.action === COUNTER) {
      latest += 1;
      values = story.terms.counter(rng, values, sideOf(actor)!);
      played.terms.push(termsRow(ids.next('terms'), proposalId, latest, sideOf(actor)!, user, values, at));
    }
    if (current.action === ACCEPT) accepted = latest;
    const nextTurn = turnAfter(transition.turn, actor, turn);
    if (transition.turn !== 'keep') turnSince = nextTurn ? at : null;
    turn = nextTurn;
    stage = transition.to;
    const status = statusOf(stage as Exclude<ProposalStage, 'NEW'>);
    if (status === ProposalStatus.SUBMITTED) submittedAt ??= at;
    if (FINAL_STATUSES.includes(status)) closedAt = at;
    played.events.push({
      id: ids.next('event'),
      proposal: proposalId,
      actorUser: user,
      actor,
      side: sideOf(actor),
      action: current.action,
      fromStatus,
      toStatus: status,
      turnAfter: turn,
      termsVersion:
        current.action === ProposalAction.COMPLETE || current.action === ProposalAction.CANCEL
          ? accepted
          : latest,
      note: current.note ?? null,
      createdAt: at,
    });
    maybeMessage(played, story, stage, turn, at, ids, rng, proposalId);
  });

  const status = statusOf(stage as Exclude<ProposalStage, 'NEW'>);
  const lastMove = at;
  return {
    ...played,
    proposal: {
      id: proposalId,
      kind: story.kind,
      title: story.title,
      cooperative: story.cooperativeId,
      partner: story.partnerId,
      offering: story.offeringId,
      program: story.programId,
      request: story.requestId,
      mentor: story.mentorId,
      createdBy,
      startedBy: story.startedBy,
      status,
      awaitingDraftApproval: stage === 'MENTOR_DRAFT',
      turn,
      turnSince,
      expiresAt: EXPIRABLE_STATUSES.includes(status)
        ? new Date(lastMove.getTime() + (RESPONSE_WINDOW_DAYS + DEMO_DEADLINE_GRACE_DAYS) * DAY_MS)
        : null,
      submittedAt,
      closedAt,
      latestTermsVersion: latest,
      acceptedTermsVersion: accepted,
      version: story.steps.length,
      createdAt: played.events[0].createdAt as Date,
      updatedAt: lastMove,
    },
  };
}

/** Now and then someone writes in the thread after a step, if the table lets them. */
function maybeMessage(
  played: Omit<Played, 'proposal'>,
  story: Story,
  stage: ProposalStage,
  turn: ProposalSide | null,
  at: Date,
  ids: IdCounter,
  rng: Random,
  proposalId: number,
): void {
  if (!rng.chance(0.35)) return;
  const candidates = [
    ProposalActor.COOPERATIVE,
    ProposalActor.PARTNER,
    ...(story.mentorId ? [ProposalActor.MENTOR] : []),
  ];
  const allowed = candidates.filter((actor) =>
    findTransition(stage, ProposalAction.SEND_MESSAGE, roleOf(actor, turn)),
  );
  if (allowed.length === 0) return;
  const author = rng.pick(allowed);
  played.messages.push({
    id: ids.next('message'),
    proposal: proposalId,
    author: userOf(author, story, rng),
    authorActor: author,
    body: rng.pick(MESSAGES[author]),
    // Within the next two hours; the next step is at least three hours later.
    createdAt: new Date(at.getTime() + rng.int(5, 120) * MINUTE_MS),
  });
}

class IdCounter {
  private readonly last = new Map<string, number>();

  next(table: string): number {
    const id = (this.last.get(table) ?? 0) + 1;
    this.last.set(table, id);
    return id;
  }
}

/* ---------- Who proposes what to whom ---------- */

const TARGET_WEIGHTS: Partial<Record<Target, number>> = {
  DRAFT: 6,
  MENTOR_DRAFT: 4,
  DRAFT_REJECTED: 1,
  SUBMITTED: 10,
  UNDER_REVIEW: 10,
  NEGOTIATING: 14,
  ACCEPTED: 12,
  COMPLETED: 8,
  CANCELLED: 3,
  DECLINED: 9,
  WITHDRAWN: 5,
  EXPIRED: 7,
};

const KIND_OF_PROGRAM: Partial<Record<ProgramKind, ProposalKind>> = {
  LOAN: ProposalKind.FINANCING,
  OFFTAKE: ProposalKind.OFFTAKE,
  SUPPLY: ProposalKind.SUPPLY,
  AGENCY: ProposalKind.AGENCY,
};

const KIND_WEIGHTS: Record<ProposalKind, number> = { FINANCING: 35, OFFTAKE: 35, SUPPLY: 15, AGENCY: 15 };

/** Which side usually starts a proposal of each kind: cooperatives apply, buyers come shopping. */
const COOPERATIVE_STARTS: Record<ProposalKind, number> = {
  FINANCING: 0.9,
  OFFTAKE: 0.5,
  SUPPLY: 0.4,
  AGENCY: 0.8,
};

interface Catalogue {
  input: ProposalSeedInput;
  programsByKind: Map<ProposalKind, RequiredEntityData<Program>[]>;
  coverage: Map<number, Set<string>>;
  /** The regencies of each program; a program without rows covers the whole province. */
  programCoverage: Map<number, Set<string>>;
  mentorOf: Map<number, number>;
  offeringsOf: Map<number, RequiredEntityData<Offering>[]>;
  partnerName: Map<number, string>;
}

function catalogue(input: ProposalSeedInput): Catalogue {
  const programsByKind = new Map<ProposalKind, RequiredEntityData<Program>[]>();
  for (const program of input.programs) {
    const kind = KIND_OF_PROGRAM[program.kind as ProgramKind];
    if (!kind || program.status !== ProgramStatus.ACTIVE) continue;
    programsByKind.set(kind, [...(programsByKind.get(kind) ?? []), program]);
  }
  const coverage = new Map<number, Set<string>>();
  for (const row of input.partnerCoverage) {
    const partner = row.partner as number;
    coverage.set(partner, (coverage.get(partner) ?? new Set()).add(row.region as string));
  }
  const programCoverage = new Map<number, Set<string>>();
  for (const row of input.programCoverage) {
    const program = row.program as number;
    programCoverage.set(program, (programCoverage.get(program) ?? new Set()).add(row.region as string));
  }
  const offeringsOf = new Map<number, RequiredEntityData<Offering>[]>();
  for (const offering of input.offerings) {
    const cooperative = offering.cooperative as number;
    offeringsOf.set(cooperative, [...(offeringsOf.get(cooperative) ?? []), offering]);
  }
  return {
    input,
    programsByKind,
    coverage,
    programCoverage,
    mentorOf: new Map(
      input.assignments
        .filter((row) => row.endedAt == null)
        .map((row) => [row.cooperative as number, row.mentor as number]),
    ),
    offeringsOf,
    partnerName: new Map(input.partners.map((partner) => [partner.id as number, partner.name as string])),
  };
}

const OFFERING_FOR: Record<ProposalKind, OfferingKind | null> = {
  FINANCING: OfferingKind.FINANCING_NEED,
  OFFTAKE: OfferingKind.SUPPLY,
  SUPPLY: null,
  AGENCY: OfferingKind.PARTNERSHIP_INTEREST,
};

/** A published offering of the cooperative that fits, of the same commodity when one is given. */
function fittingOffering(
  data: Catalogue,
  cooperativeId: number,
  kind: ProposalKind,
  commodity: Commodity | null,
): RequiredEntityData<Offering> | null {
  const wanted = OFFERING_FOR[kind];
  const candidates = (data.offeringsOf.get(cooperativeId) ?? []).filter(
    (offering) => offering.kind === wanted && offering.status === OfferingStatus.PUBLISHED,
  );
  // Trade stays in the program's commodity (the COMMODITY rule of proposal.program-rules.ts).
  if (commodity) return candidates.find((offering) => offering.commodity === commodity) ?? null;
  return candidates[0] ?? null;
}

/** The REGION rule of a program (program.requirements.ts): no coverage rows means the province. */
function programCovers(data: Catalogue, program: RequiredEntityData<Program>, regencyCode: string): boolean {
  const coverage = data.programCoverage.get(program.id as number);
  return !coverage || coverage.has(regencyCode);
}

/** A story for a cooperative and a program of a partner serving its regency; null if nothing fits. */
function storyFor(
  data: Catalogue,
  rng: Random,
  cooperative: CooperativeProfile,
  kind: ProposalKind,
  target: Target,
): Story | null {
  const programs = (data.programsByKind.get(kind) ?? []).filter(
    (program) =>
      data.coverage.get(program.partner as number)?.has(cooperative.regencyCode) &&
      programCovers(data, program, cooperative.regencyCode),
  );
  if (programs.length === 0) return null;
  const program = rng.pick(programs);
  const partnerId = program.partner as number;
  const mentorId = data.mentorOf.get(cooperative.id) ?? null;
  const viaMentor =
    target === 'MENTOR_DRAFT' || target === 'DRAFT_REJECTED' || (mentorId !== null && rng.chance(0.25));
  const startedBy =
    viaMentor || rng.chance(COOPERATIVE_STARTS[kind]) ? ProposalSide.COOPERATIVE : ProposalSide.PARTNER;
  if (viaMentor && mentorId === null) return null;
  const content = contentFor(data, rng, cooperative, kind, program, partnerId);
  if (!content) return null;
  return {
    ...content,
    kind,
    cooperativeId: cooperative.id,
    partnerId,
    programId: program.id as number,
    mentorId: viaMentor ? mentorId : null,
    startedBy,
    steps: pathTo(target, rng, viaMentor && startedBy === ProposalSide.COOPERATIVE),
    endDay: EXPIRABLE_STATUSES.includes(statusOfTarget(target)) ? rng.int(1, 20) : rng.int(2, 80),
    users: usersFor(data.input.demo, {
      cooperativeId: cooperative.id,
      partnerId,
      mentorId: viaMentor ? mentorId : null,
    }),
  };
}

function statusOfTarget(target: Target): ProposalStatus {
  if (target === 'DRAFT_REJECTED') return ProposalStatus.DECLINED;
  if (target === 'MENTOR_DRAFT' || target === 'NEW') return ProposalStatus.DRAFT;
  return target;
}

type Content = Pick<Story, 'title' | 'terms' | 'offeringId' | 'requestId'>;

function contentFor(
  data: Catalogue,
  rng: Random,
  cooperative: CooperativeProfile,
  kind: ProposalKind,
  program: RequiredEntityData<Program>,
  partnerId: number,
): Content | null {
  const partner = data.partnerName.get(partnerId) ?? 'mitra';
  switch (kind) {
    case ProposalKind.FINANCING: {
      const offering = fittingOffering(data, cooperative.id, kind, null);
      const max = Math.min(Number(program.maxAmount ?? 1_500_000_000), 2_000_000_000);
      const amount = offering?.amountNeeded
        ? Number(offering.amountNeeded)
        : roundTo(200_000_000 + rng.next() * (max - 200_000_000), 25_000_000);
      const tenor = offering?.wantedTenorMonths ?? rng.pick([36, 48, 60]);
      return {
        title: `Pengajuan ${program.name} ${rupiahShort(amount)}`.slice(0, 200),
        terms: financingTerms(amount, tenor, program),
        offeringId: (offering?.id as number | undefined) ?? null,
        requestId: null,
      };
    }
    case ProposalKind.OFFTAKE: {
      const commodity = (program.commodity as Commodity | null) ?? null;
      const spec = commodity ? COMMODITY_SPECS[commodity] : undefined;
      if (!commodity || !spec) return null;
      const offering = fittingOffering(data, cooperative.id, kind, commodity);
      const request = data.input.requests.find(
        (row) =>
          row.partner === partnerId &&
          row.commodity === commodity &&
          row.status === PartnerRequestStatus.OPEN,
      );
      const quantity = roundTo(spec.monthly[0] + rng.next() * (spec.monthly[1] - spec.monthly[0]) * 0.5, 100);
      const price = roundTo(spec.price[0] + rng.next() * (spec.price[1] - spec.price[0]), spec.priceStep);
      return {
        title: `Penjualan ${spec.word} ${quantityText(quantity, spec.unit)}/bulan ke ${partner}`.slice(
          0,
          200,
        ),
        terms: tradeTerms(
          ProposalSide.COOPERATIVE,
          quantity,
          spec.unit,
          price,
          spec.priceStep,
          `Diambil di gudang koperasi; harga per ${unitWord(spec.unit)}.`,
          cooperative.regencyCode,
        ),
        offeringId: (offering?.id as number | undefined) ?? null,
        requestId: (request?.id as number | undefined) ?? null,
      };
    }
    case ProposalKind.SUPPLY: {
      const goods = SUPPLY_GOODS[program.commodity as Commodity];
      if (!goods) return null;
      const quantity = roundTo(rng.int(...goods.quantity), 10);
      const price = roundTo(rng.int(...goods.price), goods.step);
      return {
        title: `Pasokan ${goods.word} ${quantity} ${unitWord(goods.unit)} dari ${partner}`.slice(0, 200),
        terms: tradeTerms(
          ProposalSide.PARTNER,
          quantity,
          goods.unit,
          price,
          goods.step,
          'Diantar ke gudang koperasi.',
          cooperative.regencyCode,
        ),
        offeringId: null,
        requestId: null,
      };
    }
    case ProposalKind.AGENCY: {
      const offering = fittingOffering(data, cooperative.id, kind, null);
      return {
        title: `Kemitraan: ${program.name}`.slice(0, 200),
        terms: agencyTerms(`Sesuai ketentuan program ${program.name}.`),
        offeringId: (offering?.id as number | undefined) ?? null,
        requestId: null,
      };
    }
  }
}

/** Cooperatives that are far enough along to negotiate partnerships. */
const PROPOSING: Partial<Record<CooperativeStage, number>> = {
  BUILDING_UNITS: 0.04,
  OPERATING: 0.3,
  GROWING: 0.55,
};

function populationStories(data: Catalogue, rng: Random): Story[] {
  const stories: Story[] = [];
  for (const cooperative of data.input.cooperatives) {
    if (cooperative.id === data.input.demo.cooperativeId) continue;
    if (!rng.chance(PROPOSING[cooperative.stage] ?? 0)) continue;
    const count = rng.int(1, cooperative.stage === CooperativeStage.GROWING ? 3 : 2);
    for (let i = 0; i < count; i += 1) {
      const kind = rng.weighted(KIND_WEIGHTS);
      const target = rng.weighted(TARGET_WEIGHTS);
      const story = storyFor(data, rng, cooperative, kind, target);
      if (story) stories.push(story);
    }
  }
  return stories;
}

/** Demo accounts act for their own organisations; other organisations' history has no user. */
function usersFor(
  demo: DemoParties,
  story: Pick<Story, 'cooperativeId' | 'partnerId' | 'mentorId'>,
): Story['users'] {
  const partnerUsers: Record<number, number[]> = {
    [demo.bankId]: [demo.users.bankAdmin, demo.users.bankOfficer],
    [demo.buyerId]: [demo.users.buyer],
  };
  return {
    cooperative: story.cooperativeId === demo.cooperativeId ? [demo.users.ketua, demo.users.pengurus] : [],
    partner: partnerUsers[story.partnerId] ?? [],
    mentor: story.mentorId === demo.mentorId ? demo.users.mentor : null,
  };
}

/* ---------- The demo cooperative: one proposal in every state, most with BRI ---------- */

interface DemoCase {
  kind: ProposalKind;
  partner: 'bank' | 'buyer' | 'other';
  target: Target;
  viaMentor?: boolean;
  startedBy?: ProposalSide;
  counters?: number;
}

const DEMO_CASES: DemoCase[] = [
  { kind: ProposalKind.FINANCING, partner: 'bank', target: ProposalStatus.NEGOTIATING, counters: 3 },
  { kind: ProposalKind.FINANCING, partner: 'bank', target: 'MENTOR_DRAFT' },
  { kind: ProposalKind.AGENCY, partner: 'bank', target: ProposalStatus.UNDER_REVIEW, viaMentor: true },
  { kind: ProposalKind.FINANCING, partner: 'bank', target: ProposalStatus.COMPLETED },
  { kind: ProposalKind.FINANCING, partner: 'bank', target: ProposalStatus.DECLINED },
  {
    kind: ProposalKind.OFFTAKE,
    partner: 'buyer',
    target: ProposalStatus.SUBMITTED,
    startedBy: ProposalSide.PARTNER,
  },
  { kind: ProposalKind.OFFTAKE, partner: 'buyer', target: ProposalStatus.ACCEPTED },
  { kind: ProposalKind.OFFTAKE, partner: 'buyer', target: ProposalStatus.CANCELLED },
  { kind: ProposalKind.AGENCY, partner: 'other', target: ProposalStatus.DRAFT },
  { kind: ProposalKind.SUPPLY, partner: 'other', target: ProposalStatus.WITHDRAWN },
  { kind: ProposalKind.SUPPLY, partner: 'other', target: ProposalStatus.EXPIRED },
];

function demoStories(data: Catalogue, rng: Random): Story[] {
  const demo = data.input.demo;
  const cooperative = data.input.cooperatives.find((profile) => profile.id === demo.cooperativeId);
  if (!cooperative) throw new Error('seed: the demo cooperative is not among the cooperatives');
  return DEMO_CASES.map((demoCase) => {
    const programs = (data.programsByKind.get(demoCase.kind) ?? []).filter((program) => {
      const partner = program.partner as number;
      if (demoCase.partner === 'bank') return partner === demo.bankId;
      if (demoCase.partner === 'buyer') return partner === demo.buyerId;
      return (
        partner !== demo.bankId &&
        partner !== demo.buyerId &&
        data.coverage.get(partner)?.has(cooperative.regencyCode) &&
        programCovers(data, program, cooperative.regencyCode)
      );
    });
    // The buyer may have no offtake program; it buys through its requests then.
    const program = programs.find((row) => row.name?.toString().includes('PMK 49')) ?? programs[0];
    if (!program) throw new Error(`seed: no ${demoCase.kind} program for the demo ${demoCase.partner}`);
    const partnerId = program.partner as number;
    const content = contentFor(data, rng, cooperative, demoCase.kind, program, partnerId);
    if (!content) throw new Error(`seed: no content for the demo ${demoCase.kind} proposal`);
    const viaMentor =
      demoCase.viaMentor ?? (demoCase.target === 'MENTOR_DRAFT' || demoCase.target === 'DRAFT_REJECTED');
    const steps =
      demoCase.counters != null
        ? [...pathTo(ProposalStatus.UNDER_REVIEW, rng, viaMentor), ...counters(demoCase.counters)]
        : pathTo(demoCase.target, rng, viaMentor);
    const mentorId = viaMentor ? demo.mentorId : null;
    return {
      ...content,
      kind: demoCase.kind,
      cooperativeId: cooperative.id,
      partnerId,
      programId: program.id as number,
      mentorId,
      startedBy: demoCase.startedBy ?? ProposalSide.COOPERATIVE,
      steps,
      endDay: EXPIRABLE_STATUSES.includes(statusOfTarget(demoCase.target)) ? rng.int(1, 6) : rng.int(3, 40),
      users: usersFor(demo, { cooperativeId: cooperative.id, partnerId, mentorId }),
    };
  });
}

/** Every demo proposal with its terms, events and messages; ids are assigned here. */
export function buildProposals(input: ProposalSeedInput): ProposalSeed {
  const rng = Random.forStream('proposals');
  const data = catalogue(input);
  const ids = new IdCounter();
  const seed: ProposalSeed = { proposals: [], terms: [], events: [], messages: [] };
  for (const story of [...demoStories(data, rng), ...populationStories(data, rng)]) {
    const played = play(story, ids, rng);
    seed.proposals.push(played.proposal);
    seed.terms.push(...played.terms);
    seed.events.push(...played.events);
    seed.messages.push(...played.messages);
  }
  return seed;
}

interface MembershipRow {
  email: string;
  user_id: number;
  cooperative_id: number | null;
  partner_id: number | null;
  mentor_id: number | null;
}

/** Ids of the demo accounts' organisations and users, read from the memberships just seeded. */
export async function demoParties(tx: EntityManager): Promise<DemoParties> {
  const rows = await tx.execute<MembershipRow[]>(
    'select u.email, m.user_id, m.cooperative_id, m.partner_id, m.mentor_id from membership m join app_user u on u.id = m.user_id',
  );
  const byEmail = (name: string) => {
    const row = rows.find((candidate) => candidate.email === `${name}@demo.mitradesa.id`);
    if (!row) throw new Error(`seed: demo account ${name}@ is missing`);
    return row;
  };
  return {
    cooperativeId: byEmail('ketua').cooperative_id!,
    bankId: byEmail('bank.admin').partner_id!,
    buyerId: byEmail('pembeli').partner_id!,
    mentorId: byEmail('pendamping').mentor_id!,
    users: {
      ketua: byEmail('ketua').user_id,
      pengurus: byEmail('pengurus').user_id,
      bankAdmin: byEmail('bank.admin').user_id,
      bankOfficer: byEmail('bank').user_id,
      buyer: byEmail('pembeli').user_id,
      mentor: byEmail('pendamping').user_id,
    },
  };
}
