/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Accepts the latest terms version, which the other party wrote. */
export type AcceptProposalInput = {
  /** The party you act for; needed only when you may act for both (admins). */
  actingAs?: ProposalSide | null | undefined;
  /** A remark for the audit trail. */
  note?: string | null | undefined;
  /** The proposal. */
  proposalId: string | number;
  /** The terms version you accept; it must be the latest. */
  termsVersion: number;
  /** The `version` of the proposal you saw; a stale one is a CONFLICT. */
  version: number;
};

/** Coarse capabilities of a viewer; what they may do with a particular record is checked per record. */
export type AccessRole =
  /** Platform administrator. */
  | 'ADMIN'
  /** Officer of at least one cooperative. */
  | 'COOPERATIVE'
  /** Dinas viewer. */
  | 'DINAS'
  /** A mentor. */
  | 'MENTOR'
  /** Staff of at least one partner. */
  | 'PARTNER'
  /** Administrator of at least one partner. */
  | 'PARTNER_ADMIN'
  /** Any signed-in user. */
  | 'SIGNED_IN';

/** Why a mutation of the Account module was refused; nothing was changed. */
export type AccountErrorCode =
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
  /** The new password contains a control character (such as NUL). */
  | 'PASSWORD_INVALID_CHARACTER'
  /** The new password is the email address or its part before the @. */
  | 'PASSWORD_SAME_AS_EMAIL'
  /** The new password is on the list of commonly used passwords. */
  | 'PASSWORD_TOO_COMMON'
  /** The new password has more than 200 characters. */
  | 'PASSWORD_TOO_LONG'
  /** The new password has fewer than 10 characters. */
  | 'PASSWORD_TOO_SHORT'
  /** The new password repeats one character or a short group of them. */
  | 'PASSWORD_TOO_SIMPLE'
  /** Too many attempts; try again later. */
  | 'RATE_LIMITED';

/** A new business unit of a cooperative. */
export type AddBusinessUnitInput = {
  /** When the unit started trading; only for ACTIVE units, not in the future. */
  activeSince?: string | null | undefined;
  /** Capacity and equipment, in free text (at most 2000 characters). */
  capacityNotes?: string | null | undefined;
  /** The cooperative. */
  cooperativeId: string | number;
  /** Name (1–120 characters); required for OTHER units. */
  name?: string | null | undefined;
  /** Planned, under construction, not active or active. */
  status: BusinessUnitStatus;
  /** Which unit; each standard type at most once per cooperative. */
  type: BusinessUnitType;
};

/** A document to put on record for a cooperative (its board, mentor or an admin). */
export type AddCooperativeDocumentInput = {
  /** The cooperative. */
  cooperativeId: string | number;
  /** When it lapses, not before it was issued; leave empty when it does not expire. */
  expiresOn?: string | null | undefined;
  /** When it was issued; not in the future. */
  issuedOn?: string | null | undefined;
  /** A note for the officers and mentors (at most 2000 characters). */
  note?: string | null | undefined;
  /** The number printed on it (at most 120 characters); an NPWP has 15 or 16 digits, a NIB 13. */
  number?: string | null | undefined;
  /** Which kind of document. */
  type: DocumentType;
};

/** A member’s board approves its share of a pooled offer as it stands. */
export type ApprovePoolShareInput = {
  /** Your member cooperative; needed only when you sit on the board of several members. */
  cooperativeId?: string | number | null | undefined;
  /** A remark for the audit trail. */
  note?: string | null | undefined;
  /** The pooled proposal. */
  proposalId: string | number;
  /** The `version` of the proposal you saw; a stale one is a CONFLICT. */
  version: number;
};

/** The cooperative’s board approves its mentor’s draft, which sends it in its name. */
export type ApproveProposalDraftInput = {
  /** The party you act for; needed only when you may act for both (admins). */
  actingAs?: ProposalSide | null | undefined;
  /** A remark for the audit trail. */
  note?: string | null | undefined;
  /** The proposal. */
  proposalId: string | number;
  /** The `version` of the proposal you saw; a stale one is a CONFLICT. */
  version: number;
};

/** A fact a mentor saw about a cooperative they are assigned to. */
export type AttestCooperativeFactInput = {
  /** For UNIT_ACTIVE: the business unit that is trading. */
  businessUnitId?: string | number | null | undefined;
  /** The cooperative. */
  cooperativeId: string | number;
  /** For DOCUMENT_SEEN: the document whose original was seen. */
  documentId?: string | number | null | undefined;
  /** A note (at most 1000 characters); required for FACT, where it states the fact. */
  note?: string | null | undefined;
  /** What is attested. */
  subject: AttestationSubject;
};

/** What a mentor attested about a cooperative. */
export type AttestationSubject =
  /** The mentor saw the original of a document on record. */
  | 'DOCUMENT_SEEN'
  /** Another fact, stated in the note. */
  | 'FACT'
  /** A business unit is trading (the unit is marked ACTIVE). */
  | 'UNIT_ACTIVE';

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

/** Calls off an accepted proposal. */
export type CancelProposalInput = {
  /** The party you act for; needed only when you may act for both (admins). */
  actingAs?: ProposalSide | null | undefined;
  /** The proposal. */
  proposalId: string | number;
  /** Why, for the other party and the audit trail (1–2000 characters). */
  reason: string;
  /** The `version` of the proposal you saw; a stale one is a CONFLICT. */
  version: number;
};

/** A new password for the signed-in user. */
export type ChangePasswordInput = {
  /** The password the user signs in with now. */
  currentPassword: string;
  /** The new password (10 to 200 characters, not a commonly used password, not the email address or its part before the @, not one character or a short group repeated, no control characters). */
  newPassword: string;
};

/** Close an offering for good. */
export type CloseOfferingInput = {
  /** The offering. */
  id: string | number;
  /** The `version` of the offering as you read it; if it changed since, nothing is changed and the payload has a CONFLICT error. */
  version: number;
};

/** Close an OPEN request (filled or withdrawn). */
export type CloseRequestInput = {
  /** The request. */
  id: string | number;
  /** The `version` of the request as you read it; if it changed since, nothing is changed and the payload has a CONFLICT error. */
  version: number;
};

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

/** Marks an accepted proposal as carried out. */
export type CompleteProposalInput = {
  /** The party you act for; needed only when you may act for both (admins). */
  actingAs?: ProposalSide | null | undefined;
  /** A remark for the audit trail. */
  note?: string | null | undefined;
  /** The proposal. */
  proposalId: string | number;
  /** The `version` of the proposal you saw; a stale one is a CONFLICT. */
  version: number;
};

/** Confirm that a published or expired offering still stands. */
export type ConfirmOfferingStillValidInput = {
  /** The offering. */
  id: string | number;
  /** The `version` of the offering as you read it; if it changed since, nothing is changed and the payload has a CONFLICT error. */
  version: number;
};

/** Confirm that an OPEN request is still wanted, or open an EXPIRED one again (optionally with a new deadline). */
export type ConfirmRequestStillOpenInput = {
  /** Offers are wanted before this moment: in the future, at most 730 days ahead. */
  deadline?: string | null | undefined;
  /** The request. */
  id: string | number;
  /** The `version` of the request as you read it; if it changed since, nothing is changed and the payload has a CONFLICT error. */
  version: number;
};

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
  /** Search text (1–200 characters): every word must match the text, commodity or place names, allowing Indonesian word forms ("perkebunan" ~ "kebun") and small typos ("karret" ~ "karet"). */
  q?: string | null | undefined;
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

/** A counter-offer: new terms; the turn passes to the other party. */
export type CounterProposalInput = {
  /** The party you act for; needed only when you may act for both (admins). */
  actingAs?: ProposalSide | null | undefined;
  /** A remark for the audit trail. */
  note?: string | null | undefined;
  /** The proposal. */
  proposalId: string | number;
  /** The new terms version. */
  terms: ProposalTermsInput;
  /** The `version` of the proposal you saw; a stale one is a CONFLICT. */
  version: number;
};

/** A new offering; it starts as a DRAFT that only the cooperative (and its mentor) sees. */
export type CreateOfferingInput = {
  /** Financing needed (IDR, above 0); FINANCING_NEED only, and required there. */
  amountNeeded?: string | null | undefined;
  /** The commodity supplied; required for SUPPLY. */
  commodity?: Commodity | null | undefined;
  /** The cooperative that offers it. */
  cooperativeId: string | number;
  /** Codes of the regions it delivers to, usually regencies such as "61.03" (at most 50, each existing). */
  deliveryRegionCodes?: Array<string>;
  /** Longer description (at most 5000 characters). */
  description?: string;
  /** What the financing is for (3–2000 characters); FINANCING_NEED only, and required there. */
  financingPurpose?: string | null | undefined;
  /** Supply, financing need, service or partnership interest. */
  kind: OfferingKind;
  /** Highest asking price per quantity unit (IDR). */
  priceMax?: string | null | undefined;
  /** Lowest asking price per quantity unit (IDR); at most `priceMax`. */
  priceMin?: string | null | undefined;
  /** Quantity available per month, in `quantityUnit` (above 0, at most 999999999999.99); required for SUPPLY. */
  quantityPerMonth?: string | null | undefined;
  /** Unit of the quantity and the prices; required for SUPPLY and whenever a quantity or price is given. */
  quantityUnit?: QuantityUnit | null | undefined;
  /** Short title (3–200 characters). */
  title: string;
  /** The business unit this offering is about. */
  unitType?: BusinessUnitType | null | undefined;
  /** Loan tenor wanted, in months (1–240); FINANCING_NEED only. */
  wantedTenorMonths?: number | null | undefined;
};

/** A new program of a partner; it starts as a DRAFT that only the partner's staff see. */
export type CreateProgramInput = {
  /** The commodity the program is about, if any. */
  commodity?: Commodity | null | undefined;
  /** Regions it is open to: provinces, regencies or districts, e.g. ["61", "33.01"] (each existing, at most 100); empty means all Indonesia. */
  coverageRegionCodes?: Array<string>;
  /** What it offers and to whom (at most 5000 characters). */
  description?: string;
  /** Unit types that qualify (each once); empty means any. */
  eligibleUnitTypes?: Array<BusinessUnitType>;
  /** Loan, offtake, supply, agency or service. */
  kind: ProgramKind;
  /** Loan terms; required for LOAN programs, not allowed for others. Given, they replace all stored terms. */
  loanTerms?: LoanTermsInput | null | undefined;
  /** OFFTAKE programs with a commodity: the least they take a month, which a pooled offer answering the program must reach; not allowed for other kinds. */
  minimumVolume?: MinimumVolumeInput | null | undefined;
  /** Name of the program (3–200 characters). */
  name: string;
  /** Rules a proposal may break as a flagged deviation instead of being refused (each once); the others are firm. */
  negotiableRules?: Array<ProgramRule>;
  /** The partner that runs it; you must be its staff. */
  partnerId: string | number;
  /** Documents an applicant must provide (each once). */
  requiredDocuments?: Array<DocumentType>;
};

/** A new proposal, saved as a draft. Cooperative board members and partner staff draft for their organisation; a mentor drafts for a cooperative of its caseload, which its board then approves. */
export type CreateProposalInput = {
  /** The party you start it for; needed only when you may start it for both (admins). */
  actingAs?: ProposalSide | null | undefined;
  /** The cooperative. */
  cooperativeId: string | number;
  /** What it is about. */
  kind: ProposalKind;
  /** An offering of the cooperative it answers or builds on. */
  offeringId?: string | number | null | undefined;
  /** The partner. */
  partnerId: string | number;
  /** A program of the partner it applies to. */
  programId?: string | number | null | undefined;
  /** A request of the partner it answers. */
  requestId?: string | number | null | undefined;
  /** The first terms (version 1). */
  terms: ProposalTermsInput;
  /** Short subject (3–200 characters). */
  title: string;
};

/** A new request of a partner: what it wants to buy, where and by when. */
export type CreateRequestInput = {
  /** The commodity wanted. */
  commodity: Commodity;
  /** Offers are wanted before this moment: in the future, at most 730 days ahead. */
  deadline?: string | null | undefined;
  /** Code of the region to deliver to, any level anywhere in Indonesia (e.g. "61.03" a regency, "61.03.05" a district); it must exist. */
  deliveryRegionCode: string;
  /** Details: quality, packaging, schedule (at most 5000 characters). */
  description?: string;
  /** The partner that posts it; you must be its staff. */
  partnerId: string | number;
  /** Indicative price per quantity unit (IDR). */
  priceHint?: string | null | undefined;
  /** Quantity wanted, in `quantityUnit` (above 0, at most 999999999999.99). */
  quantity: string;
  /** Unit of the quantity and the price hint. */
  quantityUnit: QuantityUnit;
  /** Short title (3–200 characters). */
  title: string;
};

/** Turns down the proposal when it is your turn to answer. */
export type DeclineProposalInput = {
  /** The party you act for; needed only when you may act for both (admins). */
  actingAs?: ProposalSide | null | undefined;
  /** The proposal. */
  proposalId: string | number;
  /** Why, for the other party and the audit trail (1–2000 characters). */
  reason: string;
  /** The `version` of the proposal you saw; a stale one is a CONFLICT. */
  version: number;
};

/** A saved search to delete. */
export type DeleteSavedSearchInput = {
  /** The saved search; it must be yours. */
  id: string | number;
};

/** Where a document record came from. */
export type DocumentSource =
  /** Recorded by a platform administrator or the cooperative office. */
  | 'ADMIN'
  /** Entered or uploaded by the cooperative's own officers. */
  | 'COOPERATIVE'
  /** Recorded by a mentor who saw the original in the field. */
  | 'MENTOR'
  /** Imported from the national cooperative registry. */
  | 'REGISTRY_IMPORT';

/** Whether a document is in force: it counts until the end of its expiry day; without one it never lapses. */
export type DocumentStatus =
  /** Its expiry date has passed. */
  | 'EXPIRED'
  /** No document of the type is on record. */
  | 'MISSING'
  /** In force today. */
  | 'VALID';

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

/** The overall outcome of an eligibility check. */
export type EligibilityVerdict =
  /** Every requirement is met. */
  | 'ELIGIBLE'
  /** Nothing fails, but some requirements are unknown (give the amounts). */
  | 'INCOMPLETE'
  /** At least one requirement is missing, expired or not met. */
  | 'NOT_ELIGIBLE';

/** Terms of a loan program (LOAN only; maxAmount required). minAmount ≤ maxAmount, minGraceMonths ≤ maxGraceMonths ≤ maxTenorMonths, operatingCostCap ≤ maxAmount. */
export type LoanTermsInput = {
  /** Largest loan (IDR); required. */
  maxAmount?: string | null | undefined;
  /** Longest grace period, in months (0–120). */
  maxGraceMonths?: number | null | undefined;
  /** Longest tenor, in months (1–360). */
  maxTenorMonths?: number | null | undefined;
  /** Smallest loan (IDR). */
  minAmount?: string | null | undefined;
  /** Shortest grace period, in months (0–120). */
  minGraceMonths?: number | null | undefined;
  /** Ceiling on the part of a loan that may pay operating costs (IDR). */
  operatingCostCap?: string | null | undefined;
  /** Interest or margin per year, in percent: 0–100, at most 2 decimals (e.g. "6" or "5.75"). */
  ratePerYear?: string | null | undefined;
};

/** How the cooperative is run financially. */
export type ManagementPattern =
  /** Conventional. */
  | 'KONVENSIONAL'
  /** Sharia-compliant. */
  | 'SYARIAH';

/** Marks all your unread notifications read. */
export type MarkAllNotificationsReadInput = {
  /** Only those made up to this moment (e.g. when you opened the list), so one that arrives meanwhile stays unread. Default: now. */
  until?: string | null | undefined;
};

/** Notifications of yours to mark read. */
export type MarkNotificationsReadInput = {
  /** Global IDs of your notifications (1–100); all or none are marked. */
  ids: Array<string | number>;
};

/** Something that lowers a match, with the details to act on it. */
export type MatchGapCode =
  /** The amount is outside the program's range (`amount`, `amountMin`, `amountMax`). */
  | 'AMOUNT_OUT_OF_RANGE'
  /** The program names another commodity than the offering (`commodity`: the program's). */
  | 'COMMODITY_MISMATCH'
  /** A required document has lapsed (`documentType`, `expiredOn`). */
  | 'DOCUMENT_EXPIRED'
  /** A required document is not on record (`documentType`). */
  | 'DOCUMENT_MISSING'
  /** The recommended organisation's profile is not verified at all. */
  | 'NOT_VERIFIED'
  /** The cooperative lies outside the coverage (`region`: where the cooperative or request is). */
  | 'OUTSIDE_COVERAGE'
  /** The offered quantity per month is below the monthly need (`quantityOffered`, `quantityNeeded`). */
  | 'QUANTITY_SHORT'
  /** The recommended organisation took more than a week (median) to answer proposals. */
  | 'SLOW_RESPONSE'
  /** No eligible unit is active (`unitType`, its `unitStatus` or null if none). */
  | 'UNIT_NOT_ACTIVE';

/** A criterion a recommendation is scored on (weights in modules/matching/matching.weights.ts). */
export type MatchReasonCode =
  /** The financing amount lies within the program's range. */
  | 'AMOUNT_IN_RANGE'
  /** Both sides trade the same commodity. */
  | 'COMMODITY_MATCH'
  /** The cooperative holds the program's required documents, in force. */
  | 'DOCUMENTS_COMPLETE'
  /** The cooperative has an active business unit of a type the program accepts. */
  | 'ELIGIBLE_UNIT_ACTIVE'
  /** The offered quantity per month meets the request's monthly need. */
  | 'QUANTITY_FIT'
  /** The partner's coverage (or the request's delivery region) includes the cooperative. */
  | 'REGION_COVERAGE'
  /** How quickly the recommended organisation answers proposals (median, 90 days). */
  | 'RESPONSIVENESS'
  /** How far the recommended organisation's profile is verified. */
  | 'VERIFICATION_LEVEL';

