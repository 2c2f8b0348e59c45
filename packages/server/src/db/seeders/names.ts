import type { Random } from './random';

/**
 * Fictitious person names in the styles common in West Kalimantan. Parts are combined at random,
 * so a generated name is not meant to refer to anyone.
 */
type Ethnicity = 'MALAY' | 'DAYAK' | 'CHINESE' | 'CHINESE_INDONESIAN' | 'JAVANESE' | 'MADURESE' | 'BUGIS';

interface NameStyle {
  male: readonly string[];
  female: readonly string[];
  /** Second names; for Chinese-Indonesian names these are the family names, written first. */
  second: readonly string[];
  femaleSecond?: readonly string[];
  /** Muslim communities: a share of elders carry the hajj title. */
  hajj: boolean;
  /** Chinese order: family name first ("Lim Siu Lan"). */
  familyFirst?: boolean;
}

const STYLES: Record<Ethnicity, NameStyle> = {
  MALAY: {
    male: [
      'Muhammad',
      'Ahmad',
      'Abdul',
      'Rizal',
      'Hamdan',
      'Syahrul',
      'Zulkifli',
      'Firdaus',
      'Hairul',
      'Junaidi',
      'Mahmud',
      'Rusli',
      'Saiful',
      'Taufik',
      'Yusri',
      'Amran',
      'Fadli',
      'Ismail',
      'Jamaluddin',
      'Khairil',
      'Darmansyah',
      'Usman',
      'Hasbullah',
      'Iskandar',
      'Rudiansyah',
      'Mulyadi',
    ],
    female: [
      'Siti',
      'Nurhayati',
      'Rahmawati',
      'Fatimah',
      'Nurul',
      'Aisyah',
      'Halimah',
      'Zubaidah',
      'Rosmiati',
      'Juliana',
      'Mariani',
      'Salmah',
      'Hasnah',
      'Norma',
      'Hairani',
      'Maimunah',
      'Yusnita',
      'Nuraini',
      'Rosita',
      'Zaitun',
    ],
    second: [
      'Hamid',
      'Rahman',
      'Yusuf',
      'Saleh',
      'Hasan',
      'Effendi',
      'Aziz',
      'Bakar',
      'Syukri',
      'Anwar',
      'Hamzah',
      'Ramli',
      'Jafar',
      'Arsyad',
      'Zainal',
      'Mansur',
      'Sulaiman',
      'Abdullah',
      'Idris',
      'Kadir',
    ],
    hajj: true,
  },
  DAYAK: {
    male: [
      'Yohanes',
      'Paulus',
      'Petrus',
      'Antonius',
      'Markus',
      'Stefanus',
      'Yosef',
      'Fransiskus',
      'Agustinus',
      'Benediktus',
      'Dominikus',
      'Lukas',
      'Matius',
      'Vinsensius',
      'Yakobus',
      'Kornelius',
      'Aloysius',
      'Severinus',
      'Hironimus',
      'Simon',
    ],
    female: [
      'Maria',
      'Elisabeth',
      'Theresia',
      'Margaretha',
      'Veronika',
      'Yustina',
      'Agnes',
      'Rosalia',
      'Katarina',
      'Fransiska',
      'Natalia',
      'Skolastika',
      'Lusia',
      'Magdalena',
      'Yuliana',
      'Martina',
    ],
    second: [
      'Ajat',
      'Iyen',
      'Jumadi',
      'Ontot',
      'Sudin',
      'Anyeng',
      'Bujang',
      'Lejo',
      'Abeng',
      'Ranyai',
      'Nyangun',
      'Kanyan',
      'Sumbai',
      'Alim',
      'Lunyu',
      'Ngadun',
      'Ijot',
      'Ulun',
      'Langin',
      'Janting',
      'Anjang',
      'Dolek',
      'Kuyah',
      'Apui',
      'Balang',
      'Jalung',
      'Usat',
      'Ranap',
    ],
    hajj: false,
  },
  CHINESE: {
    male: [
      'Kim Fung',
      'Siu Hin',
      'Jun Kiong',
      'Ket Sen',
      'Fa Min',
      'Khiong Fui',
      'Tjun Lai',
      'Kwet Nam',
      'Jit Fo',
      'Soen Kiat',
    ],
    female: ['Siu Lan', 'Nyuk Mei', 'Sui Ling', 'Mei Chin', 'Fui Lan', 'Lai Fong', 'Kim Lian'],
    second: [
      'Lim',
      'Tan',
      'Bong',
      'Lie',
      'Tjhin',
      'Phang',
      'Chong',
      'Liu',
      'Ng',
      'Ong',
      'Kho',
      'Sim',
      'Hiu',
      'Jap',
      'Tjhang',
      'Thong',
    ],
    hajj: false,
    familyFirst: true,
  },
  /** Chinese-Indonesian families with Indonesian-style names ("Hendra Wijaya"). */
  CHINESE_INDONESIAN: {
    male: ['Hendra', 'Susanto', 'Suryadi', 'Felix', 'Hengky', 'Rudy', 'Sanjaya', 'Johan', 'Andreas'],
    female: ['Lily', 'Yanti', 'Melinda', 'Susi', 'Meiliana', 'Vivi', 'Linda', 'Herlina'],
    second: [
      'Wijaya',
      'Gunawan',
      'Halim',
      'Kurniawan',
      'Hartanto',
      'Lukito',
      'Tjandra',
      'Wibisono',
      'Sugianto',
      'Hidayat',
    ],
    hajj: false,
  },
  JAVANESE: {
    male: [
      'Sutrisno',
      'Slamet',
      'Budi',
      'Agus',
      'Joko',
      'Bambang',
      'Hadi',
      'Eko',
      'Wahyu',
      'Sugeng',
      'Supriyadi',
      'Heru',
      'Sukardi',
      'Teguh',
      'Priyo',
      'Gatot',
      'Suparman',
    ],
    female: [
      'Sri',
      'Endang',
      'Sumarni',
      'Suharti',
      'Wulan',
      'Rini',
      'Sulastri',
      'Puji',
      'Tutik',
      'Sumiyati',
      'Yuli',
      'Ratna',
    ],
    second: [
      'Santoso',
      'Wibowo',
      'Prasetyo',
      'Riyadi',
      'Purnomo',
      'Susilo',
      'Hartono',
      'Utomo',
      'Wahyudi',
      'Setiawan',
      'Nugroho',
      'Sulistyo',
    ],
    femaleSecond: ['Rahayu', 'Wulandari', 'Lestari', 'Ningsih', 'Handayani', 'Astuti', 'Wahyuni', 'Susanti'],
    hajj: true,
  },
  MADURESE: {
    male: [
      'Moh.',
      'Abdul',
      'Matsuri',
      'Sahwani',
      'Marzuki',
      'Rasyid',
      'Jailani',
      'Mattali',
      'Busri',
      'Holil',
      'Sanusi',
      'Mukhlis',
    ],
    female: ['Halimah', 'Sitti', 'Maryam', 'Hotimah', 'Jumaiyah', 'Mardiyah', 'Saniyah', 'Muzayyanah'],
    second: ['Hasan', 'Rahem', 'Holil', 'Sahri', 'Mustofa', 'Rosyid', 'Jamil', 'Fauzi', 'Hosen', 'Suhri'],
    hajj: true,
  },
  BUGIS: {
    male: ['Andi', 'Baso', 'Syamsul', 'Ilham', 'Nasrul', 'Haerul', 'Amiruddin', 'Rusdi'],
    female: ['Hasnawati', 'Nurlina', 'Hasmiah', 'Rahmatia', 'Sitti', 'Hamsinah'],
    second: ['Mappa', 'Amir', 'Tahir', 'Ambo Dalle', 'Patongai', 'Sirajuddin', 'Rustam', 'Latif'],
    hajj: true,
  },
};

