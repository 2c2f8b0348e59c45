import { BusinessUnitType } from '../../modules/cooperative/cooperative.entity';
import { Commodity } from '../../modules/commodity/commodity';
import { DocumentType } from '../../modules/document/document-type';
import { PartnerType } from '../../modules/partner/partner.entity';
import { ProgramKind } from '../../modules/program/program.entity';
import { PMK49_DOCUMENTS, PMK49_LOAN } from '../../modules/program/pmk49';
import { VerificationLevel } from '../../shared/verification';
import { STANDARD_UNITS } from './cooperatives';

/**
 * The demo's partners. Public institutions carry their real names; their programs follow the
 * published PMK 49/2025 terms where those exist and are otherwise illustrative. Every private
 * company, person and NGO here is fictitious.
 */
export interface ProgramDefinition {
  kind: ProgramKind;
  name: string;
  description: string;
  minAmount?: string;
  maxAmount?: string;
  ratePerYear?: string;
  maxTenorMonths?: number;
  minGraceMonths?: number;
  maxGraceMonths?: number;
  operatingCostCap?: string;
  commodity?: Commodity;
  eligibleUnitTypes?: readonly BusinessUnitType[];
  requiredDocuments?: readonly DocumentType[];
  /** Regency codes; default: the partner's coverage. */
  coverage?: readonly string[];
}

export interface PartnerDefinition {
  type: PartnerType;
  name: string;
  description: string;
  website?: string;
  commodities: readonly Commodity[];
  verificationLevel: VerificationLevel;
  /** Regency codes served; 'ALL' for all fourteen. */
  coverage: 'ALL' | readonly string[];
  programs: readonly ProgramDefinition[];
  /** How many buying requests the partner has posted. */
  requests: number;
}

/** The regencies where paddy is a main crop (for rice offtake). */
const RICE_REGENCIES = ['61.01', '61.02', '61.04', '61.05', '61.08', '61.10', '61.11', '61.12'];

const PMK49_REQUIREMENTS =
  'Syarat: koperasi berbadan hukum (SK AHU), memiliki NIK koperasi, rekening atas nama koperasi, NPWP dan NIB, ' +
  'serta proposal bisnis berisi rencana anggaran, tahapan pencairan dan rencana pengembalian. ' +
  'Pengajuan disetujui kepala desa untuk KDMP, atau bupati/wali kota untuk KKMP, berdasarkan hasil musyawarah desa/kelurahan; ' +
  'berita acara musyawarah dilampirkan.';

/** The PMK 49/2025 loan every state bank offers to KDKMP; BSI words it as syariah financing. */
function pmk49Loan(bank: string, syariah = false): ProgramDefinition {
  const terms = syariah
    ? 'Pembiayaan syariah (akad murabahah atau ijarah) hingga Rp3 miliar per koperasi dengan margin/ujrah setara 6 % per tahun, ' +
      'jangka waktu hingga 72 bulan dengan masa tenggang 6–8 bulan; paling banyak Rp500 juta untuk biaya operasional. '
    : 'Pinjaman hingga Rp3 miliar per koperasi dengan bunga 6 % per tahun, tenor hingga 72 bulan dengan masa tenggang 6–8 bulan; ' +
      'paling banyak Rp500 juta untuk biaya operasional. ';
  return {
    kind: ProgramKind.LOAN,
    name: syariah ? `Pembiayaan Syariah KDKMP ${bank} (PMK 49/2025)` : `Pinjaman KDKMP ${bank} (PMK 49/2025)`,
    description:
      `${syariah ? 'Pembiayaan' : 'Pinjaman'} untuk Koperasi Desa/Kelurahan Merah Putih sesuai PMK 49/2025 untuk membangun dan menjalankan gerai usaha. ` +
      terms +
      PMK49_REQUIREMENTS,
    ...PMK49_LOAN,
    eligibleUnitTypes: STANDARD_UNITS,
    requiredDocuments: PMK49_DOCUMENTS,
  };
}