/** What a user is to an organisation. */
export type MembershipRole =
  /** Platform administrator. */
  | 'ADMIN'
  /** Read-only viewer of the cooperative office (Dinas) for a province or regency. */
  | 'DINAS'
  /** Chair of a cooperative. */
  | 'KETUA'
  /** A mentor (pendamping), linked to their mentor record. */
  | 'MENTOR'
  /** Administrator of a partner institution's account. */
  | 'PARTNER_ADMIN'
  /** Officer of a partner institution. */
  | 'PARTNER_OFFICER'
  /** Board member (pengurus) of a cooperative. */
  | 'PENGURUS'
  /** Staff of a cooperative. */
  | 'STAFF';

/** Role of a mentor (pendamping). */
export type MentorRole =
  /** Business assistant with a caseload of cooperatives. */
  | 'BA'
  /** Project management officer supervising business assistants. */
  | 'PMO';

/** The least of its commodity an offtake program takes a month (OFFTAKE programs with a commodity only). */
export type MinimumVolumeInput = {
  /** The quantity a month, in `unit` (above 0, at most 999999999999.99). */
  quantityPerMonth: string;
  /** The unit of `quantityPerMonth`. */
  unit: QuantityUnit;
};

/** Why you are notified. */
export type NotificationKind =
  /** Something you should know happened to a proposal you take part in (accepted, declined, withdrawn, expired, a message…). */
  | 'PROPOSAL_UPDATED'
  /** A move on a proposal made it your organisation's turn to act. */
  | 'PROPOSAL_YOUR_TURN'
  /** A new or updated listing matches one of your saved searches. */
  | 'SAVED_SEARCH_MATCH';

/** What a notification links to. */
export type NotificationSubjectType =
  /** A cooperative's offering. */
  | 'OFFERING'
  /** A partner's request. */
  | 'PARTNER_REQUEST'
  /** A partner's program. */
  | 'PROGRAM'
  /** A proposal. */
  | 'PROPOSAL';

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
  /** Search text (1–200 characters): every word must match the text, commodity or place names, allowing Indonesian word forms ("perkebunan" ~ "kebun") and small typos ("karret" ~ "karet"). */
  q?: string | null | undefined;
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

/** An officer of a cooperative. */
export type OfficerInput = {
  /** Full name (2–120 characters). */
  name: string;
  /** Chair, secretary, treasurer or supervisor. */
  role: OfficerRole;
};

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

/** Whether a request is still looking for suppliers. */
export type PartnerRequestStatus =
  /** Filled or withdrawn. */
  | 'CLOSED'
  /** Its deadline passed. */
  | 'EXPIRED'
  /** Looking for suppliers. */
  | 'OPEN';

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

/** A cooperative's financing passport and a partner to share it with (or stop sharing it with). */
export type PassportSharingInput = {
  /** The cooperative. */
  cooperativeId: string | number;
  /** The partner whose staff may open the passport. */
  partnerId: string | number;
};

/** Pause a published offering. */
export type PauseOfferingInput = {
  /** The offering. */
  id: string | number;
  /** The `version` of the offering as you read it; if it changed since, nothing is changed and the payload has a CONFLICT error. */
  version: number;
};

/** What a suggested pool puts first, after reaching the quantity with as few members as possible. */
export type PoolBasis =
  /** Members verified by documents or the government first, then the nearest. */
  | 'BEST_VERIFIED'
  /** The members quickest to answer proposals first, then the nearest. */
  | 'MOST_RESPONSIVE'
  /** The nearest members, largest first: the fewest members, the shortest trips. */
  | 'NEAREST';

/** How close a pool member is to where the buyer wants delivery. */
export type PoolProximity =
  /** Its village lies in the delivery region itself. */
  | 'IN_DELIVERY_REGION'
  /** In the same province only. */
  | 'SAME_PROVINCE'
  /** In the regency of the delivery region, outside the region itself. */
  | 'SAME_REGENCY';

/** One member’s share of a pooled offer: out of which of its supply offerings, how much a month, and optionally its own price and delivery window. */
export type PoolShareInput = {
  /** The member cooperative. */
  cooperativeId: string | number;
  /** First delivery day. */
  deliveryFrom?: string | null | undefined;
  /** Last delivery day, not before the first. */
  deliveryUntil?: string | null | undefined;
  /** Its published supply offering of the request’s commodity. */
  offeringId: string | number;
  /** Its own price per unit (IDR), if it differs. */
  pricePerUnit?: string | null | undefined;
  /** Quantity a month, in the request’s unit. */
  quantity: string;
};

/** Where a member of a pooled offer stands on its share. */
export type PoolShareStatus =
  /** Its board approved the share as it now stands. */
  | 'APPROVED'
  /** Asked to take part; its board has not approved the share as it now stands. */
  | 'INVITED'
  /** It took its share back; the lead offers new shares before acceptance. */
  | 'WITHDRAWN';

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

/** A rule of a program that the terms of a proposal under it must keep. A program may mark a rule negotiable: a breach is then flagged to both parties instead of refused. */
export type ProgramRule =
  /** The amount lies within the loan range (minAmount–maxAmount). */
  | 'AMOUNT'
  /** The offering or request is about the program’s commodity. */
  | 'COMMODITY'
  /** The grace period lies within minGraceMonths–maxGraceMonths. */
  | 'GRACE'
  /** The part for operating costs is at most operatingCostCap. */
  | 'OPERATING_COST'
  /** The rate is the program’s ratePerYear. */
  | 'RATE'
  /** The cooperative lies in a region the program covers. */
  | 'REGION'
  /** The tenor is at most maxTenorMonths. */
  | 'TENOR';

/** How a proposed value must stand to the program’s value for the rule to hold. */
export type ProgramRuleBound =
  /** At least `allowed`. */
  | 'AT_LEAST'
  /** At most `allowed`. */
  | 'AT_MOST'
  /** Exactly `allowed`. */
  | 'EQUAL'
  /** One of the comma-separated values in `allowed`. */
  | 'ONE_OF';

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

/** Something done to a proposal; every one but a message is recorded as an event. */
export type ProposalAction =
  /** A terms version was accepted. */
  | 'ACCEPT'
  /** The cooperative’s board approved its mentor’s draft, which sent it. */
  | 'APPROVE_DRAFT'
  /** A member of a pooled offer approved its share as it stands. */
  | 'APPROVE_SHARE'
  /** The accepted partnership was called off. */
  | 'CANCEL'
  /** The accepted partnership was carried out. */
  | 'COMPLETE'
  /** A counter-offer: a new terms version. */
  | 'COUNTER'
  /** Created as a draft. */
  | 'CREATE'
  /** Turned down. */
  | 'DECLINE'
  /** The deadline passed without an answer. */
  | 'EXPIRE'
  /** The cooperative’s board rejected its mentor’s draft. */
  | 'REJECT_DRAFT'
  /** A message in the thread (not recorded as an event). */
  | 'SEND_MESSAGE'
  /** The receiving party started reviewing it. */
  | 'START_REVIEW'
  /** The draft was sent to the other party. */
  | 'SUBMIT'
  /** The draft was edited. */
  | 'UPDATE_DRAFT'
  /** Pulled back by the party waiting for an answer (or a draft discarded). */
  | 'WITHDRAW'
  /** A member of a pooled offer took its share back. */
  | 'WITHDRAW_SHARE';

/** In what capacity someone acted on a proposal. */
export type ProposalActor =
  /** An officer of the cooperative. */
  | 'COOPERATIVE'
  /** The brokering mentor, for the cooperative. */
  | 'MENTOR'
  /** Staff of the partner. */
  | 'PARTNER'
  /** The board of a member cooperative of a pooled offer (other than the lead), for its share. */
  | 'POOL_MEMBER'
  /** MitraDesa itself (e.g. expiry). */
  | 'SYSTEM';

/** Why a mutation of the Proposal module was refused; nothing was changed. */
export type ProposalErrorCode =
  /** Someone changed the record since you read it; reload and try again. */
  | 'CONFLICT'
  /** The cooperative's regency is not covered by the program. */
  | 'COOPERATIVE_OUTSIDE_PROGRAM_REGION'
  /** Such a record exists already. */
  | 'DUPLICATE'
  /** A value is missing, too long, out of range or inconsistent with another. */
  | 'INVALID'
  /** The action is not possible in the current state or for your side. */
  | 'INVALID_TRANSITION'
  /** A record the input refers to does not exist or is not visible to you. */
  | 'NOT_FOUND'
  /** The pool's shares (without withdrawn ones) add up to less than the request asks a month. */
  | 'POOL_BELOW_MINIMUM'
  /** The lead cooperative has no share of its own pool. */
  | 'POOL_LEAD_NOT_MEMBER'
  /** A share is more than its offering has left a month after the other open or accepted pools it is promised to. */
  | 'POOL_MEMBER_OVER_CAPACITY'
  /** A member cooperative has not approved its share as it stands (or withdrew it). */
  | 'POOL_NOT_APPROVED'
  /** A share's offering is not a published supply offering of the request's commodity of that cooperative, with a monthly quantity in a convertible unit. */
  | 'POOL_OFFERING_DOES_NOT_FIT'
  /** A proposal of this kind cannot answer that offering. */
  | 'PROPOSAL_KIND_DOES_NOT_FIT_OFFERING'
  /** The program does not take proposals of this kind. */
  | 'PROPOSAL_KIND_NOT_ADMITTED'
  /** Too many attempts; try again later. */
  | 'RATE_LIMITED'
  /** The amount is above the program's ceiling. */
  | 'TERMS_ABOVE_PROGRAM_CEILING'
  /** The amount is below the program's smallest loan. */
  | 'TERMS_BELOW_PROGRAM_MINIMUM'
  /** The commodity of the offering or request is not the program's commodity. */
  | 'TERMS_COMMODITY_NOT_IN_PROGRAM'
  /** The grace period is longer than the program's longest. */
  | 'TERMS_GRACE_TOO_LONG'
  /** The grace period is shorter than the program's shortest. */
  | 'TERMS_GRACE_TOO_SHORT'
  /** The part of the loan for operating costs is above the program's cap. */
  | 'TERMS_OPERATING_SHARE_TOO_HIGH'
  /** The rate is not the program's rate. */
  | 'TERMS_RATE_NOT_PROGRAM_RATE'
  /** The tenor is longer than the program's longest. */
  | 'TERMS_TENOR_TOO_LONG';

/** Filters for proposals; all given filters must match. */
export type ProposalFilter = {
  /** Only proposals of this cooperative. */
  cooperativeId?: string | number | null | undefined;
  /** true: only proposals waiting for your organisation to act; false: only the others. */
  isMyTurn?: boolean | null | undefined;
  /** Any of these kinds. */
  kinds?: Array<ProposalKind> | null | undefined;
  /** Only proposals with this partner. */
  partnerId?: string | number | null | undefined;
  /** Only proposals where you are on this side: COOPERATIVE for your cooperative’s (and, for mentors, those you broker), PARTNER for your partner’s. */
  side?: ProposalSide | null | undefined;
  /** Any of these statuses. */
  statuses?: Array<ProposalStatus> | null | undefined;
};

/** What a proposal is about. */
export type ProposalKind =
  /** The cooperative acts as the partner’s agent or outlet (LPG, bank agent, post…). */
  | 'AGENCY'
  /** A loan or financing from the partner to the cooperative. */
  | 'FINANCING'
  /** The partner buys from the cooperative. */
  | 'OFFTAKE'
  /** The partner supplies the cooperative. */
  | 'SUPPLY';

/** One of the two parties of a proposal. */
export type ProposalSide =
  /** The cooperative (its board, or its mentor drafting for it). */
  | 'COOPERATIVE'
  /** The partner institution. */
  | 'PARTNER';

/** Life cycle of a proposal. */
export type ProposalStatus =
  /** A terms version was accepted; the partnership is running. */
  | 'ACCEPTED'
  /** The accepted partnership was called off. */
  | 'CANCELLED'
  /** The accepted partnership was carried out. */
  | 'COMPLETED'
  /** Turned down by the party it was put to. */
  | 'DECLINED'
  /** Being written; only the side writing it (and its mentor) can see it. */
  | 'DRAFT'
  /** Nobody answered before the deadline. */
  | 'EXPIRED'
  /** Counter-offers are being exchanged. */
  | 'NEGOTIATING'
  /** Sent; the other party has to review it. */
  | 'SUBMITTED'
  /** The receiving party is reviewing the first terms. */
  | 'UNDER_REVIEW'
  /** Pulled back by the party that put it forward. */
  | 'WITHDRAWN';

/** A term of a proposal, named after its field in `ProposalTermsInput`. */
export type ProposalTermsField =
  /** `amount`: the loan or contract amount. */
  | 'AMOUNT'
  /** `collateral`: what secures the loan or contract. */
  | 'COLLATERAL'
  /** `collateralValue`: the estimated value of the collateral. */
  | 'COLLATERAL_VALUE'
  /** `delivery`: the delivery place and arrangements. */
  | 'DELIVERY'
  /** `deliveryRegionCode`: the region delivered to. */
  | 'DELIVERY_REGION_CODE'
  /** `graceMonths`: the loan grace period. */
  | 'GRACE_MONTHS'
  /** `note`: further conditions. */
  | 'NOTE'
  /** `operatingCostAmount`: the operating-cost part of the loan. */
  | 'OPERATING_COST_AMOUNT'
  /** `paymentDays`: days until payment. */
  | 'PAYMENT_DAYS'
  /** `pricePerUnit`: the price per `quantityUnit`. */
  | 'PRICE_PER_UNIT'
  /** `quantity`: how much, in `quantityUnit`. */
  | 'QUANTITY'
  /** `quantityUnit`: the unit of `quantity` and of the price. */
  | 'QUANTITY_UNIT'
  /** `ratePerYear`: the interest or margin rate. */
  | 'RATE_PER_YEAR'
  /** `tenorMonths`: the loan tenor. */
  | 'TENOR_MONTHS';

/** Terms of a proposal. Financing needs `amount` and `tenorMonths`; offtake and supply need `pricePerUnit`, `quantity` and `quantityUnit`. */
export type ProposalTermsInput = {
  /** Loan amount or total contract value (IDR). */
  amount?: string | null | undefined;
  /** What secures the loan or contract, in words (at most 500 characters). */
  collateral?: string | null | undefined;
  /** Estimated value of the collateral (IDR); only with `collateral`. */
  collateralValue?: string | null | undefined;
  /** Delivery place and arrangements, in words. */
  delivery?: string | null | undefined;
  /** Region code of the delivery place, e.g. "61.03". */
  deliveryRegionCode?: string | null | undefined;
  /** Loan grace period in months before repayment starts (0–120), shorter than the tenor. */
  graceMonths?: number | null | undefined;
  /** Further conditions, in words. */
  note?: string | null | undefined;
  /** The part of the loan that pays operating costs (IDR), at most `amount`; the rest is investment. */
  operatingCostAmount?: string | null | undefined;
  /** Days after delivery or disbursement until payment (0–365). */
  paymentDays?: number | null | undefined;
  /** A pooled offer's allocation (offtake answering a request, or an offtake program with a minimum volume when no request is named; started by the lead cooperative or its mentor): each member's share, the lead's included, 2–50. `quantity` is then their sum in the request's (or the program's minimum volume's) unit. In a counter-offer or draft edit of a pooled offer, left out means unchanged. */
  poolShares?: Array<PoolShareInput> | null | undefined;
  /** Price per quantity unit (IDR). */
  pricePerUnit?: string | null | undefined;
  /** Quantity, in `quantityUnit`. */
  quantity?: string | null | undefined;
  /** Unit of `quantity` and `pricePerUnit`. */
  quantityUnit?: QuantityUnit | null | undefined;
  /** Yearly interest or margin rate in percent (0–100). */
  ratePerYear?: string | null | undefined;
  /** Loan tenor in months (1–240). */
  tenorMonths?: number | null | undefined;
};

/** Publish a draft or paused offering. */
export type PublishOfferingInput = {
  /** The offering. */
  id: string | number;
  /** The `version` of the offering as you read it; if it changed since, nothing is changed and the payload has a CONFLICT error. */
  version: number;
};

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

/** How ready a cooperative is for a PMK 49/2025 loan, lowest first. */
export type ReadinessLevel =
  /** Every requirement on record and verified (documents or government), with a unit to build or run. */
  | 'BANKABLE'
  /** The identity is there; documents the loan needs are missing or lapsed. */
  | 'NEEDS_DOCUMENTS'
  /** The legal entity, the NIK koperasi or the board is missing: no bank can start. */
  | 'NOT_READY'
  /** Every requirement is on record; not yet verified, or no unit to build or run. */
  | 'READY_FOR_REVIEW';

/** Why a cooperative is not at a higher readiness level. */
export type ReadinessReason =
  /** Chair, secretary, treasurer or supervisor is not recorded (`officerRoles`). */
  | 'BOARD_INCOMPLETE'
  /** A document the loan requires has lapsed (`documentType`). */
  | 'DOCUMENT_EXPIRED'
  /** A document the loan requires is not on record (`documentType`). */
  | 'DOCUMENT_MISSING'
  /** The profile is not verified by documents or by the government yet. */
  | 'NOT_VERIFIED'
  /** No NIK koperasi certificate in force. */
  | 'NO_COOPERATIVE_NUMBER'
  /** No SK AHU in force: the cooperative is not a legal entity on record. */
  | 'NO_LEGAL_ENTITY'
  /** No business unit is recorded, planned or running: nothing to finance yet. */
  | 'NO_UNIT';

/** Level of an administrative region. */
export type RegionLevel =
  /** Kecamatan. */
  | 'DISTRICT'
  /** Provinsi (e.g. Kalimantan Barat). */
  | 'PROVINCE'
  /** Kabupaten (regency) or kota (city). */
  | 'REGENCY'
  /** Desa or kelurahan. */
  | 'VILLAGE';

