import type { RequiredEntityData } from '@mikro-orm/core';
import { Mentor, MentorAssignment, MentorRole } from '../../modules/mentor/mentor.entity';
import { apportion } from './apportion';
import { dayRelativeToReference, momentAround } from './clock';
import type { CooperativeProfile } from './cooperatives';
import { type Geography } from './geography';
import { mobileNumber, personName } from './names';
import { Random } from './random';

/** West Kalimantan's pendamping: 30 PMO (2 at province level, 2 per regency) and 215 BA. */
export const PROVINCE_PMO_COUNT = 2;
export const PMO_PER_REGENCY = 2;
export const BA_COUNT = 215;
export const CASELOAD = { min: 7, max: 15 };

export interface MentorSeed {
  mentors: RequiredEntityData<Mentor>[];
  assignments: RequiredEntityData<MentorAssignment>[];
}

interface MentorRef {
  id: number;
  createdDay: number;
}

export function buildMentors(geography: Geography, cooperatives: CooperativeProfile[]): MentorSeed {
  const rng = Random.forStream('mentors');
  const seed: MentorSeed = { mentors: [], assignments: [] };
  const provincePmos = Array.from({ length: PROVINCE_PMO_COUNT }, () =>
    addMentor(seed, rng, { role: MentorRole.PMO, regency: null, supervisor: null }),
  );
  const regencyCodes = geography.regencies.map((regency) => regency.code);
  // Each province PMO supervises the regency PMOs of half the regencies.
  const regencyPmos = new Map(
    regencyCodes.map((regency, index) => {
      const supervisor = provincePmos[Math.floor((index * PROVINCE_PMO_COUNT) / regencyCodes.length)];
      const pmos = Array.from({ length: PMO_PER_REGENCY }, () =>
        addMentor(seed, rng, { role: MentorRole.PMO, regency, supervisor: supervisor.id }),
      );
      return [regency, pmos];
    }),
  );
  // BAs in proportion to each regency's number of villages.
  const villageCounts = regencyCodes.map((code) => geography.villagesByRegency.get(code)?.length ?? 0);
  const baCounts = apportion(BA_COUNT, villageCounts);
  regencyCodes.forEach((regency, index) => {
    const pmos = regencyPmos.get(regency) ?? [];
    const bas = Array.from({ length: baCounts[index] }, (_, n) =>
      addMentor(seed, rng, { role: MentorRole.BA, regency, supervisor: pmos[n % pmos.length].id }),
    );
    const regencyCooperatives = cooperatives.filter((cooperative) => cooperative.regencyCode === regency);
    assignCaseloads(seed, rng, bas, regencyCooperatives);
  });
  return seed;
}

function addMentor(
  seed: MentorSeed,
  rng: Random,
  mentor: { role: MentorRole; regency: string | null; supervisor: number | null },
): MentorRef {
  const id = seed.mentors.length + 1;
  // PMOs were recruited before the BAs they supervise.
  const createdDay = mentor.role === MentorRole.PMO ? rng.int(-400, -340) : rng.int(-330, -200);
  const createdAt = momentAround(rng, createdDay, createdDay);
  seed.mentors.push({
    id,
    role: mentor.role,
    // Mentors are recruited among graduates, so most names carry a degree.
    name: personName(rng, mentor.regency, { degreeChance: mentor.role === MentorRole.PMO ? 0.9 : 0.6 }),
    phone: mobileNumber(rng),
    regency: mentor.regency === null ? null : mentor.regency,
    supervisor: mentor.supervisor,
    createdAt,
    updatedAt: momentAround(rng, createdDay + 1, -1),
  });
  return { id, createdDay };
}

/**
 * Gives each BA a run of neighbouring villages (cooperatives are in village-code order, so a run
 * stays mostly within a district). A few cooperatives stay unassigned, as in the field.
 */
function assignCaseloads(
  seed: MentorSeed,
  rng: Random,
  bas: MentorRef[],
  cooperatives: CooperativeProfile[],
): void {
  if (bas.length === 0) return;
  const wantedUncovered = rng.int(0, Math.ceil(cooperatives.length * 0.04));
  const assigned = clamp(
    cooperatives.length - wantedUncovered,
    bas.length * CASELOAD.min,
    bas.length * CASELOAD.max,
  );
  const covered = rng.sample(cooperatives, Math.min(assigned, cooperatives.length));
  const sizes = caseloadSizes(rng, covered.length, bas.length);
  let next = 0;
  bas.forEach((ba, index) => {
    for (const cooperative of covered.slice(next, next + sizes[index])) {
      const firstDay = Math.max(ba.createdDay, dayRelativeToReference(cooperative.createdAt)) + 1;
      seed.assignments.push({
        id: seed.assignments.length + 1,
        mentor: ba.id,
        cooperative: cooperative.id,
        startedAt: momentAround(rng, Math.min(firstDay, -2), -1),
        endedAt: null,
      });
    }
    next += sizes[index];
  });
}

/** Splits `total` cases over `count` BAs: even at first, then uneven by random transfers within bounds. */
function caseloadSizes(rng: Random, total: number, count: number): number[] {
  const sizes = apportion(total, Array<number>(count).fill(1));
  for (let move = 0; move < count * 3; move += 1) {
    const from = rng.int(0, count - 1);
    const to = rng.int(0, count - 1);
    if (from !== to && sizes[from] > CASELOAD.min && sizes[to] < CASELOAD.max) {
      sizes[from] -= 1;
      sizes[to] += 1;
    }
  }
  return sizes;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
