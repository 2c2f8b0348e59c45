import { Commodity, QuantityUnit } from '../../modules/commodity/commodity';
import type { Random } from './random';

/**
 * Market facts per commodity for plausible demo listings. Offerings and requests of one commodity
 * share one quantity unit so that they can be compared without conversion; prices are IDR per unit
 * (late-2025 farm-gate levels in West Kalimantan, rounded).
 */
export interface CommoditySpec {
  /** The Indonesian word(s) used in titles, so full-text search on e.g. "sawit" or "lada" finds them. */
  word: string;
  unit: QuantityUnit;
  /** How much one cooperative can deliver a month, in `unit`. */
  monthly: [number, number];
  /** A buyer's request for one delivery window, in `unit`. */
  request: [number, number];
  price: [number, number];
  /** Prices are rounded to this many rupiah. */
  priceStep: number;
  titles: string[];
  detail: string;
}

const UNIT_WORDS: Record<QuantityUnit, string> = {
  KG: 'kg',
  TON: 'ton',
  LITRE: 'liter',
  PIECE: 'buah',
  TRAY: 'rak',
  HEAD: 'ekor',
  SACK: 'karung',
  CUBIC_METRE: 'm³',
  TRIP: 'rit',
};

export const COMMODITY_SPECS: Partial<Record<Commodity, CommoditySpec>> = {
  PALM_OIL_FFB: {
    word: 'TBS sawit',
    unit: QuantityUnit.KG,
    monthly: [20_000, 400_000],
    request: [200_000, 2_000_000],
    price: [2_500, 3_300],
    priceStep: 10,
    titles: [
      'Pasokan TBS sawit dari kebun anggota',
      'Jual TBS sawit petani swadaya',
      'TBS sawit segar siap kirim ke PKS',
    ],
    detail: 'Tandan buah segar (TBS) sawit dari kebun plasma dan swadaya anggota, dipanen setiap 10–14 hari.',
  },
  RUBBER: {
    word: 'karet',
    unit: QuantityUnit.KG,
    monthly: [2_000, 30_000],
    request: [20_000, 200_000],
    price: [11_000, 14_000],
    priceStep: 50,
    titles: [
      'Bokar (bahan olah karet) dari petani anggota',
      'Jual karet lump/slab kadar karet kering tinggi',
      'Pasokan karet rakyat terkumpul di gudang koperasi',
    ],
    detail:
      'Bahan olah karet (bokar) berupa slab dan lump dari kebun karet rakyat, dikumpulkan dan ditimbang di gudang koperasi.',
  },
  PEPPER: {
    word: 'lada',
    unit: QuantityUnit.KG,
    monthly: [200, 3_000],
    request: [2_000, 20_000],
    price: [60_000, 80_000],
    priceStep: 500,
    titles: [
      'Lada hitam kering dari kebun anggota',
      'Jual lada putih (sahang) kualitas ekspor',
      'Pasokan lada petani dijemur dan disortir',
    ],
    detail:
      'Lada (sahang) hitam dan putih dari kebun anggota, dijemur dan disortir, kadar air di bawah 13 %.',
  },
  COCONUT: {
    word: 'kelapa',
    unit: QuantityUnit.PIECE,
    monthly: [5_000, 60_000],
    request: [50_000, 300_000],
    price: [2_500, 4_500],
    priceStep: 100,
    titles: [
      'Kelapa bulat tua dari kebun anggota',
      'Jual kelapa dalam untuk kopra dan santan',
      'Pasokan kelapa butiran rutin tiap bulan',
    ],
    detail:
      'Kelapa bulat tua dari kebun kelapa dalam milik anggota, bisa untuk kopra, santan atau minyak kelapa.',
  },
  PADDY_RICE: {
    word: 'padi dan beras',
    unit: QuantityUnit.KG,
    monthly: [5_000, 80_000],
    request: [50_000, 500_000],
    price: [6_200, 7_200],
    priceStep: 50,
    titles: [
      'Gabah kering panen (padi) dari sawah anggota',
      'Jual gabah dan beras lokal',
      'Pasokan padi hasil panen musim ini',
    ],
    detail:
      'Gabah kering panen (padi) dari sawah anggota; beras giling bisa disediakan lewat penggilingan desa.',
  },
  CORN: {
    word: 'jagung',
    unit: QuantityUnit.KG,
    monthly: [5_000, 100_000],
    request: [50_000, 500_000],
    price: [4_500, 6_000],
    priceStep: 50,
    titles: ['Jagung pipilan kering untuk pakan', 'Jual jagung hibrida hasil panen anggota'],
    detail: 'Jagung pipilan kering (kadar air ±15 %) dari ladang anggota, cocok untuk pabrik pakan ternak.',
  },
  FISH: {
    word: 'ikan',
    unit: QuantityUnit.KG,
    monthly: [500, 10_000],
    request: [5_000, 50_000],
    price: [18_000, 45_000],
    priceStep: 500,
    titles: [
      'Ikan segar hasil tangkapan nelayan anggota',
      'Jual ikan asin dan ikan segar',
      'Pasokan ikan air tawar dari keramba anggota',
    ],
    detail: 'Ikan segar dari nelayan dan pembudidaya anggota, disimpan dengan es balok sebelum dikirim.',
  },
  SHRIMP: {
    word: 'udang',
    unit: QuantityUnit.KG,
    monthly: [200, 5_000],
    request: [2_000, 20_000],
    price: [55_000, 95_000],
    priceStep: 1_000,
    titles: [
      'Udang vaname dari tambak anggota',
      'Jual udang segar dan ebi',
      'Pasokan udang tambak tiap panen',
    ],
    detail: 'Udang vaname dan udang windu dari tambak anggota, ukuran 50–80 ekor per kg.',
  },
  COFFEE: {
    word: 'kopi',
    unit: QuantityUnit.KG,
    monthly: [100, 2_000],
    request: [1_000, 10_000],
    price: [45_000, 75_000],
    priceStep: 500,
    titles: ['Biji kopi liberika dan robusta kering', 'Jual kopi biji (green bean) petani lokal'],
    detail: 'Biji kopi (green bean) liberika dan robusta dari kebun anggota, dipetik merah dan dijemur.',
  },
  COCOA: {
    word: 'kakao',
    unit: QuantityUnit.KG,
    monthly: [200, 3_000],
    request: [2_000, 20_000],
    price: [70_000, 120_000],
    priceStep: 1_000,
    titles: ['Biji kakao kering fermentasi', 'Jual kakao (cokelat) petani anggota'],
    detail: 'Biji kakao kering hasil fermentasi 5 hari dari kebun anggota, kadar air di bawah 7,5 %.',
  },
  HONEY: {
    word: 'madu',
    unit: QuantityUnit.KG,
    monthly: [50, 800],
    request: [500, 3_000],
    price: [150_000, 250_000],
    priceStep: 5_000,
    titles: ['Madu hutan asli dari sekitar danau', 'Jual madu hutan dan madu kelulut'],
    detail:
      'Madu hutan dipanen lestari oleh kelompok periau (pemanen madu) anggota koperasi, kadar air terjaga.',
  },
  RATTAN: {
    word: 'rotan',
    unit: QuantityUnit.KG,
    monthly: [1_000, 15_000],
    request: [10_000, 60_000],
    price: [4_000, 9_000],
    priceStep: 100,
    titles: ['Rotan mentah dan rotan poles', 'Jual rotan hasil hutan kemasyarakatan'],
    detail:
      'Rotan sega dan rotan irit dari kebun rotan dan hutan kemasyarakatan, dikeringkan dan diikat per 25 kg.',
  },
  VEGETABLES: {
    word: 'sayuran',
    unit: QuantityUnit.KG,
    monthly: [1_000, 15_000],
    request: [5_000, 40_000],
    price: [5_000, 20_000],
    priceStep: 500,
    titles: ['Sayuran segar (sawi, kangkung, cabai) harian', 'Pasokan sayuran hidroponik dan kebun warga'],
    detail: 'Sayuran segar dipanen pagi hari: sawi, kangkung, bayam, kacang panjang dan cabai.',
  },
  FRUIT: {
    word: 'buah durian dan rambutan',
    unit: QuantityUnit.KG,
    monthly: [1_000, 20_000],
    request: [5_000, 50_000],
    price: [8_000, 30_000],
    priceStep: 500,
    titles: ['Buah durian dan rambutan musiman', 'Jual buah-buahan lokal hasil kebun anggota'],
    detail: 'Buah durian, rambutan dan langsat dari kebun anggota saat musim panen.',
  },
  CITRUS: {
    word: 'jeruk',
    unit: QuantityUnit.KG,
    monthly: [2_000, 40_000],
    request: [10_000, 100_000],
    price: [8_000, 15_000],
    priceStep: 500,
    titles: ['Jeruk siam segar langsung dari kebun', 'Pasokan jeruk siam grade A dan B'],
    detail: 'Jeruk siam dari kebun anggota, disortir per grade dan dikemas dalam keranjang.',
  },
  PINEAPPLE: {
    word: 'nanas',
    unit: QuantityUnit.PIECE,
    monthly: [5_000, 50_000],
    request: [20_000, 150_000],
    price: [4_000, 8_000],
    priceStep: 100,
    titles: ['Nanas segar dari lahan gambut', 'Jual nanas madu hasil panen anggota'],
    detail: 'Nanas segar dari kebun di lahan gambut, manis dan tahan simpan, dijual per buah.',
  },
  ALOE_VERA: {
    word: 'lidah buaya',
    unit: QuantityUnit.KG,
    monthly: [2_000, 20_000],
    request: [10_000, 60_000],
    price: [3_000, 6_000],
    priceStep: 100,
    titles: ['Pelepah lidah buaya segar', 'Pasokan lidah buaya untuk industri minuman'],
    detail: 'Pelepah lidah buaya (aloe vera) segar dari kebun anggota, berat 0,5–1 kg per pelepah.',
  },
  EGGS: {
    word: 'telur ayam',
    unit: QuantityUnit.TRAY,
    monthly: [1_000, 15_000],
    request: [5_000, 40_000],
    price: [48_000, 56_000],
    priceStep: 500,
    titles: ['Telur ayam ras dari peternak anggota', 'Pasokan telur ayam harian per rak'],
    detail: 'Telur ayam ras segar dari peternak anggota, dikemas 30 butir per rak.',
  },
};