/** Rough ethnic composition per regency (Kemendagri code), for the names of its people. */
const REGENCY_MIX: Record<string, Partial<Record<Ethnicity, number>>> = {
  '33.19': { JAVANESE: 95, CHINESE: 5 }, // Kudus (Jawa Tengah)
  '33.73': { JAVANESE: 92, CHINESE: 8 }, // Salatiga (Jawa Tengah)
  '61.01': { MALAY: 70, JAVANESE: 8, MADURESE: 8, CHINESE: 7, DAYAK: 7 }, // Sambas
  '61.02': { MALAY: 50, MADURESE: 15, BUGIS: 10, CHINESE: 10, DAYAK: 10, JAVANESE: 5 }, // Mempawah
  '61.03': { DAYAK: 55, MALAY: 25, JAVANESE: 12, CHINESE: 8 }, // Sanggau
  '61.04': { MALAY: 50, DAYAK: 30, JAVANESE: 12, CHINESE: 5, MADURESE: 3 }, // Ketapang
  '61.05': { DAYAK: 50, MALAY: 35, JAVANESE: 10, CHINESE: 5 }, // Sintang
  '61.06': { DAYAK: 50, MALAY: 45, CHINESE: 3, JAVANESE: 2 }, // Kapuas Hulu
  '61.07': { DAYAK: 50, CHINESE: 20, MALAY: 20, JAVANESE: 5, MADURESE: 5 }, // Bengkayang
  '61.08': { DAYAK: 75, MALAY: 12, JAVANESE: 8, CHINESE: 5 }, // Landak
  '61.09': { DAYAK: 60, MALAY: 25, JAVANESE: 10, CHINESE: 5 }, // Sekadau
  '61.10': { DAYAK: 55, MALAY: 35, JAVANESE: 10 }, // Melawi
  '61.11': { MALAY: 70, BUGIS: 12, JAVANESE: 10, MADURESE: 5, CHINESE: 3 }, // Kayong Utara
  '61.12': { MALAY: 40, JAVANESE: 20, MADURESE: 15, BUGIS: 10, CHINESE: 8, DAYAK: 7 }, // Kubu Raya
  '61.71': { MALAY: 35, CHINESE: 30, JAVANESE: 12, MADURESE: 10, DAYAK: 8, BUGIS: 5 }, // Pontianak
  '61.72': { CHINESE: 45, MALAY: 30, DAYAK: 15, MADURESE: 5, JAVANESE: 5 }, // Singkawang
};