function stateBank(
  name: string,
  website: string,
  programs: ProgramDefinition[],
  description: string,
): PartnerDefinition {
  return {
    type: PartnerType.STATE_BANK,
    name,
    description,
    website,
    commodities: [],
    verificationLevel: VerificationLevel.GOVERNMENT_VERIFIED,
    coverage: 'ALL',
    programs,
    requests: 0,
  };
}

const PUBLIC_PARTNERS: PartnerDefinition[] = [
  stateBank(
    'Bank Rakyat Indonesia (BRI)',
    'https://bri.co.id',
    [
      pmk49Loan('BRI'),
      {
        kind: ProgramKind.AGENCY,
        name: 'Agen BRILink di Koperasi Desa',
        description:
          'Koperasi menjadi agen BRILink: setor dan tarik tunai, transfer, pembayaran tagihan dan penyaluran bantuan sosial di desa, ' +
          'dengan fee per transaksi. Perlu rekening BRI atas nama koperasi, petugas yang terlatih dan tempat layanan yang aman.',
        eligibleUnitTypes: [BusinessUnitType.BANK_AGENT],
        requiredDocuments: [
          DocumentType.SK_AHU,
          DocumentType.NIB,
          DocumentType.NPWP,
          DocumentType.BANK_ACCOUNT,
          DocumentType.OFFICER_IDS,
        ],
      },
    ],
    'Bank BUMN dengan jaringan unit kerja hingga kecamatan di seluruh Kalimantan Barat; menyalurkan pinjaman KDKMP sesuai PMK 49/2025 dan membina agen BRILink.',
  ),
  stateBank(
    'Bank Negara Indonesia (BNI)',
    'https://bni.co.id',
    [pmk49Loan('BNI')],
    'Bank BUMN penyalur pinjaman KDKMP sesuai PMK 49/2025, dengan kantor cabang di Pontianak, Singkawang, Sanggau, Sintang dan Ketapang.',
  ),
  stateBank(
    'Bank Mandiri',
    'https://bankmandiri.co.id',
    [pmk49Loan('Mandiri')],
    'Bank BUMN penyalur pinjaman KDKMP sesuai PMK 49/2025; melayani rekening koperasi dan pembayaran nontunai gerai.',
  ),
  stateBank(
    'Bank Syariah Indonesia (BSI)',
    'https://bankbsi.co.id',
    [pmk49Loan('BSI', true)],
    'Bank syariah BUMN penyalur pembiayaan KDKMP sesuai PMK 49/2025 dengan akad syariah, cocok untuk koperasi berpola syariah.',
  ),
  {
    type: PartnerType.REGIONAL_BANK,
    name: 'Bank Kalbar',
    description:
      'Bank Pembangunan Daerah Kalimantan Barat, milik pemerintah provinsi dan kabupaten/kota; kantor di setiap ibu kota kabupaten.',
    website: 'https://bankkalbar.co.id',
    commodities: [],
    verificationLevel: VerificationLevel.GOVERNMENT_VERIFIED,
    coverage: 'ALL',
    requests: 0,
    programs: [
      {
        kind: ProgramKind.LOAN,
        name: 'Kredit Produktif Koperasi Bank Kalbar',
        description:
          'Kredit modal kerja dan investasi untuk koperasi desa yang sudah menjalankan gerai: pembelian stok sembako, hasil panen anggota, ' +
          'atau sarana gudang dan angkutan. Dilengkapi laporan keuangan terakhir dan proposal usaha.',
        minAmount: '25000000',
        maxAmount: '2000000000',
        ratePerYear: '8.50',
        maxTenorMonths: 60,
        minGraceMonths: 0,
        maxGraceMonths: 6,
        eligibleUnitTypes: [
          BusinessUnitType.GROCERY_KIOSK,
          BusinessUnitType.SAVINGS_AND_LOAN,
          BusinessUnitType.WAREHOUSE_COLD_STORAGE,
          BusinessUnitType.LOGISTICS,
        ],
        requiredDocuments: [
          DocumentType.SK_AHU,
          DocumentType.NIK_CERTIFICATE,
          DocumentType.BANK_ACCOUNT,
          DocumentType.NPWP,
          DocumentType.NIB,
          DocumentType.BUSINESS_PROPOSAL,
          DocumentType.FINANCIAL_REPORT,
        ],
      },
    ],
  },
  {
    type: PartnerType.PUBLIC_FUND,
    name: 'LPDB-KUMKM',
    description:
      'Lembaga Pengelola Dana Bergulir Koperasi dan UMKM: menyalurkan dana bergulir berbunga rendah langsung ke koperasi.',
    website: 'https://lpdb.id',
    commodities: [],
    verificationLevel: VerificationLevel.GOVERNMENT_VERIFIED,
    coverage: 'ALL',
    requests: 0,
    programs: [
      {
        kind: ProgramKind.LOAN,
        name: 'Pinjaman Dana Bergulir untuk Koperasi',
        description:
          'Dana bergulir untuk memperkuat modal unit simpan pinjam dan usaha sektor riil koperasi. ' +
          'Koperasi perlu menunjukkan laporan keuangan dan laporan rapat anggota tahunan (RAT) terakhir.',
        minAmount: '100000000',
        maxAmount: '5000000000',
        ratePerYear: '4.50',
        maxTenorMonths: 60,
        minGraceMonths: 0,
        maxGraceMonths: 12,
        eligibleUnitTypes: [
          BusinessUnitType.SAVINGS_AND_LOAN,
          BusinessUnitType.GROCERY_KIOSK,
          BusinessUnitType.WAREHOUSE_COLD_STORAGE,
          BusinessUnitType.LOGISTICS,
        ],
        requiredDocuments: [
          DocumentType.SK_AHU,
          DocumentType.NIK_CERTIFICATE,
          DocumentType.NPWP,
          DocumentType.NIB,
          DocumentType.BANK_ACCOUNT,
          DocumentType.BUSINESS_PROPOSAL,
          DocumentType.FINANCIAL_REPORT,
          DocumentType.ANNUAL_MEETING_REPORT,
        ],
      },
    ],
  },
  {
    type: PartnerType.STATE_COMPANY,
    name: 'Perum Bulog',
    description:
      'Badan usaha pangan negara: menyerap gabah dan beras petani dan menyalurkan beras SPHP serta sembako lewat jaringan Rumah Pangan Kita.',
    website: 'https://bulog.co.id',
    commodities: [Commodity.PADDY_RICE, Commodity.STAPLE_GOODS],
    verificationLevel: VerificationLevel.GOVERNMENT_VERIFIED,
    coverage: 'ALL',
    requests: 2,
    programs: [
      {
        kind: ProgramKind.AGENCY,
        name: 'Agen Bulog – Rumah Pangan Kita (RPK) di koperasi',
        description:
          'Gerai sembako koperasi menjadi agen Bulog: menjual beras SPHP, minyak goreng, gula dan sembako lain dengan harga acuan pemerintah.',
        commodity: Commodity.STAPLE_GOODS,
        eligibleUnitTypes: [BusinessUnitType.BULOG_AGENCY, BusinessUnitType.GROCERY_KIOSK],
        requiredDocuments: [
          DocumentType.SK_AHU,
          DocumentType.NIB,
          DocumentType.NPWP,
          DocumentType.OFFICER_IDS,
        ],
      },
      {
        kind: ProgramKind.OFFTAKE,
        name: 'Serapan gabah dan beras petani melalui koperasi',
        description:
          'Bulog membeli gabah kering panen (padi) dan beras dari petani melalui koperasi desa sesuai harga pembelian pemerintah (HPP gabah Rp6.500/kg).',
        commodity: Commodity.PADDY_RICE,
        eligibleUnitTypes: [BusinessUnitType.WAREHOUSE_COLD_STORAGE],
        requiredDocuments: [DocumentType.SK_AHU, DocumentType.NIB, DocumentType.BANK_ACCOUNT],
        coverage: RICE_REGENCIES,
      },
    ],
  },
  {
    type: PartnerType.STATE_COMPANY,
    name: 'PT Pupuk Indonesia (Persero)',
    description:
      'Produsen dan penyalur pupuk milik negara; menyalurkan pupuk bersubsidi (urea, NPK) lewat distributor dan kios resmi.',
    website: 'https://pupuk-indonesia.com',
    commodities: [Commodity.FERTILISER],
    verificationLevel: VerificationLevel.GOVERNMENT_VERIFIED,
    coverage: 'ALL',
    requests: 0,
    programs: [
      {
        kind: ProgramKind.SUPPLY,
        name: 'Pasokan pupuk urea dan NPK untuk koperasi',
        description:
          'Pasokan pupuk bersubsidi dan nonsubsidi ke gudang koperasi sesuai kebutuhan petani anggota yang terdaftar dalam RDKK.',
        commodity: Commodity.FERTILISER,
        eligibleUnitTypes: [BusinessUnitType.FERTILISER_RETAIL, BusinessUnitType.WAREHOUSE_COLD_STORAGE],
        requiredDocuments: [DocumentType.SK_AHU, DocumentType.NIB, DocumentType.NPWP],
      },
      {
        kind: ProgramKind.AGENCY,
        name: 'Kios pupuk resmi (pengecer) di koperasi desa',
        description:
          'Koperasi menjadi pengecer resmi pupuk bersubsidi di desanya, dengan gudang yang memenuhi syarat dan pencatatan penebusan petani.',
        commodity: Commodity.FERTILISER,
        eligibleUnitTypes: [BusinessUnitType.FERTILISER_RETAIL],
        requiredDocuments: [
          DocumentType.SK_AHU,
          DocumentType.NIB,
          DocumentType.NPWP,
          DocumentType.LAND_PROOF,
          DocumentType.UNIT_PHOTO,
        ],
      },
    ],
  },
  {
    type: PartnerType.STATE_COMPANY,
    name: 'PT Pertamina (Persero)',
    description:
      'Perusahaan energi negara; penyaluran LPG 3 kg (elpiji) bersubsidi ke desa melalui agen dan pangkalan.',
    website: 'https://pertamina.com',
    commodities: [Commodity.LPG],
    verificationLevel: VerificationLevel.GOVERNMENT_VERIFIED,
    coverage: 'ALL',
    requests: 0,
    programs: [
      {
        kind: ProgramKind.AGENCY,
        name: 'Pangkalan LPG 3 kg di koperasi desa',
        description:
          'Koperasi menjadi pangkalan elpiji 3 kg yang menjual ke warga dengan harga eceran tertinggi; pasokan dari agen resmi di kabupaten.',
        commodity: Commodity.LPG,
        eligibleUnitTypes: [BusinessUnitType.LPG_OUTLET],
        requiredDocuments: [
          DocumentType.SK_AHU,
          DocumentType.NIB,
          DocumentType.NPWP,
          DocumentType.LAND_PROOF,
          DocumentType.UNIT_PHOTO,
        ],
      },
    ],
  },
  {
    type: PartnerType.STATE_COMPANY,
    name: 'PT Pos Indonesia (Persero)',
    description:
      'Perusahaan pos dan logistik negara dengan kantor pos di setiap kecamatan; melayani kiriman paket, logistik dan pembayaran.',
    website: 'https://posindonesia.co.id',
    commodities: [],
    verificationLevel: VerificationLevel.GOVERNMENT_VERIFIED,
    coverage: 'ALL',
    requests: 0,
    programs: [
      {
        kind: ProgramKind.AGENCY,
        name: 'Agenpos di koperasi desa',
        description:
          'Koperasi menjadi Agenpos: menerima kiriman paket dan surat, pembayaran tagihan dan penyaluran bantuan di desa.',
        eligibleUnitTypes: [BusinessUnitType.POST_AGENT],
        requiredDocuments: [DocumentType.SK_AHU, DocumentType.NIB, DocumentType.OFFICER_IDS],
      },
      {
        kind: ProgramKind.SERVICE,
        name: 'Kiriman hasil bumi dan logistik desa',
        description:
          'Layanan angkutan hasil bumi koperasi ke Pontianak dan kota kabupaten dengan tarif kontrak, dijemput di gudang koperasi.',
        eligibleUnitTypes: [BusinessUnitType.LOGISTICS, BusinessUnitType.WAREHOUSE_COLD_STORAGE],
        requiredDocuments: [DocumentType.SK_AHU, DocumentType.NIB],
      },
    ],
  },
];

