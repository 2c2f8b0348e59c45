import type { RequiredEntityData } from '@mikro-orm/core';
import { Partner, PartnerCoverage } from '../../modules/partner/partner.entity';
import { Program, ProgramCoverage, ProgramStatus } from '../../modules/program/program.entity';
import { PartnerRequest, PartnerRequestStatus } from '../../modules/request/partner-request.entity';
import { daysFromReference, momentAround } from './clock';
import {
  COMMODITY_SPECS,
  commoditySpec,
  quantityText,
  roundQuantity,
  rupiah,
  unitWord,
} from './commodity-catalogue';
import { shortRegencyName, type Geography, type RegionRecord } from './geography';
import { PARTNER_CATALOGUE, type PartnerDefinition, type ProgramDefinition } from './partner-catalogue';
import { Random } from './random';

export interface PartnerSeed {
  partners: RequiredEntityData<Partner>[];
  partnerCoverage: RequiredEntityData<PartnerCoverage>[];
  programs: RequiredEntityData<Program>[];
  programCoverage: RequiredEntityData<ProgramCoverage>[];
  requests: RequiredEntityData<PartnerRequest>[];
}

/** Partners, their programs and buying requests, ids in catalogue order. */
export function buildPartners(geography: Geography): PartnerSeed {
  const rng = Random.forStream('partners');
  const seed: PartnerSeed = {
    partners: [],
    partnerCoverage: [],
    programs: [],
    programCoverage: [],
    requests: [],
  };
  const allRegencies = geography.regencies.map((regency) => regency.code);
  for (const definition of PARTNER_CATALOGUE) {
    const id = seed.partners.length + 1;
    const coverage = definition.coverage === 'ALL' ? allRegencies : [...definition.coverage];
    const createdDay = rng.int(-420, -200);
    const createdAt = momentAround(rng, createdDay, createdDay);
    seed.partners.push({
      id,
      type: definition.type,
      name: definition.name,
      description: definition.description,
      website: definition.website ?? null,
      commodities: [...definition.commodities],
      verificationLevel: definition.verificationLevel,
      version: 1,
      createdAt,
      updatedAt: momentAround(rng, createdDay + 1, -5),
    });
    for (const region of coverage) seed.partnerCoverage.push({ partner: id, region: region });
    for (const program of definition.programs) addProgram(seed, rng, id, program, coverage, createdDay);
    for (let i = 0; i < definition.requests; i += 1)
      addRequest(seed, rng, id, definition, coverage, geography);
  }
  return seed;
}

function addProgram(
  seed: PartnerSeed,
  rng: Random,
  partner: number,
  program: ProgramDefinition,
  partnerCoverage: string[],
  partnerCreatedDay: number,
): void {
  const id = seed.programs.length + 1;
  const createdDay = rng.int(partnerCreatedDay + 1, -60);
  seed.programs.push({
    id,
    partner,
    kind: program.kind,
    name: program.name,
    description: program.description,
    minAmount: program.minAmount ?? null,
    maxAmount: program.maxAmount ?? null,
    ratePerYear: program.ratePerYear ?? null,
    maxTenorMonths: program.maxTenorMonths ?? null,
    minGraceMonths: program.minGraceMonths ?? null,
    maxGraceMonths: program.maxGraceMonths ?? null,
    operatingCostCap: program.operatingCostCap ?? null,
    commodity: program.commodity ?? null,
    eligibleUnitTypes: [...(program.eligibleUnitTypes ?? [])],
    requiredDocuments: [...(program.requiredDocuments ?? [])],
    status: ProgramStatus.ACTIVE,
    version: 1,
    createdAt: momentAround(rng, createdDay, createdDay),
    updatedAt: momentAround(rng, createdDay + 1, -2),
  });
  for (const region of program.coverage ?? partnerCoverage)
    seed.programCoverage.push({ program: id, region: region });
}

const REQUEST_STATUS: Partial<Record<PartnerRequestStatus, number>> = { OPEN: 80, CLOSED: 10, EXPIRED: 10 };

/** A buyer's need in one of its regencies, sometimes pinned to a district (a mill's catchment). */
function addRequest(
  seed: PartnerSeed,
  rng: Random,
  partner: number,
  definition: PartnerDefinition,
  coverage: string[],
  geography: Geography,
): void {
  const commodity = rng.pick(definition.commodities.filter((candidate) => COMMODITY_SPECS[candidate]));
  const spec = commoditySpec(commodity);
  // Where the partner runs a program for the commodity (e.g. Bulog's rice offtake), it buys there.
  const programCoverage = definition.programs.find((program) => program.commodity === commodity)?.coverage;
  const regency = regionByCode(geography, rng.pick(programCoverage ?? coverage));
  const districts = geography.districtsByRegency.get(regency.code) ?? [];
  const region = districts.length > 0 && rng.chance(0.35) ? rng.pick(districts) : regency;
  const quantity = roundQuantity(rng, spec.request);
  const priceHint =
    Math.round((spec.price[0] + rng.next() * (spec.price[1] - spec.price[0])) / spec.priceStep) *
    spec.priceStep;
  const status = rng.weighted(REQUEST_STATUS);
  const amount = quantityText(quantity, spec.unit);
  const place =
    region === regency ? regency.name : `Kecamatan ${region.name}, ${shortRegencyName(regency.name)}`;
  seed.requests.push({
    id: seed.requests.length + 1,
    partner,
    title: `Dibutuhkan ${spec.word} ${amount} di ${place}`,
    description:
      `${definition.name} membutuhkan ${spec.word} sebanyak ${amount}, diantar ke ${place}. ` +
      `Harga indikatif ${rupiah(priceHint)} per ${unitWord(spec.unit)}; pembayaran ${rng.pick(['tunai saat timbang', '7 hari setelah terima', '14 hari setelah terima'])}. ` +
      'Terbuka untuk penawaran gabungan beberapa koperasi.',
    commodity,
    quantity: String(quantity),
    quantityUnit: spec.unit,
    deliveryRegion: region.code,
    priceHint: String(priceHint),
    status,
    version: 1,
    ...requestDates(rng, status),
  });
}

/** Open requests run past the reference date; expired ones ran out before it. */
function requestDates(rng: Random, status: PartnerRequestStatus) {
  const createdDay = status === PartnerRequestStatus.OPEN ? rng.int(-90, -2) : rng.int(-240, -70);
  const createdAt = momentAround(rng, createdDay, createdDay);
  const deadline =
    status === PartnerRequestStatus.OPEN
      ? daysFromReference(rng.int(60, 240))
      : daysFromReference(rng.int(createdDay + 30, -1));
  return { createdAt, updatedAt: momentAround(rng, createdDay + 1, -1), deadline };
}

function regionByCode(geography: Geography, code: string): RegionRecord {
  const region = geography.regencies.find((candidate) => candidate.code === code);
  if (!region) throw new Error(`Unknown regency ${code}`);
  return region;
}