const PROVINCE_MIX = REGENCY_MIX['61.71'];

const DEGREES = ['S.E.', 'S.P.', 'S.Pd.', 'S.H.', 'S.Sos.', 'A.Md.', 'S.Pt.', 'S.Ak.', 'S.M.', 'S.T.'];

export interface PersonNameOptions {
  /** Share of names that carry an academic degree (mentors are mostly graduates). */
  degreeChance?: number;
  /** Share of Muslim names that carry the hajj title (older officers). */
  hajjChance?: number;
}

/** A fictitious name fitting the regency (`null`: province level, mixed like Pontianak). */
export function personName(rng: Random, regencyCode: string | null, options: PersonNameOptions = {}): string {
  const mix = (regencyCode && REGENCY_MIX[regencyCode]) || PROVINCE_MIX;
  let ethnicity = rng.weighted(mix);
  // About a third of Chinese-Indonesian families in the province use Indonesian-style names.
  if (ethnicity === 'CHINESE' && rng.chance(0.35)) ethnicity = 'CHINESE_INDONESIAN';
  const style = STYLES[ethnicity];
  const female = rng.chance(0.4);
  const given = rng.pick(female ? style.female : style.male);
  const family = rng.pick(female && style.femaleSecond ? style.femaleSecond : style.second);
  let name = style.familyFirst ? `${family} ${given}` : `${given} ${family}`;
  if (style.hajj && rng.chance(options.hajjChance ?? 0)) name = `${female ? 'Hj.' : 'H.'} ${name}`;
  if (rng.chance(options.degreeChance ?? 0)) name = `${name}, ${rng.pick(DEGREES)}`;
  return name;
}

/** A fictitious mobile number in the Indonesian format, e.g. "+62 812-5467-8812". */
export function mobileNumber(rng: Random): string {
  const prefix = rng.pick([
    '811',
    '812',
    '813',
    '821',
    '822',
    '852',
    '853',
    '857',
    '858',
    '877',
    '878',
    '895',
    '896',
  ]);
  return `+62 ${prefix}-${rng.digits(4)}-${String(rng.int(0, 9999)).padStart(4, '0')}`;
}
