import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay';
import { toGlobalId } from '../../shared/global-id';
import { fromPgTimestamp } from '../../shared/time';
import { VerificationLevel } from '../../graphql/shared-enums';
import {
  BusinessUnitStatus,
  BusinessUnitType,
  CooperativeKind,
  CooperativeStage,
  ManagementPattern,
  OfficerRole,
} from './cooperative.entity';

registerEnumType(CooperativeKind, {
  name: 'CooperativeKind',
  description: 'Koperasi Desa (KDMP, in a desa) or Koperasi Kelurahan (KKMP, in a kelurahan) Merah Putih.',
  valuesConfig: {
    KDMP: { description: 'Koperasi Desa Merah Putih (rural village).' },
    KKMP: { description: 'Koperasi Kelurahan Merah Putih (urban village).' },
  },
});
registerEnumType(ManagementPattern, {
  name: 'ManagementPattern',
  description: 'How the cooperative is run financially.',
  valuesConfig: {
    KONVENSIONAL: { description: 'Conventional.' },
    SYARIAH: { description: 'Sharia-compliant.' },
  },
});
registerEnumType(CooperativeStage, {
  name: 'CooperativeStage',
  description: 'Progress of a cooperative from legal entity to working business.',
  valuesConfig: {
    LEGALLY_FORMED: { description: 'Has legal status (SK AHU), little else yet.' },
    ORGANISED: { description: 'Officers, members and a bank account in place.' },
    BUILDING_UNITS: { description: 'Business units are being built or prepared.' },
    OPERATING: { description: 'At least one business unit is active.' },
    GROWING: { description: 'Operating, with partnerships or financing.' },
  },
});
registerEnumType(BusinessUnitType, {
  name: 'BusinessUnitType',
  description: 'The seven standard business units of a KDKMP, plus common add-ons.',
  valuesConfig: {
    COOPERATIVE_OFFICE: { description: 'Cooperative office (kantor koperasi).' },
    GROCERY_KIOSK: { description: 'Grocery kiosk (gerai sembako).' },
    SAVINGS_AND_LOAN: { description: 'Savings and loan unit (unit simpan pinjam).' },
    VILLAGE_CLINIC: { description: 'Village clinic (klinik desa).' },
    VILLAGE_PHARMACY: { description: 'Village pharmacy (apotek desa).' },
    WAREHOUSE_COLD_STORAGE: { description: 'Warehouse or cold storage (pergudangan/cold storage).' },
    LOGISTICS: { description: 'Logistics (logistik).' },
    LPG_OUTLET: { description: 'LPG outlet (pangkalan elpiji, Pertamina).' },
    FERTILISER_RETAIL: { description: 'Subsidised-fertiliser retail (kios pupuk, Pupuk Indonesia).' },
    BULOG_AGENCY: { description: 'Rice/cooking-oil agency (Bulog).' },
    BANK_AGENT: { description: 'Bank agent (e.g. BRILink).' },
    POST_AGENT: { description: 'Post and parcel agent (PT Pos).' },
    OTHER: { description: 'Any other unit.' },
  },
});
registerEnumType(BusinessUnitStatus, {
  name: 'BusinessUnitStatus',
  description: 'State of a business unit.',
  valuesConfig: {
    PLANNED: { description: 'Planned, not started.' },
    UNDER_CONSTRUCTION: { description: 'Being built or fitted out.' },
    NOT_ACTIVE: { description: 'Built but not yet trading.' },
    ACTIVE: { description: 'Trading.' },
  },
});
registerEnumType(OfficerRole, {
  name: 'OfficerRole',
  description: 'Role of a cooperative officer.',
  valuesConfig: {
    KETUA: { description: 'Chair.' },
    SEKRETARIS: { description: 'Secretary.' },
    BENDAHARA: { description: 'Treasurer.' },
    PENGAWAS: { description: 'Supervisory board member.' },
  },
});

export interface CooperativeRow {
  id: number;
  kind: CooperativeKind;
  name: string;
  village_code: string;
  sk_ahu_number: string | null;
  sk_ahu_date: string | null;
  nik_koperasi: string | null;
  nib: string | null;
  npwp: string | null;
  deed_number: string | null;
  deed_date: string | null;
  management_pattern: ManagementPattern;
  member_count: number;
  expected_monthly_income: string | null;
  stage: CooperativeStage;
  verification_level: VerificationLevel;
  version: number;
  created_at: string;
  updated_at: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'The legal identity of a cooperative; null fields are not on record yet.',
})
export class LegalIdentity {
  @Field(() => String, { nullable: true, description: 'Number of the legal-entity decree (SK AHU).' })
  skAhuNumber!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the SK AHU.' })
  skAhuDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Nomor Induk Koperasi.' })
  nikKoperasi!: string | null;

  @Field(() => String, { nullable: true, description: 'Business licence number (NIB).' })
  nib!: string | null;

  @Field(() => String, { nullable: true, description: 'Tax number (NPWP).' })
  npwp!: string | null;