export function commoditySpec(commodity: Commodity): CommoditySpec {
  const spec = COMMODITY_SPECS[commodity];
  if (!spec) throw new Error(`No seed catalogue entry for ${commodity}`);
  return spec;
}

export function unitWord(unit: QuantityUnit): string {
  return UNIT_WORDS[unit];
}

/** A quantity within `range`, rounded to two significant figures like people do ("45.000"). */
export function roundQuantity(rng: Random, [min, max]: [number, number]): number {
  const raw = rng.int(min, max);
  const step = 10 ** Math.max(0, Math.floor(Math.log10(raw)) - 1);
  return Math.max(min, Math.round(raw / step) * step);
}

/** A price band inside the market range: a floor in the lower half and a ceiling above it. */
export function priceBand(rng: Random, spec: CommoditySpec): [number, number] {
  const [low, high] = spec.price;
  const round = (value: number) => Math.round(value / spec.priceStep) * spec.priceStep;
  const floor = round(low + rng.next() * (high - low) * 0.5);
  const ceiling = Math.min(high, round(floor + (high - low) * (0.15 + rng.next() * 0.35)));
  return [floor, Math.max(floor, ceiling)];
}

/** 45000 kg → "45 ton" (how bulk produce is spoken of), 1200 rak → "1.200 rak". */
export function quantityText(quantity: number, unit: QuantityUnit): string {
  if (unit === QuantityUnit.KG && quantity >= 10_000) return `${thousands(quantity / 1000)} ton`;
  return `${thousands(quantity)} ${unitWord(unit)}`;
}

/** IDR with dots for thousands: 3000000000 → "Rp3.000.000.000". */
export function rupiah(amount: number): string {
  return `Rp${thousands(amount)}`;
}

/** 1500000000 → "Rp1,5 miliar", 750000000 → "Rp750 juta" (how people say amounts). */
export function rupiahShort(amount: number): string {
  if (amount >= 1_000_000_000) return `Rp${decimalComma(amount / 1_000_000_000)} miliar`;
  if (amount >= 1_000_000) return `Rp${decimalComma(amount / 1_000_000)} juta`;
  return rupiah(amount);
}

/** 150000 → "150.000". */
export function thousands(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function decimalComma(value: number): string {
  return String(Math.round(value * 1000) / 1000).replace('.', ',');
}