/** The cooperative’s board rejects its mentor’s draft; it is not sent. */
export type RejectProposalDraftInput = {
  /** The party you act for; needed only when you may act for both (admins). */
  actingAs?: ProposalSide | null | undefined;
  /** The proposal. */
  proposalId: string | number;
  /** Why, for the other party and the audit trail (1–2000 characters). */
  reason: string;
  /** The `version` of the proposal you saw; a stale one is a CONFLICT. */
  version: number;
};

/** A business unit to remove. */
export type RemoveBusinessUnitInput = {
  /** The business unit. */
  id: string | number;
};

/** A document to remove, with its file. */
export type RemoveCooperativeDocumentInput = {
  /** The document. */
  id: string | number;
  /** The `version` of the document as you read it; if it changed since, nothing is changed and the payload has a CONFLICT error. */
  version: number;
};

/** What sort of condition a program requirement is. */
export type RequirementKind =
  /** The amount asked for lies within the program range. */
  | 'AMOUNT'
  /** The approval for its kind: the village head for a KDMP, the regent or mayor for a KKMP. */
  | 'APPROVAL'
  /** An ACTIVE business unit of a type the program serves. */
  | 'BUSINESS_UNIT'
  /** A document the cooperative must hold, in force. */
  | 'DOCUMENT'
  /** The part for operating costs is within the cap (and not above the amount). */
  | 'OPERATING_COST'
  /** The cooperative lies in a region the program covers. */
  | 'REGION';

/** How a requirement stands for the cooperative. */
export type RequirementStatus =
  /** The document is on record but has lapsed. */
  | 'EXPIRED'
  /** Satisfied; `document`, `businessUnit` or `given` show the evidence. */
  | 'MET'
  /** No such document or active unit is on record. */
  | 'MISSING'
  /** Checked and not satisfied (amount outside the range, region not covered). */
  | 'NOT_MET'
  /** Cannot be judged yet: the amount was not given. */
  | 'UNKNOWN';

/** A conflict and the side to keep. */
export type ResolveSimkopdesConflictInput = {
  /** The conflict (a SimkopdesConflict global ID). */
  conflictId: string | number;
  /** Keep MitraDesa's value or take SIMKOPDES's. */
  resolution: SimkopdesConflictResolution;
};

/** A search to save under a name. */
export type SaveSearchInput = {
  /** Region and/or commodity filter. */
  filter?: SearchFilter | null | undefined;
  /** A name for it (1–80 characters), unique among your saved searches. */
  name: string;
  /** Search text (1–200 characters): every word must match the text, commodity or place names, allowing Indonesian word forms ("perkebunan" ~ "kebun") and small typos ("karret" ~ "karet"). */
  q: string;
  /** Only these kinds of objects (default: all). */
  types?: Array<SearchType> | null | undefined;
};

/** Narrows a search; all given filters must match. */
export type SearchFilter = {
  /** Objects about this commodity: offerings, programs and requests of it, partners interested in it, cooperatives with public offerings of it. */
  commodity?: Commodity | null | undefined;
  /** A Kemendagri region code of any level (province "61", regency "61.03", district "61.03.05", village "61.03.05.2001"): objects located in it or delivering to / covering it (a regency-wide request or coverage counts for each place in the regency; a program without coverage, everywhere). */
  regionCode?: string | null | undefined;
};

/** A kind of object that `search` finds. */
export type SearchType =
  /** Cooperatives (by name and the names of their village, district, regency). */
  | 'COOPERATIVE'
  /** Published offerings (text, commodity, and their cooperative and its places). */
  | 'OFFERING'
  /** Partners (name, description, commodities). */
  | 'PARTNER'
  /** Active programs (text, commodity, partner name). */
  | 'PROGRAM'
  /** Open partner requests (text, commodity, partner, delivery region). */
  | 'REQUEST';

/** A message in a proposal’s thread. Messages change nothing else. */
export type SendProposalMessageInput = {
  /** The party you write for; needed only when you may write for both (admins). */
  actingAs?: ProposalSide | null | undefined;
  /** The text (1–4000 characters). */
  body: string;
  /** The proposal. */
  proposalId: string | number;
};

/** Replaces a cooperative's list of officers. */
export type SetCooperativeOfficersInput = {
  /** The cooperative. */
  id: string | number;
  /** The whole new list (at most 30); at most one chair, one secretary and one treasurer. */
  officers: Array<OfficerInput>;
  /** The `version` of the cooperative as you read it; if it changed since, nothing is changed and the payload has a CONFLICT error. */
  version: number;
};

/** A new status for a program: DRAFT → ACTIVE or CLOSED; ACTIVE ⇄ PAUSED; ACTIVE or PAUSED → CLOSED. */
export type SetProgramStatusInput = {
  /** The program. */
  id: string | number;
  /** The status to move to. */
  status: ProgramStatus;
  /** The `version` of the program as you read it; if it changed since, nothing is changed and the payload has a CONFLICT error. */
  version: number;
};

/** Credentials for signing in. */
export type SignInInput = {
  /** Email address. */
  email: string;
  /** Password. */
  password: string;
};

/** A value an import does not overwrite once MitraDesa edited it. */
export type SimkopdesConflictField =
  /** Conventional or sharia management. */
  | 'MANAGEMENT_PATTERN'
  /** The cooperative's name. */
  | 'NAME'
  /** The name of an officer role's holder (the conflict's `subject` is the role). */
  | 'OFFICER_NAME'
  /** A business unit's status (the conflict's `subject` is the unit type). */
  | 'UNIT_STATUS';

/** KEEP_OURS keeps MitraDesa's value; TAKE_THEIRS writes SIMKOPDES's. */
export type SimkopdesConflictResolution =
  /** MitraDesa's value stays. */
  | 'KEEP_OURS'
  /** SIMKOPDES's value is written. */
  | 'TAKE_THEIRS';

/** One CSV file per table, or one XLSX workbook with a sheet per table. */
export type SimkopdesFileFormat =
  /** One CSV file per table. */
  | 'CSV'
  /** One workbook, a sheet per table. */
  | 'XLSX';

/** An import run to act on. */
export type SimkopdesImportInput = {
  /** The run (a SimkopdesImport global ID). */
  importId: string | number;
};

/** Where an import run stands: UPLOADED → CHECKING → CHECKED (dry run report ready) → QUEUED → APPLYING → APPLIED or FAILED (apply again to resume); APPLIED → UNDONE; DISCARDED. */
export type SimkopdesImportStatus =
  /** Applied. */
  | 'APPLIED'
  /** Being applied (see rowsDone). */
  | 'APPLYING'
  /** The dry run report is ready; the run may be applied. */
  | 'CHECKED'
  /** The dry run is running. */
  | 'CHECKING'
  /** Dropped without applying. */
  | 'DISCARDED'
  /** The last attempt failed (see error); apply again to resume. */
  | 'FAILED'
  /** Waiting for the apply job. */
  | 'QUEUED'
  /** Applied, then undone. */
  | 'UNDONE'
  /** Files stored; the dry run is waiting. */
  | 'UPLOADED';

/** The receiving party starts reviewing a submitted proposal. */
export type StartProposalReviewInput = {
  /** The party you act for; needed only when you may act for both (admins). */
  actingAs?: ProposalSide | null | undefined;
  /** A remark for the audit trail. */
  note?: string | null | undefined;
  /** The proposal. */
  proposalId: string | number;
  /** The `version` of the proposal you saw; a stale one is a CONFLICT. */
  version: number;
};

/** Sends your own draft to the other party. */
export type SubmitProposalInput = {
  /** The party you act for; needed only when you may act for both (admins). */
  actingAs?: ProposalSide | null | undefined;
  /** A remark for the audit trail. */
  note?: string | null | undefined;
  /** The proposal. */
  proposalId: string | number;
  /** The `version` of the proposal you saw; a stale one is a CONFLICT. */
  version: number;
};

/** Changes to a business unit; fields left out stay as they are. Leaving ACTIVE clears `activeSince`. */
export type UpdateBusinessUnitInput = {
  /** When the unit started trading; only for ACTIVE units, not in the future. Leave out to keep the stored value; null clears it. */
  activeSince?: string | null | undefined;
  /** Capacity and equipment (at most 2000 characters). Leave out to keep the stored value; null clears it. */
  capacityNotes?: string | null | undefined;
  /** The business unit. */
  id: string | number;
  /** Name (1–120 characters); OTHER units need one. Leave out to keep the stored value; null clears it. */
  name?: string | null | undefined;
  /** New status. Leave out to keep the stored value. */
  status?: BusinessUnitStatus | null | undefined;
};

/** Changes to a document's number, dates or note. */
export type UpdateCooperativeDocumentInput = {
  /** When it lapses, not before it was issued; leave empty when it does not expire. Leave out to keep the stored value; null clears it. */
  expiresOn?: string | null | undefined;
  /** The document. */
  id: string | number;
  /** When it was issued; not in the future. Leave out to keep the stored value; null clears it. */
  issuedOn?: string | null | undefined;
  /** A note for the officers and mentors (at most 2000 characters). Leave out to keep the stored value; null clears it. */
  note?: string | null | undefined;
  /** The number printed on it (at most 120 characters); an NPWP has 15 or 16 digits, a NIB 13. Leave out to keep the stored value; null clears it. */
  number?: string | null | undefined;
  /** The `version` of the document as you read it; if it changed since, nothing is changed and the payload has a CONFLICT error. */
  version: number;
};

/** Changes to a cooperative's legal identity; fields left out stay as they are, null clears one. Numbers and dates come in pairs (SK AHU number and date, deed number and date), and the deed precedes the SK AHU. */
export type UpdateCooperativeLegalDataInput = {
  /** Date of the notarial deed; not in the future. Leave out to keep the stored value; null clears it. */
  deedDate?: string | null | undefined;
  /** Number of the notarial deed. Leave out to keep the stored value; null clears it. */
  deedNumber?: string | null | undefined;
  /** The cooperative. */
  id: string | number;
  /** Business licence number (NIB): 13 digits. Leave out to keep the stored value; null clears it. */
  nib?: string | null | undefined;
  /** Nomor Induk Koperasi: 16 digits. Leave out to keep the stored value; null clears it. */
  nikKoperasi?: string | null | undefined;
  /** Tax number (NPWP): "99.999.999.9-999.999", or 15 or 16 digits. Leave out to keep the stored value; null clears it. */
  npwp?: string | null | undefined;
  /** Date of the SK AHU; not in the future. Leave out to keep the stored value; null clears it. */
  skAhuDate?: string | null | undefined;
  /** Number of the SK AHU (legal-entity decree). Leave out to keep the stored value; null clears it. */
  skAhuNumber?: string | null | undefined;
  /** The `version` of the cooperative as you read it; if it changed since, nothing is changed and the payload has a CONFLICT error. */
  version: number;
};

/** Changes to a cooperative's profile; fields left out stay as they are. */
export type UpdateCooperativeProfileInput = {
  /** What its units are expected to earn a month (IDR), for the loan-size hint of its financing passport; null clears it. Left out: stays as it is. */
  expectedMonthlyIncome?: string | null | undefined;
  /** The cooperative. */
  id: string | number;
  /** Konvensional or syariah. Leave out to keep the stored value. */
  managementPattern?: ManagementPattern | null | undefined;
  /** Number of members (0–1000000). Leave out to keep the stored value. */
  memberCount?: number | null | undefined;
  /** Registered name (3–200 characters). Leave out to keep the stored value. */
  name?: string | null | undefined;
  /** How far the cooperative has come. Leave out to keep the stored value. */
  stage?: CooperativeStage | null | undefined;
  /** The `version` of the cooperative as you read it; if it changed since, nothing is changed and the payload has a CONFLICT error. */
  version: number;
};

/** Changes to an offering (not a closed one); fields left out stay as they are. */
export type UpdateOfferingInput = {
  /** Financing needed (IDR, above 0); FINANCING_NEED only, and required there. Leave out to keep the stored value; null clears it. */
  amountNeeded?: string | null | undefined;
  /** The commodity supplied; required for SUPPLY. Leave out to keep the stored value; null clears it. */
  commodity?: Commodity | null | undefined;
  /** Codes of the regions it delivers to, usually regencies such as "61.03" (at most 50, each existing). The whole new list; [] removes them all. Leave out to keep the stored value. */
  deliveryRegionCodes?: Array<string> | null | undefined;
  /** Longer description (at most 5000 characters). Leave out to keep the stored value. */
  description?: string | null | undefined;
  /** What the financing is for (3–2000 characters); FINANCING_NEED only, and required there. Leave out to keep the stored value; null clears it. */
  financingPurpose?: string | null | undefined;
  /** The offering. */
  id: string | number;
  /** Highest asking price per quantity unit (IDR). Leave out to keep the stored value; null clears it. */
  priceMax?: string | null | undefined;
  /** Lowest asking price per quantity unit (IDR); at most `priceMax`. Leave out to keep the stored value; null clears it. */
  priceMin?: string | null | undefined;
  /** Quantity available per month, in `quantityUnit` (above 0, at most 999999999999.99); required for SUPPLY. Leave out to keep the stored value; null clears it. */
  quantityPerMonth?: string | null | undefined;
  /** Unit of the quantity and the prices; required for SUPPLY and whenever a quantity or price is given. Leave out to keep the stored value; null clears it. */
  quantityUnit?: QuantityUnit | null | undefined;
  /** Short title (3–200 characters). Leave out to keep the stored value. */
  title?: string | null | undefined;
  /** The business unit this offering is about. Leave out to keep the stored value; null clears it. */
  unitType?: BusinessUnitType | null | undefined;
  /** The `version` of the offering as you read it; if it changed since, nothing is changed and the payload has a CONFLICT error. */
  version: number;
  /** Loan tenor wanted, in months (1–240); FINANCING_NEED only. Leave out to keep the stored value; null clears it. */
  wantedTenorMonths?: number | null | undefined;
};

/** Changes to a program that is not closed; fields left out stay as they are. */
export type UpdateProgramInput = {
  /** The commodity the program is about, if any. Leave out to keep the stored value; null clears it. */
  commodity?: Commodity | null | undefined;
  /** Regions it is open to: provinces, regencies or districts, e.g. ["61", "33.01"] (each existing, at most 100); empty means all Indonesia. The whole new list. Leave out to keep the stored value. */
  coverageRegionCodes?: Array<string> | null | undefined;
  /** What it offers and to whom (at most 5000 characters). Leave out to keep the stored value. */
  description?: string | null | undefined;
  /** Unit types that qualify (each once); empty means any. Leave out to keep the stored value. */
  eligibleUnitTypes?: Array<BusinessUnitType> | null | undefined;
  /** The program. */
  id: string | number;
  /** Loan terms; required for LOAN programs, not allowed for others. Given, they replace all stored terms. Leave out to keep the stored value; null clears it. */
  loanTerms?: LoanTermsInput | null | undefined;
  /** OFFTAKE programs with a commodity: the least they take a month, which a pooled offer answering the program must reach; not allowed for other kinds. Leave out to keep the stored value; null clears it. */
  minimumVolume?: MinimumVolumeInput | null | undefined;
  /** Name of the program (3–200 characters). Leave out to keep the stored value. */
  name?: string | null | undefined;
  /** Rules a proposal may break as a flagged deviation instead of being refused (each once); the others are firm. Leave out to keep the stored value. */
  negotiableRules?: Array<ProgramRule> | null | undefined;
  /** Documents an applicant must provide (each once). Leave out to keep the stored value. */
  requiredDocuments?: Array<DocumentType> | null | undefined;
  /** The `version` of the program as you read it; if it changed since, nothing is changed and the payload has a CONFLICT error. */
  version: number;
};

/** Edits a draft: its title and/or its first terms (replaced as a whole). */
export type UpdateProposalDraftInput = {
  /** The party you act for; needed only when you may act for both (admins). */
  actingAs?: ProposalSide | null | undefined;
  /** The proposal. */
  proposalId: string | number;
  /** New first terms. */
  terms?: ProposalTermsInput | null | undefined;
  /** New subject (3–200 characters). */
  title?: string | null | undefined;
  /** The `version` of the proposal you saw; a stale one is a CONFLICT. */
  version: number;
};

/** Changes to an OPEN request; fields left out stay as they are. */
export type UpdateRequestInput = {
  /** The commodity wanted. Leave out to keep the stored value. */
  commodity?: Commodity | null | undefined;
  /** Offers are wanted before this moment: in the future, at most 730 days ahead. Leave out to keep the stored value; null clears it. */
  deadline?: string | null | undefined;
  /** Code of the region to deliver to, any level anywhere in Indonesia (e.g. "61.03" a regency, "61.03.05" a district); it must exist. Leave out to keep the stored value. */
  deliveryRegionCode?: string | null | undefined;
  /** Details: quality, packaging, schedule (at most 5000 characters). Leave out to keep the stored value. */
  description?: string | null | undefined;
  /** The request. */
  id: string | number;
  /** Indicative price per quantity unit (IDR). Leave out to keep the stored value; null clears it. */
  priceHint?: string | null | undefined;
  /** Quantity wanted, in `quantityUnit` (above 0, at most 999999999999.99). Leave out to keep the stored value. */
  quantity?: string | null | undefined;
  /** Unit of the quantity and the price hint. Leave out to keep the stored value. */
  quantityUnit?: QuantityUnit | null | undefined;
  /** Short title (3–200 characters). Leave out to keep the stored value. */
  title?: string | null | undefined;
  /** The `version` of the request as you read it; if it changed since, nothing is changed and the payload has a CONFLICT error. */
  version: number;
};

