import { Commodity } from '../../../modules/commodity/commodity';
import { COMMODITY_SPECS } from '../commodity-catalogue';

/**
 * Small lookup tables the national seed hands to PostgreSQL as JSON; every large table is then
 * generated there from them. The commodity facts are the demo's (commodity-catalogue.ts); the rest
 * is national: what each province grows, and names in the styles of its regions.
 */

/** The main commodities of each province (only commodities the demo catalogue can price). */
export const PROVINCE_COMMODITIES: Record<string, Commodity[]> = {
  '11': ['COFFEE', 'PALM_OIL_FFB', 'PADDY_RICE', 'COCOA', 'FISH', 'RUBBER'],
  '12': ['PALM_OIL_FFB', 'RUBBER', 'COFFEE', 'PADDY_RICE', 'CITRUS', 'FISH'],
  '13': ['PADDY_RICE', 'COCOA', 'COFFEE', 'PALM_OIL_FFB', 'VEGETABLES', 'COCONUT'],
  '14': ['PALM_OIL_FFB', 'RUBBER', 'COCONUT', 'FISH', 'PINEAPPLE'],
  '15': ['PALM_OIL_FFB', 'RUBBER', 'COFFEE', 'PINEAPPLE', 'PADDY_RICE'],
  '16': ['RUBBER', 'PALM_OIL_FFB', 'PADDY_RICE', 'COFFEE', 'FISH'],
  '17': ['COFFEE', 'PALM_OIL_FFB', 'RUBBER', 'PADDY_RICE'],
  '18': ['COFFEE', 'PEPPER', 'CORN', 'PADDY_RICE', 'PINEAPPLE', 'COCOA', 'SHRIMP'],
  '19': ['PEPPER', 'PALM_OIL_FFB', 'RUBBER', 'FISH'],
  '21': ['FISH', 'SHRIMP', 'COCONUT', 'VEGETABLES'],
  '31': ['FISH', 'VEGETABLES', 'EGGS'],
  '32': ['PADDY_RICE', 'VEGETABLES', 'CORN', 'COFFEE', 'EGGS', 'FRUIT', 'FISH'],
  '33': ['PADDY_RICE', 'CORN', 'VEGETABLES', 'EGGS', 'COCONUT', 'FRUIT', 'FISH'],
  '34': ['PADDY_RICE', 'VEGETABLES', 'FRUIT', 'EGGS'],
  '35': ['PADDY_RICE', 'CORN', 'EGGS', 'COFFEE', 'FRUIT', 'SHRIMP', 'VEGETABLES'],
  '36': ['PADDY_RICE', 'FISH', 'COCONUT', 'VEGETABLES', 'EGGS'],
  '51': ['COFFEE', 'VEGETABLES', 'FRUIT', 'COCONUT', 'FISH'],
  '52': ['PADDY_RICE', 'CORN', 'SHRIMP', 'COCONUT', 'HONEY'],
  '53': ['CORN', 'COCONUT', 'COFFEE', 'HONEY', 'FISH', 'CITRUS'],
  '61': ['PALM_OIL_FFB', 'RUBBER', 'PEPPER', 'ALOE_VERA', 'CITRUS', 'PADDY_RICE', 'FISH'],
  '62': ['PALM_OIL_FFB', 'RUBBER', 'RATTAN', 'HONEY', 'FISH'],
  '63': ['PADDY_RICE', 'RUBBER', 'PALM_OIL_FFB', 'CITRUS', 'FISH'],
  '64': ['PALM_OIL_FFB', 'FISH', 'SHRIMP', 'COCOA', 'PEPPER'],
  '65': ['SHRIMP', 'FISH', 'PALM_OIL_FFB', 'COCOA'],
  '71': ['COCONUT', 'FISH', 'CORN', 'VEGETABLES'],
  '72': ['COCOA', 'COCONUT', 'CORN', 'FISH', 'PADDY_RICE'],
  '73': ['PADDY_RICE', 'CORN', 'COCOA', 'SHRIMP', 'COFFEE', 'FISH'],
  '74': ['COCOA', 'FISH', 'SHRIMP', 'COCONUT', 'CORN'],
  '75': ['CORN', 'COCONUT', 'FISH', 'PADDY_RICE'],
  '76': ['COCOA', 'PALM_OIL_FFB', 'COCONUT', 'FISH'],
  '81': ['FISH', 'COCONUT', 'COCOA', 'HONEY'],
  '82': ['COCONUT', 'FISH', 'COCOA'],
  '91': ['FISH', 'COCOA', 'COFFEE', 'HONEY', 'COCONUT'],
  '92': ['FISH', 'COCOA', 'COCONUT', 'HONEY'],
  '93': ['PADDY_RICE', 'FISH', 'SHRIMP', 'COCONUT'],
  '94': ['COFFEE', 'COCOA', 'FISH', 'VEGETABLES'],
  '95': ['COFFEE', 'VEGETABLES', 'HONEY'],
  '96': ['FISH', 'COCOA', 'COCONUT', 'HONEY'],
} as Record<string, Commodity[]>;

