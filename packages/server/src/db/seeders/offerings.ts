import type { RequiredEntityData } from '@mikro-orm/core';
import {
  BusinessUnitStatus,
  BusinessUnitType,
  CooperativeStage,
} from '../../modules/cooperative/cooperative.entity';
import { Commodity, QuantityUnit } from '../../modules/commodity/commodity';
import {
  Offering,
  OfferingDeliveryRegion,
  OfferingKind,
  OfferingStatus,
} from '../../modules/offering/offering.entity';
import { dayRelativeToReference, daysFromReference, later, momentAround } from './clock';
import {
  commoditySpec,
  priceBand,
  roundQuantity,
  rupiah,
  quantityText,
  rupiahShort,
  unitWord,
} from './commodity-catalogue';
import type { CooperativeProfile } from './cooperatives';
import { Random } from './random';
import { KOTA_PONTIANAK, regencyProfile } from './regency-profiles';

export interface OfferingSeed {
  offerings: RequiredEntityData<Offering>[];
  deliveryRegions: RequiredEntityData<OfferingDeliveryRegion>[];
}

/** The text and numbers of an offering; ids, status and dates are added around it. */
interface OfferingContent {
  kind: OfferingKind;
  title: string;
  description: string;
  commodity: Commodity | null;
  quantityPerMonth: string | null;
  quantityUnit: QuantityUnit | null;
  priceMin: string | null;
  priceMax: string | null;
  amountNeeded: string | null;
  financingPurpose: string | null;
  wantedTenorMonths: number | null;
  unitType: BusinessUnitType | null;
}

/** Cooperatives further along have more to offer, so they list more often and more. */
const LISTING: Record<CooperativeStage, { chance: number; count: [number, number] }> = {
  LEGALLY_FORMED: { chance: 0.05, count: [1, 2] },
  ORGANISED: { chance: 0.12, count: [1, 2] },
  BUILDING_UNITS: { chance: 0.25, count: [1, 2] },
  OPERATING: { chance: 0.6, count: [1, 3] },
  GROWING: { chance: 0.85, count: [2, 4] },
};

const KIND_WEIGHTS: Record<CooperativeStage, Partial<Record<OfferingKind, number>>> = {
  LEGALLY_FORMED: { SUPPLY: 60, FINANCING_NEED: 25, PARTNERSHIP_INTEREST: 15 },
  ORGANISED: { SUPPLY: 55, FINANCING_NEED: 30, PARTNERSHIP_INTEREST: 15 },
  BUILDING_UNITS: { SUPPLY: 55, FINANCING_NEED: 30, PARTNERSHIP_INTEREST: 15 },
  OPERATING: { SUPPLY: 65, FINANCING_NEED: 12, SERVICE: 10, PARTNERSHIP_INTEREST: 13 },
  GROWING: { SUPPLY: 65, FINANCING_NEED: 10, SERVICE: 15, PARTNERSHIP_INTEREST: 10 },
};

const STATUS_WEIGHTS: Partial<Record<OfferingStatus, number>> = {
  PUBLISHED: 72,
  DRAFT: 10,
  PAUSED: 6,
  EXPIRED: 7,
  CLOSED: 5,
};

export function buildOfferings(cooperatives: CooperativeProfile[]): OfferingSeed {
  const rng = Random.forStream('offerings');
  const seed: OfferingSeed = { offerings: [], deliveryRegions: [] };
  for (const cooperative of cooperatives) {
    const listing = LISTING[cooperative.stage];
    if (!rng.chance(listing.chance)) continue;
    const usedCommodities = new Set<Commodity>();
    const count = rng.int(...listing.count);
    for (let i = 0; i < count; i += 1) {
      const content = offeringContent(rng, cooperative, usedCommodities);
      if (content.commodity) usedCommodities.add(content.commodity);
      addOffering(seed, rng, cooperative, content);
    }
  }
  return seed;
}

function offeringContent(
  rng: Random,
  cooperative: CooperativeProfile,
  used: Set<Commodity>,
): OfferingContent {
  const kind = rng.weighted(KIND_WEIGHTS[cooperative.stage]);
  if (kind === OfferingKind.FINANCING_NEED) return financingNeed(rng, cooperative, used);
  if (kind === OfferingKind.PARTNERSHIP_INTEREST) return partnershipInterest(rng, cooperative);
  if (kind === OfferingKind.SERVICE) {
    const service = serviceOffer(rng, cooperative);
    if (service) return service;
  }
  return supplyOffer(rng, cooperative, used);
}

