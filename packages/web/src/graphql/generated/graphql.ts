/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** State of a business unit. */
export type BusinessUnitStatus =
  /** Trading. */
  | 'ACTIVE'
  /** Built but not yet trading. */
  | 'NOT_ACTIVE'
  /** Planned, not started. */
  | 'PLANNED'
  /** Being built or fitted out. */
  | 'UNDER_CONSTRUCTION';

/** The seven standard business units of a KDKMP, plus common add-ons. */
export type BusinessUnitType =
  /** Bank agent (e.g. BRILink). */
  | 'BANK_AGENT'
  /** Rice/cooking-oil agency (Bulog). */
  | 'BULOG_AGENCY'
  /** Cooperative office (kantor koperasi). */
  | 'COOPERATIVE_OFFICE'
  /** Subsidised-fertiliser retail (kios pupuk, Pupuk Indonesia). */
  | 'FERTILISER_RETAIL'
  /** Grocery kiosk (gerai sembako). */
  | 'GROCERY_KIOSK'
  /** Logistics (logistik). */
  | 'LOGISTICS'
  /** LPG outlet (pangkalan elpiji, Pertamina). */
  | 'LPG_OUTLET'
  /** Any other unit. */
  | 'OTHER'
  /** Post and parcel agent (PT Pos). */
  | 'POST_AGENT'
  /** Savings and loan unit (unit simpan pinjam). */
  | 'SAVINGS_AND_LOAN'
  /** Village clinic (klinik desa). */
  | 'VILLAGE_CLINIC'
  /** Village pharmacy (apotek desa). */
  | 'VILLAGE_PHARMACY'
  /** Warehouse or cold storage (pergudangan/cold storage). */
  | 'WAREHOUSE_COLD_STORAGE';

/** Commodities of West Kalimantan that offerings, programs and requests refer to. */
export type Commodity =
  /** Aloe vera (Lidah buaya). */
  | 'ALOE_VERA'
  /** Cassava (Singkong). */
  | 'CASSAVA'
  /** Cattle (Sapi). */
  | 'CATTLE'
  /** Citrus (Jeruk). */
  | 'CITRUS'
  /** Cocoa (Kakao). */
  | 'COCOA'
  /** Coconut (Kelapa). */
  | 'COCONUT'
  /** Coffee (Kopi). */
  | 'COFFEE'
  /** Corn (Jagung). */
  | 'CORN'
  /** Crude palm oil (Minyak sawit mentah). */
  | 'CRUDE_PALM_OIL'
  /** Eggs (Telur). */
  | 'EGGS'
  /** Fertiliser (Pupuk). */
  | 'FERTILISER'
  /** Fish (Ikan). */
  | 'FISH'
  /** Fruit (Buah-buahan). */
  | 'FRUIT'
  /** Honey (Madu). */
  | 'HONEY'
  /** LPG (Elpiji). */
  | 'LPG'
  /** Paddy/rice (Padi/beras). */
  | 'PADDY_RICE'
  /** Palm oil fresh fruit bunches (Tandan buah segar sawit). */
  | 'PALM_OIL_FFB'
  /** Pepper (Lada). */
  | 'PEPPER'
  /** Pineapple (Nanas). */
  | 'PINEAPPLE'
  /** Poultry (Unggas). */
  | 'POULTRY'
  /** Rattan (Rotan). */
  | 'RATTAN'
  /** Rubber (Karet). */
  | 'RUBBER'
  /** Shrimp (Udang). */
  | 'SHRIMP'
  /** Staple goods (Sembako). */
  | 'STAPLE_GOODS'
  /** Vegetables (Sayuran). */
  | 'VEGETABLES';

/** Filters for discovering cooperatives; all given filters must match. */
export type CooperativeFilter = {
  /** Has a public offering of this commodity. */
  commodity?: Commodity | null | undefined;
  /** KDMP or KKMP. */
  kind?: CooperativeKind | null | undefined;
  /** Verified at least this far. */
  minVerificationLevel?: VerificationLevel | null | undefined;
  /** Part of the name, case-insensitive (at most 100 characters). */
  nameContains?: string | null | undefined;
  /** A regency, district or village code; matches cooperatives inside it (e.g. "61.03" for Kabupaten Sanggau). */
  regionCode?: string | null | undefined;
  /** Any of these stages. */
  stages?: Array<CooperativeStage> | null | undefined;
  /** Has a unit in this status (of `unitType`, if given). */
  unitStatus?: BusinessUnitStatus | null | undefined;
  /** Has a unit of this type (with `unitStatus`, in that status). */
  unitType?: BusinessUnitType | null | undefined;
};