/** Why a mutation was refused; nothing was changed. */
export type UserErrorCode =
  /** Someone changed the record since you read it; reload and try again. */
  | 'CONFLICT'
  /** The cooperative's regency is not covered by the program. */
  | 'COOPERATIVE_OUTSIDE_PROGRAM_REGION'
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
  /** The new password contains a control character (such as NUL). */
  | 'PASSWORD_INVALID_CHARACTER'
  /** The new password is the email address or its part before the @. */
  | 'PASSWORD_SAME_AS_EMAIL'
  /** The new password is on the list of commonly used passwords. */
  | 'PASSWORD_TOO_COMMON'
  /** The new password has more than 200 characters. */
  | 'PASSWORD_TOO_LONG'
  /** The new password has fewer than 10 characters. */
  | 'PASSWORD_TOO_SHORT'
  /** The new password repeats one character or a short group of them. */
  | 'PASSWORD_TOO_SIMPLE'
  /** The pool's shares (without withdrawn ones) add up to less than the request asks a month. */
  | 'POOL_BELOW_MINIMUM'
  /** The lead cooperative has no share of its own pool. */
  | 'POOL_LEAD_NOT_MEMBER'
  /** A share is more than its offering has left a month after the other open or accepted pools it is promised to. */
  | 'POOL_MEMBER_OVER_CAPACITY'
  /** A member cooperative has not approved its share as it stands (or withdrew it). */
  | 'POOL_NOT_APPROVED'
  /** A share's offering is not a published supply offering of the request's commodity of that cooperative, with a monthly quantity in a convertible unit. */
  | 'POOL_OFFERING_DOES_NOT_FIT'
  /** A proposal of this kind cannot answer that offering. */
  | 'PROPOSAL_KIND_DOES_NOT_FIT_OFFERING'
  /** The program does not take proposals of this kind. */
  | 'PROPOSAL_KIND_NOT_ADMITTED'
  /** Too many attempts; try again later. */
  | 'RATE_LIMITED'
  /** The amount is above the program's ceiling. */
  | 'TERMS_ABOVE_PROGRAM_CEILING'
  /** The amount is below the program's smallest loan. */
  | 'TERMS_BELOW_PROGRAM_MINIMUM'
  /** The commodity of the offering or request is not the program's commodity. */
  | 'TERMS_COMMODITY_NOT_IN_PROGRAM'
  /** The grace period is longer than the program's longest. */
  | 'TERMS_GRACE_TOO_LONG'
  /** The grace period is shorter than the program's shortest. */
  | 'TERMS_GRACE_TOO_SHORT'
  /** The part of the loan for operating costs is above the program's cap. */
  | 'TERMS_OPERATING_SHARE_TOO_HIGH'
  /** The rate is not the program's rate. */
  | 'TERMS_RATE_NOT_PROGRAM_RATE'
  /** The tenor is longer than the program's longest. */
  | 'TERMS_TENOR_TOO_LONG';

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

/** A member’s board takes its share of a pooled offer back, before the partner accepts. */
export type WithdrawPoolShareInput = {
  /** Your member cooperative; needed only when you sit on the board of several members. */
  cooperativeId?: string | number | null | undefined;
  /** The pooled proposal. */
  proposalId: string | number;
  /** Why, for the lead, the partner and the audit trail (1–2000 characters). */
  reason: string;
  /** The `version` of the proposal you saw; a stale one is a CONFLICT. */
  version: number;
};

/** Pulls back what you put forward while waiting for an answer, or discards your draft. */
export type WithdrawProposalInput = {
  /** The party you act for; needed only when you may act for both (admins). */
  actingAs?: ProposalSide | null | undefined;
  /** A remark for the audit trail. */
  note?: string | null | undefined;
  /** The proposal. */
  proposalId: string | number;
  /** The `version` of the proposal you saw; a stale one is a CONFLICT. */
  version: number;
};

export type WorkspaceOfferingFragment = { id: string, kind: OfferingKind, title: string, description: string, status: OfferingStatus, version: number, commodity: Commodity | null, quantityPerMonth: string | null, quantityUnit: QuantityUnit | null, financingPurpose: string | null, wantedTenorMonths: number | null, unitType: BusinessUnitType | null, validUntil: string | null, lastConfirmedAt: string | null, updatedAt: string, priceMin: { amount: string } | null, priceMax: { amount: string } | null, amountNeeded: { amount: string } | null };

export type CooperativeWorkspaceQueryVariables = Exact<{
  id: string | number;
}>;


export type CooperativeWorkspaceQuery = { cooperative: { id: string, name: string, kind: CooperativeKind, stage: CooperativeStage, verificationLevel: VerificationLevel, managementPattern: ManagementPattern, memberCount: number, version: number, updatedAt: string, expectedMonthlyIncome: { amount: string } | null, legal: { skAhuNumber: string | null, skAhuDate: string | null, nikKoperasi: string | null, nib: string | null, npwp: string | null, deedNumber: string | null, deedDate: string | null }, village: { name: string, parent: { name: string, parent: { name: string } | null } | null }, units: Array<{ id: string, type: BusinessUnitType, name: string | null, status: BusinessUnitStatus, capacityNotes: string | null, activeSince: string | null }>, officers: Array<{ role: OfficerRole, name: string }>, offerings: { totalCount: number | null, edges: Array<{ node: { id: string, kind: OfferingKind, title: string, description: string, status: OfferingStatus, version: number, commodity: Commodity | null, quantityPerMonth: string | null, quantityUnit: QuantityUnit | null, financingPurpose: string | null, wantedTenorMonths: number | null, unitType: BusinessUnitType | null, validUntil: string | null, lastConfirmedAt: string | null, updatedAt: string, priceMin: { amount: string } | null, priceMax: { amount: string } | null, amountNeeded: { amount: string } | null } }> }, proposalPipeline: { total: number, awaitingResponse: number } | null, documents: Array<{ id: string, type: DocumentType, status: DocumentStatus, number: string | null, issuedOn: string | null, expiresOn: string | null, note: string | null, verificationLevel: VerificationLevel, source: DocumentSource, hasFile: boolean, recordedAt: string, recordedByName: string | null, version: number, viewerMayChange: boolean, file: { name: string, mimeType: string, sizeBytes: number, downloadPath: string } | null }> } | null };

export type WorkspaceUserErrorFragment = { code: UserErrorCode, message: string, field: Array<string> | null };

export type UpdateCooperativeProfileMutationVariables = Exact<{
  input: UpdateCooperativeProfileInput;
}>;


