import type { Context } from '../../request-context';
import { applyGiven, changeAtVersion } from '../../shared/changes';
import { assertMayManageCooperative, type CooperativeScope } from './cooperative.policy';
import { RegionLevel, VillageKind } from '../region/region.entity';
import { referencedRegion } from '../region/region.service';
import {
  BusinessUnit,
  BusinessUnitStatus,
  BusinessUnitType,
  Cooperative,
  CooperativeKind,
  CooperativeOfficer,
  CooperativeStage,
  ManagementPattern,
  OfficerRole,
} from './cooperative.entity';
import { CooperativeError, CooperativeViolations } from './cooperative.errors';

/** Changes to a cooperative's profile; a field left out (undefined) stays as it is. */
export interface UpdateCooperativeProfile {
  id: number;
  /** The version the change was made against (optimistic lock). */
  version: number;
  name?: string | null;
  managementPattern?: ManagementPattern | null;
  memberCount?: number | null;
  stage?: CooperativeStage | null;
  /** Null clears it. */
  expectedMonthlyIncome?: string | null;
}

/** Changes to a cooperative's legal identity (dates as YYYY-MM-DD); null clears a field. */
export interface UpdateCooperativeLegalData {
  id: number;
  /** The version the change was made against (optimistic lock). */
  version: number;
  skAhuNumber?: string | null;
  skAhuDate?: string | null;
  nikKoperasi?: string | null;
  nib?: string | null;
  npwp?: string | null;
  deedNumber?: string | null;
  deedDate?: string | null;
}

/** The whole new list of a cooperative's officers. */
export interface SetCooperativeOfficers {
  id: number;
  /** The version the change was made against (optimistic lock). */
  version: number;
  officers: { role: OfficerRole; name: string }[];
}

/** A new business unit of a cooperative. */
export interface AddBusinessUnit {
  cooperativeId: number;
  type: BusinessUnitType;
  status: BusinessUnitStatus;
  name?: string | null;
  capacityNotes?: string | null;
  /** YYYY-MM-DD. */
  activeSince?: string | null;
}

/** Changes to a business unit; a field left out (undefined) stays as it is. */
export interface UpdateBusinessUnit {
  id: number;
  status?: BusinessUnitStatus | null;
  name?: string | null;
  capacityNotes?: string | null;
  activeSince?: string | null;
}

/** The cooperative of a village that has none. */
export interface CreateCooperative {
  villageCode: string;
  name: string;
  managementPattern: ManagementPattern;
  memberCount: number;
  stage: CooperativeStage;
}

/**
 * Loads a cooperative for a change of `scope` (see cooperative.policy.ts): a NOT_FOUND CooperativeError
 * at the command's `field` when there is none, FORBIDDEN when the viewer may not make such changes to it.
 */
export async function cooperativeToChange(
  ctx: Context,
  id: number,
  scope: CooperativeScope,
  field = 'id',
): Promise<Cooperative> {
  const cooperative = await ctx.em.findOne(Cooperative, id);
  if (!cooperative) throw CooperativeError.notFound(field);
  await assertMayManageCooperative(ctx, id, scope);
  return cooperative;
}

const PROFILE_FIELDS = ['name', 'managementPattern', 'memberCount', 'stage'] as const;

/** Name, management pattern, members, stage and expected income; by the cooperative's board (or an admin). */
export async function updateCooperativeProfile(
  ctx: Context,
  changes: UpdateCooperativeProfile,
): Promise<number> {
  const cooperative = await cooperativeToChange(ctx, changes.id, 'board');
  await changeAtVersion(ctx.em, cooperative, changes.version);
  new CooperativeViolations().refuseNulls(changes, [...PROFILE_FIELDS]).throwIfAny();
  applyGiven(cooperative, changes, PROFILE_FIELDS);
  if (changes.expectedMonthlyIncome !== undefined)
    cooperative.expectedMonthlyIncome = changes.expectedMonthlyIncome;
  await ctx.em.flush();
  return cooperative.id;
}

