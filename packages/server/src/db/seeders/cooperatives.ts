import type { RequiredEntityData } from '@mikro-orm/core';
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
} from '../../modules/cooperative/cooperative.entity';
import { VillageKind } from '../../modules/region/region.entity';
import { VerificationLevel } from '../../shared/verification';
import { apportion } from './apportion';
import { addDays, calendarDateBetween, momentAround } from './clock';
import { displayName, type Geography, type RegionRecord } from './geography';
import { personName } from './names';
import { Random } from './random';
import { regencyProfile, type RegencyProfile } from './regency-profiles';

/** What later parts of the seed (offerings, mentors) need to know about a cooperative. */
export interface CooperativeProfile {
  id: number;
  name: string;
  regencyCode: string;
  stage: CooperativeStage;
  createdAt: Date;
  units: Map<BusinessUnitType, BusinessUnitStatus>;
}

export interface CooperativeSeed {
  cooperatives: RequiredEntityData<Cooperative>[];
  units: RequiredEntityData<BusinessUnit>[];
  officers: RequiredEntityData<CooperativeOfficer>[];
  profiles: CooperativeProfile[];
  /** The ids before this seed's first ones (0 for the first seed). */
  idOffsets: { cooperatives: number; units: number; officers: number };
}

function lastId(rows: { id?: unknown }[] | undefined): number {
  return rows?.length ? Number(rows[rows.length - 1].id) : 0;
}

export const STANDARD_UNITS: readonly BusinessUnitType[] = [
  BusinessUnitType.COOPERATIVE_OFFICE,
  BusinessUnitType.GROCERY_KIOSK,
  BusinessUnitType.SAVINGS_AND_LOAN,
  BusinessUnitType.VILLAGE_CLINIC,
  BusinessUnitType.VILLAGE_PHARMACY,
  BusinessUnitType.WAREHOUSE_COLD_STORAGE,
  BusinessUnitType.LOGISTICS,
];

export const ADD_ON_UNITS: readonly BusinessUnitType[] = [
  BusinessUnitType.LPG_OUTLET,
  BusinessUnitType.FERTILISER_RETAIL,
  BusinessUnitType.BULOG_AGENCY,
  BusinessUnitType.BANK_AGENT,
  BusinessUnitType.POST_AGENT,
];

const STAGES: readonly CooperativeStage[] = [
  CooperativeStage.LEGALLY_FORMED,
  CooperativeStage.ORGANISED,
  CooperativeStage.BUILDING_UNITS,
  CooperativeStage.OPERATING,
  CooperativeStage.GROWING,
];

/** Share of cooperatives per stage, in STAGES order; cities are further along. */
const STAGE_SHARES = { rural: [45, 30, 13, 9, 3], urban: [30, 30, 17, 16, 7] };

const VERIFICATION_BY_STAGE: Record<CooperativeStage, Partial<Record<VerificationLevel, number>>> = {
  LEGALLY_FORMED: { UNVERIFIED: 70, SELF_DECLARED: 28, MENTOR_ATTESTED: 2 },
  ORGANISED: { UNVERIFIED: 35, SELF_DECLARED: 50, MENTOR_ATTESTED: 12, DOCUMENTS_VERIFIED: 3 },
  BUILDING_UNITS: { UNVERIFIED: 15, SELF_DECLARED: 50, MENTOR_ATTESTED: 25, DOCUMENTS_VERIFIED: 10 },
  OPERATING: { UNVERIFIED: 5, SELF_DECLARED: 35, MENTOR_ATTESTED: 35, DOCUMENTS_VERIFIED: 25 },
  GROWING: { SELF_DECLARED: 15, MENTOR_ATTESTED: 40, DOCUMENTS_VERIFIED: 40, GOVERNMENT_VERIFIED: 5 },
};

/** Members grow as a cooperative gets going: [min, max] per stage, for a desa. */
const MEMBERS_BY_STAGE: Record<CooperativeStage, [number, number]> = {
  LEGALLY_FORMED: [20, 90],
  ORGANISED: [40, 220],
  BUILDING_UNITS: [60, 320],
  OPERATING: [90, 450],
  GROWING: [150, 560],
};

/** Chance of holding an NIB / an NPWP by stage (needed to trade and to borrow). */
const NIB_CHANCE: Record<CooperativeStage, number> = {
  LEGALLY_FORMED: 0.45,
  ORGANISED: 0.65,
  BUILDING_UNITS: 0.8,
  OPERATING: 1,
  GROWING: 1,
};
const NPWP_CHANCE: Record<CooperativeStage, number> = {
  LEGALLY_FORMED: 0.2,
  ORGANISED: 0.45,
  BUILDING_UNITS: 0.65,
  OPERATING: 0.9,
  GROWING: 1,
};