  @Field(() => String, { nullable: true, description: 'Number of the notarial deed of establishment.' })
  deedNumber!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the notarial deed.' })
  deedDate!: string | null;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'A Koperasi Desa/Kelurahan Merah Putih: one per village.',
})
export class Cooperative extends Node {
  dbId!: number;
  villageCode!: string;

  @Field(() => CooperativeKind, { description: 'KDMP (desa) or KKMP (kelurahan).' })
  kind!: CooperativeKind;

  @Field(() => String, { description: 'Registered name, e.g. "Koperasi Desa Merah Putih Dalam Kaum".' })
  name!: string;

  @Field(() => LegalIdentity, { description: 'Legal identity: SK AHU, NIK koperasi, NIB, NPWP, deed.' })
  legal!: LegalIdentity;

  @Field(() => ManagementPattern, { description: 'Konvensional or syariah.' })
  managementPattern!: ManagementPattern;

  @Field(() => Int, { description: 'Number of members.' })
  memberCount!: number;

  /**
   * What its units are expected to earn a month (rupiah), as stated; `Cooperative.expectedMonthlyIncome`
   * shows it to those who follow its records only (cooperative.fields.ts).
   */
  expectedMonthlyIncome!: string | null;

  @Field(() => CooperativeStage, { description: 'How far the cooperative has come towards operating.' })
  stage!: CooperativeStage;

  @Field(() => VerificationLevel, { description: 'How far its profile has been checked.' })
  verificationLevel!: VerificationLevel;

  @Field(() => Int, { description: 'Optimistic-lock version; changes must send the version they saw.' })
  version!: number;

  @Field(() => DateTimeISOResolver, { description: 'When the profile was created.' })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { description: 'When the profile last changed.' })
  updatedAt!: Date;

  static fromRow(row: CooperativeRow): Cooperative {
    // Assigned one by one rather than Object.assign of a literal (twice as fast): a discovery page
    // makes one per cooperative, the offerings list one per offering.
    const legal = new LegalIdentity();
    legal.skAhuNumber = row.sk_ahu_number;
    legal.skAhuDate = row.sk_ahu_date;
    legal.nikKoperasi = row.nik_koperasi;
    legal.nib = row.nib;
    legal.npwp = row.npwp;
    legal.deedNumber = row.deed_number;
    legal.deedDate = row.deed_date;
    const cooperative = new Cooperative();
    cooperative.id = toGlobalId('Cooperative', row.id);
    cooperative.dbId = row.id;
    cooperative.villageCode = row.village_code;
    cooperative.kind = row.kind;
    cooperative.name = row.name;
    cooperative.legal = legal;
    cooperative.managementPattern = row.management_pattern;
    cooperative.memberCount = row.member_count;
    cooperative.expectedMonthlyIncome = row.expected_monthly_income ?? null;
    cooperative.stage = row.stage;
    cooperative.verificationLevel = row.verification_level;
    cooperative.version = row.version;
    cooperative.createdAt = fromPgTimestamp(row.created_at);
    cooperative.updatedAt = fromPgTimestamp(row.updated_at);
    return cooperative;
  }
}

export interface BusinessUnitRow {
  id: number;
  cooperative_id: number;
  type: BusinessUnitType;
  name: string | null;
  status: BusinessUnitStatus;
  capacity_notes: string | null;
  active_since: string | null;
  updated_at: string;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'A business unit (gerai) of a cooperative.',
})
export class BusinessUnit extends Node {
  @Field(() => BusinessUnitType, { description: 'Which standard unit or add-on this is.' })
  type!: BusinessUnitType;

  @Field(() => String, { nullable: true, description: 'Name of an OTHER unit, or a local name.' })
  name!: string | null;

  @Field(() => BusinessUnitStatus, { description: 'Planned, under construction, not active or active.' })
  status!: BusinessUnitStatus;

  @Field(() => String, { nullable: true, description: 'Capacity and equipment, in free text.' })
  capacityNotes!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the unit started trading.' })
  activeSince!: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When the unit last changed.' })
  updatedAt!: Date;

  static fromRow(row: BusinessUnitRow): BusinessUnit {
    // One by one, as Cooperative.fromRow: a discovery page makes one per active unit.
    const unit = new BusinessUnit();
    unit.id = toGlobalId('BusinessUnit', row.id);
    unit.type = row.type;
    unit.name = row.name;
    unit.status = row.status;
    unit.capacityNotes = row.capacity_notes;
    unit.activeSince = row.active_since;
    unit.updatedAt = fromPgTimestamp(row.updated_at);
    return unit;
  }
}

export interface OfficerRow {
  id: number;
  cooperative_id: number;
  role: OfficerRole;
  name: string;
}

@ObjectType({ simpleResolvers: true, description: 'An officer (pengurus or pengawas) of a cooperative.' })
export class CooperativeOfficer {
  @Field(() => OfficerRole, { description: 'Chair, secretary, treasurer or supervisor.' })
  role!: OfficerRole;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  static fromRow(row: OfficerRow): CooperativeOfficer {
    return Object.assign(new CooperativeOfficer(), { role: row.role, name: row.name });
  }
}