/** A commodity of the regency, preferring one the cooperative has not listed yet. */
function pickCommodity(rng: Random, cooperative: CooperativeProfile, used: Set<Commodity>): Commodity {
  const weights = regencyProfile(cooperative.regencyCode).commodities;
  const fresh = Object.fromEntries(
    Object.entries(weights).filter(([commodity]) => !used.has(commodity as Commodity)),
  );
  return rng.weighted<Commodity>(Object.keys(fresh).length > 0 ? fresh : weights);
}

function supplyOffer(rng: Random, cooperative: CooperativeProfile, used: Set<Commodity>): OfferingContent {
  const commodity = pickCommodity(rng, cooperative, used);
  const spec = commoditySpec(commodity);
  const quantity = roundQuantity(rng, spec.monthly);
  const [priceMin, priceMax] = priceBand(rng, spec);
  const unit = unitWord(spec.unit);
  const amount = `±${quantityText(quantity, spec.unit)}`;
  return {
    kind: OfferingKind.SUPPLY,
    title: `${rng.pick(spec.titles)} – ${amount}/bulan`,
    description:
      `${spec.detail} Kapasitas ${amount} ${spec.word} per bulan dari ${cooperative.name}. ` +
      `Harga ${rupiah(priceMin)}–${rupiah(priceMax)} per ${unit}, dapat dinegosiasikan untuk kontrak rutin.`,
    commodity,
    quantityPerMonth: String(quantity),
    quantityUnit: spec.unit,
    priceMin: String(priceMin),
    priceMax: String(priceMax),
    amountNeeded: null,
    financingPurpose: null,
    wantedTenorMonths: null,
    unitType: null,
  };
}

/** What cooperatives borrow for, with a plausible amount range (IDR) per unit. */
const FINANCING_PURPOSES: { unitType: BusinessUnitType; purpose: string; amount: [number, number] }[] = [
  {
    unitType: BusinessUnitType.WAREHOUSE_COLD_STORAGE,
    purpose: 'pembangunan gudang dan cold storage untuk hasil panen anggota',
    amount: [500e6, 3_000e6],
  },
  {
    unitType: BusinessUnitType.GROCERY_KIOSK,
    purpose: 'renovasi gerai sembako dan modal stok awal',
    amount: [100e6, 500e6],
  },
  {
    unitType: BusinessUnitType.SAVINGS_AND_LOAN,
    purpose: 'tambahan modal unit simpan pinjam untuk pinjaman produktif anggota',
    amount: [200e6, 1_500e6],
  },
  {
    unitType: BusinessUnitType.LOGISTICS,
    purpose: 'pembelian truk pengangkut hasil bumi',
    amount: [300e6, 900e6],
  },
  {
    unitType: BusinessUnitType.VILLAGE_CLINIC,
    purpose: 'alat kesehatan dan renovasi klinik desa',
    amount: [150e6, 600e6],
  },
  {
    unitType: BusinessUnitType.VILLAGE_PHARMACY,
    purpose: 'stok obat dan perlengkapan apotek desa',
    amount: [100e6, 400e6],
  },
  {
    unitType: BusinessUnitType.COOPERATIVE_OFFICE,
    purpose: 'pembangunan kantor koperasi dan perangkat komputer',
    amount: [150e6, 800e6],
  },
];

const TENORS = [24, 36, 48, 60, 72];

/** An amount in whole steps of Rp25 juta, as budgets are drawn up. */
function amountBetween(rng: Random, [min, max]: [number, number]): number {
  const step = 25_000_000;
  return rng.int(Math.ceil(min / step), Math.floor(max / step)) * step;
}

function financingNeed(rng: Random, cooperative: CooperativeProfile, used: Set<Commodity>): OfferingContent {
  const tenor = rng.pick(TENORS);
  // Some need working capital to buy members' produce; the rest build or equip a unit.
  if (rng.chance(0.35)) {
    const commodity = pickCommodity(rng, cooperative, used);
    const word = commoditySpec(commodity).word;
    const amount = amountBetween(rng, [200e6, 1_500e6]);
    const purpose = `modal kerja pembelian ${word} dari petani anggota`;
    return financingContent({
      amount,
      purpose,
      tenor,
      commodity,
      unitType: BusinessUnitType.WAREHOUSE_COLD_STORAGE,
      cooperative,
    });
  }
  const choice = rng.pick(FINANCING_PURPOSES);
  const amount = amountBetween(rng, choice.amount);
  return financingContent({
    amount,
    purpose: choice.purpose,
    tenor,
    commodity: null,
    unitType: choice.unitType,
    cooperative,
  });
}