type UnitPlan = { type: BusinessUnitType; status: BusinessUnitStatus };

/**
 * One cooperative per village, in village-code order, with ids 1…n, or continuing after the ids
 * of `after` (another province's seed, so that adding one leaves the ids of the first as they are).
 * Each seed draws from a random stream of its own name.
 */
export function buildCooperatives(
  geography: Geography,
  options: { stream?: string; after?: CooperativeSeed } = {},
): CooperativeSeed {
  const rng = Random.forStream(options.stream ?? 'cooperatives');
  const seed: CooperativeSeed = {
    cooperatives: [],
    units: [],
    officers: [],
    profiles: [],
    idOffsets: {
      cooperatives: lastId(options.after?.cooperatives),
      units: lastId(options.after?.units),
      officers: lastId(options.after?.officers),
    },
  };
  for (const regency of geography.regencies) {
    const villages = geography.villagesByRegency.get(regency.code) ?? [];
    const profile = regencyProfile(regency.code);
    const stages = stageQuota(rng, villages.length, profile);
    villages.forEach((village, index) => {
      addCooperative(seed, rng, { village, regencyCode: regency.code, profile, stage: stages[index] });
    });
  }
  return seed;
}

/** Exact stage counts per regency (shuffled), so the province-wide spread is as intended. */
function stageQuota(rng: Random, count: number, profile: RegencyProfile): CooperativeStage[] {
  const counts = apportion(count, profile.urban ? STAGE_SHARES.urban : STAGE_SHARES.rural);
  return rng.shuffle(counts.flatMap((n, index) => Array<CooperativeStage>(n).fill(STAGES[index])));
}

interface VillageContext {
  village: RegionRecord;
  regencyCode: string;
  profile: RegencyProfile;
  stage: CooperativeStage;
}

function addCooperative(seed: CooperativeSeed, rng: Random, context: VillageContext): void {
  const id = seed.idOffsets.cooperatives + seed.cooperatives.length + 1;
  const { village, stage } = context;
  const kelurahan = village.villageKind === VillageKind.KELURAHAN;
  const name = `Koperasi ${kelurahan ? 'Kelurahan' : 'Desa'} Merah Putih ${displayName(village.name)}`;
  const createdDay = rng.int(-360, -30);
  const createdAt = momentAround(rng, createdDay, createdDay);
  const updatedAt = momentAround(rng, createdDay + 1, -1);
  const timestamps = { createdAt, updatedAt };
  const units = planUnits(rng, stage, context.profile);

  seed.cooperatives.push({
    id,
    kind: kelurahan ? CooperativeKind.KKMP : CooperativeKind.KDMP,
    name,
    village: village.code,
    ...legalIdentity(rng, id, village.code, stage),
    managementPattern: rng.chance(context.profile.syariahShare)
      ? ManagementPattern.SYARIAH
      : ManagementPattern.KONVENSIONAL,
    memberCount: memberCount(rng, stage, kelurahan),
    stage,
    verificationLevel: rng.weighted(VERIFICATION_BY_STAGE[stage]),
    version: 1,
    ...timestamps,
  });
  for (const unit of units)
    seed.units.push(unitRow(rng, seed.idOffsets.units + seed.units.length + 1, id, unit, timestamps));
  addOfficers(seed, rng, id, context, createdAt);
  seed.profiles.push({
    id,
    name,
    regencyCode: context.regencyCode,
    stage,
    createdAt,
    units: new Map(units.map((unit) => [unit.type, unit.status])),
  });
}

/**
 * Deed, SK AHU (June–September 2025, when the KDKMP were formed), NIK koperasi, and NIB/NPWP
 * more often the further the cooperative is.
 */
function legalIdentity(rng: Random, id: number, villageCode: string, stage: CooperativeStage) {
  const skAhuDate = calendarDateBetween(rng, '2025-06-02', '2025-09-30');
  return {
    // Increasing with the id, so numbers are unique, like the ministry's running numbers.
    skAhuNumber: `AHU-${String(12000 + id * 17 + rng.int(0, 16)).padStart(7, '0')}.AH.01.29.TAHUN 2025`,
    skAhuDate,
    // Village code (10 digits, unique) + year + 4 digits: 16 digits, unique by construction.
    nikKoperasi: `${villageCode.replace(/\./g, '')}25${String(rng.int(0, 9999)).padStart(4, '0')}`,
    nib: rng.chance(NIB_CHANCE[stage]) ? rng.digits(13) : null,
    npwp: rng.chance(NPWP_CHANCE[stage]) ? npwpNumber(rng) : null,
    deedNumber: String(rng.int(1, 60)).padStart(2, '0'),
    deedDate: addDays(skAhuDate, -rng.int(2, 21)),
  };
}

