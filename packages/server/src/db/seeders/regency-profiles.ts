import { Commodity } from '../../modules/commodity/commodity';

/** What the seed needs to know about a regency to make its data plausible. */
export interface RegencyProfile {
  /** Commodities its cooperatives offer, with relative weights. */
  commodities: Partial<Record<Commodity, number>>;
  /** Regencies its offerings also deliver to. */
  neighbours: string[];
  /** A city: its cooperatives (mostly KKMP) are further along. */
  urban: boolean;
  /**
   * How likely an operating cooperative runs its savings-and-loan unit. High in the credit-union
   * heartland (Sanggau, Sekadau, Sintang, Landak), where saving and lending together is a habit.
   */
  savingsCulture: number;
  /** Share of cooperatives managed on syariah lines (higher in the Malay coastal regencies). */
  syariahShare: number;
}

export const KOTA_PONTIANAK = '61.71';
export const KABUPATEN_SANGGAU = '61.03';

export const REGENCY_PROFILES: Record<string, RegencyProfile> = {
  // Kabupaten Sambas: citrus (jeruk siam), rice, coconut, coastal fishing.
  '61.01': {
    commodities: { CITRUS: 4, PADDY_RICE: 4, COCONUT: 2, FISH: 2, RUBBER: 1, PALM_OIL_FFB: 1 },
    neighbours: ['61.07', '61.72'],
    urban: false,
    savingsCulture: 0.6,
    syariahShare: 0.15,
  },
  // Kabupaten Mempawah
  '61.02': {
    commodities: { COCONUT: 3, PINEAPPLE: 2, SHRIMP: 2, FISH: 2, PADDY_RICE: 2, RUBBER: 1 },
    neighbours: ['61.12', '61.08', '61.07', '61.72'],
    urban: false,
    savingsCulture: 0.6,
    syariahShare: 0.12,
  },
  // Kabupaten Sanggau: oil palm first, rubber, pepper, cocoa, durian.
  '61.03': {
    commodities: { PALM_OIL_FFB: 6, RUBBER: 3, PEPPER: 2, COCOA: 1, FRUIT: 1 },
    neighbours: ['61.09', '61.08', '61.12'],
    urban: false,
    savingsCulture: 0.9,
    syariahShare: 0.03,
  },
  // Kabupaten Ketapang
  '61.04': {
    commodities: { PALM_OIL_FFB: 5, RUBBER: 2, FISH: 2, COCONUT: 1, COFFEE: 1, PADDY_RICE: 1 },
    neighbours: ['61.11', '61.10', '61.03'],
    urban: false,
    savingsCulture: 0.6,
    syariahShare: 0.1,
  },
  // Kabupaten Sintang
  '61.05': {
    commodities: { PALM_OIL_FFB: 4, RUBBER: 4, COCOA: 1, COFFEE: 1, HONEY: 1, PADDY_RICE: 1 },
    neighbours: ['61.09', '61.10', '61.06'],
    urban: false,
    savingsCulture: 0.85,
    syariahShare: 0.04,
  },
  // Kabupaten Kapuas Hulu: rubber, rattan, forest honey (Danau Sentarum), freshwater fish.
  '61.06': {
    commodities: { RUBBER: 3, RATTAN: 3, HONEY: 3, FISH: 2, PALM_OIL_FFB: 2, COFFEE: 1 },
    neighbours: ['61.05'],
    urban: false,
    savingsCulture: 0.7,
    syariahShare: 0.05,
  },
  // Kabupaten Bengkayang: pepper, corn, oil palm, rubber.
  '61.07': {
    commodities: { PEPPER: 3, CORN: 3, PALM_OIL_FFB: 3, RUBBER: 2, COCOA: 1 },
    neighbours: ['61.01', '61.72', '61.08', '61.02'],
    urban: false,
    savingsCulture: 0.7,
    syariahShare: 0.03,
  },
  // Kabupaten Landak
  '61.08': {
    commodities: { RUBBER: 4, PALM_OIL_FFB: 3, PADDY_RICE: 1, COCOA: 1, COFFEE: 1, CORN: 1 },
    neighbours: ['61.07', '61.02', '61.03', '61.12'],
    urban: false,
    savingsCulture: 0.85,
    syariahShare: 0.02,
  },
  // Kabupaten Sekadau
  '61.09': {
    commodities: { PALM_OIL_FFB: 4, RUBBER: 3, PEPPER: 1, COCOA: 1, FRUIT: 1 },
    neighbours: ['61.03', '61.05', '61.10'],
    urban: false,
    savingsCulture: 0.9,
    syariahShare: 0.03,
  },
  // Kabupaten Melawi
  '61.10': {
    commodities: { RUBBER: 3, PALM_OIL_FFB: 3, COCOA: 1, COFFEE: 1, RATTAN: 1, PADDY_RICE: 1 },
    neighbours: ['61.05', '61.09', '61.04'],
    urban: false,
    savingsCulture: 0.7,
    syariahShare: 0.05,
  },
  // Kabupaten Kayong Utara: fishing, shrimp, coconut, liberica coffee.
  '61.11': {
    commodities: { FISH: 4, SHRIMP: 3, COCONUT: 3, COFFEE: 2, PADDY_RICE: 1 },
    neighbours: ['61.04', '61.12'],
    urban: false,
    savingsCulture: 0.6,
    syariahShare: 0.15,
  },
  // Kabupaten Kubu Raya: coconut, pineapple, rice, fish and shrimp, some aloe vera.
  '61.12': {
    commodities: { COCONUT: 3, PINEAPPLE: 3, PADDY_RICE: 2, FISH: 2, SHRIMP: 1, ALOE_VERA: 1 },
    neighbours: ['61.71', '61.02', '61.03', '61.08', '61.11'],
    urban: false,
    savingsCulture: 0.65,
    syariahShare: 0.12,
  },
  // Kota Pontianak: aloe vera, vegetables, eggs.
  '61.71': {
    commodities: { ALOE_VERA: 3, VEGETABLES: 3, EGGS: 2, FISH: 1 },
    neighbours: ['61.12', '61.02'],
    urban: true,
    savingsCulture: 0.75,
    syariahShare: 0.12,
  },
  // Kota Singkawang
  '61.72': {
    commodities: { VEGETABLES: 3, FISH: 3, EGGS: 2, CITRUS: 1 },
    neighbours: ['61.01', '61.07'],
    urban: true,
    savingsCulture: 0.7,
    syariahShare: 0.06,
  },
  // Jawa Tengah, the second province (cooperatives only, no stories): Kabupaten Kudus, rice,
  // Muria coffee and fruit on the slopes.
  '33.19': {
    commodities: { PADDY_RICE: 4, COFFEE: 2, FRUIT: 2, CORN: 2, VEGETABLES: 1 },
    neighbours: ['33.73'],
    urban: false,
    savingsCulture: 0.6,
    syariahShare: 0.2,
  },
  // Kota Salatiga: vegetables, eggs and dairy from the highland around it.
  '33.73': {
    commodities: { VEGETABLES: 3, EGGS: 2, POULTRY: 2, CATTLE: 1 },
    neighbours: ['33.19'],
    urban: true,
    savingsCulture: 0.7,
    syariahShare: 0.1,
  },
};

export function regencyProfile(regencyCode: string): RegencyProfile {
  const profile = REGENCY_PROFILES[regencyCode];
  if (!profile) throw new Error(`No seed profile for regency ${regencyCode}`);
  return profile;
}