function financingContent(need: {
  amount: number;
  purpose: string;
  tenor: number;
  commodity: Commodity | null;
  unitType: BusinessUnitType;
  cooperative: CooperativeProfile;
}): OfferingContent {
  return {
    kind: OfferingKind.FINANCING_NEED,
    title: `Butuh pembiayaan ${rupiahShort(need.amount)} untuk ${need.purpose}`,
    description:
      `${need.cooperative.name} membutuhkan pembiayaan ${rupiah(need.amount)} untuk ${need.purpose}, ` +
      `dengan tenor ${need.tenor} bulan. Proposal usaha dan persetujuan musyawarah desa sedang disiapkan bersama pendamping.`,
    commodity: need.commodity,
    quantityPerMonth: null,
    quantityUnit: null,
    priceMin: null,
    priceMax: null,
    amountNeeded: String(need.amount),
    financingPurpose: need.purpose.charAt(0).toUpperCase() + need.purpose.slice(1),
    wantedTenorMonths: need.tenor,
    unitType: need.unitType,
  };
}

/** Capacity of an active warehouse or logistics unit, offered as a service; null if it has none. */
function serviceOffer(rng: Random, cooperative: CooperativeProfile): OfferingContent | null {
  const isActive = (type: BusinessUnitType) => cooperative.units.get(type) === BusinessUnitStatus.ACTIVE;
  const options = [BusinessUnitType.WAREHOUSE_COLD_STORAGE, BusinessUnitType.LOGISTICS].filter(isActive);
  if (options.length === 0) return null;
  const unitType = rng.pick(options);
  const base = {
    kind: OfferingKind.SERVICE,
    commodity: null,
    amountNeeded: null,
    financingPurpose: null,
    wantedTenorMonths: null,
    unitType,
  };
  if (unitType === BusinessUnitType.WAREHOUSE_COLD_STORAGE) {
    const space = rng.int(2, 16) * 5;
    const [low, high] = [rng.int(15, 22) * 5_000, rng.int(23, 30) * 5_000];
    return {
      ...base,
      title: `Sewa ruang cold storage dan gudang ${space} m³ per bulan`,
      description: `Ruang pendingin dan gudang koperasi untuk ikan, sayur dan buah, ${space} m³ tersedia per bulan. Tarif ${rupiah(low)}–${rupiah(high)} per m³ per bulan.`,
      quantityPerMonth: String(space),
      quantityUnit: QuantityUnit.CUBIC_METRE,
      priceMin: String(low),
      priceMax: String(high),
    };
  }
  const trips = rng.int(4, 24) * 2;
  const [low, high] = [rng.int(6, 12) * 100_000, rng.int(13, 25) * 100_000];
  return {
    ...base,
    title: `Jasa angkutan hasil bumi dengan truk, ${trips} rit per bulan`,
    description: `Truk koperasi mengangkut hasil bumi dan sembako antar-desa dan ke Pontianak, ${trips} rit tersedia per bulan. Tarif ${rupiah(low)}–${rupiah(high)} per rit tergantung jarak.`,
    quantityPerMonth: String(trips),
    quantityUnit: QuantityUnit.TRIP,
    priceMin: String(low),
    priceMax: String(high),
  };
}

/** Add-on units a cooperative may want to run for a state company or a bank. */
const INTERESTS: {
  unitType: BusinessUnitType;
  commodity: Commodity | null;
  title: string;
  description: string;
}[] = [
  {
    unitType: BusinessUnitType.LPG_OUTLET,
    commodity: Commodity.LPG,
    title: 'Siap menjadi pangkalan LPG 3 kg (elpiji) Pertamina',
    description:
      'Koperasi memiliki lahan dan pengurus untuk pangkalan elpiji 3 kg; warga desa selama ini membeli LPG dari pengecer di kecamatan dengan harga lebih tinggi.',
  },
  {
    unitType: BusinessUnitType.FERTILISER_RETAIL,
    commodity: Commodity.FERTILISER,
    title: 'Ingin menjadi kios pupuk bersubsidi',
    description:
      'Petani anggota membutuhkan pupuk urea dan NPK setiap musim tanam; koperasi siap menjadi kios pupuk resmi dengan gudang dan pencatatan RDKK.',
  },
  {
    unitType: BusinessUnitType.BULOG_AGENCY,
    commodity: Commodity.STAPLE_GOODS,
    title: 'Minat menjadi agen Bulog untuk beras dan sembako',
    description:
      'Gerai sembako koperasi siap menyalurkan beras SPHP, minyak goreng dan sembako Bulog kepada warga dengan harga terjangkau.',
  },
  {
    unitType: BusinessUnitType.BANK_AGENT,
    commodity: null,
    title: 'Siap menjadi agen bank (laku pandai) di desa',
    description:
      'Warga harus ke kota kecamatan untuk setor, tarik tunai dan bayar tagihan; koperasi siap menjadi agen bank seperti BRILink atau Agen46.',
  },
  {
    unitType: BusinessUnitType.POST_AGENT,
    commodity: null,
    title: 'Ingin membuka agen pos dan kiriman paket',
    description:
      'Koperasi ingin melayani kiriman paket, hasil bumi dan pembayaran tagihan warga sebagai agen pos desa.',
  },
];