/** Koperasi Desa (KDMP, in a desa) or Koperasi Kelurahan (KKMP, in a kelurahan) Merah Putih. */
export type CooperativeKind =
  /** Koperasi Desa Merah Putih (rural village). */
  | 'KDMP'
  /** Koperasi Kelurahan Merah Putih (urban village). */
  | 'KKMP';

/** Progress of a cooperative from legal entity to working business. */
export type CooperativeStage =
  /** Business units are being built or prepared. */
  | 'BUILDING_UNITS'
  /** Operating, with partnerships or financing. */
  | 'GROWING'
  /** Has legal status (SK AHU), little else yet. */
  | 'LEGALLY_FORMED'
  /** At least one business unit is active. */
  | 'OPERATING'
  /** Officers, members and a bank account in place. */
  | 'ORGANISED';

/** Kinds of document a cooperative holds and a program may require. */
export type DocumentType =
  /** Report of the annual members meeting (RAT). */
  | 'ANNUAL_MEETING_REPORT'
  /** Bank account in the cooperative's name. */
  | 'BANK_ACCOUNT'
  /** Business proposal: budget, disbursement stages, repayment plan. */
  | 'BUSINESS_PROPOSAL'
  /** Financial report. */
  | 'FINANCIAL_REPORT'
  /** Proof of land use or ownership. */
  | 'LAND_PROOF'
  /** Business licence number (Nomor Induk Berusaha). */
  | 'NIB'
  /** Cooperative registration number certificate (NIK koperasi). */
  | 'NIK_CERTIFICATE'
  /** Notarial deed of establishment (akta pendirian). */
  | 'NOTARIAL_DEED'
  /** Tax number (NPWP). */
  | 'NPWP'
  /** Officers' identity cards (KTP). */
  | 'OFFICER_IDS'
  /** Any other document. */
  | 'OTHER'
  /** Approval of the regent or mayor (for a KKMP). */
  | 'REGENT_APPROVAL'
  /** Legal-entity decree of the Ministry of Law (SK AHU). */
  | 'SK_AHU'
  /** Photo of a business unit. */
  | 'UNIT_PHOTO'
  /** Minutes of the village deliberation (musyawarah desa). */
  | 'VILLAGE_DELIBERATION_MINUTES'
  /** Approval of the village head (for a KDMP). */
  | 'VILLAGE_HEAD_APPROVAL';

/** How the cooperative is run financially. */
export type ManagementPattern =
  /** Conventional. */
  | 'KONVENSIONAL'
  /** Sharia-compliant. */
  | 'SYARIAH';

/** Role of a mentor (pendamping). */
export type MentorRole =
  /** Business assistant with a caseload of cooperatives. */
  | 'BA'
  /** Project management officer supervising business assistants. */
  | 'PMO';

/** Filters for offerings; all given filters must match. */
export type OfferingFilter = {
  /** Financing needed at most this amount (IDR). */
  amountMax?: string | null | undefined;
  /** Financing needed at least this amount (IDR). */
  amountMin?: string | null | undefined;
  /** This commodity. */
  commodity?: Commodity | null | undefined;
  /** Any of these kinds. */
  kinds?: Array<OfferingKind> | null | undefined;
  /** A regency, district or village code; matches offerings of cooperatives inside it. */
  regionCode?: string | null | undefined;
  /** Any of these statuses (default: PUBLISHED). DRAFT lists only the drafts you may see: your cooperative's, your caseload's, or all for admins. */
  statuses?: Array<OfferingStatus> | null | undefined;
};

/** What a cooperative offers. */
export type OfferingKind =
  /** A financing need (amount, purpose, wanted tenor). */
  | 'FINANCING_NEED'
  /** Interest in a partnership, e.g. becoming an LPG outlet or bank agent. */
  | 'PARTNERSHIP_INTEREST'
  /** A service or spare capacity (cold storage space, logistics trips). */
  | 'SERVICE'
  /** Products and supply capacity (commodity, quantity per month, price range). */
  | 'SUPPLY';

/** Life cycle of an offering. */
export type OfferingStatus =
  /** Finished; kept for the record. */
  | 'CLOSED'
  /** Being prepared; visible only to its cooperative's officers, its mentor and admins. */
  | 'DRAFT'
  /** Passed its valid-until date without being confirmed. */
  | 'EXPIRED'
  /** Temporarily withdrawn by the cooperative. */
  | 'PAUSED'
  /** Visible to partners. */
  | 'PUBLISHED';

