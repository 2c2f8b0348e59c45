import {
  BusinessUnitStatus,
  BusinessUnitType,
  ManagementPattern,
  OfficerRole,
} from '../cooperative/cooperative.entity';
import { DocumentType } from '../document/document-type';
import { isWellFormedRegionCode } from '../../shared/region-code';
import { DOCUMENT_TYPE_NAMES, OUTLET_TYPE_NAMES } from './simkopdes.format';

/**
 * Pure functions that turn SIMKOPDES values into ours. Each answers with the value and, when it
 * cannot, why: the dry run turns those answers into row outcomes.
 */

/** Upper case with single spaces: how enum values and names are compared. */
export function comparable(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// Masked personal data

/**
 * Exports mask personal data with runs of `*` (or `•`), sometimes `x` runs in digit strings
 * ("0812xxxx5678"). A masked value is kept for display at most; it never identifies anyone.
 */
export function isMasked(value: string): boolean {
  return /[*•]{2,}/.test(value) || (/[0-9]/.test(value) && /[xX]{3,}/.test(value));
}

// ---------------------------------------------------------------------------------------------
// Keys

/** `KOP-` + 12 hexadecimal characters, the cooperative's id in SIMKOPDES. */
const KOPERASI_REF_SHAPE = /^KOP-[0-9A-F]{12}$/;

/** The ref in its canonical (upper-case) spelling, or null when it is not shaped like one. */
export function koperasiRefOf(value: string): string | null {
  const ref = value.trim().toUpperCase();
  return KOPERASI_REF_SHAPE.test(ref) ? ref : null;
}

/** A village code (four parts, `32.01.01.2001`); codes of higher levels name no cooperative. */
export function villageCodeOf(value: string): string | null {
  const code = value.trim();
  return isWellFormedRegionCode(code) && code.length === 13 ? code : null;
}

// ---------------------------------------------------------------------------------------------
// Dates

export type DateReading =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  /** Partly or wholly masked ("1973-**-**"): no date, but the year when it shows. */
  | { kind: 'masked'; year: number | null }
  /** "0000-00-00", SIMKOPDES's placeholder for "not known". */
  | { kind: 'zero' }
  | { kind: 'bad' };

function isoIfValid(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a date as SIMKOPDES writes it: ISO (`2024-05-01`, also with a time after it), day first
 * with `/` or `-` (`01/05/2024`, as spreadsheets show it), masked (`1973-**-**`) or zero.
 */
export function readDate(value: string): DateReading {
  const text = value.trim();
  if (text === '' || text === '-') return { kind: 'empty' };
  if (/^0{4}-0{2}-0{2}/.test(text)) return { kind: 'zero' };
  if (/[*xX]/.test(text) && /^[0-9*xX]{4}-[0-9*xX]{2}-[0-9*xX]{2}$/.test(text)) {
    const year = /^[0-9]{4}/.test(text) ? Number(text.slice(0, 4)) : null;
    return { kind: 'masked', year };
  }
  const iso = /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ][0-9:.]+Z?)?$/.exec(text);
  if (iso) {
    const date = isoIfValid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { kind: 'date', iso: date } : { kind: 'bad' };
  }
  const dayFirst = /^([0-9]{1,2})[/-]([0-9]{1,2})[/-]([0-9]{4})$/.exec(text);
  if (dayFirst) {
    const date = isoIfValid(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
    return date ? { kind: 'date', iso: date } : { kind: 'bad' };
  }
  return { kind: 'bad' };
}

// ---------------------------------------------------------------------------------------------
// Numbers and coordinates

/** A decimal written as text ("150000000", "150000000.50"); thousands separators are refused. */
export function decimalOf(value: string): string | null {
  const text = value.trim();
  return /^-?[0-9]+(\.[0-9]+)?$/.test(text) ? text : null;
}

export interface Coordinates {
  latitude: number;
  longitude: number;
}

/** "-8.053, 140.755" (latitude first, rounded to 3 decimals in exports). */
export function coordinatesOf(value: string): Coordinates | null {
  const match = /^\s*(-?[0-9]+(?:\.[0-9]+)?)\s*[,;]\s*(-?[0-9]+(?:\.[0-9]+)?)\s*$/.exec(value);
  if (!match) return null;
  const latitude = Number(match[1]);
  const longitude = Number(match[2]);
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { latitude, longitude };
}

// ---------------------------------------------------------------------------------------------
// Banks

/**
 * Canonical bank names. SIMKOPDES's `nama_bank` is free text: the same few banks appear in
 * dozens of spellings ("BRI", "Bank BRI", "PT. Bank Rakyat Indonesia (Persero) Tbk", "bri unit
 * sanggau"). The keys are what is left of a spelling once `cleanBankName` has removed the legal
 * form, the word "bank", punctuation, spaces and the branch.
 */
const BANK_ALIASES: Readonly<Record<string, readonly string[]>> = {
  BRI: ['BRI', 'RAKYATINDONESIA', 'BANKRAKYATINDONESIA'],
  BNI: ['BNI', 'BNI46', 'NEGARAINDONESIA', 'NEGARAINDONESIA46'],
  Mandiri: ['MANDIRI'],
  // Bank Syariah Indonesia merged BRI Syariah, BNI Syariah and Bank Syariah Mandiri in 2021.
  BSI: [
    'BSI',
    'SYARIAHINDONESIA',
    'BRISYARIAH',
    'BRIS',
    'BNISYARIAH',
    'SYARIAHMANDIRI',
    'BSM',
    'MANDIRISYARIAH',
  ],
  BTN: ['BTN', 'TABUNGANNEGARA', 'BTNSYARIAH'],
  'Bank Aceh Syariah': ['ACEH', 'ACEHSYARIAH'],
  'Bank Sumut': ['SUMUT', 'SUMATERAUTARA', 'SUMATRAUTARA'],
  'Bank Nagari': ['NAGARI', 'SUMBAR', 'SUMATERABARAT'],
  'BRK Syariah': ['RIAU', 'RIAUKEPRI', 'RIAUKEPRISYARIAH', 'BRK', 'BRKSYARIAH'],
  'Bank Jambi': ['JAMBI'],
  'Bank Sumsel Babel': ['SUMSEL', 'SUMSELBABEL', 'SUMATERASELATAN'],
  'Bank Bengkulu': ['BENGKULU'],
  'Bank Lampung': ['LAMPUNG'],
  'Bank DKI': ['DKI', 'DKIJAKARTA', 'JAKARTA'],
  'Bank BJB': ['BJB', 'JABAR', 'JABARBANTEN', 'JAWABARAT', 'JAWABARATDANBANTEN'],
  'Bank Banten': ['BANTEN'],
  'Bank Jateng': ['JATENG', 'JAWATENGAH'],
  'BPD DIY': ['DIY', 'YOGYAKARTA', 'JOGJA', 'DAERAHISTIMEWAYOGYAKARTA'],
  'Bank Jatim': ['JATIM', 'JAWATIMUR'],
  'BPD Bali': ['BALI'],
  'Bank NTB Syariah': ['NTB', 'NTBSYARIAH', 'NUSATENGGARABARAT'],
  'Bank NTT': ['NTT', 'NUSATENGGARATIMUR'],
  'Bank Kalbar': ['KALBAR', 'KALIMANTANBARAT', 'KALBARSYARIAH'],
  'Bank Kalteng': ['KALTENG', 'KALIMANTANTENGAH'],
  'Bank Kalsel': ['KALSEL', 'KALIMANTANSELATAN'],
  'Bank Kaltimtara': ['KALTIM', 'KALTIMTARA', 'KALIMANTANTIMUR', 'KALIMANTANTIMURDANKALIMANTANUTARA'],
  'Bank SulutGo': ['SULUT', 'SULUTGO', 'SULAWESIUTARA', 'SULAWESIUTARAGORONTALO'],
  'Bank Sulteng': ['SULTENG', 'SULAWESITENGAH'],
  'Bank Sulselbar': ['SULSEL', 'SULSELBAR', 'SULAWESISELATAN', 'SULAWESISELATANDANBARAT'],
  'Bank Sultra': ['SULTRA', 'SULAWESITENGGARA'],
  'Bank Maluku Malut': ['MALUKU', 'MALUKUMALUT', 'MALUKUDANMALUKUUTARA'],
  'Bank Papua': ['PAPUA'],
};

const CANONICAL_BANK_BY_KEY: ReadonlyMap<string, string> = new Map(
  Object.entries(BANK_ALIASES).flatMap(([canonical, keys]) => keys.map((key) => [key, canonical] as const)),
);

/** The canonical bank names, for reports and sample files. */
export const CANONICAL_BANK_NAMES: readonly string[] = Object.keys(BANK_ALIASES);

/** Words that say where, not which bank: everything from them on is a branch. */
const BRANCH_WORDS = /\b(UNIT|CABANG|KC|KCP|KK|KANTOR|CAB|CAPEM|KCU)\b.*$/;

function cleanBankName(value: string): string {
  return (
    comparable(value)
      .replace(/[.,()]/g, ' ')
      .replace(BRANCH_WORDS, ' ')
      // Legal form and generic words: "PT Bank … (Persero) Tbk", "Bank Pembangunan Daerah …".
      .replace(/\b(PT|TBK|PERSERO|PERSEROAN|BANK|BPD|PEMBANGUNAN DAERAH|PROVINSI|PROV)\b/g, ' ')
      .replace(/[^A-Z0-9]/g, '')
  );
}

export type BankName = { known: true; name: string } | { known: false; name: string };

/** One canonical name for a bank however it was typed; an unknown bank keeps its spelling. */
export function bankNameOf(value: string): BankName {
  const canonical = CANONICAL_BANK_BY_KEY.get(cleanBankName(value));
  return canonical ? { known: true, name: canonical } : { known: false, name: value.trim() };
}

// ---------------------------------------------------------------------------------------------
// Value sets mapped onto ours

export function managementPatternOf(value: string): ManagementPattern | null {
  switch (comparable(value)) {
    case 'KONVENSIONAL':
      return ManagementPattern.KONVENSIONAL;
    case 'SYARIAH':
      return ManagementPattern.SYARIAH;
    default:
      return null;
  }
}

export type OfficerMapping =
  | { kind: 'role'; role: OfficerRole }
  /** A position we keep no officer record for (WAKIL KETUA, ANGGOTA of the board). */
  | { kind: 'no-counterpart' }
  | { kind: 'unknown' };

/**
 * SIMKOPDES names an officer by position (`jabatan`) and board (`status`): supervisors are rows
 * with PENGAWAS whatever their position. We keep the chair, secretary, treasurer and
 * supervisors; a vice-chair or a plain board member has no role of ours.
 */
export function officerRoleOf(position: string, board: string): OfficerMapping {
  const boardKey = comparable(board);
  const positionKey = comparable(position);
  if (!['PENGURUS', 'PENGAWAS'].includes(boardKey)) return { kind: 'unknown' };
  if (!['KETUA', 'WAKIL KETUA', 'SEKRETARIS', 'BENDAHARA', 'ANGGOTA'].includes(positionKey))
    return { kind: 'unknown' };
  if (boardKey === 'PENGAWAS') return { kind: 'role', role: OfficerRole.PENGAWAS };
  switch (positionKey) {
    case 'KETUA':
      return { kind: 'role', role: OfficerRole.KETUA };
    case 'SEKRETARIS':
      return { kind: 'role', role: OfficerRole.SEKRETARIS };
    case 'BENDAHARA':
      return { kind: 'role', role: OfficerRole.BENDAHARA };
    default:
      return { kind: 'no-counterpart' };
  }
}

type OutletTypeName = (typeof OUTLET_TYPE_NAMES)[number];

/**
 * SIMKOPDES outlet types onto our business-unit types. Ours without a SIMKOPDES type:
 * LPG_OUTLET, FERTILISER_RETAIL, BULOG_AGENCY, BANK_AGENT, POST_AGENT (partner-run agencies,
 * which SIMKOPDES keeps as partnership applications instead). "Usaha Lainnya" is OTHER.
 */
export const BUSINESS_UNIT_TYPE_OF_OUTLET: Readonly<Record<OutletTypeName, BusinessUnitType>> = {
  'Gerai Kantor Koperasi': BusinessUnitType.COOPERATIVE_OFFICE,
  'Gerai Sembako (Embrio KopHub)': BusinessUnitType.GROCERY_KIOSK,
  'Gerai Unit Usaha Simpan Pinjam (Embrio Kop Bank)': BusinessUnitType.SAVINGS_AND_LOAN,
  'Gerai Klinik Desa': BusinessUnitType.VILLAGE_CLINIC,
  'Apotek Desa': BusinessUnitType.VILLAGE_PHARMACY,
  'Gerai Cold Storage/Cold Chain': BusinessUnitType.WAREHOUSE_COLD_STORAGE,
  'Logistik (Distribusi)': BusinessUnitType.LOGISTICS,
  'Usaha Lainnya (KBLI 2020)': BusinessUnitType.OTHER,
};

/** An outlet type by name; an unknown name becomes OTHER (the unit keeps the name). */
export function businessUnitTypeOf(outletTypeName: string): { type: BusinessUnitType; known: boolean } {
  const key = comparable(outletTypeName);
  const name = OUTLET_TYPE_NAMES.find((candidate) => comparable(candidate) === key);
  return name
    ? { type: BUSINESS_UNIT_TYPE_OF_OUTLET[name], known: true }
    : { type: BusinessUnitType.OTHER, known: false };
}

/** "Aktif" is trading; "Belum Aktif" ("not yet active") is our NOT_ACTIVE, built but not trading. */
export function businessUnitStatusOf(value: string): BusinessUnitStatus | null {
  switch (comparable(value)) {
    case 'AKTIF':
      return BusinessUnitStatus.ACTIVE;
    case 'BELUM AKTIF':
      return BusinessUnitStatus.NOT_ACTIVE;
    default:
      return null;
  }
}

type DocumentTypeName = (typeof DOCUMENT_TYPE_NAMES)[number];

/**
 * SIMKOPDES document types onto ours. An amended deed or SK AHU is the same kind as the
 * original. The Berita Negara (state gazette notice) has no kind of ours and "-" is untyped: both
 * are OTHER. Ours without a SIMKOPDES type: NIK_CERTIFICATE, BANK_ACCOUNT (SIMKOPDES has bank
 * accounts as a table of their own, akun_bank_koperasi), OFFICER_IDS, the village and regency
 * approvals, BUSINESS_PROPOSAL, ANNUAL_MEETING_REPORT, FINANCIAL_REPORT, LAND_PROOF, UNIT_PHOTO.
 */
export const DOCUMENT_TYPE_OF_SIMKOPDES: Readonly<Record<DocumentTypeName, DocumentType>> = {
  'Akta Pendirian': DocumentType.NOTARIAL_DEED,
  'Akta Pendirian - Perubahan': DocumentType.NOTARIAL_DEED,
  'Berita Negara (BN)': DocumentType.OTHER,
  'Nomor Induk Berusaha (NIB)': DocumentType.NIB,
  NPWP: DocumentType.NPWP,
  'SK AHU': DocumentType.SK_AHU,
  'SK AHU - Perubahan': DocumentType.SK_AHU,
  '-': DocumentType.OTHER,
};

/** A document type by name; an unknown name becomes OTHER. */
export function documentTypeOf(documentTypeName: string): { type: DocumentType; known: boolean } {
  const key = comparable(documentTypeName);
  const name = DOCUMENT_TYPE_NAMES.find((candidate) => comparable(candidate) === key);
  return name
    ? { type: DOCUMENT_TYPE_OF_SIMKOPDES[name], known: true }
    : { type: DocumentType.OTHER, known: false };
}

export type MembershipStatus = 'APPROVED' | 'REQUESTED' | 'REJECTED';

export function membershipStatusOf(value: string): MembershipStatus | null {
  const key = comparable(value);
  return key === 'APPROVED' || key === 'REQUESTED' || key === 'REJECTED' ? key : null;
}