function partnershipInterest(rng: Random, cooperative: CooperativeProfile): OfferingContent {
  const open = INTERESTS.filter(
    (interest) => cooperative.units.get(interest.unitType) !== BusinessUnitStatus.ACTIVE,
  );
  const interest = rng.pick(open.length > 0 ? open : INTERESTS);
  return {
    kind: OfferingKind.PARTNERSHIP_INTEREST,
    title: interest.title,
    description: `${interest.description} (${cooperative.name})`,
    commodity: interest.commodity,
    quantityPerMonth: null,
    quantityUnit: null,
    priceMin: null,
    priceMax: null,
    amountNeeded: null,
    financingPurpose: null,
    wantedTenorMonths: null,
    unitType: interest.unitType,
  };
}

function addOffering(
  seed: OfferingSeed,
  rng: Random,
  cooperative: CooperativeProfile,
  content: OfferingContent,
): void {
  const id = seed.offerings.length + 1;
  const status = rng.weighted(STATUS_WEIGHTS);
  seed.offerings.push({
    id,
    cooperative: cooperative.id,
    status,
    version: 1,
    ...content,
    ...lifecycle(rng, cooperative, status),
  });
  for (const region of deliveryRegions(rng, cooperative.regencyCode, content.kind)) {
    seed.deliveryRegions.push({ offering: id, region: region });
  }
}

/**
 * Dates that fit the status: published listings were confirmed recently and stay valid well past
 * the reference date; expired ones ran out before it; closed ones were taken down.
 */
function lifecycle(rng: Random, cooperative: CooperativeProfile, status: OfferingStatus) {
  // Never before the cooperative joined the platform.
  const firstDay = dayRelativeToReference(cooperative.createdAt) + 1;
  const createdDay = rng.int(Math.min(firstDay, -20), -3);
  const createdAt = momentAround(rng, createdDay, createdDay);
  let validUntil: Date | null = null;
  let lastConfirmedAt: Date | null = null;
  switch (status) {
    case OfferingStatus.PUBLISHED:
      lastConfirmedAt = later(createdAt, momentAround(rng, Math.max(createdDay, -45), -1));
      validUntil = daysFromReference(rng.int(90, 365));
      break;
    case OfferingStatus.PAUSED:
      lastConfirmedAt = later(createdAt, momentAround(rng, createdDay, -2));
      validUntil = daysFromReference(rng.int(30, 200));
      break;
    case OfferingStatus.EXPIRED:
      lastConfirmedAt = createdAt;
      validUntil = daysFromReference(rng.int(Math.min(createdDay + 1, -1), -1));
      break;
    case OfferingStatus.CLOSED:
      lastConfirmedAt = createdAt;
      validUntil = daysFromReference(rng.int(createdDay + 30, createdDay + 180));
      break;
    case OfferingStatus.DRAFT:
      break;
  }
  return {
    createdAt,
    updatedAt: later(createdAt, lastConfirmedAt ?? createdAt),
    validUntil,
    lastConfirmedAt,
  };
}

/** Its own regency always; goods also travel to a neighbour and to the Pontianak market. */
function deliveryRegions(rng: Random, regencyCode: string, kind: OfferingKind): string[] {
  const regions = [regencyCode];
  if (kind !== OfferingKind.SUPPLY && kind !== OfferingKind.SERVICE) return regions;
  if (rng.chance(0.3)) regions.push(rng.pick(regencyProfile(regencyCode).neighbours));
  if (rng.chance(0.25) && !regions.includes(KOTA_PONTIANAK)) regions.push(KOTA_PONTIANAK);
  return regions;
}