/** Role of a cooperative officer. */
export type OfficerRole =
  /** Treasurer. */
  | 'BENDAHARA'
  /** Chair. */
  | 'KETUA'
  /** Supervisory board member. */
  | 'PENGAWAS'
  /** Secretary. */
  | 'SEKRETARIS';

/** Kind of partner institution. */
export type PartnerType =
  /** Government programme. */
  | 'GOVERNMENT_PROGRAM'
  /** Non-governmental organisation. */
  | 'NGO'
  /** Private buyer/offtaker (mills, factories, processors). */
  | 'PRIVATE_BUYER'
  /** Private supplier or wholesaler. */
  | 'PRIVATE_SUPPLIER'
  /** Public revolving fund (e.g. LPDB-KUMKM). */
  | 'PUBLIC_FUND'
  /** Regional development bank (e.g. Bank Kalbar). */
  | 'REGIONAL_BANK'
  /** State-owned bank (BRI, BNI, Mandiri, BSI). */
  | 'STATE_BANK'
  /** State-owned company (Bulog, Pupuk Indonesia, Pertamina, PT Pos…). */
  | 'STATE_COMPANY';

/** What a program offers cooperatives. */
export type ProgramKind =
  /** The cooperative becomes an agent or outlet of the partner. */
  | 'AGENCY'
  /** A loan or financing product. */
  | 'LOAN'
  /** The partner buys from cooperatives. */
  | 'OFFTAKE'
  /** A service (logistics, training, insurance…). */
  | 'SERVICE'
  /** The partner supplies cooperatives (catalogue). */
  | 'SUPPLY';

/** Whether a program takes applications. */
export type ProgramStatus =
  /** Open to cooperatives. */
  | 'ACTIVE'
  /** Ended. */
  | 'CLOSED'
  /** Being prepared; visible only to its partner. */
  | 'DRAFT'
  /** Temporarily closed to new proposals. */
  | 'PAUSED';

/** Unit a quantity is counted in. */
export type QuantityUnit =
  /** Cubic metre of storage space. */
  | 'CUBIC_METRE'
  /** Head of livestock (ekor). */
  | 'HEAD'
  /** Kilogram. */
  | 'KG'
  /** Litre. */
  | 'LITRE'
  /** Piece (buah). */
  | 'PIECE'
  /** Sack (karung). */
  | 'SACK'
  /** Metric tonne (1,000 kg). */
  | 'TON'
  /** Tray of 30 eggs (peti/tray). */
  | 'TRAY'
  /** One transport trip. */
  | 'TRIP';

/** Credentials for signing in. */
export type SignInInput = {
  /** Email address. */
  email: string;
  /** Password. */
  password: string;
};

/** Why a mutation was refused; nothing was changed. */
export type UserErrorCode =
  /** Someone changed the record since you read it; reload and try again. */
  | 'CONFLICT'
  /** Such a record exists already. */
  | 'DUPLICATE'
  /** A value is missing, too long, out of range or inconsistent with another. */
  | 'INVALID'
  /** The email or password is wrong (deliberately not saying which). */
  | 'INVALID_CREDENTIALS'
  /** The action is not possible in the current state or for your side. */
  | 'INVALID_TRANSITION'
  /** A record the input refers to does not exist or is not visible to you. */
  | 'NOT_FOUND'
  /** Too many attempts; try again later. */
  | 'RATE_LIMITED';

/** How far a record's claims have been checked, weakest first. */
export type VerificationLevel =
  /** Supporting documents were checked. */
  | 'DOCUMENTS_VERIFIED'
  /** Confirmed by the cooperative office (Dinas) or a ministry register. */
  | 'GOVERNMENT_VERIFIED'
  /** A mentor has seen it in the field. */
  | 'MENTOR_ATTESTED'
  /** Entered and confirmed by the organisation itself. */
  | 'SELF_DECLARED'
  /** Nothing checked yet. */
  | 'UNVERIFIED';

/** Kind of village, which decides the kind of its cooperative. */
export type VillageKind =
  /** Rural village; its cooperative is a KDMP. */
  | 'DESA'
  /** Urban village; its cooperative is a KKMP. */
  | 'KELURAHAN';

export type DiscoverCooperativesQueryVariables = Exact<{
  filter?: CooperativeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type DiscoverCooperativesQuery = { cooperatives: { totalCount: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: CooperativeKind, stage: CooperativeStage, verificationLevel: VerificationLevel, memberCount: number, village: { name: string, parent: { name: string, parent: { name: string } | null } | null }, activeUnits: Array<{ id: string, type: BusinessUnitType, name: string | null }> } }> } };