/** Short province names used in company names ("PT Agro Makmur Jateng"). */
export const PROVINCE_SHORT: Record<string, string> = {
  '11': 'Aceh', '12': 'Sumut', '13': 'Sumbar', '14': 'Riau', '15': 'Jambi', '16': 'Sumsel', '17': 'Bengkulu',
  '18': 'Lampung', '19': 'Babel', '21': 'Kepri', '31': 'Jakarta', '32': 'Jabar', '33': 'Jateng', '34': 'Jogja',
  '35': 'Jatim', '36': 'Banten', '51': 'Bali', '52': 'NTB', '53': 'NTT', '61': 'Kalbar', '62': 'Kalteng',
  '63': 'Kalsel', '64': 'Kaltim', '65': 'Kaltara', '71': 'Sulut', '72': 'Sulteng', '73': 'Sulsel', '74': 'Sultra',
  '75': 'Gorontalo', '76': 'Sulbar', '81': 'Maluku', '82': 'Malut', '91': 'Papua', '92': 'Papua Barat',
  '93': 'Papua Selatan', '94': 'Papua Tengah', '95': 'Pegunungan', '96': 'Papua Barat Daya',
};

/** The regional development bank (BPD) serving each province; West Kalimantan's is in the demo catalogue. */
export const REGIONAL_BANKS: Record<string, string> = {
  '11': 'Bank Aceh Syariah', '12': 'Bank Sumut', '13': 'Bank Nagari', '14': 'BRK Syariah', '15': 'Bank Jambi',
  '16': 'Bank Sumsel Babel', '17': 'Bank Bengkulu', '18': 'Bank Lampung', '19': 'Bank Sumsel Babel Pangkalpinang',
  '21': 'Bank Riau Kepri Syariah Batam', '31': 'Bank DKI', '32': 'bank bjb', '33': 'Bank Jateng', '34': 'Bank BPD DIY',
  '35': 'Bank Jatim', '36': 'Bank Banten', '51': 'BPD Bali', '52': 'Bank NTB Syariah', '53': 'Bank NTT',
  '62': 'Bank Kalteng', '63': 'Bank Kalsel', '64': 'Bankaltimtara', '65': 'Bankaltimtara Tanjung Selor',
  '71': 'Bank SulutGo', '72': 'Bank Sulteng', '73': 'Bank Sulselbar', '74': 'Bank Sultra', '75': 'Bank SulutGo Gorontalo',
  '76': 'Bank Sulselbar Mamuju', '81': 'Bank Maluku Malut', '82': 'Bank Maluku Malut Ternate', '91': 'Bank Papua',
  '92': 'Bank Papua Manokwari', '93': 'Bank Papua Merauke', '94': 'Bank Papua Nabire', '95': 'Bank Papua Wamena',
  '96': 'Bank Papua Sorong',
};

type NameStyle = 'JAVANESE' | 'SUNDANESE' | 'MALAY' | 'BATAK' | 'BUGIS' | 'BALINESE' | 'EASTERN';

