/** The commodities of West Kalimantan that offerings, programs and requests refer to. */
export enum Commodity {
  PALM_OIL_FFB = 'PALM_OIL_FFB',
  CRUDE_PALM_OIL = 'CRUDE_PALM_OIL',
  RUBBER = 'RUBBER',
  PEPPER = 'PEPPER',
  COCONUT = 'COCONUT',
  PADDY_RICE = 'PADDY_RICE',
  CORN = 'CORN',
  CASSAVA = 'CASSAVA',
  FISH = 'FISH',
  SHRIMP = 'SHRIMP',
  COFFEE = 'COFFEE',
  COCOA = 'COCOA',
  HONEY = 'HONEY',
  RATTAN = 'RATTAN',
  VEGETABLES = 'VEGETABLES',
  FRUIT = 'FRUIT',
  CITRUS = 'CITRUS',
  PINEAPPLE = 'PINEAPPLE',
  ALOE_VERA = 'ALOE_VERA',
  EGGS = 'EGGS',
  POULTRY = 'POULTRY',
  CATTLE = 'CATTLE',
  FERTILISER = 'FERTILISER',
  LPG = 'LPG',
  STAPLE_GOODS = 'STAPLE_GOODS',
}

/** Bahasa Indonesia first, English second. */
export const COMMODITY_LABELS: Record<Commodity, { id: string; en: string }> = {
  PALM_OIL_FFB: { id: 'Tandan buah segar sawit', en: 'Palm oil fresh fruit bunches' },
  CRUDE_PALM_OIL: { id: 'Minyak sawit mentah', en: 'Crude palm oil' },
  RUBBER: { id: 'Karet', en: 'Rubber' },
  PEPPER: { id: 'Lada', en: 'Pepper' },
  COCONUT: { id: 'Kelapa', en: 'Coconut' },
  PADDY_RICE: { id: 'Padi/beras', en: 'Paddy/rice' },
  CORN: { id: 'Jagung', en: 'Corn' },
  CASSAVA: { id: 'Singkong', en: 'Cassava' },
  FISH: { id: 'Ikan', en: 'Fish' },
  SHRIMP: { id: 'Udang', en: 'Shrimp' },
  COFFEE: { id: 'Kopi', en: 'Coffee' },
  COCOA: { id: 'Kakao', en: 'Cocoa' },
  HONEY: { id: 'Madu', en: 'Honey' },
  RATTAN: { id: 'Rotan', en: 'Rattan' },
  VEGETABLES: { id: 'Sayuran', en: 'Vegetables' },
  FRUIT: { id: 'Buah-buahan', en: 'Fruit' },
  CITRUS: { id: 'Jeruk', en: 'Citrus' },
  PINEAPPLE: { id: 'Nanas', en: 'Pineapple' },
  ALOE_VERA: { id: 'Lidah buaya', en: 'Aloe vera' },
  EGGS: { id: 'Telur', en: 'Eggs' },
  POULTRY: { id: 'Unggas', en: 'Poultry' },
  CATTLE: { id: 'Sapi', en: 'Cattle' },
  FERTILISER: { id: 'Pupuk', en: 'Fertiliser' },
  LPG: { id: 'Elpiji', en: 'LPG' },
  STAPLE_GOODS: { id: 'Sembako', en: 'Staple goods' },
};

/** How quantities are counted. */
export enum QuantityUnit {
  KG = 'KG',
  TON = 'TON',
  LITRE = 'LITRE',
  PIECE = 'PIECE',
  TRAY = 'TRAY',
  HEAD = 'HEAD',
  SACK = 'SACK',
  CUBIC_METRE = 'CUBIC_METRE',
  TRIP = 'TRIP',
}

/** Quantities a unit converts into: only mass in kilograms and tonnes (pools and their suggestions). */
const FACTORS: Partial<Record<QuantityUnit, { family: string; factor: number }>> = {
  [QuantityUnit.KG]: { family: 'mass', factor: 1 },
  [QuantityUnit.TON]: { family: 'mass', factor: 1000 },
};

/** `quantity` of `from` in `to`, or null when the units do not convert (tonnes and trays). */
export function convertQuantity(quantity: number, from: QuantityUnit, to: QuantityUnit): number | null {
  if (from === to) return quantity;
  const a = FACTORS[from];
  const b = FACTORS[to];
  if (!a || !b || a.family !== b.family) return null;
  return (quantity * a.factor) / b.factor;
}

/** The units whose quantities convert into `unit` (itself included). */
export function unitsConvertibleTo(unit: QuantityUnit): QuantityUnit[] {
  return Object.values(QuantityUnit).filter((candidate) => convertQuantity(1, candidate, unit) !== null);
}

/** A unit column's entry of FACTORS in SQL (`key`: family or factor), null for units without one. */
function factorSql(unitColumn: string, key: 'family' | 'factor'): string {
  const cases = Object.entries(FACTORS).map(([unit, entry]) => {
    const value = key === 'family' ? `'${entry!.family}'` : String(entry!.factor);
    return `when '${unit}' then ${value}`;
  });
  return `(case ${unitColumn} ${cases.join(' ')} end)`;
}

/**
 * convertQuantity over columns, for SQL that sums quantities of several units: null when the units
 * do not convert. Generated from FACTORS; test/pool-suggestion.spec.ts ties the two.
 */
export function convertQuantitySql(quantity: string, fromUnit: string, toUnit: string): string {
  return (
    `(case when ${fromUnit} = ${toUnit} then ${quantity}` +
    ` when ${factorSql(fromUnit, 'family')} = ${factorSql(toUnit, 'family')}` +
    ` then ${quantity} * ${factorSql(fromUnit, 'factor')} / ${factorSql(toUnit, 'factor')} end)`
  );
}