export type UpdateCooperativeProfileMutation = { updateCooperativeProfile: { cooperative: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateCooperativeLegalDataMutationVariables = Exact<{
  input: UpdateCooperativeLegalDataInput;
}>;


export type UpdateCooperativeLegalDataMutation = { updateCooperativeLegalData: { cooperative: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SetCooperativeOfficersMutationVariables = Exact<{
  input: SetCooperativeOfficersInput;
}>;


export type SetCooperativeOfficersMutation = { setCooperativeOfficers: { cooperative: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AddBusinessUnitMutationVariables = Exact<{
  input: AddBusinessUnitInput;
}>;


export type AddBusinessUnitMutation = { addBusinessUnit: { businessUnit: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateBusinessUnitMutationVariables = Exact<{
  input: UpdateBusinessUnitInput;
}>;


export type UpdateBusinessUnitMutation = { updateBusinessUnit: { businessUnit: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RemoveBusinessUnitMutationVariables = Exact<{
  input: RemoveBusinessUnitInput;
}>;


export type RemoveBusinessUnitMutation = { removeBusinessUnit: { removedBusinessUnitId: string | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CreateOfferingMutationVariables = Exact<{
  input: CreateOfferingInput;
}>;


export type CreateOfferingMutation = { createOffering: { offering: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateOfferingMutationVariables = Exact<{
  input: UpdateOfferingInput;
}>;


export type UpdateOfferingMutation = { updateOffering: { offering: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type PublishOfferingMutationVariables = Exact<{
  input: PublishOfferingInput;
}>;


export type PublishOfferingMutation = { publishOffering: { offering: { id: string, version: number, status: OfferingStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type PauseOfferingMutationVariables = Exact<{
  input: PauseOfferingInput;
}>;


export type PauseOfferingMutation = { pauseOffering: { offering: { id: string, version: number, status: OfferingStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CloseOfferingMutationVariables = Exact<{
  input: CloseOfferingInput;
}>;


export type CloseOfferingMutation = { closeOffering: { offering: { id: string, version: number, status: OfferingStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ConfirmOfferingStillValidMutationVariables = Exact<{
  input: ConfirmOfferingStillValidInput;
}>;


export type ConfirmOfferingStillValidMutation = { confirmOfferingStillValid: { offering: { id: string, version: number, status: OfferingStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

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


export type CooperativeProfileQuery = { cooperative: { id: string, name: string, kind: CooperativeKind, stage: CooperativeStage, verificationLevel: VerificationLevel, managementPattern: ManagementPattern, memberCount: number, updatedAt: string, viewerMayAttest: boolean, legal: { skAhuNumber: string | null, skAhuDate: string | null, nikKoperasi: string | null, nib: string | null, npwp: string | null, deedNumber: string | null, deedDate: string | null }, village: { code: string, name: string, villageKind: VillageKind | null, parent: { name: string, parent: { code: string, name: string } | null } | null }, units: Array<{ id: string, type: BusinessUnitType, name: string | null, status: BusinessUnitStatus, capacityNotes: string | null, activeSince: string | null }>, documents: Array<{ id: string, type: DocumentType, status: DocumentStatus, expiresOn: string | null, verificationLevel: VerificationLevel, viewerMayChange: boolean }>, attestations: Array<{ id: string, subject: AttestationSubject, note: string | null, attestedAt: string, mentor: { name: string }, document: { type: DocumentType } | null, businessUnit: { type: BusinessUnitType, name: string | null } | null }>, officers: Array<{ role: OfficerRole, name: string }>, offerings: { totalCount: number | null, edges: Array<{ node: { id: string, kind: OfferingKind, title: string, commodity: Commodity | null, quantityPerMonth: string | null, quantityUnit: QuantityUnit | null, wantedTenorMonths: number | null, unitType: BusinessUnitType | null, validUntil: string | null, lastConfirmedAt: string | null, priceMin: { amount: string } | null, priceMax: { amount: string } | null, amountNeeded: { amount: string } | null } }> }, mentor: { id: string, name: string, role: MentorRole, phone: string | null, regency: { name: string } | null } | null, responsiveness: { periodDays: number, responses: number, medianResponseSeconds: number | null, expiredWhileWaiting: number } } | null };

export type CooperativeUnitItemFragment = { id: string, type: BusinessUnitType, name: string | null, status: BusinessUnitStatus, capacityNotes: string | null, activeSince: string | null };

export type CooperativeAttestationItemFragment = { id: string, subject: AttestationSubject, note: string | null, attestedAt: string, mentor: { name: string }, document: { type: DocumentType } | null, businessUnit: { type: BusinessUnitType, name: string | null } | null };

export type DinasViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type DinasViewerQuery = { viewer: { roles: Array<AccessRole>, memberships: Array<{ role: MembershipRole, region: { code: string, name: string, level: RegionLevel } | null }> } | null, provinces: { edges: Array<{ node: { code: string, name: string } }> } };

export type DinasRegenciesQueryVariables = Exact<{
  provinceCode: string;
}>;


export type DinasRegenciesQuery = { regencies: { edges: Array<{ node: { code: string, name: string } }> } };

export type DinasDashboardQueryVariables = Exact<{
  regionCode?: string | null | undefined;
}>;


export type DinasDashboardQuery = { dinasDashboard: { cooperatives: number, proposals: number, acceptedProposals: number, acceptedFinancingProposals: number, region: { code: string, name: string, level: RegionLevel } | null, byStage: Array<{ stage: CooperativeStage, count: number }>, breakdown: Array<{ total: number, region: { code: string, name: string }, byStage: Array<{ stage: CooperativeStage, count: number }> }>, proposalsByStatus: Array<{ status: ProposalStatus, count: number }>, financingVolume: { amount: string } } };

export type WorkspaceDocumentFragment = { id: string, type: DocumentType, status: DocumentStatus, number: string | null, issuedOn: string | null, expiresOn: string | null, note: string | null, verificationLevel: VerificationLevel, source: DocumentSource, hasFile: boolean, recordedAt: string, recordedByName: string | null, version: number, viewerMayChange: boolean, file: { name: string, mimeType: string, sizeBytes: number, downloadPath: string } | null };

export type AddCooperativeDocumentMutationVariables = Exact<{
  input: AddCooperativeDocumentInput;
}>;


export type AddCooperativeDocumentMutation = { addCooperativeDocument: { document: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateCooperativeDocumentMutationVariables = Exact<{
  input: UpdateCooperativeDocumentInput;
}>;


export type UpdateCooperativeDocumentMutation = { updateCooperativeDocument: { document: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RemoveCooperativeDocumentMutationVariables = Exact<{
  input: RemoveCooperativeDocumentInput;
}>;


export type RemoveCooperativeDocumentMutation = { removeCooperativeDocument: { removedDocumentId: string | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AttestCooperativeFactMutationVariables = Exact<{
  input: AttestCooperativeFactInput;
}>;


export type AttestCooperativeFactMutation = { attestCooperativeFact: { attestation: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ProgramEligibilityQueryVariables = Exact<{
  cooperativeId: string | number;
  programId: string | number;
  amount?: string | null | undefined;
  operatingCostAmount?: string | null | undefined;
}>;


export type ProgramEligibilityQuery = { eligibility: { verdict: EligibilityVerdict, metCount: number, cooperative: { id: string, name: string }, requirements: Array<{ key: string, kind: RequirementKind, status: RequirementStatus, documentType: DocumentType | null, unitTypes: Array<BusinessUnitType> | null, document: { id: string, status: DocumentStatus, number: string | null, issuedOn: string | null, expiresOn: string | null, verificationLevel: VerificationLevel } | null, businessUnit: { type: BusinessUnitType, status: BusinessUnitStatus } | null, minimum: { amount: string } | null, maximum: { amount: string } | null, given: { amount: string } | null }> } };

export type EligibilityMentorCaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type EligibilityMentorCaseloadQuery = { viewer: { memberships: Array<{ mentor: { id: string, caseload: { edges: Array<{ node: { id: string, name: string } }> } } | null }> } | null };

export type HomeFiguresQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  drillDown: boolean;
}>;


export type HomeFiguresQuery = { nation: { cooperatives: number, byStage: Array<{ stage: CooperativeStage, count: number }>, breakdown?: Array<{ total: number, region: { code: string, name: string, level: RegionLevel }, byStage: Array<{ stage: CooperativeStage, count: number }> }> }, province?: { region: { code: string, name: string } | null, breakdown: Array<{ total: number, region: { code: string, name: string, level: RegionLevel }, byStage: Array<{ stage: CooperativeStage, count: number }> }> }, partners: { totalCount: number | null }, platformFigures: { acceptedProposals: number, financingVolume: { amount: string } } };

export type AreaFiguresFragment = { total: number, region: { code: string, name: string, level: RegionLevel }, byStage: Array<{ stage: CooperativeStage, count: number }> };

export type MatchReasonFieldsFragment = { code: MatchReasonCode, points: number, commodity: Commodity | null, unitType: BusinessUnitType | null, documentsHeld: number | null, documentsRequired: number | null, quantityOffered: string | null, quantityNeeded: string | null, quantityUnit: QuantityUnit | null, verificationLevel: VerificationLevel | null, medianResponseSeconds: number | null, amount: { amount: string } | null, region: { name: string } | null };

export type MatchGapFieldsFragment = { code: MatchGapCode, pointsMissed: number, documentType: DocumentType | null, expiredOn: string | null, unitType: BusinessUnitType | null, unitStatus: BusinessUnitStatus | null, commodity: Commodity | null, quantityOffered: string | null, quantityNeeded: string | null, quantityUnit: QuantityUnit | null, medianResponseSeconds: number | null, amount: { amount: string } | null, amountMin: { amount: string } | null, amountMax: { amount: string } | null, region: { name: string } | null };

export type RecommendedPartnersQueryVariables = Exact<{
  offeringId?: string | number | null | undefined;
  cooperativeId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type RecommendedPartnersQuery = { recommendedPartners: Array<{ score: number, partner: { id: string, name: string, type: PartnerType }, program: { id: string, name: string } | null, request: { id: string, title: string } | null, reasons: Array<{ code: MatchReasonCode, points: number, commodity: Commodity | null, unitType: BusinessUnitType | null, documentsHeld: number | null, documentsRequired: number | null, quantityOffered: string | null, quantityNeeded: string | null, quantityUnit: QuantityUnit | null, verificationLevel: VerificationLevel | null, medianResponseSeconds: number | null, amount: { amount: string } | null, region: { name: string } | null }>, gaps: Array<{ code: MatchGapCode, pointsMissed: number, documentType: DocumentType | null, expiredOn: string | null, unitType: BusinessUnitType | null, unitStatus: BusinessUnitStatus | null, commodity: Commodity | null, quantityOffered: string | null, quantityNeeded: string | null, quantityUnit: QuantityUnit | null, medianResponseSeconds: number | null, amount: { amount: string } | null, amountMin: { amount: string } | null, amountMax: { amount: string } | null, region: { name: string } | null }> }> };

export type RecommendedCooperativesQueryVariables = Exact<{
  programId?: string | number | null | undefined;
  requestId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type RecommendedCooperativesQuery = { recommendedCooperatives: Array<{ score: number, cooperative: { id: string, name: string, village: { name: string, parent: { name: string, parent: { name: string } | null } | null } }, offering: { id: string, title: string } | null, reasons: Array<{ code: MatchReasonCode, points: number, commodity: Commodity | null, unitType: BusinessUnitType | null, documentsHeld: number | null, documentsRequired: number | null, quantityOffered: string | null, quantityNeeded: string | null, quantityUnit: QuantityUnit | null, verificationLevel: VerificationLevel | null, medianResponseSeconds: number | null, amount: { amount: string } | null, region: { name: string } | null }>, gaps: Array<{ code: MatchGapCode, pointsMissed: number, documentType: DocumentType | null, expiredOn: string | null, unitType: BusinessUnitType | null, unitStatus: BusinessUnitStatus | null, commodity: Commodity | null, quantityOffered: string | null, quantityNeeded: string | null, quantityUnit: QuantityUnit | null, medianResponseSeconds: number | null, amount: { amount: string } | null, amountMin: { amount: string } | null, amountMax: { amount: string } | null, region: { name: string } | null }> }> };

export type SuggestedPoolFieldsFragment = { basis: PoolBasis, target: string, unit: QuantityUnit, total: string, members: Array<{ quantityPerMonth: string, sharePercent: number, proximity: PoolProximity, verificationLevel: VerificationLevel, medianResponseSeconds: number | null, cooperative: { id: string, name: string, village: { name: string, parent: { name: string } | null } }, offering: { id: string, title: string } }> };

export type SuggestedPoolsQueryVariables = Exact<{
  requestId: string | number;
}>;


export type SuggestedPoolsQuery = { suggestedPools: Array<{ basis: PoolBasis, target: string, unit: QuantityUnit, total: string, members: Array<{ quantityPerMonth: string, sharePercent: number, proximity: PoolProximity, verificationLevel: VerificationLevel, medianResponseSeconds: number | null, cooperative: { id: string, name: string, village: { name: string, parent: { name: string } | null } }, offering: { id: string, title: string } }> }> };

export type MentorWorkspaceViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type MentorWorkspaceViewerQuery = { viewer: { memberships: Array<{ role: MembershipRole, mentor: { id: string } | null }> } | null };

export type CaseloadCooperativeFragment = { id: string, name: string, stage: CooperativeStage, village: { name: string, parent: { name: string } | null }, legal: { skAhuNumber: string | null, nikKoperasi: string | null, nib: string | null, npwp: string | null }, activeUnits: Array<{ id: string }>, publishedOfferings: { totalCount: number | null } };

export type MentorWorkspaceQueryVariables = Exact<{
  mentorId: string | number;
}>;


export type MentorWorkspaceQuery = { mentor: { id: string, name: string, role: MentorRole, regency: { name: string } | null, caseload: { totalCount: number | null, edges: Array<{ node: { id: string, name: string, stage: CooperativeStage, village: { name: string, parent: { name: string } | null }, legal: { skAhuNumber: string | null, nikKoperasi: string | null, nib: string | null, npwp: string | null }, activeUnits: Array<{ id: string }>, publishedOfferings: { totalCount: number | null } } }> }, supervisedMentors: { totalCount: number | null, edges: Array<{ node: { id: string, name: string, role: MentorRole, regency: { name: string } | null, caseload: { totalCount: number | null } } }> } } | null, brokered: { totalCount: number | null, edges: Array<{ node: { id: string, title: string, kind: ProposalKind, status: ProposalStatus, turn: ProposalSide | null, updatedAt: string, isAwaitingDraftApproval: boolean, isPooled: boolean, cooperative: { id: string, name: string } | null, partner: { id: string, name: string } | null } }> } };

export type MentorSupervisedCaseloadsQueryVariables = Exact<{
  mentorId: string | number;
}>;


export type MentorSupervisedCaseloadsQuery = { mentor: { id: string, supervisedMentors: { edges: Array<{ node: { id: string, caseload: { totalCount: number | null, edges: Array<{ node: { id: string, name: string, stage: CooperativeStage, village: { name: string, parent: { name: string } | null }, legal: { skAhuNumber: string | null, nikKoperasi: string | null, nib: string | null, npwp: string | null }, activeUnits: Array<{ id: string }>, publishedOfferings: { totalCount: number | null } } }> } } }> } } | null };

export type NotificationItemFragment = { id: string, kind: NotificationKind, subjectType: NotificationSubjectType, subjectId: string, subjectLabel: string, actorName: string | null, proposalAction: ProposalAction | null, savedSearchName: string | null, createdAt: string, isRead: boolean };

export type NotificationBellQueryVariables = Exact<{
  first: number;
}>;


export type NotificationBellQuery = { unreadNotificationCount: number, notifications: { edges: Array<{ node: { id: string, kind: NotificationKind, subjectType: NotificationSubjectType, subjectId: string, subjectLabel: string, actorName: string | null, proposalAction: ProposalAction | null, savedSearchName: string | null, createdAt: string, isRead: boolean } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { unreadNotificationCount: number, notifications: Array<{ id: string, isRead: boolean }> | null, userErrors: Array<{ code: UserErrorCode }> } };

export type MarkAllNotificationsReadMutationVariables = Exact<{
  input: MarkAllNotificationsReadInput;
}>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: { markedCount: number | null, unreadNotificationCount: number, userErrors: Array<{ code: UserErrorCode }> } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, subjectType: NotificationSubjectType, subjectId: string, subjectLabel: string, actorName: string | null, proposalAction: ProposalAction | null, savedSearchName: string | null, createdAt: string, isRead: boolean } };

export type NotificationsPageQueryVariables = Exact<{
  unreadOnly?: boolean;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type NotificationsPageQuery = { unreadNotificationCount: number, notifications: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, kind: NotificationKind, subjectType: NotificationSubjectType, subjectId: string, subjectLabel: string, actorName: string | null, proposalAction: ProposalAction | null, savedSearchName: string | null, createdAt: string, isRead: boolean } }> } };

export type OfferingsListQueryVariables = Exact<{
  filter?: OfferingFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type OfferingsListQuery = { offerings: { totalCount: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, kind: OfferingKind, title: string, commodity: Commodity | null, quantityPerMonth: string | null, quantityUnit: QuantityUnit | null, wantedTenorMonths: number | null, unitType: BusinessUnitType | null, validUntil: string | null, lastConfirmedAt: string | null, cooperative: { id: string, name: string, village: { parent: { parent: { name: string } | null } | null } }, priceMin: { amount: string } | null, priceMax: { amount: string } | null, amountNeeded: { amount: string } | null } }> } };

export type OfferingSummaryFragment = { id: string, kind: OfferingKind, title: string, commodity: Commodity | null, quantityPerMonth: string | null, quantityUnit: QuantityUnit | null, wantedTenorMonths: number | null, unitType: BusinessUnitType | null, validUntil: string | null, lastConfirmedAt: string | null, priceMin: { amount: string } | null, priceMax: { amount: string } | null, amountNeeded: { amount: string } | null };

export type OfferingDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferingDetailQuery = { offering: { description: string, financingPurpose: string | null, status: OfferingStatus, lastConfirmedAt: string | null, createdAt: string, updatedAt: string, id: string, kind: OfferingKind, title: string, commodity: Commodity | null, quantityPerMonth: string | null, quantityUnit: QuantityUnit | null, wantedTenorMonths: number | null, unitType: BusinessUnitType | null, validUntil: string | null, cooperative: { id: string, name: string, stage: CooperativeStage, verificationLevel: VerificationLevel, village: { name: string, parent: { name: string, parent: { name: string } | null } | null } }, deliveryRegions: Array<{ code: string, name: string }>, priceMin: { amount: string } | null, priceMax: { amount: string } | null, amountNeeded: { amount: string } | null } | null };

export type PageCursorsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type PartnerWorkspaceViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerWorkspaceViewerQuery = { viewer: { roles: Array<AccessRole>, memberships: Array<{ role: MembershipRole, partner: { id: string, name: string, type: PartnerType } | null }> } | null };

export type PartnerWorkspaceProgramFragment = { id: string, name: string, kind: ProgramKind, status: ProgramStatus, commodity: Commodity | null, version: number, loanTerms: { ratePerYear: string | null, maxTenorMonths: number | null, maxAmount: { amount: string } | null } | null, coverage: Array<{ code: string, name: string }> };

export type PartnerWorkspaceRequestFragment = { id: string, title: string, commodity: Commodity, quantity: string, quantityUnit: QuantityUnit, deadline: string | null, status: PartnerRequestStatus, version: number, createdAt: string, priceHint: { amount: string } | null, deliveryRegion: { code: string, name: string } };

export type PartnerWorkspaceQueryVariables = Exact<{
  partnerId: string | number;
}>;


export type PartnerWorkspaceQuery = { partner: { id: string, name: string, type: PartnerType, commodities: Array<Commodity>, coverage: Array<{ code: string, name: string }>, proposalPipeline: { total: number, awaitingResponse: number, byStatus: Array<{ status: ProposalStatus, count: number }> } | null, programs: { totalCount: number | null, edges: Array<{ node: { id: string, name: string, kind: ProgramKind, status: ProgramStatus, commodity: Commodity | null, version: number, loanTerms: { ratePerYear: string | null, maxTenorMonths: number | null, maxAmount: { amount: string } | null } | null, coverage: Array<{ code: string, name: string }> } }> } } | null, requests: { totalCount: number | null, edges: Array<{ node: { id: string, title: string, commodity: Commodity, quantity: string, quantityUnit: QuantityUnit, deadline: string | null, status: PartnerRequestStatus, version: number, createdAt: string, priceHint: { amount: string } | null, deliveryRegion: { code: string, name: string } } }> } };

export type PartnerFormOptionsQueryVariables = Exact<{
  partnerId: string | number;
}>;


export type PartnerFormOptionsQuery = { partner: { id: string, name: string } | null, provinces: { edges: Array<{ node: { code: string, name: string, level: RegionLevel, villageKind: VillageKind | null } }> } };

export type PartnerProgramFieldsFragment = { id: string, name: string, description: string, kind: ProgramKind, status: ProgramStatus, version: number, commodity: Commodity | null, eligibleUnitTypes: Array<BusinessUnitType>, requiredDocuments: Array<DocumentType>, negotiableRules: Array<ProgramRule>, minimumVolume: { quantityPerMonth: string, unit: QuantityUnit } | null, loanTerms: { ratePerYear: string | null, maxTenorMonths: number | null, minGraceMonths: number | null, maxGraceMonths: number | null, minAmount: { amount: string } | null, maxAmount: { amount: string } | null, operatingCostCap: { amount: string } | null } | null, coverage: Array<{ code: string, name: string, level: RegionLevel, villageKind: VillageKind | null, ancestors: Array<{ code: string, name: string, level: RegionLevel, villageKind: VillageKind | null }> }>, partner: { id: string, name: string } };

export type PartnerProgramEditQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerProgramEditQuery = { program: { id: string, name: string, description: string, kind: ProgramKind, status: ProgramStatus, version: number, commodity: Commodity | null, eligibleUnitTypes: Array<BusinessUnitType>, requiredDocuments: Array<DocumentType>, negotiableRules: Array<ProgramRule>, minimumVolume: { quantityPerMonth: string, unit: QuantityUnit } | null, loanTerms: { ratePerYear: string | null, maxTenorMonths: number | null, minGraceMonths: number | null, maxGraceMonths: number | null, minAmount: { amount: string } | null, maxAmount: { amount: string } | null, operatingCostCap: { amount: string } | null } | null, coverage: Array<{ code: string, name: string, level: RegionLevel, villageKind: VillageKind | null, ancestors: Array<{ code: string, name: string, level: RegionLevel, villageKind: VillageKind | null }> }>, partner: { id: string, name: string } } | null, provinces: { edges: Array<{ node: { code: string, name: string, level: RegionLevel, villageKind: VillageKind | null } }> } };

export type PartnerRequestFieldsFragment = { id: string, title: string, description: string, commodity: Commodity, quantity: string, quantityUnit: QuantityUnit, deadline: string | null, status: PartnerRequestStatus, lastConfirmedAt: string, version: number, priceHint: { amount: string } | null, deliveryRegion: { code: string, name: string }, partner: { id: string, name: string } };

export type PartnerRequestEditQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerRequestEditQuery = { request: { id: string, title: string, description: string, commodity: Commodity, quantity: string, quantityUnit: QuantityUnit, deadline: string | null, status: PartnerRequestStatus, lastConfirmedAt: string, version: number, priceHint: { amount: string } | null, deliveryRegion: { code: string, name: string }, partner: { id: string, name: string } } | null, provinces: { edges: Array<{ node: { code: string, name: string, level: RegionLevel, villageKind: VillageKind | null } }> } };

export type PartnerWorkspaceUserErrorFragment = { code: UserErrorCode, message: string, field: Array<string> | null };

export type CreateProgramMutationVariables = Exact<{
  input: CreateProgramInput;
}>;


export type CreateProgramMutation = { createProgram: { program: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateProgramMutationVariables = Exact<{
  input: UpdateProgramInput;
}>;


export type UpdateProgramMutation = { updateProgram: { program: { id: string, name: string, description: string, kind: ProgramKind, status: ProgramStatus, version: number, commodity: Commodity | null, eligibleUnitTypes: Array<BusinessUnitType>, requiredDocuments: Array<DocumentType>, negotiableRules: Array<ProgramRule>, minimumVolume: { quantityPerMonth: string, unit: QuantityUnit } | null, loanTerms: { ratePerYear: string | null, maxTenorMonths: number | null, minGraceMonths: number | null, maxGraceMonths: number | null, minAmount: { amount: string } | null, maxAmount: { amount: string } | null, operatingCostCap: { amount: string } | null } | null, coverage: Array<{ code: string, name: string, level: RegionLevel, villageKind: VillageKind | null, ancestors: Array<{ code: string, name: string, level: RegionLevel, villageKind: VillageKind | null }> }>, partner: { id: string, name: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SetProgramStatusMutationVariables = Exact<{
  input: SetProgramStatusInput;
}>;


export type SetProgramStatusMutation = { setProgramStatus: { program: { id: string, status: ProgramStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CreateRequestMutationVariables = Exact<{
  input: CreateRequestInput;
}>;


export type CreateRequestMutation = { createRequest: { request: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateRequestMutationVariables = Exact<{
  input: UpdateRequestInput;
}>;


export type UpdateRequestMutation = { updateRequest: { request: { id: string, title: string, description: string, commodity: Commodity, quantity: string, quantityUnit: QuantityUnit, deadline: string | null, status: PartnerRequestStatus, lastConfirmedAt: string, version: number, priceHint: { amount: string } | null, deliveryRegion: { code: string, name: string }, partner: { id: string, name: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CloseRequestMutationVariables = Exact<{
  input: CloseRequestInput;
}>;


export type CloseRequestMutation = { closeRequest: { request: { id: string, status: PartnerRequestStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ConfirmRequestStillOpenMutationVariables = Exact<{
  input: ConfirmRequestStillOpenInput;
}>;


export type ConfirmRequestStillOpenMutation = { confirmRequestStillOpen: { request: { id: string, status: PartnerRequestStatus, deadline: string | null, lastConfirmedAt: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type PartnersListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PartnersListQuery = { partners: { totalCount: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, type: PartnerType, description: string, website: string | null, commodities: Array<Commodity>, verificationLevel: VerificationLevel, coverage: Array<{ code: string, name: string }>, programs: { totalCount: number | null, edges: Array<{ node: { id: string, name: string, kind: ProgramKind, commodity: Commodity | null, minimumVolume: { quantityPerMonth: string, unit: QuantityUnit } | null, loanTerms: { ratePerYear: string | null, maxTenorMonths: number | null, maxAmount: { amount: string } | null } | null } }> }, requests: { totalCount: number | null, edges: Array<{ node: { id: string, title: string, commodity: Commodity, quantity: string, quantityUnit: QuantityUnit, deadline: string | null, lastConfirmedAt: string, priceHint: { amount: string } | null, deliveryRegion: { name: string } } }> } } }> } };

export type ProgramSummaryFragment = { id: string, name: string, kind: ProgramKind, commodity: Commodity | null, minimumVolume: { quantityPerMonth: string, unit: QuantityUnit } | null, loanTerms: { ratePerYear: string | null, maxTenorMonths: number | null, maxAmount: { amount: string } | null } | null };

export type RequestSummaryFragment = { id: string, title: string, commodity: Commodity, quantity: string, quantityUnit: QuantityUnit, deadline: string | null, lastConfirmedAt: string, priceHint: { amount: string } | null, deliveryRegion: { name: string } };

export type ProgramDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgramDetailQuery = { program: { description: string, status: ProgramStatus, eligibleUnitTypes: Array<BusinessUnitType>, requiredDocuments: Array<DocumentType>, id: string, name: string, kind: ProgramKind, commodity: Commodity | null, loanTerms: { ratePerYear: string | null, maxTenorMonths: number | null, minGraceMonths: number | null, maxGraceMonths: number | null, minAmount: { amount: string } | null, maxAmount: { amount: string } | null, operatingCostCap: { amount: string } | null } | null, coverage: Array<{ code: string, name: string }>, partner: { id: string, name: string, type: PartnerType, verificationLevel: VerificationLevel, website: string | null }, minimumVolume: { quantityPerMonth: string, unit: QuantityUnit } | null } | null };

export type PassportFieldsFragment = { asOf: string, level: ReadinessLevel, metCount: number, missingOfficers: Array<OfficerRole>, findings: Array<{ reason: ReadinessReason, documentType: DocumentType | null, officerRoles: Array<OfficerRole> }>, requirements: Array<{ key: string, kind: RequirementKind, status: RequirementStatus, documentType: DocumentType | null, document: { id: string, number: string | null, issuedOn: string | null, expiresOn: string | null, verificationLevel: VerificationLevel } | null }>, trackRecord: { accepted: number, completed: number, cancelled: number, notAgreed: number, open: number }, loanHint: { statedNeedCount: number, cappedAtCeiling: boolean, costTable: string, costSource: string, costsAsOf: string, ceiling: { amount: string }, operatingCostCap: { amount: string }, unitCosts: Array<{ unitType: BusinessUnitType, status: BusinessUnitStatus, cost: { amount: string } | null }>, buildingCost: { amount: string }, statedNeed: { amount: string }, low: { amount: string } | null, high: { amount: string } | null, debtService: { ratePerYear: string, tenorMonths: number, graceMonths: number, incomeCover: string | null, principal: { amount: string }, graceMonthlyInterest: { amount: string }, monthlyInstalment: { amount: string }, expectedMonthlyIncome: { amount: string } | null } | null }, shares: Array<{ sharedAt: string, partner: { id: string, name: string } }> | null, cooperative: { id: string, name: string, kind: CooperativeKind, stage: CooperativeStage, verificationLevel: VerificationLevel, memberCount: number, village: { name: string, parent: { name: string, parent: { name: string } | null } | null }, units: Array<{ id: string, type: BusinessUnitType, name: string | null, status: BusinessUnitStatus, capacityNotes: string | null, activeSince: string | null }>, officers: Array<{ role: OfficerRole, name: string }>, attestations: Array<{ id: string, subject: AttestationSubject, note: string | null, attestedAt: string, mentor: { name: string }, document: { type: DocumentType } | null, businessUnit: { type: BusinessUnitType, name: string | null } | null }>, responsiveness: { periodDays: number, responses: number, medianResponseSeconds: number | null, expiredWhileWaiting: number } } };

export type PassportLoanHintFragment = { statedNeedCount: number, cappedAtCeiling: boolean, costTable: string, costSource: string, costsAsOf: string, ceiling: { amount: string }, operatingCostCap: { amount: string }, unitCosts: Array<{ unitType: BusinessUnitType, status: BusinessUnitStatus, cost: { amount: string } | null }>, buildingCost: { amount: string }, statedNeed: { amount: string }, low: { amount: string } | null, high: { amount: string } | null, debtService: { ratePerYear: string, tenorMonths: number, graceMonths: number, incomeCover: string | null, principal: { amount: string }, graceMonthlyInterest: { amount: string }, monthlyInstalment: { amount: string }, expectedMonthlyIncome: { amount: string } | null } | null };

export type FinancingPassportQueryVariables = Exact<{
  cooperativeId: string | number;
}>;


export type FinancingPassportQuery = { financingPassport: { asOf: string, level: ReadinessLevel, metCount: number, missingOfficers: Array<OfficerRole>, findings: Array<{ reason: ReadinessReason, documentType: DocumentType | null, officerRoles: Array<OfficerRole> }>, requirements: Array<{ key: string, kind: RequirementKind, status: RequirementStatus, documentType: DocumentType | null, document: { id: string, number: string | null, issuedOn: string | null, expiresOn: string | null, verificationLevel: VerificationLevel } | null }>, trackRecord: { accepted: number, completed: number, cancelled: number, notAgreed: number, open: number }, loanHint: { statedNeedCount: number, cappedAtCeiling: boolean, costTable: string, costSource: string, costsAsOf: string, ceiling: { amount: string }, operatingCostCap: { amount: string }, unitCosts: Array<{ unitType: BusinessUnitType, status: BusinessUnitStatus, cost: { amount: string } | null }>, buildingCost: { amount: string }, statedNeed: { amount: string }, low: { amount: string } | null, high: { amount: string } | null, debtService: { ratePerYear: string, tenorMonths: number, graceMonths: number, incomeCover: string | null, principal: { amount: string }, graceMonthlyInterest: { amount: string }, monthlyInstalment: { amount: string }, expectedMonthlyIncome: { amount: string } | null } | null }, shares: Array<{ sharedAt: string, partner: { id: string, name: string } }> | null, cooperative: { id: string, name: string, kind: CooperativeKind, stage: CooperativeStage, verificationLevel: VerificationLevel, memberCount: number, village: { name: string, parent: { name: string, parent: { name: string } | null } | null }, units: Array<{ id: string, type: BusinessUnitType, name: string | null, status: BusinessUnitStatus, capacityNotes: string | null, activeSince: string | null }>, officers: Array<{ role: OfficerRole, name: string }>, attestations: Array<{ id: string, subject: AttestationSubject, note: string | null, attestedAt: string, mentor: { name: string }, document: { type: DocumentType } | null, businessUnit: { type: BusinessUnitType, name: string | null } | null }>, responsiveness: { periodDays: number, responses: number, medianResponseSeconds: number | null, expiredWhileWaiting: number } } } };

export type PassportPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type PassportPartnersQuery = { partners: { edges: Array<{ node: { id: string, name: string, type: PartnerType } }> } };

export type SharePassportMutationVariables = Exact<{
  input: PassportSharingInput;
}>;


export type SharePassportMutation = { sharePassport: { passport: { shares: Array<{ partner: { id: string } }> | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type StopSharingPassportMutationVariables = Exact<{
  input: PassportSharingInput;
}>;


export type StopSharingPassportMutation = { stopSharingPassport: { passport: { shares: Array<{ partner: { id: string } }> | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ProposalTermsFieldsFragment = { version: number, authorSide: ProposalSide, quantity: string | null, quantityUnit: QuantityUnit | null, tenorMonths: number | null, ratePerYear: string | null, graceMonths: number | null, collateral: string | null, delivery: string | null, paymentDays: number | null, note: string | null, createdAt: string, amount: { amount: string } | null, pricePerUnit: { amount: string } | null, operatingCostAmount: { amount: string } | null, collateralValue: { amount: string } | null, deliveryRegion: { code: string, name: string } | null, ruleDeviations: Array<{ rule: ProgramRule, bound: ProgramRuleBound, allowed: string, proposed: string }> };

export type ProposalListItemFragment = { id: string, title: string, kind: ProposalKind, status: ProposalStatus, isPooled: boolean, turn: ProposalSide | null, turnSince: string | null, expiresAt: string | null, updatedAt: string, isAwaitingDraftApproval: boolean, cooperative: { id: string, name: string } | null, partner: { id: string, name: string } | null, latestTerms: { version: number, quantity: string | null, quantityUnit: QuantityUnit | null, tenorMonths: number | null, ratePerYear: string | null, amount: { amount: string } | null, pricePerUnit: { amount: string } | null } };

export type ProposalInboxQueryVariables = Exact<{
  yourTurn: ProposalFilter;
  others: ProposalFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ProposalInboxQuery = { yourTurn: { totalCount: number | null, edges: Array<{ node: { id: string, title: string, kind: ProposalKind, status: ProposalStatus, isPooled: boolean, turn: ProposalSide | null, turnSince: string | null, expiresAt: string | null, updatedAt: string, isAwaitingDraftApproval: boolean, cooperative: { id: string, name: string } | null, partner: { id: string, name: string } | null, latestTerms: { version: number, quantity: string | null, quantityUnit: QuantityUnit | null, tenorMonths: number | null, ratePerYear: string | null, amount: { amount: string } | null, pricePerUnit: { amount: string } | null } } }> }, others: { totalCount: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, kind: ProposalKind, status: ProposalStatus, isPooled: boolean, turn: ProposalSide | null, turnSince: string | null, expiresAt: string | null, updatedAt: string, isAwaitingDraftApproval: boolean, cooperative: { id: string, name: string } | null, partner: { id: string, name: string } | null, latestTerms: { version: number, quantity: string | null, quantityUnit: QuantityUnit | null, tenorMonths: number | null, ratePerYear: string | null, amount: { amount: string } | null, pricePerUnit: { amount: string } | null } } }> } };

export type ProposalKindTermsFieldsFragment = { kind: ProposalKind, requiredTerms: Array<ProposalTermsField> };

export type ProposalKindTermsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalKindTermsQuery = { proposalKindTerms: Array<{ kind: ProposalKind, requiredTerms: Array<ProposalTermsField> }> };

export type ProposalPoolFieldsFragment = { committed: string, quantityUnit: QuantityUnit, isFullyApproved: boolean, members: Array<{ isLead: boolean, isViewersShare: boolean, status: PoolShareStatus, quantity: string, quantityUnit: QuantityUnit, deliveryFrom: string | null, deliveryUntil: string | null, decidedAt: string | null, pricePerUnit: { amount: string } | null, cooperative: { id: string, name: string } | null, offering: { id: string, title: string } | null }> };

export type ProposalDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProposalDetailQuery = { proposalKindTerms: Array<{ kind: ProposalKind, requiredTerms: Array<ProposalTermsField> }>, proposal: { id: string, title: string, kind: ProposalKind, status: ProposalStatus, startedBy: ProposalSide, isAwaitingDraftApproval: boolean, turn: ProposalSide | null, turnSince: string | null, expiresAt: string | null, submittedAt: string | null, closedAt: string | null, latestTermsVersion: number, acceptedTermsVersion: number | null, version: number, createdAt: string, updatedAt: string, viewerActions: Array<ProposalAction>, isViewerTurn: boolean, isPooled: boolean, cooperative: { id: string, name: string } | null, partner: { id: string, name: string } | null, offering: { id: string, title: string } | null, program: { id: string, name: string, minimumVolume: { quantityPerMonth: string, unit: QuantityUnit } | null } | null, request: { id: string, title: string, quantity: string, quantityUnit: QuantityUnit } | null, mentor: { id: string, name: string } | null, pool: { committed: string, quantityUnit: QuantityUnit, isFullyApproved: boolean, members: Array<{ isLead: boolean, isViewersShare: boolean, status: PoolShareStatus, quantity: string, quantityUnit: QuantityUnit, deliveryFrom: string | null, deliveryUntil: string | null, decidedAt: string | null, pricePerUnit: { amount: string } | null, cooperative: { id: string, name: string } | null, offering: { id: string, title: string } | null }> } | null, terms: { totalCount: number | null, edges: Array<{ node: { version: number, authorSide: ProposalSide, quantity: string | null, quantityUnit: QuantityUnit | null, tenorMonths: number | null, ratePerYear: string | null, graceMonths: number | null, collateral: string | null, delivery: string | null, paymentDays: number | null, note: string | null, createdAt: string, amount: { amount: string } | null, pricePerUnit: { amount: string } | null, operatingCostAmount: { amount: string } | null, collateralValue: { amount: string } | null, deliveryRegion: { code: string, name: string } | null, ruleDeviations: Array<{ rule: ProgramRule, bound: ProgramRuleBound, allowed: string, proposed: string }> } }> }, events: { edges: Array<{ node: { action: ProposalAction, actor: ProposalActor, side: ProposalSide | null, fromStatus: ProposalStatus | null, toStatus: ProposalStatus, turnAfter: ProposalSide | null, termsVersion: number | null, note: string | null, occurredAt: string, actorName: string | null, poolMember: { id: string, name: string } | null } }> }, messages: { edges: Array<{ node: { authorRole: ProposalActor, body: string, sentAt: string, authorName: string | null } }> } } | null };

export type NewProposalFromOfferingQueryVariables = Exact<{
  id: string | number;
}>;


export type NewProposalFromOfferingQuery = { offering: { id: string, kind: OfferingKind, title: string, status: OfferingStatus, commodity: Commodity | null, quantityPerMonth: string | null, quantityUnit: QuantityUnit | null, wantedTenorMonths: number | null, priceMin: { amount: string } | null, amountNeeded: { amount: string } | null, cooperative: { id: string, name: string } } | null };

export type NewProposalFromProgramQueryVariables = Exact<{
  id: string | number;
}>;


export type NewProposalFromProgramQuery = { program: { id: string, name: string, kind: ProgramKind, status: ProgramStatus, commodity: Commodity | null, loanTerms: { ratePerYear: string | null, maxTenorMonths: number | null, maxAmount: { amount: string } | null } | null, partner: { id: string, name: string } } | null };

export type RequestForProposalFragment = { id: string, title: string, status: PartnerRequestStatus, commodity: Commodity, quantity: string, quantityUnit: QuantityUnit, priceHint: { amount: string } | null, deliveryRegion: { code: string, name: string }, partner: { id: string, name: string } };

export type NewProposalFromRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type NewProposalFromRequestQuery = { request: { id: string, title: string, status: PartnerRequestStatus, commodity: Commodity, quantity: string, quantityUnit: QuantityUnit, priceHint: { amount: string } | null, deliveryRegion: { code: string, name: string }, partner: { id: string, name: string } } | null };

export type PoolOfferPageQueryVariables = Exact<{
  requestId: string | number;
}>;


export type PoolOfferPageQuery = { request: { id: string, title: string, status: PartnerRequestStatus, commodity: Commodity, quantity: string, quantityUnit: QuantityUnit, priceHint: { amount: string } | null, deliveryRegion: { code: string, name: string }, partner: { id: string, name: string } } | null, suggestedPools: Array<{ basis: PoolBasis, target: string, unit: QuantityUnit, total: string, members: Array<{ quantityPerMonth: string, sharePercent: number, proximity: PoolProximity, verificationLevel: VerificationLevel, medianResponseSeconds: number | null, cooperative: { id: string, name: string, village: { name: string, parent: { name: string } | null } }, offering: { id: string, title: string } }> }>, viewer: { memberships: Array<{ mentor: { id: string, caseload: { totalCount: number | null, edges: Array<{ node: { id: string } }> } } | null }> } | null };

export type NewProposalForCooperativeQueryVariables = Exact<{
  id: string | number;
}>;


export type NewProposalForCooperativeQuery = { cooperative: { id: string, name: string } | null };

export type NewProposalPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type NewProposalPartnersQuery = { partners: { edges: Array<{ node: { id: string, name: string } }> } };

export type ProposalActionResultFragment = { id: string, version: number, status: ProposalStatus };

export type ProposalActionErrorFragment = { code: ProposalErrorCode, message: string, field: Array<string> | null };

export type CreateProposalMutationVariables = Exact<{
  input: CreateProposalInput;
}>;


export type CreateProposalMutation = { createProposal: { proposal: { id: string, version: number, status: ProposalStatus } | null, errors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateProposalDraftMutationVariables = Exact<{
  input: UpdateProposalDraftInput;
}>;


export type UpdateProposalDraftMutation = { updateProposalDraft: { proposal: { id: string, version: number, status: ProposalStatus } | null, errors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type SubmitProposalMutationVariables = Exact<{
  input: SubmitProposalInput;
}>;


export type SubmitProposalMutation = { submitProposal: { proposal: { id: string, version: number, status: ProposalStatus } | null, errors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type ApproveProposalDraftMutationVariables = Exact<{
  input: ApproveProposalDraftInput;
}>;


export type ApproveProposalDraftMutation = { approveProposalDraft: { proposal: { id: string, version: number, status: ProposalStatus } | null, errors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type RejectProposalDraftMutationVariables = Exact<{
  input: RejectProposalDraftInput;
}>;


export type RejectProposalDraftMutation = { rejectProposalDraft: { proposal: { id: string, version: number, status: ProposalStatus } | null, errors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type StartProposalReviewMutationVariables = Exact<{
  input: StartProposalReviewInput;
}>;


export type StartProposalReviewMutation = { startProposalReview: { proposal: { id: string, version: number, status: ProposalStatus } | null, errors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type CounterProposalMutationVariables = Exact<{
  input: CounterProposalInput;
}>;


export type CounterProposalMutation = { counterProposal: { proposal: { id: string, version: number, status: ProposalStatus } | null, errors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type AcceptProposalMutationVariables = Exact<{
  input: AcceptProposalInput;
}>;


export type AcceptProposalMutation = { acceptProposal: { proposal: { id: string, version: number, status: ProposalStatus } | null, errors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type DeclineProposalMutationVariables = Exact<{
  input: DeclineProposalInput;
}>;


export type DeclineProposalMutation = { declineProposal: { proposal: { id: string, version: number, status: ProposalStatus } | null, errors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type WithdrawProposalMutationVariables = Exact<{
  input: WithdrawProposalInput;
}>;


export type WithdrawProposalMutation = { withdrawProposal: { proposal: { id: string, version: number, status: ProposalStatus } | null, errors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type CompleteProposalMutationVariables = Exact<{
  input: CompleteProposalInput;
}>;


export type CompleteProposalMutation = { completeProposal: { proposal: { id: string, version: number, status: ProposalStatus } | null, errors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type CancelProposalMutationVariables = Exact<{
  input: CancelProposalInput;
}>;


export type CancelProposalMutation = { cancelProposal: { proposal: { id: string, version: number, status: ProposalStatus } | null, errors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type ApprovePoolShareMutationVariables = Exact<{
  input: ApprovePoolShareInput;
}>;


export type ApprovePoolShareMutation = { approvePoolShare: { proposal: { id: string, version: number, status: ProposalStatus } | null, errors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type WithdrawPoolShareMutationVariables = Exact<{
  input: WithdrawPoolShareInput;
}>;


export type WithdrawPoolShareMutation = { withdrawPoolShare: { proposal: { id: string, version: number, status: ProposalStatus } | null, errors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type SendProposalMessageMutationVariables = Exact<{
  input: SendProposalMessageInput;
}>;


export type SendProposalMessageMutation = { sendProposalMessage: { message: { sentAt: string } | null, errors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type ProgramPoolOfferPageQueryVariables = Exact<{
  programId: string | number;
}>;


export type ProgramPoolOfferPageQuery = { program: { id: string, name: string, kind: ProgramKind, status: ProgramStatus, commodity: Commodity | null, minimumVolume: { quantityPerMonth: string, unit: QuantityUnit } | null, coverage: Array<{ code: string, name: string, level: RegionLevel }>, partner: { id: string, name: string } } | null, viewer: { memberships: Array<{ cooperative: { id: string, village: { code: string } } | null, mentor: { id: string, caseload: { totalCount: number | null, edges: Array<{ node: { id: string } }> } } | null }> } | null };

export type ProgramPoolSuggestionsQueryVariables = Exact<{
  programId: string | number;
  near: string;
}>;


export type ProgramPoolSuggestionsQuery = { suggestedPoolsForProgram: Array<{ basis: PoolBasis, target: string, unit: QuantityUnit, total: string, members: Array<{ quantityPerMonth: string, sharePercent: number, proximity: PoolProximity, verificationLevel: VerificationLevel, medianResponseSeconds: number | null, cooperative: { id: string, name: string, village: { name: string, parent: { name: string } | null } }, offering: { id: string, title: string } }> }> };

export type RegenciesWithinQueryVariables = Exact<{
  code: string;
}>;


export type RegenciesWithinQuery = { regions: { edges: Array<{ node: { code: string, name: string } }> } };

export type RegionPickerOptionFragment = { code: string, name: string, level: RegionLevel, villageKind: VillageKind | null };

export type RegionPickerLevelsQueryVariables = Exact<{
  province: string;
  regency: string;
  district: string;
  withRegencies: boolean;
  withDistricts: boolean;
  withVillages: boolean;
}>;


export type RegionPickerLevelsQuery = { provinces: { edges: Array<{ node: { code: string, name: string, level: RegionLevel, villageKind: VillageKind | null } }> }, regencies?: { edges: Array<{ node: { code: string, name: string, level: RegionLevel, villageKind: VillageKind | null } }> }, districts?: { edges: Array<{ node: { code: string, name: string, level: RegionLevel, villageKind: VillageKind | null } }> }, villages?: { edges: Array<{ node: { code: string, name: string, level: RegionLevel, villageKind: VillageKind | null } }> }, villagesTail?: { edges: Array<{ node: { code: string, name: string, level: RegionLevel, villageKind: VillageKind | null } }> } };

export type RegionPickerSearchQueryVariables = Exact<{
  search: string;
  withinCode?: string | null | undefined;
  first: number;
}>;


export type RegionPickerSearchQuery = { regions: { edges: Array<{ node: { code: string, name: string, level: RegionLevel, villageKind: VillageKind | null, ancestors: Array<{ code: string, name: string, level: RegionLevel, villageKind: VillageKind | null }> } }> } };

export type SearchResultsQueryVariables = Exact<{
  q: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  filter?: SearchFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchResultsQuery = { search: { totalCount: number | null, isTotalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { __typename: 'Cooperative', id: string, name: string, village: { name: string, parent: { parent: { name: string } | null } | null } }
        | { __typename: 'Offering', id: string, title: string, kind: OfferingKind, commodity: Commodity | null, cooperative: { id: string, name: string } }
        | { __typename: 'Partner', id: string, name: string, partnerType: PartnerType }
        | { __typename: 'PartnerRequest', id: string, title: string, requestCommodity: Commodity, partner: { id: string, name: string }, deliveryRegion: { name: string } }
        | { __typename: 'Program', id: string, name: string, programCommodity: Commodity | null, partner: { id: string, name: string } }
       }> } };

export type SavedSearchesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SavedSearchesQuery = { savedSearches: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, q: string, types: Array<SearchType>, regionCode: string | null, commodity: Commodity | null, createdAt: string } }> } };

export type SaveSearchMutationVariables = Exact<{
  input: SaveSearchInput;
}>;


export type SaveSearchMutation = { saveSearch: { savedSearch: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type DeleteSavedSearchMutationVariables = Exact<{
  input: DeleteSavedSearchInput;
}>;


export type DeleteSavedSearchMutation = { deleteSavedSearch: { deletedSavedSearchId: string | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type SimkopdesImportSummaryFragment = { id: string, status: SimkopdesImportStatus, format: SimkopdesFileFormat, fileNames: Array<string>, createdByName: string | null, createdAt: string, checkedAt: string | null, appliedAt: string | null, undoneAt: string | null, rowsDone: number, rowsTotal: number };

export type SimkopdesImportProgressFragment = { id: string, status: SimkopdesImportStatus, rowsDone: number, rowsTotal: number, error: string | null };

export type SimkopdesReportDetailsFragment = { newCooperatives: number, matchedCooperatives: number, tables: Array<{ table: string, rows: number, create: number, update: number, unchanged: number, conflict: number, counted: number, skipped: number, rejected: number, rejections: Array<{ code: string, count: number }>, notes: Array<{ code: string, count: number }> }>, issues: Array<{ code: string, source: string, message: string }>, rejectedSample: Array<{ table: string, source: string, rowNumber: number, koperasiRef: string | null, reasons: Array<{ code: string, column: string | null, message: string }> }> };

export type SimkopdesConflictDetailsFragment = { id: string, cooperativeId: string, cooperativeName: string, field: SimkopdesConflictField, subject: string | null, ours: string | null, theirs: string, resolution: SimkopdesConflictResolution | null };

export type SimkopdesViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SimkopdesViewerQuery = { viewer: { roles: Array<AccessRole>, memberships: Array<{ role: MembershipRole, region: { code: string, name: string, level: RegionLevel } | null }> } | null };

export type SimkopdesImportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type SimkopdesImportsQuery = { simkopdesImports: { edges: Array<{ node: { id: string, status: SimkopdesImportStatus, format: SimkopdesFileFormat, fileNames: Array<string>, createdByName: string | null, createdAt: string, checkedAt: string | null, appliedAt: string | null, undoneAt: string | null, rowsDone: number, rowsTotal: number } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type SimkopdesImportQueryVariables = Exact<{
  id: string | number;
}>;


export type SimkopdesImportQuery = { simkopdesImport: { error: string | null, scopeRegionCodes: Array<string> | null, id: string, status: SimkopdesImportStatus, format: SimkopdesFileFormat, fileNames: Array<string>, createdByName: string | null, createdAt: string, checkedAt: string | null, appliedAt: string | null, undoneAt: string | null, rowsDone: number, rowsTotal: number, report: { newCooperatives: number, matchedCooperatives: number, tables: Array<{ table: string, rows: number, create: number, update: number, unchanged: number, conflict: number, counted: number, skipped: number, rejected: number, rejections: Array<{ code: string, count: number }>, notes: Array<{ code: string, count: number }> }>, issues: Array<{ code: string, source: string, message: string }>, rejectedSample: Array<{ table: string, source: string, rowNumber: number, koperasiRef: string | null, reasons: Array<{ code: string, column: string | null, message: string }> }> } | null, conflicts: Array<{ id: string, cooperativeId: string, cooperativeName: string, field: SimkopdesConflictField, subject: string | null, ours: string | null, theirs: string, resolution: SimkopdesConflictResolution | null }> } | null };

export type SimkopdesImportProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type SimkopdesImportProgressQuery = { simkopdesImport: { id: string, status: SimkopdesImportStatus, rowsDone: number, rowsTotal: number, error: string | null } | null };

export type ApplySimkopdesImportMutationVariables = Exact<{
  input: SimkopdesImportInput;
}>;


export type ApplySimkopdesImportMutation = { applySimkopdesImport: { userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, import: { id: string, status: SimkopdesImportStatus, rowsDone: number, rowsTotal: number, error: string | null } | null } };

export type UndoSimkopdesImportMutationVariables = Exact<{
  input: SimkopdesImportInput;
}>;


export type UndoSimkopdesImportMutation = { undoSimkopdesImport: { userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, import: { id: string, status: SimkopdesImportStatus, rowsDone: number, rowsTotal: number, error: string | null } | null } };

export type DiscardSimkopdesImportMutationVariables = Exact<{
  input: SimkopdesImportInput;
}>;


export type DiscardSimkopdesImportMutation = { discardSimkopdesImport: { userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, import: { id: string, status: SimkopdesImportStatus, rowsDone: number, rowsTotal: number, error: string | null } | null } };

export type ResolveSimkopdesConflictMutationVariables = Exact<{
  input: ResolveSimkopdesConflictInput;
}>;


export type ResolveSimkopdesConflictMutation = { resolveSimkopdesConflict: { userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, conflict: { id: string, cooperativeId: string, cooperativeName: string, field: SimkopdesConflictField, subject: string | null, ours: string | null, theirs: string, resolution: SimkopdesConflictResolution | null } | null } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { roles: Array<AccessRole>, mustChangePassword: boolean, user: { id: string, name: string, email: string }, memberships: Array<{ role: MembershipRole, cooperative: { id: string, name: string } | null, partner: { id: string, name: string } | null }> } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { viewer: { mustChangePassword: boolean, user: { id: string, name: string } } | null, errors: Array<{ code: AccountErrorCode, message: string, field: Array<string> | null }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { isSignedOut: boolean } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { isChanged: boolean, revokedSessionCount: number, errors: Array<{ code: AccountErrorCode, message: string, field: Array<string> | null }> } };

export const WorkspaceOfferingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceOffering"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offering"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountNeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financingPurpose"}},{"kind":"Field","name":{"kind":"Name","value":"wantedTenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WorkspaceOfferingFragment, unknown>;
export const WorkspaceUserErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<WorkspaceUserErrorFragment, unknown>;
export const CooperativeSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperativeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"activeUnits"},"name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CooperativeSummaryFragment, unknown>;
export const WorkspaceDocumentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CooperativeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"hasFile"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayChange"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]}}]} as unknown as DocumentNode<WorkspaceDocumentFragment, unknown>;
export const AreaFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionStageBreakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<AreaFiguresFragment, unknown>;
export const MatchReasonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"documentsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"documentsRequired"}},{"kind":"Field","name":{"kind":"Name","value":"quantityOffered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"medianResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatchReasonFieldsFragment, unknown>;
export const MatchGapFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMissed"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"expiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"unitStatus"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityOffered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"medianResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatchGapFieldsFragment, unknown>;
export const SuggestedPoolFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestedPoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestedPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"proximity"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"medianResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestedPoolFieldsFragment, unknown>;
export const CaseloadCooperativeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseloadCooperative"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skAhuNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nikKoperasi"}},{"kind":"Field","name":{"kind":"Name","value":"nib"}},{"kind":"Field","name":{"kind":"Name","value":"npwp"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"activeUnits"},"name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"publishedOfferings"},"name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CaseloadCooperativeFragment, unknown>;
export const NotificationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"proposalAction"}},{"kind":"Field","name":{"kind":"Name","value":"savedSearchName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isRead"}}]}}]} as unknown as DocumentNode<NotificationItemFragment, unknown>;
export const OfferingSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offering"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountNeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedTenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}}]}}]} as unknown as DocumentNode<OfferingSummaryFragment, unknown>;
export const PageCursorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageCursorsFragment, unknown>;
export const PartnerWorkspaceProgramFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWorkspaceProgram"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"loanTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenorMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnerWorkspaceProgramFragment, unknown>;
export const PartnerWorkspaceRequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWorkspaceRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"priceHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnerWorkspaceRequestFragment, unknown>;
export const RegionPickerOptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionPickerOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"villageKind"}}]}}]} as unknown as DocumentNode<RegionPickerOptionFragment, unknown>;
export const PartnerProgramFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerProgramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"minimumVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleUnitTypes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"negotiableRules"}},{"kind":"Field","name":{"kind":"Name","value":"loanTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minGraceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxGraceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"operatingCostCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionPickerOption"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionPickerOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionPickerOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"villageKind"}}]}}]} as unknown as DocumentNode<PartnerProgramFieldsFragment, unknown>;
export const PartnerRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priceHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnerRequestFieldsFragment, unknown>;
export const PartnerWorkspaceUserErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<PartnerWorkspaceUserErrorFragment, unknown>;
export const ProgramSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"minimumVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loanTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenorMonths"}}]}}]}}]} as unknown as DocumentNode<ProgramSummaryFragment, unknown>;
export const RequestSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priceHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RequestSummaryFragment, unknown>;
export const PassportLoanHintFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PassportLoanHint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanSizeHint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ceiling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatingCostCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitCosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buildingCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedNeedCount"}},{"kind":"Field","name":{"kind":"Name","value":"low"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"high"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cappedAtCeiling"}},{"kind":"Field","name":{"kind":"Name","value":"debtService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"tenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"graceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"graceMonthlyInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyInstalment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonthlyIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomeCover"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costTable"}},{"kind":"Field","name":{"kind":"Name","value":"costSource"}},{"kind":"Field","name":{"kind":"Name","value":"costsAsOf"}}]}}]} as unknown as DocumentNode<PassportLoanHintFragment, unknown>;
export const CooperativeUnitItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperativeUnitItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"activeSince"}}]}}]} as unknown as DocumentNode<CooperativeUnitItemFragment, unknown>;
export const CooperativeAttestationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperativeAttestationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CooperativeAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CooperativeAttestationItemFragment, unknown>;
export const PassportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PassportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingPassport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"officerRoles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metCount"}},{"kind":"Field","name":{"kind":"Name","value":"missingOfficers"}},{"kind":"Field","name":{"kind":"Name","value":"trackRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"notAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loanHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PassportLoanHint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CooperativeUnitItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CooperativeAttestationItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiveness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"medianResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"expiredWhileWaiting"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PassportLoanHint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanSizeHint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ceiling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatingCostCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitCosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buildingCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedNeedCount"}},{"kind":"Field","name":{"kind":"Name","value":"low"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"high"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cappedAtCeiling"}},{"kind":"Field","name":{"kind":"Name","value":"debtService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"tenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"graceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"graceMonthlyInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyInstalment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonthlyIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomeCover"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costTable"}},{"kind":"Field","name":{"kind":"Name","value":"costSource"}},{"kind":"Field","name":{"kind":"Name","value":"costsAsOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperativeUnitItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"activeSince"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperativeAttestationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CooperativeAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PassportFieldsFragment, unknown>;
export const ProposalTermsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"authorSide"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"tenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"graceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"operatingCostAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collateral"}},{"kind":"Field","name":{"kind":"Name","value":"collateralValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDays"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleDeviations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}}]}}]}}]} as unknown as DocumentNode<ProposalTermsFieldsFragment, unknown>;
export const ProposalListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPooled"}},{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"turnSince"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isAwaitingDraftApproval"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"tenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}}]}}]}}]} as unknown as DocumentNode<ProposalListItemFragment, unknown>;
export const ProposalKindTermsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalKindTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalKindTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTerms"}}]}}]} as unknown as DocumentNode<ProposalKindTermsFieldsFragment, unknown>;
export const ProposalPoolFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalPoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"isFullyApproved"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"isViewersShare"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFrom"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUntil"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ProposalPoolFieldsFragment, unknown>;
export const RequestForProposalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestForProposal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"priceHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RequestForProposalFragment, unknown>;
export const ProposalActionResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ProposalActionResultFragment, unknown>;
export const ProposalActionErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ProposalActionErrorFragment, unknown>;
export const SimkopdesImportSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimkopdesImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimkopdesImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"fileNames"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}}]}}]} as unknown as DocumentNode<SimkopdesImportSummaryFragment, unknown>;
export const SimkopdesImportProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimkopdesImportProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimkopdesImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<SimkopdesImportProgressFragment, unknown>;
export const SimkopdesReportDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimkopdesReportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimkopdesReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"matchedCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"create"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"conflict"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectedSample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"koperasiRef"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SimkopdesReportDetailsFragment, unknown>;
export const SimkopdesConflictDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimkopdesConflictDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimkopdesConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeId"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"ours"}},{"kind":"Field","name":{"kind":"Name","value":"theirs"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]} as unknown as DocumentNode<SimkopdesConflictDetailsFragment, unknown>;
export const CooperativeWorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativeWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"managementPattern"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonthlyIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"legal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skAhuNumber"}},{"kind":"Field","name":{"kind":"Name","value":"skAhuDate"}},{"kind":"Field","name":{"kind":"Name","value":"nikKoperasi"}},{"kind":"Field","name":{"kind":"Name","value":"nib"}},{"kind":"Field","name":{"kind":"Name","value":"npwp"}},{"kind":"Field","name":{"kind":"Name","value":"deedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"deedDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CooperativeUnitItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"},{"kind":"EnumValue","value":"PUBLISHED"},{"kind":"EnumValue","value":"PAUSED"},{"kind":"EnumValue","value":"EXPIRED"},{"kind":"EnumValue","value":"CLOSED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceOffering"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposalPipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingResponse"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperativeUnitItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"activeSince"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceOffering"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offering"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountNeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financingPurpose"}},{"kind":"Field","name":{"kind":"Name","value":"wantedTenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CooperativeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"hasFile"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayChange"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]}}]} as unknown as DocumentNode<CooperativeWorkspaceQuery, CooperativeWorkspaceQueryVariables>;
export const UpdateCooperativeProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCooperativeProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCooperativeProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCooperativeProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateCooperativeProfileMutation, UpdateCooperativeProfileMutationVariables>;
export const UpdateCooperativeLegalDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCooperativeLegalData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCooperativeLegalDataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCooperativeLegalData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateCooperativeLegalDataMutation, UpdateCooperativeLegalDataMutationVariables>;
export const SetCooperativeOfficersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCooperativeOfficers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCooperativeOfficersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCooperativeOfficers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SetCooperativeOfficersMutation, SetCooperativeOfficersMutationVariables>;
export const AddBusinessUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddBusinessUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddBusinessUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBusinessUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AddBusinessUnitMutation, AddBusinessUnitMutationVariables>;
export const UpdateBusinessUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBusinessUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBusinessUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBusinessUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateBusinessUnitMutation, UpdateBusinessUnitMutationVariables>;
export const RemoveBusinessUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveBusinessUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveBusinessUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeBusinessUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedBusinessUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RemoveBusinessUnitMutation, RemoveBusinessUnitMutationVariables>;
export const CreateOfferingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOffering"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfferingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateOfferingMutation, CreateOfferingMutationVariables>;
export const UpdateOfferingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOffering"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfferingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateOfferingMutation, UpdateOfferingMutationVariables>;
export const PublishOfferingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishOffering"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishOfferingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishOffering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<PublishOfferingMutation, PublishOfferingMutationVariables>;
export const PauseOfferingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseOffering"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PauseOfferingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseOffering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<PauseOfferingMutation, PauseOfferingMutationVariables>;
export const CloseOfferingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseOffering"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseOfferingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeOffering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CloseOfferingMutation, CloseOfferingMutationVariables>;
export const ConfirmOfferingStillValidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmOfferingStillValid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmOfferingStillValidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmOfferingStillValid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ConfirmOfferingStillValidMutation, ConfirmOfferingStillValidMutationVariables>;
export const DiscoverCooperativesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiscoverCooperatives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperativeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CooperativeSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperativeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"activeUnits"},"name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DiscoverCooperativesQuery, DiscoverCooperativesQueryVariables>;
export const CooperativeProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativeProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"managementPattern"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"legal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skAhuNumber"}},{"kind":"Field","name":{"kind":"Name","value":"skAhuDate"}},{"kind":"Field","name":{"kind":"Name","value":"nikKoperasi"}},{"kind":"Field","name":{"kind":"Name","value":"nib"}},{"kind":"Field","name":{"kind":"Name","value":"npwp"}},{"kind":"Field","name":{"kind":"Name","value":"deedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"deedDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"villageKind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CooperativeUnitItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayAttest"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CooperativeAttestationItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferingSummary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiveness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"medianResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"expiredWhileWaiting"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperativeUnitItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"activeSince"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperativeAttestationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CooperativeAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offering"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountNeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedTenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}}]}}]} as unknown as DocumentNode<CooperativeProfileQuery, CooperativeProfileQueryVariables>;
export const DinasViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DinasViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"provinces"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DinasViewerQuery, DinasViewerQueryVariables>;
export const DinasRegenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DinasRegencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"regencies"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DinasRegenciesQuery, DinasRegenciesQueryVariables>;
export const DinasDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DinasDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dinasDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"byStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}},{"kind":"Field","name":{"kind":"Name","value":"proposalsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedProposals"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedFinancingProposals"}},{"kind":"Field","name":{"kind":"Name","value":"financingVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<DinasDashboardQuery, DinasDashboardQueryVariables>;
export const AddCooperativeDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCooperativeDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCooperativeDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCooperativeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AddCooperativeDocumentMutation, AddCooperativeDocumentMutationVariables>;
export const UpdateCooperativeDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCooperativeDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCooperativeDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCooperativeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateCooperativeDocumentMutation, UpdateCooperativeDocumentMutationVariables>;
export const RemoveCooperativeDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCooperativeDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCooperativeDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCooperativeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedDocumentId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RemoveCooperativeDocumentMutation, RemoveCooperativeDocumentMutationVariables>;
export const AttestCooperativeFactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttestCooperativeFact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttestCooperativeFactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attestCooperativeFact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attestation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AttestCooperativeFactMutation, AttestCooperativeFactMutationVariables>;
export const ProgramEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operatingCostAmount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"operatingCostAmount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operatingCostAmount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"metCount"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"unitTypes"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maximum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"given"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramEligibilityQuery, ProgramEligibilityQueryVariables>;
export const EligibilityMentorCaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EligibilityMentorCaseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EligibilityMentorCaseloadQuery, EligibilityMentorCaseloadQueryVariables>;
export const HomeFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"drillDown"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nation"},"name":{"kind":"Name","value":"cooperativeFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"byStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"drillDown"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaFigures"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"province"},"name":{"kind":"Name","value":"cooperativeFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"drillDown"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedProposals"}},{"kind":"Field","name":{"kind":"Name","value":"financingVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionStageBreakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<HomeFiguresQuery, HomeFiguresQueryVariables>;
export const RecommendedPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendedPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offeringId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offeringId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offeringId"}}},{"kind":"Argument","name":{"kind":"Name","value":"cooperativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchGapFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"documentsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"documentsRequired"}},{"kind":"Field","name":{"kind":"Name","value":"quantityOffered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"medianResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMissed"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"expiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"unitStatus"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityOffered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"medianResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecommendedPartnersQuery, RecommendedPartnersQueryVariables>;
export const RecommendedCooperativesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendedCooperatives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedCooperatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchGapFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"documentsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"documentsRequired"}},{"kind":"Field","name":{"kind":"Name","value":"quantityOffered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"medianResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMissed"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"expiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"unitStatus"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityOffered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"medianResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecommendedCooperativesQuery, RecommendedCooperativesQueryVariables>;
export const SuggestedPoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestedPools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestedPools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuggestedPoolFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestedPoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestedPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"proximity"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"medianResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestedPoolsQuery, SuggestedPoolsQueryVariables>;
export const MentorWorkspaceViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorWorkspaceViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MentorWorkspaceViewerQuery, MentorWorkspaceViewerQueryVariables>;
export const MentorWorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mentorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mentorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseloadCooperative"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisedMentors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"brokered"},"name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"RECENTLY_UPDATED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isAwaitingDraftApproval"}},{"kind":"Field","name":{"kind":"Name","value":"isPooled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseloadCooperative"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skAhuNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nikKoperasi"}},{"kind":"Field","name":{"kind":"Name","value":"nib"}},{"kind":"Field","name":{"kind":"Name","value":"npwp"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"activeUnits"},"name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"publishedOfferings"},"name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MentorWorkspaceQuery, MentorWorkspaceQueryVariables>;
export const MentorSupervisedCaseloadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorSupervisedCaseloads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mentorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mentorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedMentors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseloadCooperative"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseloadCooperative"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skAhuNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nikKoperasi"}},{"kind":"Field","name":{"kind":"Name","value":"nib"}},{"kind":"Field","name":{"kind":"Name","value":"npwp"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"activeUnits"},"name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"publishedOfferings"},"name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MentorSupervisedCaseloadsQuery, MentorSupervisedCaseloadsQueryVariables>;
export const NotificationBellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationBell"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"proposalAction"}},{"kind":"Field","name":{"kind":"Name","value":"savedSearchName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isRead"}}]}}]} as unknown as DocumentNode<NotificationBellQuery, NotificationBellQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isRead"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkAllNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"proposalAction"}},{"kind":"Field","name":{"kind":"Name","value":"savedSearchName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isRead"}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const NotificationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"proposalAction"}},{"kind":"Field","name":{"kind":"Name","value":"savedSearchName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isRead"}}]}}]} as unknown as DocumentNode<NotificationsPageQuery, NotificationsPageQueryVariables>;
export const OfferingsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferingsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offering"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountNeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedTenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}}]}}]} as unknown as DocumentNode<OfferingsListQuery, OfferingsListQueryVariables>;
export const OfferingDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferingDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"financingPurpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offering"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountNeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedTenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}}]}}]} as unknown as DocumentNode<OfferingDetailQuery, OfferingDetailQueryVariables>;
export const PartnerWorkspaceViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerWorkspaceViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerWorkspaceViewerQuery, PartnerWorkspaceViewerQueryVariables>;
export const PartnerWorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"commodities"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposalPipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingResponse"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"},{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"PAUSED"},{"kind":"EnumValue","value":"CLOSED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWorkspaceProgram"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"CLOSED"},{"kind":"EnumValue","value":"EXPIRED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWorkspaceRequest"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWorkspaceProgram"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"loanTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenorMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWorkspaceRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"priceHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnerWorkspaceQuery, PartnerWorkspaceQueryVariables>;
export const PartnerFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerFormOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"provinces"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionPickerOption"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionPickerOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"villageKind"}}]}}]} as unknown as DocumentNode<PartnerFormOptionsQuery, PartnerFormOptionsQueryVariables>;
export const PartnerProgramEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerProgramEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerProgramFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"provinces"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionPickerOption"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionPickerOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"villageKind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerProgramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"minimumVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleUnitTypes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"negotiableRules"}},{"kind":"Field","name":{"kind":"Name","value":"loanTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minGraceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxGraceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"operatingCostCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionPickerOption"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionPickerOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnerProgramEditQuery, PartnerProgramEditQueryVariables>;
export const PartnerRequestEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerRequestEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerRequestFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"provinces"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionPickerOption"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priceHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionPickerOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"villageKind"}}]}}]} as unknown as DocumentNode<PartnerRequestEditQuery, PartnerRequestEditQueryVariables>;
export const CreateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateProgramMutation, CreateProgramMutationVariables>;
export const UpdateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerProgramFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionPickerOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"villageKind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerProgramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"minimumVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleUnitTypes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"negotiableRules"}},{"kind":"Field","name":{"kind":"Name","value":"loanTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minGraceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxGraceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"operatingCostCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionPickerOption"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionPickerOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateProgramMutation, UpdateProgramMutationVariables>;
export const SetProgramStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProgramStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProgramStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProgramStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SetProgramStatusMutation, SetProgramStatusMutationVariables>;
export const CreateRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateRequestMutation, CreateRequestMutationVariables>;
export const UpdateRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priceHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateRequestMutation, UpdateRequestMutationVariables>;
export const CloseRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CloseRequestMutation, CloseRequestMutationVariables>;
export const ConfirmRequestStillOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmRequestStillOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmRequestStillOpenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRequestStillOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ConfirmRequestStillOpenMutation, ConfirmRequestStillOpenMutationVariables>;
export const PartnersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"commodities"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramSummary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestSummary"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"minimumVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loanTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenorMonths"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priceHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnersListQuery, PartnersListQueryVariables>;
export const ProgramDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleUnitTypes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"loanTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minGraceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxGraceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"operatingCostCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"minimumVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loanTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenorMonths"}}]}}]}}]} as unknown as DocumentNode<ProgramDetailQuery, ProgramDetailQueryVariables>;
export const FinancingPassportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancingPassport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingPassport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PassportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PassportLoanHint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanSizeHint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ceiling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatingCostCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitCosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buildingCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedNeedCount"}},{"kind":"Field","name":{"kind":"Name","value":"low"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"high"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cappedAtCeiling"}},{"kind":"Field","name":{"kind":"Name","value":"debtService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"tenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"graceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"graceMonthlyInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyInstalment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonthlyIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomeCover"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costTable"}},{"kind":"Field","name":{"kind":"Name","value":"costSource"}},{"kind":"Field","name":{"kind":"Name","value":"costsAsOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperativeUnitItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"activeSince"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperativeAttestationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CooperativeAttestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PassportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingPassport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"officerRoles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metCount"}},{"kind":"Field","name":{"kind":"Name","value":"missingOfficers"}},{"kind":"Field","name":{"kind":"Name","value":"trackRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"notAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loanHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PassportLoanHint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CooperativeUnitItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CooperativeAttestationItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiveness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"medianResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"expiredWhileWaiting"}}]}}]}}]}}]} as unknown as DocumentNode<FinancingPassportQuery, FinancingPassportQueryVariables>;
export const PassportPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PassportPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PassportPartnersQuery, PassportPartnersQueryVariables>;
export const SharePassportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharePassport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PassportSharingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharePassport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SharePassportMutation, SharePassportMutationVariables>;
export const StopSharingPassportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopSharingPassport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PassportSharingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopSharingPassport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<StopSharingPassportMutation, StopSharingPassportMutationVariables>;
export const ProposalInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yourTurn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"others"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"yourTurn"},"name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yourTurn"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"TURN_AGE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalListItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"others"},"name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"others"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"TURN_AGE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalListItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPooled"}},{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"turnSince"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isAwaitingDraftApproval"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"tenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ProposalInboxQuery, ProposalInboxQueryVariables>;
export const ProposalKindTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalKindTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalKindTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalKindTermsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalKindTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalKindTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTerms"}}]}}]} as unknown as DocumentNode<ProposalKindTermsQuery, ProposalKindTermsQueryVariables>;
export const ProposalDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalKindTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalKindTermsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"isAwaitingDraftApproval"}},{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"turnSince"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestTermsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTermsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"isViewerTurn"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"minimumVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isPooled"}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalPoolFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalTermsFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"turnAfter"}},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"poolMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalKindTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalKindTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTerms"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalPoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"isFullyApproved"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"isViewersShare"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFrom"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUntil"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"authorSide"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"tenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"graceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"operatingCostAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collateral"}},{"kind":"Field","name":{"kind":"Name","value":"collateralValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDays"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleDeviations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}}]}}]}}]} as unknown as DocumentNode<ProposalDetailQuery, ProposalDetailQueryVariables>;
export const NewProposalFromOfferingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewProposalFromOffering"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountNeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedTenorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NewProposalFromOfferingQuery, NewProposalFromOfferingQueryVariables>;
export const NewProposalFromProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewProposalFromProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"loanTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenorMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NewProposalFromProgramQuery, NewProposalFromProgramQueryVariables>;
export const NewProposalFromRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewProposalFromRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestForProposal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestForProposal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"priceHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NewProposalFromRequestQuery, NewProposalFromRequestQueryVariables>;
export const PoolOfferPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoolOfferPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestForProposal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestedPools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuggestedPoolFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestForProposal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"priceHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestedPoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestedPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"proximity"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"medianResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PoolOfferPageQuery, PoolOfferPageQueryVariables>;
export const NewProposalForCooperativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewProposalForCooperative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NewProposalForCooperativeQuery, NewProposalForCooperativeQueryVariables>;
export const NewProposalPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewProposalPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewProposalPartnersQuery, NewProposalPartnersQueryVariables>;
export const CreateProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateProposalMutation, CreateProposalMutationVariables>;
export const UpdateProposalDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProposalDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProposalDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProposalDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateProposalDraftMutation, UpdateProposalDraftMutationVariables>;
export const SubmitProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SubmitProposalMutation, SubmitProposalMutationVariables>;
export const ApproveProposalDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveProposalDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveProposalDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveProposalDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ApproveProposalDraftMutation, ApproveProposalDraftMutationVariables>;
export const RejectProposalDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectProposalDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectProposalDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectProposalDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RejectProposalDraftMutation, RejectProposalDraftMutationVariables>;
export const StartProposalReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartProposalReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartProposalReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startProposalReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<StartProposalReviewMutation, StartProposalReviewMutationVariables>;
export const CounterProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CounterProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CounterProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CounterProposalMutation, CounterProposalMutationVariables>;
export const AcceptProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AcceptProposalMutation, AcceptProposalMutationVariables>;
export const DeclineProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DeclineProposalMutation, DeclineProposalMutationVariables>;
export const WithdrawProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<WithdrawProposalMutation, WithdrawProposalMutationVariables>;
export const CompleteProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CompleteProposalMutation, CompleteProposalMutationVariables>;
export const CancelProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CancelProposalMutation, CancelProposalMutationVariables>;
export const ApprovePoolShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePoolShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovePoolShareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePoolShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ApprovePoolShareMutation, ApprovePoolShareMutationVariables>;
export const WithdrawPoolShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPoolShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawPoolShareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPoolShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<WithdrawPoolShareMutation, WithdrawPoolShareMutationVariables>;
export const SendProposalMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendProposalMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendProposalMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendProposalMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalActionError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalActionError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SendProposalMessageMutation, SendProposalMessageMutationVariables>;
export const ProgramPoolOfferPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramPoolOfferPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"minimumVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramPoolOfferPageQuery, ProgramPoolOfferPageQueryVariables>;
export const ProgramPoolSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramPoolSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestedPoolsForProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuggestedPoolFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestedPoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestedPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"proximity"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"medianResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramPoolSuggestionsQuery, ProgramPoolSuggestionsQueryVariables>;
export const RegenciesWithinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegenciesWithin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"REGENCY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegenciesWithinQuery, RegenciesWithinQueryVariables>;
export const RegionPickerLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionPickerLevels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"district"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withRegencies"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withDistricts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withVillages"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"provinces"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionPickerOption"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"regencies"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRegencies"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionPickerOption"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"districts"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regency"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withDistricts"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionPickerOption"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"villages"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"district"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withVillages"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionPickerOption"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"villagesTail"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"district"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withVillages"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionPickerOption"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionPickerOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"villageKind"}}]}}]} as unknown as DocumentNode<RegionPickerLevelsQuery, RegionPickerLevelsQueryVariables>;
export const RegionPickerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionPickerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"withinCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionPickerOption"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionPickerOption"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionPickerOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"villageKind"}}]}}]} as unknown as DocumentNode<RegionPickerSearchQuery, RegionPickerSearchQueryVariables>;
export const SearchResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"isTotalCountCapped"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offering"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"partnerType"},"name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"programCommodity"},"name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"requestCommodity"},"name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchResultsQuery, SearchResultsQueryVariables>;
export const SavedSearchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedSearches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedSearches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"q"}},{"kind":"Field","name":{"kind":"Name","value":"types"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SavedSearchesQuery, SavedSearchesQueryVariables>;
export const SaveSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedSearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SaveSearchMutation, SaveSearchMutationVariables>;
export const DeleteSavedSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSavedSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedSavedSearchId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteSavedSearchMutation, DeleteSavedSearchMutationVariables>;
export const SimkopdesViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimkopdesViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SimkopdesViewerQuery, SimkopdesViewerQueryVariables>;
export const SimkopdesImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimkopdesImports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simkopdesImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimkopdesImportSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimkopdesImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimkopdesImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"fileNames"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<SimkopdesImportsQuery, SimkopdesImportsQueryVariables>;
export const SimkopdesImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimkopdesImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simkopdesImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimkopdesImportSummary"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"scopeRegionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimkopdesReportDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimkopdesConflictDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimkopdesImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimkopdesImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"fileNames"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimkopdesReportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimkopdesReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"matchedCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"create"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"conflict"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectedSample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"koperasiRef"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimkopdesConflictDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimkopdesConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeId"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"ours"}},{"kind":"Field","name":{"kind":"Name","value":"theirs"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]} as unknown as DocumentNode<SimkopdesImportQuery, SimkopdesImportQueryVariables>;
export const SimkopdesImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimkopdesImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simkopdesImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimkopdesImportProgress"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimkopdesImportProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimkopdesImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<SimkopdesImportProgressQuery, SimkopdesImportProgressQueryVariables>;
export const ApplySimkopdesImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplySimkopdesImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimkopdesImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applySimkopdesImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"import"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimkopdesImportProgress"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimkopdesImportProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimkopdesImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<ApplySimkopdesImportMutation, ApplySimkopdesImportMutationVariables>;
export const UndoSimkopdesImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoSimkopdesImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimkopdesImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoSimkopdesImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"import"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimkopdesImportProgress"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimkopdesImportProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimkopdesImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<UndoSimkopdesImportMutation, UndoSimkopdesImportMutationVariables>;
export const DiscardSimkopdesImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardSimkopdesImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimkopdesImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardSimkopdesImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"import"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimkopdesImportProgress"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimkopdesImportProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimkopdesImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<DiscardSimkopdesImportMutation, DiscardSimkopdesImportMutationVariables>;
export const ResolveSimkopdesConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveSimkopdesConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveSimkopdesConflictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveSimkopdesConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimkopdesConflictDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimkopdesConflictDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimkopdesConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeId"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"ours"}},{"kind":"Field","name":{"kind":"Name","value":"theirs"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]} as unknown as DocumentNode<ResolveSimkopdesConflictMutation, ResolveSimkopdesConflictMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isSignedOut"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isChanged"}},{"kind":"Field","name":{"kind":"Name","value":"revokedSessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;