const LEGAL_FIELDS = [
  'skAhuNumber',
  'skAhuDate',
  'nikKoperasi',
  'nib',
  'npwp',
  'deedNumber',
  'deedDate',
] as const;

/**
 * SK AHU, NIK koperasi, NIB, NPWP and deed; by the board. The rules apply to the record as it
 * would be stored: numbers and their dates in pairs, the deed not after the SK AHU, and a NIK
 * koperasi no other cooperative holds.
 */
export async function updateCooperativeLegalData(
  ctx: Context,
  changes: UpdateCooperativeLegalData,
): Promise<number> {
  const { id } = changes;
  const cooperative = await cooperativeToChange(ctx, id, 'board');
  await changeAtVersion(ctx.em, cooperative, changes.version);
  applyGiven(cooperative, changes, LEGAL_FIELDS);
  const violations = new CooperativeViolations();
  requireBothOrNeither(violations, cooperative, 'skAhuNumber', 'skAhuDate');
  requireBothOrNeither(violations, cooperative, 'deedNumber', 'deedDate');
  if (cooperative.deedDate && cooperative.skAhuDate && cooperative.deedDate > cooperative.skAhuDate) {
    violations.invalid(
      'deedDate must not be after skAhuDate: the notarial deed comes before the SK AHU',
      changes.deedDate !== undefined ? 'deedDate' : 'skAhuDate',
    );
  }
  if (changes.nikKoperasi && (await nikKoperasiTaken(ctx, changes.nikKoperasi, id))) {
    violations.nikKoperasiTaken();
  }
  violations.throwIfAny();
  await ctx.em.flush();
  return cooperative.id;
}

type LegalField = (typeof LEGAL_FIELDS)[number];

/** A number and its date are one fact: both stored, or neither. Blames the one that is missing. */
function requireBothOrNeither(
  violations: CooperativeViolations,
  cooperative: Cooperative,
  number: LegalField,
  date: LegalField,
): void {
  const hasNumber = cooperative[number] != null;
  const hasDate = cooperative[date] != null;
  if (hasNumber === hasDate) return;
  const missing = hasNumber ? date : number;
  const present = hasNumber ? number : date;
  violations.invalid(`${missing} is required together with ${present}`, missing);
}

async function nikKoperasiTaken(ctx: Context, nikKoperasi: string, exceptId: number): Promise<boolean> {
  return (await ctx.em.count(Cooperative, { nikKoperasi, id: { $ne: exceptId } })) > 0;
}

/** Roles a cooperative has one holder of; supervisors (pengawas) may be several. */
const SINGLE_HOLDER_ROLES: ReadonlySet<OfficerRole> = new Set([
  OfficerRole.KETUA,
  OfficerRole.SEKRETARIS,
  OfficerRole.BENDAHARA,
]);

/** Replaces the officer list; by the board. */
export async function setCooperativeOfficers(ctx: Context, input: SetCooperativeOfficers): Promise<number> {
  const cooperative = await cooperativeToChange(ctx, input.id, 'board');
  await changeAtVersion(ctx.em, cooperative, input.version);
  const violations = new CooperativeViolations();
  const seen = new Set<OfficerRole>();
  input.officers.forEach((officer, index) => {
    if (SINGLE_HOLDER_ROLES.has(officer.role) && seen.has(officer.role)) {
      violations.officerRoleRepeated(officer.role, index);
    }
    seen.add(officer.role);
  });
  violations.throwIfAny();
  await cooperative.officers.init();
  const now = new Date();
  cooperative.officers.set(
    input.officers.map((officer) =>
      ctx.em.create(CooperativeOfficer, {
        cooperative,
        role: officer.role,
        name: officer.name.trim(),
        createdAt: now,
      }),
    ),
  );
  await ctx.em.flush();
  return cooperative.id;
}

/** Standard units exist once per cooperative; OTHER may repeat (each with its own name). */
function isStandardType(type: BusinessUnitType): boolean {
  return type !== BusinessUnitType.OTHER;
}