/** Format 99.999.999.9-999.999; the tail is a West Kalimantan tax office code and "000" (head office). */
function npwpNumber(rng: Random): string {
  const d = rng.digits(9);
  return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}.${d.slice(8)}-70${rng.int(1, 7)}.000`;
}

function memberCount(rng: Random, stage: CooperativeStage, kelurahan: boolean): number {
  const [min, max] = MEMBERS_BY_STAGE[stage];
  // Urban villages have more households, so more members.
  return kelurahan ? rng.int(Math.round(min * 1.5), 600) : rng.int(min, max);
}

function addOfficers(
  seed: CooperativeSeed,
  rng: Random,
  cooperative: number,
  context: VillageContext,
  createdAt: Date,
): void {
  for (const role of officerRoles(rng, context.stage)) {
    seed.officers.push({
      id: seed.idOffsets.officers + seed.officers.length + 1,
      cooperative,
      role,
      // Chairs are often village elders; a few carry the hajj title.
      name: personName(rng, context.regencyCode, {
        degreeChance: 0.12,
        hajjChance: role === OfficerRole.KETUA ? 0.12 : 0.04,
      }),
      createdAt,
    });
  }
}

/** Ketua, sekretaris and bendahara are named in the deed; pengawas once the cooperative is organised. */
function officerRoles(rng: Random, stage: CooperativeStage): OfficerRole[] {
  const supervisors = stage === CooperativeStage.LEGALLY_FORMED ? (rng.chance(0.5) ? 1 : 0) : rng.int(1, 3);
  return [
    OfficerRole.KETUA,
    OfficerRole.SEKRETARIS,
    OfficerRole.BENDAHARA,
    ...Array<OfficerRole>(supervisors).fill(OfficerRole.PENGAWAS),
  ];
}

/** Units consistent with the stage: only plans early on, construction next, active units when operating. */
function planUnits(rng: Random, stage: CooperativeStage, profile: RegencyProfile): UnitPlan[] {
  switch (stage) {
    case CooperativeStage.LEGALLY_FORMED:
      return planned(rng.sample(STANDARD_UNITS, rng.pick([0, 0, 1, 2, 2, 3])));
    case CooperativeStage.ORGANISED:
      return planned(rng.sample(STANDARD_UNITS, rng.int(2, 5)));
    case CooperativeStage.BUILDING_UNITS:
      return buildingUnits(rng);
    case CooperativeStage.OPERATING:
      return operatingUnits(rng, profile, {
        standard: rng.int(4, 7),
        activeShare: 0.3,
        addOns: rng.chance(0.25) ? 1 : 0,
      });
    case CooperativeStage.GROWING:
      return operatingUnits(rng, profile, {
        standard: rng.int(6, 7),
        activeShare: 0.75,
        addOns: rng.int(1, 3),
      });
  }
}

function planned(types: BusinessUnitType[]): UnitPlan[] {
  return types.map((type) => ({ type, status: BusinessUnitStatus.PLANNED }));
}

function buildingUnits(rng: Random): UnitPlan[] {
  const units = rng.sample(STANDARD_UNITS, rng.int(3, 6)).map((type) => ({
    type,
    status: rng.weighted<BusinessUnitStatus>({ UNDER_CONSTRUCTION: 45, NOT_ACTIVE: 20, PLANNED: 35 }),
  }));
  if (units.every((unit) => unit.status === BusinessUnitStatus.PLANNED)) {
    units[0].status = BusinessUnitStatus.UNDER_CONSTRUCTION;
  }
  return units;
}

interface OperatingShape {
  standard: number;
  /** Chance that a unit other than office, kiosk and savings-and-loan is active. */
  activeShare: number;
  addOns: number;
}

/** The office and the kiosk open first; savings-and-loan depends on the local saving habit. */
function operatingUnits(rng: Random, profile: RegencyProfile, shape: OperatingShape): UnitPlan[] {
  const core = [
    BusinessUnitType.COOPERATIVE_OFFICE,
    BusinessUnitType.GROCERY_KIOSK,
    BusinessUnitType.SAVINGS_AND_LOAN,
  ];
  const others = rng.sample(
    STANDARD_UNITS.filter((type) => !core.includes(type)),
    shape.standard - core.length,
  );
  const chosen = new Set([...core, ...others]);
  const units: UnitPlan[] = STANDARD_UNITS.filter((type) => chosen.has(type)).map((type) => ({
    type,
    status: operatingStatus(rng, type, profile, shape.activeShare),
  }));
  for (const type of rng.sample(ADD_ON_UNITS, shape.addOns)) {
    units.push({ type, status: rng.chance(0.8) ? BusinessUnitStatus.ACTIVE : BusinessUnitStatus.NOT_ACTIVE });
  }
  // Operating means at least one active unit; the office is the natural first one.
  if (!units.some((unit) => unit.status === BusinessUnitStatus.ACTIVE))
    units[0].status = BusinessUnitStatus.ACTIVE;
  return units;
}

function operatingStatus(
  rng: Random,
  type: BusinessUnitType,
  profile: RegencyProfile,
  activeShare: number,
): BusinessUnitStatus {
  const activeChance =
    type === BusinessUnitType.COOPERATIVE_OFFICE
      ? 0.85
      : type === BusinessUnitType.GROCERY_KIOSK
        ? Math.max(0.7, activeShare)
        : type === BusinessUnitType.SAVINGS_AND_LOAN
          ? Math.max(profile.savingsCulture, activeShare)
          : activeShare;
  if (rng.chance(activeChance)) return BusinessUnitStatus.ACTIVE;
  return rng.weighted<BusinessUnitStatus>({ NOT_ACTIVE: 35, UNDER_CONSTRUCTION: 35, PLANNED: 30 });
}

function unitRow(
  rng: Random,
  id: number,
  cooperative: number,
  unit: UnitPlan,
  timestamps: { createdAt: Date; updatedAt: Date },
): RequiredEntityData<BusinessUnit> {
  const active = unit.status === BusinessUnitStatus.ACTIVE;
  return {
    id,
    cooperative,
    type: unit.type,
    name: null,
    status: unit.status,
    // Notes describe a running unit, so only active units have them.
    capacityNotes: active && rng.chance(0.5) ? capacityNote(rng, unit.type) : null,
    activeSince: active ? calendarDateBetween(rng, '2025-10-15', '2026-10-20') : null,
    ...timestamps,
  };
}

/** A short note in Bahasa Indonesia on what a running unit handles. */
function capacityNote(rng: Random, type: BusinessUnitType): string {
  switch (type) {
    case BusinessUnitType.COOPERATIVE_OFFICE:
      return `Kantor ${rng.int(4, 8)} x ${rng.int(6, 12)} m di ${rng.pick(['bekas balai desa', 'ruko sewa', 'tanah kas desa', 'gedung baru'])}, ${rng.int(2, 5)} pengurus piket harian.`;
    case BusinessUnitType.GROCERY_KIOSK:
      return `Gerai sembako ${rng.int(5, 8)} x ${rng.int(6, 10)} m, melayani ±${rng.int(15, 60) * 10} kepala keluarga.`;
    case BusinessUnitType.SAVINGS_AND_LOAN:
      return `Simpanan anggota ±Rp${rng.int(20, 250)} juta, ${rng.int(30, 220)} peminjam aktif.`;
    case BusinessUnitType.VILLAGE_CLINIC:
      return `Klinik desa dengan ${rng.int(1, 2)} bidan dan ${rng.int(1, 3)} perawat, buka Senin–Sabtu.`;
    case BusinessUnitType.VILLAGE_PHARMACY:
      return 'Apotek desa bekerja sama dengan apoteker puskesmas kecamatan.';
    case BusinessUnitType.WAREHOUSE_COLD_STORAGE:
      return `Gudang kapasitas ±${rng.int(5, 30) * 10} ton; cold storage ${rng.int(2, 8) * 10} m³ untuk ikan, sayur dan buah.`;
    case BusinessUnitType.LOGISTICS:
      return `${rng.int(1, 3)} truk engkel ${rng.pick([4, 6, 8])} ton dan ${rng.int(1, 4)} motor roda tiga.`;
    case BusinessUnitType.LPG_OUTLET:
      return `Pangkalan LPG 3 kg, kuota ${rng.int(20, 80) * 10} tabung per bulan.`;
    case BusinessUnitType.FERTILISER_RETAIL:
      return `Kios pupuk bersubsidi, penyaluran ±${rng.int(10, 60)} ton urea dan NPK per musim tanam.`;
    case BusinessUnitType.BULOG_AGENCY:
      return `Agen beras SPHP dan minyak goreng, ±${rng.int(1, 6)} ton per bulan.`;
    case BusinessUnitType.BANK_AGENT:
      return `Agen bank (laku pandai), ±${rng.int(8, 40) * 10} transaksi per bulan.`;
    case BusinessUnitType.POST_AGENT:
      return `Agen pos untuk kiriman paket, ±${rng.int(5, 30) * 10} kiriman per bulan.`;
    case BusinessUnitType.OTHER:
      return 'Unit usaha lain sesuai potensi desa.';
  }
}