export type CooperativeSummaryFragment = { id: string, name: string, kind: CooperativeKind, stage: CooperativeStage, verificationLevel: VerificationLevel, memberCount: number, village: { name: string, parent: { name: string, parent: { name: string } | null } | null }, activeUnits: Array<{ id: string, type: BusinessUnitType, name: string | null }> };

export type CooperativeProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type CooperativeProfileQuery = { cooperative: { id: string, name: string, kind: CooperativeKind, stage: CooperativeStage, verificationLevel: VerificationLevel, managementPattern: ManagementPattern, memberCount: number, updatedAt: string, legal: { skAhuNumber: string | null, skAhuDate: string | null, nikKoperasi: string | null, nib: string | null, npwp: string | null, deedNumber: string | null, deedDate: string | null }, village: { code: string, name: string, villageKind: VillageKind | null, parent: { name: string, parent: { code: string, name: string } | null } | null }, units: Array<{ id: string, type: BusinessUnitType, name: string | null, status: BusinessUnitStatus, capacityNotes: string | null, activeSince: string | null }>, officers: Array<{ role: OfficerRole, name: string }>, offerings: { totalCount: number | null, edges: Array<{ node: { id: string, kind: OfferingKind, title: string, commodity: Commodity | null, quantityPerMonth: string | null, quantityUnit: QuantityUnit | null, wantedTenorMonths: number | null, unitType: BusinessUnitType | null, validUntil: string | null, priceMin: { amount: string } | null, priceMax: { amount: string } | null, amountNeeded: { amount: string } | null } }> }, mentor: { id: string, name: string, role: MentorRole, phone: string | null, regency: { name: string } | null } | null } | null };

export type HomeFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeFiguresQuery = { cooperatives: { totalCount: number | null }, operating: { totalCount: number | null }, partners: { totalCount: number | null }, regencies: { edges: Array<{ node: { code: string, name: string } }> } };

export type RegencyFiguresQueryVariables = Exact<{
  regionCode: string;
}>;


export type RegencyFiguresQuery = { total: { totalCount: number | null }, operating: { totalCount: number | null } };

export type OfferingsListQueryVariables = Exact<{
  filter?: OfferingFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type OfferingsListQuery = { offerings: { totalCount: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, kind: OfferingKind, title: string, commodity: Commodity | null, quantityPerMonth: string | null, quantityUnit: QuantityUnit | null, wantedTenorMonths: number | null, unitType: BusinessUnitType | null, validUntil: string | null, cooperative: { id: string, name: string, village: { parent: { parent: { name: string } | null } | null } }, priceMin: { amount: string } | null, priceMax: { amount: string } | null, amountNeeded: { amount: string } | null } }> } };

export type OfferingSummaryFragment = { id: string, kind: OfferingKind, title: string, commodity: Commodity | null, quantityPerMonth: string | null, quantityUnit: QuantityUnit | null, wantedTenorMonths: number | null, unitType: BusinessUnitType | null, validUntil: string | null, priceMin: { amount: string } | null, priceMax: { amount: string } | null, amountNeeded: { amount: string } | null };

export type OfferingDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferingDetailQuery = { offering: { description: string, financingPurpose: string | null, status: OfferingStatus, lastConfirmedAt: string | null, createdAt: string, updatedAt: string, id: string, kind: OfferingKind, title: string, commodity: Commodity | null, quantityPerMonth: string | null, quantityUnit: QuantityUnit | null, wantedTenorMonths: number | null, unitType: BusinessUnitType | null, validUntil: string | null, cooperative: { id: string, name: string, stage: CooperativeStage, verificationLevel: VerificationLevel, village: { name: string, parent: { name: string, parent: { name: string } | null } | null } }, deliveryRegions: Array<{ code: string, name: string }>, priceMin: { amount: string } | null, priceMax: { amount: string } | null, amountNeeded: { amount: string } | null } | null };

export type PageCursorsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type PartnersListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PartnersListQuery = { partners: { totalCount: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, type: PartnerType, description: string, website: string | null, commodities: Array<Commodity>, verificationLevel: VerificationLevel, coverage: Array<{ code: string, name: string }>, programs: { totalCount: number | null, edges: Array<{ node: { id: string, name: string, kind: ProgramKind, commodity: Commodity | null, loanTerms: { ratePerYear: string | null, maxTenorMonths: number | null, maxAmount: { amount: string } | null } | null } }> }, requests: { totalCount: number | null, edges: Array<{ node: { id: string, title: string, commodity: Commodity, quantity: string, quantityUnit: QuantityUnit, deadline: string | null, priceHint: { amount: string } | null, deliveryRegion: { name: string } } }> } } }> } };