/** The rules a unit must meet as it would be stored, for add and update alike. */
function checkUnit(unit: BusinessUnit): void {
  const violations = new CooperativeViolations();
  if (unit.type === BusinessUnitType.OTHER && !unit.name) {
    violations.invalid('name is required for a unit of type OTHER', 'name');
  }
  if (unit.activeSince && unit.status !== BusinessUnitStatus.ACTIVE) {
    violations.invalid('activeSince is only for ACTIVE units', 'activeSince');
  }
  violations.throwIfAny();
}

/** A new unit; by any officer or the cooperative's mentor (operational data). */
export async function addBusinessUnit(ctx: Context, input: AddBusinessUnit): Promise<number> {
  const cooperative = await cooperativeToChange(ctx, input.cooperativeId, 'operational', 'cooperativeId');
  if (
    isStandardType(input.type) &&
    (await ctx.em.count(BusinessUnit, { cooperative, type: input.type })) > 0
  ) {
    throw CooperativeError.unitTypeTaken(input.type);
  }
  const unit = ctx.em.create(BusinessUnit, {
    cooperative,
    type: input.type,
    status: input.status,
    name: input.name?.trim() ?? null,
    capacityNotes: input.capacityNotes?.trim() ?? null,
    activeSince: input.activeSince ?? null,
  });
  checkUnit(unit);
  await ctx.em.flush();
  return unit.id;
}

/** Loads a unit for a change by its cooperative's officers or mentor. */
async function unitToChange(ctx: Context, id: number): Promise<BusinessUnit> {
  const unit = await ctx.em.findOne(BusinessUnit, id);
  if (!unit) throw CooperativeError.unitNotFound();
  await assertMayManageCooperative(ctx, unit.cooperative.id, 'operational');
  return unit;
}

/** Status, name, capacity and start date of a unit; leaving ACTIVE clears `activeSince`. */
export async function updateBusinessUnit(ctx: Context, changes: UpdateBusinessUnit): Promise<number> {
  const unit = await unitToChange(ctx, changes.id);
  new CooperativeViolations().refuseNulls(changes, ['status']).throwIfAny();
  applyGiven(unit, changes, ['status', 'name', 'capacityNotes', 'activeSince']);
  // A unit that stopped trading has no trading start; one the client names anyway is refused below.
  if (unit.status !== BusinessUnitStatus.ACTIVE && changes.activeSince === undefined) unit.activeSince = null;
  checkUnit(unit);
  await ctx.em.flush();
  return unit.id;
}

/** Removes a unit; returns the id of its cooperative. */
export async function removeBusinessUnit(ctx: Context, id: number): Promise<number> {
  const unit = await unitToChange(ctx, id);
  const cooperativeId = unit.cooperative.id;
  ctx.em.remove(unit);
  await ctx.em.flush();
  return cooperativeId;
}

const COOPERATIVE_KIND_OF_VILLAGE: Record<VillageKind, CooperativeKind> = {
  [VillageKind.DESA]: CooperativeKind.KDMP,
  [VillageKind.KELURAHAN]: CooperativeKind.KKMP,
};

/** A cooperative for a village without one (admins); a desa gets a KDMP, a kelurahan a KKMP. */
export async function createCooperative(ctx: Context, input: CreateCooperative): Promise<number> {
  const violations = new CooperativeViolations();
  const village = await referencedRegion(ctx, violations, 'villageCode', input.villageCode, [
    RegionLevel.VILLAGE,
  ]);
  if (!village) throw violations.exception();
  if ((await ctx.em.count(Cooperative, { village })) > 0) {
    throw CooperativeError.villageTaken();
  }
  const cooperative = ctx.em.create(Cooperative, {
    // A village without a recorded kind is a desa, by far the common case (2,046 of the 2,145 in West Kalimantan).
    kind: COOPERATIVE_KIND_OF_VILLAGE[village.villageKind ?? VillageKind.DESA],
    name: input.name.trim(),
    village,
    managementPattern: input.managementPattern,
    memberCount: input.memberCount,
    stage: input.stage,
  });
  await ctx.em.flush();
  return cooperative.id;
}