/** An offtake program for a private buyer's main commodity. */
function offtake(name: string, commodity: Commodity, description: string): ProgramDefinition {
  return {
    kind: ProgramKind.OFFTAKE,
    name,
    description,
    commodity,
    requiredDocuments: [DocumentType.SK_AHU, DocumentType.NIB, DocumentType.BANK_ACCOUNT],
  };
}

function privateBuyer(
  name: string,
  commodities: Commodity[],
  coverage: string[],
  verificationLevel: VerificationLevel,
  requests: number,
  description: string,
  programs: ProgramDefinition[] = [],
): PartnerDefinition {
  return {
    type: PartnerType.PRIVATE_BUYER,
    name,
    description,
    commodities,
    coverage,
    verificationLevel,
    programs,
    requests,
  };
}

const { DOCUMENTS_VERIFIED, SELF_DECLARED, MENTOR_ATTESTED, UNVERIFIED } = VerificationLevel;

/** Fictitious companies and NGOs. */
const PRIVATE_PARTNERS: PartnerDefinition[] = [
  privateBuyer(
    'PT Kapuas Sawit Lestari',
    [Commodity.PALM_OIL_FFB],
    ['61.03', '61.09', '61.08'],
    DOCUMENTS_VERIFIED,
    4,
    'Pabrik kelapa sawit (PKS) berkapasitas 45 ton TBS per jam di Kabupaten Sanggau; membeli TBS sawit petani swadaya melalui koperasi.',
    [
      offtake(
        'Kemitraan pembelian TBS sawit petani swadaya',
        Commodity.PALM_OIL_FFB,
        'Kontrak pembelian TBS sawit bulanan dengan harga mengikuti penetapan Dinas Perkebunan Kalbar dan pembayaran mingguan ke rekening koperasi.',
      ),
    ],
  ),
  privateBuyer(
    'PT Sekadau Agro Sawit Lestari',
    [Commodity.PALM_OIL_FFB],
    ['61.09', '61.05', '61.03'],
    DOCUMENTS_VERIFIED,
    3,
    'PKS di Kabupaten Sekadau yang menerima TBS sawit dari koperasi dan kelompok tani di Sekadau, Sintang dan Sanggau.',
    [
      offtake(
        'Pembelian TBS sawit melalui koperasi desa',
        Commodity.PALM_OIL_FFB,
        'Koperasi mengumpulkan dan mengirim TBS sawit anggota ke PKS; potongan timbangan transparan dan pembayaran tiap pekan.',
      ),
    ],
  ),
  privateBuyer(
    'PT Ketapang Hijau Sawit Lestari',
    [Commodity.PALM_OIL_FFB, Commodity.CRUDE_PALM_OIL],
    ['61.04', '61.11'],
    SELF_DECLARED,
    3,
    'Perkebunan dan PKS di Kabupaten Ketapang; membuka kemitraan pembelian TBS sawit dari kebun rakyat di Ketapang dan Kayong Utara.',
  ),
  privateBuyer(
    'PT Melawi Makmur Sawit Lestari',
    [Commodity.PALM_OIL_FFB],
    ['61.10', '61.05'],
    SELF_DECLARED,
    2,
    'PKS di Kabupaten Melawi; membeli TBS sawit dari koperasi dengan jadwal angkut terjadwal.',
  ),
  privateBuyer(
    'PT Borneo Tani Sawit Lestari',
    [Commodity.PALM_OIL_FFB],
    ['61.08', '61.07', '61.02'],
    UNVERIFIED,
    2,
    'PKS baru di Kabupaten Landak yang mencari pasokan TBS sawit tetap dari koperasi desa sekitar.',
  ),
  privateBuyer(
    'PT Khatulistiwa Rubber',
    [Commodity.RUBBER],
    ['61.12', '61.08', '61.03', '61.05', '61.71'],
    DOCUMENTS_VERIFIED,
    3,
    'Pabrik crumb rubber (SIR 20) di Kubu Raya; membeli bokar karet bersih dari koperasi dan UPPB.',
    [
      offtake(
        'Pembelian bokar karet bersih',
        Commodity.RUBBER,
        'Harga karet berdasarkan kadar karet kering (KKK) dan harga SICOM; bonus untuk bokar bersih tanpa kontaminan.',
      ),
    ],
  ),
  privateBuyer(
    'PT Sintang Raya Rubber',
    [Commodity.RUBBER],
    ['61.05', '61.10', '61.06'],
    SELF_DECLARED,
    2,
    'Pabrik karet remah di Sintang; menerima karet slab dan lump dari Sintang, Melawi dan Kapuas Hulu.',
  ),
  privateBuyer(
    'PT Bengkayang Prima Rubber',
    [Commodity.RUBBER],
    ['61.07', '61.01', '61.08'],
    UNVERIFIED,
    1,
    'Pengolah karet di Bengkayang; membuka pembelian karet rakyat lewat koperasi.',
  ),
  privateBuyer(
    'PT Laut Kayong Perikanan',
    [Commodity.FISH, Commodity.SHRIMP],
    ['61.11', '61.04'],
    DOCUMENTS_VERIFIED,
    3,
    'Pengolah ikan dan udang beku di Sukadana; membeli ikan segar dan udang dari nelayan melalui koperasi.',
    [
      offtake(
        'Kontrak pasokan ikan segar nelayan',
        Commodity.FISH,
        'Ikan segar diterima di cold storage Sukadana dengan standar rantai dingin; harga per kg sesuai jenis dan ukuran.',
      ),
    ],
  ),
  privateBuyer(
    'PT Samudra Khatulistiwa Seafood',
    [Commodity.SHRIMP, Commodity.FISH],
    ['61.02', '61.12', '61.71', '61.72'],
    SELF_DECLARED,
    2,
    'Eksportir udang dan ikan olahan di Pontianak; membutuhkan pasokan udang vaname tambak secara rutin.',
  ),
  privateBuyer(
    'CV Lada Borneo Ekspor',
    [Commodity.PEPPER],
    ['61.07', '61.03', '61.09'],
    DOCUMENTS_VERIFIED,
    3,
    'Pengumpul dan eksportir lada putih dan lada hitam asal Bengkayang dan Sanggau.',
    [
      offtake(
        'Pembelian lada kualitas ekspor',
        Commodity.PEPPER,
        'Lada dengan kadar air di bawah 13 % dan bebas kotoran dibeli dengan harga premium di atas harga pasar lokal.',
      ),
    ],
  ),
  privateBuyer(
    'PT Putih Lada Nusantara',
    [Commodity.PEPPER],
    ['61.07', '61.03'],
    UNVERIFIED,
    1,
    'Pengolah lada putih untuk pasar domestik; mencari mitra koperasi di sentra lada.',
  ),
  privateBuyer(
    'CV Jeruk Siam Sambas',
    [Commodity.CITRUS],
    ['61.01', '61.72', '61.07'],
    MENTOR_ATTESTED,
    2,
    'Pedagang besar jeruk siam Sambas untuk pasar Pontianak, Jakarta dan Batam.',
  ),
  privateBuyer(
    'PT Agro Kelapa Kubu Raya',
    [Commodity.COCONUT],
    ['61.12', '61.02', '61.11'],
    DOCUMENTS_VERIFIED,
    2,
    'Pabrik kelapa parut kering dan santan di Kubu Raya; membeli kelapa bulat tua dalam jumlah besar.',
    [
      offtake(
        'Pembelian kelapa bulat tua',
        Commodity.COCONUT,
        'Kelapa bulat tua (umur ≥ 11 bulan) dibeli per butir, dijemput truk pabrik di gudang koperasi.',
      ),
    ],
  ),
  privateBuyer(
    'CV Nanas Ambawang Segar',
    [Commodity.PINEAPPLE],
    ['61.12', '61.02'],
    SELF_DECLARED,
    2,
    'Pemasok nanas segar untuk pasar swalayan dan industri selai di Pontianak.',
  ),
  privateBuyer(
    'PT Aloe Khatulistiwa Indonesia',
    [Commodity.ALOE_VERA],
    ['61.71', '61.12'],
    DOCUMENTS_VERIFIED,
    2,
    'Produsen minuman dan olahan lidah buaya di Pontianak; membeli pelepah lidah buaya segar.',
    [
      offtake(
        'Kontrak pasokan lidah buaya',
        Commodity.ALOE_VERA,
        'Pelepah lidah buaya segar ukuran ≥ 0,5 kg dibeli rutin dengan harga tetap per kontrak enam bulan.',
      ),
    ],
  ),
  privateBuyer(
    'CV Madu Hutan Sentarum',
    [Commodity.HONEY],
    ['61.06'],
    MENTOR_ATTESTED,
    2,
    'Pengemas madu hutan asal Kapuas Hulu; bermitra dengan kelompok periau untuk panen lestari.',
  ),
  privateBuyer(
    'CV Rotan Kapuas Kriya',
    [Commodity.RATTAN],
    ['61.06', '61.05', '61.10'],
    SELF_DECLARED,
    2,
    'Perajin dan pengumpul rotan untuk mebel dan kerajinan; membeli rotan mentah dan rotan poles.',
  ),
  privateBuyer(
    'PT Kakao Borneo Mandiri',
    [Commodity.COCOA, Commodity.COFFEE],
    ['61.05', '61.10', '61.09', '61.08', '61.07'],
    SELF_DECLARED,
    2,
    'Pembeli biji kakao fermentasi dan kopi robusta untuk industri cokelat dan kopi di Jawa.',
  ),
  privateBuyer(
    'CV Kopi Liberika Kayong',
    [Commodity.COFFEE],
    ['61.11', '61.04'],
    MENTOR_ATTESTED,
    1,
    'Sangrai dan pengemas kopi liberika khas Kayong Utara; membeli biji kopi petik merah.',
  ),
  privateBuyer(
    'PT Beras Khatulistiwa Sejahtera',
    [Commodity.PADDY_RICE],
    ['61.01', '61.02', '61.12'],
    DOCUMENTS_VERIFIED,
    2,
    'Penggilingan padi modern di Sambas; membeli gabah kering panen dari koperasi di musim panen.',
  ),
  privateBuyer(
    'CV Segar Sayur Pontianak',
    [Commodity.VEGETABLES, Commodity.EGGS],
    ['61.71', '61.12', '61.72'],
    SELF_DECLARED,
    2,
    'Pemasok sayuran dan telur untuk hotel, rumah makan dan pasar swalayan di Pontianak dan Singkawang.',
  ),
  privateBuyer(
    'PT Pakan Jagung Bengkayang',
    [Commodity.CORN],
    ['61.07', '61.01', '61.08'],
    UNVERIFIED,
    2,
    'Pabrik pakan ternak yang membeli jagung pipilan kering dari Bengkayang dan sekitarnya.',
  ),
  {
    type: PartnerType.PRIVATE_SUPPLIER,
    name: 'CV Sumber Pangan Khatulistiwa',
    description:
      'Distributor sembako (beras, minyak goreng, gula, tepung) untuk gerai koperasi di Pontianak, Kubu Raya dan Mempawah.',
    commodities: [Commodity.STAPLE_GOODS],
    verificationLevel: DOCUMENTS_VERIFIED,
    coverage: ['61.71', '61.12', '61.02'],
    requests: 0,
    programs: [
      {
        kind: ProgramKind.SUPPLY,
        name: 'Paket stok sembako gerai koperasi',
        description:
          'Pasokan sembako dengan harga grosir dan tempo pembayaran 14 hari untuk gerai sembako koperasi desa.',
        commodity: Commodity.STAPLE_GOODS,
        eligibleUnitTypes: [BusinessUnitType.GROCERY_KIOSK],
        requiredDocuments: [DocumentType.SK_AHU, DocumentType.NIB],
      },
    ],
  },
  {
    type: PartnerType.PRIVATE_SUPPLIER,
    name: 'CV Mitra Sembako Singkawang',
    description: 'Grosir sembako dan kebutuhan rumah tangga untuk Singkawang, Sambas dan Bengkayang.',
    commodities: [Commodity.STAPLE_GOODS],
    verificationLevel: SELF_DECLARED,
    coverage: ['61.72', '61.01', '61.07'],
    requests: 0,
    programs: [],
  },
  {
    type: PartnerType.PRIVATE_SUPPLIER,
    name: 'CV Tani Makmur Saprodi',
    description:
      'Penyedia sarana produksi pertanian: pupuk nonsubsidi, bibit sawit bersertifikat dan alat panen.',
    commodities: [Commodity.FERTILISER],
    verificationLevel: SELF_DECLARED,
    coverage: ['61.03', '61.09', '61.05', '61.08'],
    requests: 0,
    programs: [
      {
        kind: ProgramKind.SUPPLY,
        name: 'Pupuk nonsubsidi dan bibit sawit untuk anggota koperasi',
        description:
          'Pasokan pupuk nonsubsidi dan bibit sawit bersertifikat dengan harga grosir untuk pembelian bersama melalui koperasi.',
        commodity: Commodity.FERTILISER,
        eligibleUnitTypes: [BusinessUnitType.FERTILISER_RETAIL, BusinessUnitType.WAREHOUSE_COLD_STORAGE],
        requiredDocuments: [DocumentType.SK_AHU],
      },
    ],
  },
  {
    type: PartnerType.NGO,
    name: 'Yayasan Pemberdayaan Petani Kalimantan',
    description:
      'Lembaga swadaya yang mendampingi petani karet dan pemanen madu hutan dalam sertifikasi, mutu dan pemasaran bersama.',
    commodities: [Commodity.RUBBER, Commodity.HONEY],
    verificationLevel: MENTOR_ATTESTED,
    coverage: ['61.06', '61.05', '61.08'],
    requests: 0,
    programs: [
      {
        kind: ProgramKind.SERVICE,
        name: 'Pendampingan mutu bokar dan madu hutan',
        description:
          'Pelatihan mutu bokar karet bersih dan panen madu lestari, serta bantuan menyusun proposal usaha koperasi.',
        requiredDocuments: [DocumentType.SK_AHU],
      },
    ],
  },
  {
    type: PartnerType.NGO,
    name: 'Perkumpulan Hutan Lestari Borneo',
    description:
      'Perkumpulan yang mendukung usaha hasil hutan bukan kayu (rotan, madu) dan perhutanan sosial di hulu Kapuas.',
    commodities: [Commodity.RATTAN, Commodity.HONEY],
    verificationLevel: SELF_DECLARED,
    coverage: ['61.06', '61.10'],
    requests: 0,
    programs: [],
  },
];

export const PARTNER_CATALOGUE: readonly PartnerDefinition[] = [...PUBLIC_PARTNERS, ...PRIVATE_PARTNERS];