export type ProgramSummaryFragment = { id: string, name: string, kind: ProgramKind, commodity: Commodity | null, loanTerms: { ratePerYear: string | null, maxTenorMonths: number | null, maxAmount: { amount: string } | null } | null };

export type RequestSummaryFragment = { id: string, title: string, commodity: Commodity, quantity: string, quantityUnit: QuantityUnit, deadline: string | null, priceHint: { amount: string } | null, deliveryRegion: { name: string } };

export type ProgramDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgramDetailQuery = { program: { description: string, status: ProgramStatus, eligibleUnitTypes: Array<BusinessUnitType>, requiredDocuments: Array<DocumentType>, id: string, name: string, kind: ProgramKind, commodity: Commodity | null, loanTerms: { ratePerYear: string | null, maxTenorMonths: number | null, minGraceMonths: number | null, maxGraceMonths: number | null, minAmount: { amount: string } | null, maxAmount: { amount: string } | null, operatingCostCap: { amount: string } | null } | null, coverage: Array<{ code: string, name: string }>, partner: { id: string, name: string, type: PartnerType, verificationLevel: VerificationLevel, website: string | null } } | null };

export type RegionOptionsQueryVariables = Exact<{
  regencyCode: string;
  withDistricts: boolean;
}>;


export type RegionOptionsQuery = { regencies: { edges: Array<{ node: { code: string, name: string } }> }, districts?: { edges: Array<{ node: { code: string, name: string } }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { user: { id: string, name: string, email: string } } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { viewer: { user: { id: string, name: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { isSignedOut: boolean } };

export const CooperativeSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperativeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"activeUnits"},"name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CooperativeSummaryFragment, unknown>;
export const OfferingSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offering"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountNeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedTenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<OfferingSummaryFragment, unknown>;
export const PageCursorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageCursorsFragment, unknown>;
export const ProgramSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"loanTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenorMonths"}}]}}]}}]} as unknown as DocumentNode<ProgramSummaryFragment, unknown>;
export const RequestSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"priceHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RequestSummaryFragment, unknown>;
export const DiscoverCooperativesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiscoverCooperatives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperativeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CooperativeSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperativeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"activeUnits"},"name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DiscoverCooperativesQuery, DiscoverCooperativesQueryVariables>;
export const CooperativeProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativeProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"managementPattern"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"legal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skAhuNumber"}},{"kind":"Field","name":{"kind":"Name","value":"skAhuDate"}},{"kind":"Field","name":{"kind":"Name","value":"nikKoperasi"}},{"kind":"Field","name":{"kind":"Name","value":"nib"}},{"kind":"Field","name":{"kind":"Name","value":"npwp"}},{"kind":"Field","name":{"kind":"Name","value":"deedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"deedDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"villageKind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"activeSince"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferingSummary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offering"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountNeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedTenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<CooperativeProfileQuery, CooperativeProfileQueryVariables>;
export const HomeFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"operating"},"name":{"kind":"Name","value":"cooperatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stages"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPERATING"},{"kind":"EnumValue","value":"GROWING"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"regencies"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"REGENCY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeFiguresQuery, HomeFiguresQueryVariables>;
export const RegencyFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegencyFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"total"},"name":{"kind":"Name","value":"cooperatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"operating"},"name":{"kind":"Name","value":"cooperatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"stages"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPERATING"},{"kind":"EnumValue","value":"GROWING"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RegencyFiguresQuery, RegencyFiguresQueryVariables>;
export const OfferingsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferingsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offering"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountNeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedTenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<OfferingsListQuery, OfferingsListQueryVariables>;
export const OfferingDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferingDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"financingPurpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offering"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountNeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedTenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<OfferingDetailQuery, OfferingDetailQueryVariables>;
export const PartnersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"commodities"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramSummary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestSummary"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"loanTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenorMonths"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"priceHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnersListQuery, PartnersListQueryVariables>;
export const ProgramDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleUnitTypes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"loanTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minGraceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxGraceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"operatingCostCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"loanTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenorMonths"}}]}}]}}]} as unknown as DocumentNode<ProgramDetailQuery, ProgramDetailQueryVariables>;
export const RegionOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regencyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withDistricts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"regencies"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"REGENCY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"districts"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DISTRICT"}},{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regencyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withDistricts"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionOptionsQuery, RegionOptionsQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSignedOut"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;