/** Person names by style: fictitious combinations of common given names and family/second names. */
export const NAME_STYLES: Record<NameStyle, { first: string[]; second: string[] }> = {
  JAVANESE: {
    first: ['Slamet', 'Sri', 'Budi', 'Sutrisno', 'Wahyuni', 'Joko', 'Endang', 'Bambang', 'Suparmi', 'Agus', 'Siti', 'Heru', 'Tri', 'Sumarni', 'Eko', 'Dwi', 'Suharti', 'Purwanto', 'Rahayu', 'Darmaji'],
    second: ['Santoso', 'Widodo', 'Susanto', 'Lestari', 'Prasetyo', 'Wibowo', 'Hartono', 'Setiawan', 'Purnomo', 'Rahayu', 'Suryani', 'Handayani', 'Nugroho', 'Utomo', 'Kusuma', 'Wulandari'],
  },
  SUNDANESE: {
    first: ['Asep', 'Ujang', 'Dede', 'Cecep', 'Euis', 'Iis', 'Dadang', 'Nining', 'Yayat', 'Entin', 'Ade', 'Neneng', 'Ujang', 'Tatang', 'Aep', 'Yanti'],
    second: ['Sunarya', 'Suryana', 'Hidayat', 'Permana', 'Kurniawan', 'Rohaeti', 'Sumarna', 'Supriatna', 'Mulyana', 'Nurhayati', 'Gunawan', 'Saepudin'],
  },
  MALAY: {
    first: ['Muhammad', 'Ahmad', 'Rizal', 'Syahrul', 'Zulkifli', 'Siti', 'Nurhayati', 'Fatimah', 'Hamdan', 'Junaidi', 'Aisyah', 'Rusli', 'Halimah', 'Taufik', 'Mariani', 'Usman', 'Rosita', 'Iskandar'],
    second: ['Hamid', 'Rahman', 'Yusuf', 'Saleh', 'Hasan', 'Effendi', 'Aziz', 'Ibrahim', 'Ismail', 'Syahputra', 'Abdullah', 'Harun', 'Rasyid', 'Zainal'],
  },
  BATAK: {
    first: ['Togar', 'Rosmawati', 'Maruli', 'Lamhot', 'Tiurma', 'Parlindungan', 'Rudolf', 'Hotma', 'Sahat', 'Lenny', 'Jonner', 'Dame'],
    second: ['Siregar', 'Nasution', 'Harahap', 'Simanjuntak', 'Sitompul', 'Hutapea', 'Lubis', 'Pardede', 'Sinaga', 'Manurung', 'Situmorang', 'Tambunan'],
  },
  BUGIS: {
    first: ['Andi', 'Muhammad', 'Hasnah', 'Syamsul', 'Rahmawati', 'Baharuddin', 'Nurdin', 'Sitti', 'Arifin', 'Hasanuddin', 'Jusman', 'Nurmiati'],
    second: ['Mappangara', 'Daeng', 'Lamba', 'Pawelloi', 'Tahir', 'Makmur', 'Rasyid', 'Latif', 'Amiruddin', 'Sanusi', 'Mallarangeng', 'Baso'],
  },
  BALINESE: {
    first: ['I Wayan', 'Ni Made', 'I Nyoman', 'Ni Ketut', 'I Made', 'Ni Luh', 'I Ketut', 'I Gede', 'Ni Putu', 'I Komang'],
    second: ['Sudarma', 'Suarsana', 'Astawa', 'Widiastuti', 'Sukadana', 'Ariani', 'Mahendra', 'Artini', 'Suardana', 'Kariasa'],
  },
  EASTERN: {
    first: ['Yohanes', 'Maria', 'Petrus', 'Fransiska', 'Yakobus', 'Agustina', 'Markus', 'Elisabeth', 'Paulus', 'Yuliana', 'Stefanus', 'Theresia', 'Lukas', 'Martha'],
    second: ['Wonda', 'Kogoya', 'Rumbiak', 'Latumahina', 'Pattinama', 'Ratu', 'Tefa', 'Bria', 'Nggadas', 'Manuhutu', 'Kambu', 'Sawor', 'Leki', 'Ndun'],
  },
};

const STYLE_BY_PROVINCE: Record<string, NameStyle> = {
  '11': 'MALAY', '12': 'BATAK', '13': 'MALAY', '14': 'MALAY', '15': 'MALAY', '16': 'MALAY', '17': 'MALAY',
  '18': 'JAVANESE', '19': 'MALAY', '21': 'MALAY', '31': 'JAVANESE', '32': 'SUNDANESE', '33': 'JAVANESE',
  '34': 'JAVANESE', '35': 'JAVANESE', '36': 'SUNDANESE', '51': 'BALINESE', '52': 'BUGIS', '53': 'EASTERN',
  '61': 'MALAY', '62': 'MALAY', '63': 'MALAY', '64': 'BUGIS', '65': 'BUGIS', '71': 'EASTERN', '72': 'BUGIS',
  '73': 'BUGIS', '74': 'BUGIS', '75': 'BUGIS', '76': 'BUGIS', '81': 'EASTERN', '82': 'EASTERN', '91': 'EASTERN',
  '92': 'EASTERN', '93': 'EASTERN', '94': 'EASTERN', '95': 'EASTERN', '96': 'EASTERN',
};

