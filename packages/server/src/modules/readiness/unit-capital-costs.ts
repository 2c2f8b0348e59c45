import { BusinessUnitType } from '../cooperative/cooperative.entity';

/**
 * What building a business unit typically costs, in rupiah: the figures the loan-size hint adds up
 * for the units a cooperative plans or is building. They are planning figures, not an official
 * standard: the seven standard units are sized so that building all of them costs Rp3 billion, the
 * sum PMK 49/2025 lends per cooperative for exactly these units, split by what each needs (a cold
 * store and a truck cost most; an office and a savings & loan desk least); the add-on outlets are
 * the usual set-up costs of the partner schemes (LPG, fertiliser, Bulog, bank and post agents).
 * The passport shows the source and the date with every hint. Replace the figures when the
 * ministry publishes its unit cost standard.
 */
export const UNIT_CAPITAL_COSTS = {
  /** Stable name of this table, for clients that word its source in their own language. */
  key: 'MITRADESA_PLANNING',
  source:
    'MitraDesa planning figures: the seven standard units sized to the Rp3 billion PMK 49/2025 lends per cooperative for them; add-on outlets at typical partner-scheme set-up costs. Not an official standard.',
  asOf: '2026-12-05',
  costs: {
    [BusinessUnitType.COOPERATIVE_OFFICE]: '150000000',
    [BusinessUnitType.GROCERY_KIOSK]: '350000000',
    [BusinessUnitType.SAVINGS_AND_LOAN]: '150000000',
    [BusinessUnitType.VILLAGE_CLINIC]: '500000000',
    [BusinessUnitType.VILLAGE_PHARMACY]: '400000000',
    [BusinessUnitType.WAREHOUSE_COLD_STORAGE]: '900000000',
    [BusinessUnitType.LOGISTICS]: '550000000',
    [BusinessUnitType.LPG_OUTLET]: '100000000',
    [BusinessUnitType.FERTILISER_RETAIL]: '150000000',
    [BusinessUnitType.BULOG_AGENCY]: '100000000',
    [BusinessUnitType.BANK_AGENT]: '25000000',
    [BusinessUnitType.POST_AGENT]: '25000000',
    // Anything else: no typical figure; the hint says the unit was left out.
    [BusinessUnitType.OTHER]: null,
  } satisfies Record<BusinessUnitType, string | null>,
} as const;