/** Words for company names: "PT" + one of each, then the province ("PT Sinar Agro Jateng"). */
export const COMPANY_WORDS = {
  first: ['Sinar', 'Cahaya', 'Mitra', 'Karya', 'Sumber', 'Bumi', 'Mulia', 'Sentosa', 'Tunas', 'Anugerah', 'Berkah', 'Jaya', 'Maju', 'Nusa', 'Putra', 'Citra', 'Harapan', 'Makmur', 'Sejahtera', 'Lestari'],
  second: ['Agro', 'Tani', 'Pangan', 'Niaga', 'Abadi', 'Sakti', 'Perkasa', 'Utama', 'Sejati', 'Mandiri', 'Rezeki', 'Persada', 'Lintas', 'Samudra', 'Hijau', 'Raya', 'Bahari', 'Prima', 'Indah', 'Gemilang'],
};

/** A cooperative's business unit types in the order of the database's match_unit_types(). */
export const UNIT_TYPES = [
  'COOPERATIVE_OFFICE', 'GROCERY_KIOSK', 'SAVINGS_AND_LOAN', 'VILLAGE_CLINIC', 'VILLAGE_PHARMACY',
  'WAREHOUSE_COLD_STORAGE', 'LOGISTICS', 'LPG_OUTLET', 'FERTILISER_RETAIL', 'BULOG_AGENCY', 'BANK_AGENT', 'POST_AGENT',
] as const;

/** What a running unit handles, one line per type (the demo writes similar notes). */
export const UNIT_NOTES: Record<(typeof UNIT_TYPES)[number], string> = {
  COOPERATIVE_OFFICE: 'Kantor koperasi di bekas balai desa, pengurus piket setiap hari kerja.',
  GROCERY_KIOSK: 'Gerai sembako melayani warga desa, stok dari distributor kabupaten.',
  SAVINGS_AND_LOAN: 'Simpan pinjam anggota dengan pencatatan harian dan rapat kredit bulanan.',
  VILLAGE_CLINIC: 'Klinik desa dengan bidan dan perawat, buka Senin–Sabtu.',
  VILLAGE_PHARMACY: 'Apotek desa bekerja sama dengan apoteker puskesmas kecamatan.',
  WAREHOUSE_COLD_STORAGE: 'Gudang hasil panen anggota dengan ruang pendingin untuk ikan, sayur dan buah.',
  LOGISTICS: 'Truk engkel dan motor roda tiga untuk angkutan hasil bumi antar-desa.',
  LPG_OUTLET: 'Pangkalan LPG 3 kg dengan kuota bulanan dari agen resmi.',
  FERTILISER_RETAIL: 'Kios pupuk bersubsidi sesuai RDKK kelompok tani.',
  BULOG_AGENCY: 'Agen beras SPHP dan minyak goreng Bulog.',
  BANK_AGENT: 'Agen bank (laku pandai) untuk setor, tarik tunai dan bayar tagihan.',
  POST_AGENT: 'Agen pos untuk kiriman paket dan hasil bumi.',
};

export function provinceCatalogue(provinces: readonly string[]) {
  return provinces.map((code) => ({
    code,
    short: PROVINCE_SHORT[code] ?? code,
    commodities: PROVINCE_COMMODITIES[code] ?? ['PADDY_RICE', 'FISH', 'VEGETABLES'],
    regional_bank: REGIONAL_BANKS[code] ?? null,
    name_style: STYLE_BY_PROVINCE[code] ?? 'MALAY',
  }));
}

export function commodityCatalogue() {
  return Object.entries(COMMODITY_SPECS).map(([commodity, spec]) => ({
    commodity,
    word: spec!.word,
    unit: spec!.unit,
    monthly_min: spec!.monthly[0],
    monthly_max: spec!.monthly[1],
    request_min: spec!.request[0],
    request_max: spec!.request[1],
    price_min: spec!.price[0],
    price_max: spec!.price[1],
    price_step: spec!.priceStep,
    titles: spec!.titles,
    detail: spec!.detail,
  }));
}

export function nameCatalogue() {
  return Object.entries(NAME_STYLES).map(([style, parts]) => ({ style, first: parts.first, second: parts.second }));
}
