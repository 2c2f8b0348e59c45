import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { DecimalScalar } from '../../graphql/scalars';
import { VerificationLevel } from '../../graphql/shared-enums';
import { MutationInput, VersionField } from '../../graphql/payload';
import { KEEP, KEEP_OR_CLEAR, NotBlank, NotInFuture } from '../../graphql/validation';
import { RegionCode } from '../region/region.input';
import { Commodity } from '../commodity/commodity.type';
import {
  BusinessUnitStatus,
  BusinessUnitType,
  CooperativeKind,
  CooperativeStage,
  ManagementPattern,
  OfficerRole,
} from './cooperative.entity';
import { Q_DESCRIPTION } from '../text-search/text-search.input';

export enum CooperativeOrder {
  NAME = 'NAME',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}

registerEnumType(CooperativeOrder, {
  name: 'CooperativeOrder',
  description: 'Order of a list of cooperatives.',
  valuesConfig: {
    NAME: { description: 'By name, A to Z.' },
    RECENTLY_UPDATED: { description: 'Most recently updated first.' },
  },
});

@InputType({ description: 'Filters for discovering cooperatives; all given filters must match.' })
export class CooperativeFilter {
  @Field(() => String, { nullable: true, description: Q_DESCRIPTION })
  q?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A regency, district or village code; matches cooperatives inside it (e.g. "61.03" for Kabupaten Sanggau).',
  })
  regionCode?: string | null;

  @Field(() => CooperativeKind, { nullable: true, description: 'KDMP or KKMP.' })
  kind?: CooperativeKind | null;

  @Field(() => [CooperativeStage], { nullable: true, description: 'Any of these stages.' })
  stages?: CooperativeStage[] | null;

  @Field(() => BusinessUnitType, {
    nullable: true,
    description: 'Has a unit of this type (with `unitStatus`, in that status).',
  })
  unitType?: BusinessUnitType | null;

  @Field(() => BusinessUnitStatus, {
    nullable: true,
    description: 'Has a unit in this status (of `unitType`, if given).',
  })
  unitStatus?: BusinessUnitStatus | null;

  @Field(() => Commodity, { nullable: true, description: 'Has a public offering of this commodity.' })
  commodity?: Commodity | null;

  @Field(() => VerificationLevel, { nullable: true, description: 'Verified at least this far.' })
  minVerificationLevel?: VerificationLevel | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, case-insensitive (at most 100 characters).',
  })
  @MaxLength(100, { message: 'nameContains must be at most 100 characters' })
  nameContains?: string | null;
}

/* ---------- Mutation inputs ---------- */

/** A sanity ceiling: the largest village cooperatives have a few thousand members. */
export const MAX_MEMBER_COUNT = 1_000_000;

@InputType({ description: "Changes to a cooperative's profile; fields left out stay as they are." })
export class UpdateCooperativeProfileInput extends MutationInput {
  @Field(() => ID, { description: 'The cooperative.' })
  id!: string;

  @VersionField('cooperative')
  version!: number;

  @Field(() => String, { nullable: true, description: `Registered name (3–200 characters). ${KEEP}` })
  @Length(3, 200)
  @NotBlank()
  name?: string | null;

  @Field(() => ManagementPattern, { nullable: true, description: `Konvensional or syariah. ${KEEP}` })
  managementPattern?: ManagementPattern | null;

  @Field(() => Int, { nullable: true, description: `Number of members (0–${MAX_MEMBER_COUNT}). ${KEEP}` })
  @Min(0)
  @Max(MAX_MEMBER_COUNT)
  memberCount?: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'What its units are expected to earn a month (IDR), for the loan-size hint of its financing passport; null clears it. Left out: stays as it is.',
  })
  expectedMonthlyIncome?: string | null;

  @Field(() => CooperativeStage, { nullable: true, description: `How far the cooperative has come. ${KEEP}` })
  stage?: CooperativeStage | null;
}

/** NIB: the 13-digit business licence number from OSS. */
export const NIB_PATTERN = /^\d{13}$/;
/** NPWP: "99.999.999.9-999.999" as printed, or its 15 digits, or the 16-digit form (NIK-based). */
export const NPWP_PATTERN = /^(\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}|\d{15}|\d{16})$/;
/** NIK koperasi: 16 digits. */
export const NIK_KOPERASI_PATTERN = /^\d{16}$/;

@InputType({
  description: `Changes to a cooperative's legal identity; fields left out stay as they are, null clears one. Numbers and dates come in pairs (SK AHU number and date, deed number and date), and the deed precedes the SK AHU.`,
})
export class UpdateCooperativeLegalDataInput extends MutationInput {
  @Field(() => ID, { description: 'The cooperative.' })
  id!: string;

  @VersionField('cooperative')
  version!: number;

  @Field(() => String, {
    nullable: true,
    description: `Number of the SK AHU (legal-entity decree). ${KEEP_OR_CLEAR}`,
  })
  @Length(1, 80)
  @NotBlank()
  skAhuNumber?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: `Date of the SK AHU; not in the future. ${KEEP_OR_CLEAR}`,
  })
  @NotInFuture()
  skAhuDate?: string | null;

  @Field(() => String, { nullable: true, description: `Nomor Induk Koperasi: 16 digits. ${KEEP_OR_CLEAR}` })
  @Matches(NIK_KOPERASI_PATTERN, { message: 'nikKoperasi must be 16 digits' })
  nikKoperasi?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Business licence number (NIB): 13 digits. ${KEEP_OR_CLEAR}`,
  })
  @Matches(NIB_PATTERN, { message: 'nib must be 13 digits' })
  nib?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Tax number (NPWP): "99.999.999.9-999.999", or 15 or 16 digits. ${KEEP_OR_CLEAR}`,
  })
  @Matches(NPWP_PATTERN, { message: 'npwp must look like 99.999.999.9-999.999, or be 15 or 16 digits' })
  npwp?: string | null;

  @Field(() => String, { nullable: true, description: `Number of the notarial deed. ${KEEP_OR_CLEAR}` })
  @Length(1, 80)
  @NotBlank()
  deedNumber?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: `Date of the notarial deed; not in the future. ${KEEP_OR_CLEAR}`,
  })
  @NotInFuture()
  deedDate?: string | null;
}

@InputType({ description: 'An officer of a cooperative.' })
export class OfficerInput {
  @Field(() => OfficerRole, { description: 'Chair, secretary, treasurer or supervisor.' })
  role!: OfficerRole;

  @Field(() => String, { description: 'Full name (2–120 characters).' })
  @Length(2, 120)
  @NotBlank()
  name!: string;
}

export const MAX_OFFICERS = 30;

@InputType({ description: "Replaces a cooperative's list of officers." })
export class SetCooperativeOfficersInput extends MutationInput {
  @Field(() => ID, { description: 'The cooperative.' })
  id!: string;

  @VersionField('cooperative')
  version!: number;

  @Field(() => [OfficerInput], {
    description: `The whole new list (at most ${MAX_OFFICERS}); at most one chair, one secretary and one treasurer.`,
  })
  @ArrayMaxSize(MAX_OFFICERS)
  @ValidateNested({ each: true })
  officers!: OfficerInput[];
}

@InputType({ description: 'A new business unit of a cooperative.' })
export class AddBusinessUnitInput extends MutationInput {
  @Field(() => ID, { description: 'The cooperative.' })
  cooperativeId!: string;

  @Field(() => BusinessUnitType, {
    description: 'Which unit; each standard type at most once per cooperative.',
  })
  type!: BusinessUnitType;

  @Field(() => BusinessUnitStatus, { description: 'Planned, under construction, not active or active.' })
  status!: BusinessUnitStatus;

  @Field(() => String, { nullable: true, description: 'Name (1–120 characters); required for OTHER units.' })
  @Length(1, 120)
  @NotBlank()
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Capacity and equipment, in free text (at most 2000 characters).',
  })
  @MaxLength(2000)
  capacityNotes?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'When the unit started trading; only for ACTIVE units, not in the future.',
  })
  @NotInFuture()
  activeSince?: string | null;
}

@InputType({
  description:
    'Changes to a business unit; fields left out stay as they are. Leaving ACTIVE clears `activeSince`.',
})
export class UpdateBusinessUnitInput extends MutationInput {
  @Field(() => ID, { description: 'The business unit.' })
  id!: string;

  @Field(() => BusinessUnitStatus, { nullable: true, description: `New status. ${KEEP}` })
  status?: BusinessUnitStatus | null;

  @Field(() => String, {
    nullable: true,
    description: `Name (1–120 characters); OTHER units need one. ${KEEP_OR_CLEAR}`,
  })
  @Length(1, 120)
  @NotBlank()
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Capacity and equipment (at most 2000 characters). ${KEEP_OR_CLEAR}`,
  })
  @MaxLength(2000)
  capacityNotes?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: `When the unit started trading; only for ACTIVE units, not in the future. ${KEEP_OR_CLEAR}`,
  })
  @NotInFuture()
  activeSince?: string | null;
}

@InputType({ description: 'A business unit to remove.' })
export class RemoveBusinessUnitInput extends MutationInput {
  @Field(() => ID, { description: 'The business unit.' })
  id!: string;
}

@InputType({ description: 'A new cooperative for a village that has none (admins only).' })
export class CreateCooperativeInput extends MutationInput {
  @Field(() => String, {
    description:
      'Code of the village (desa or kelurahan), e.g. "61.03.05.2001"; its kind decides KDMP or KKMP.',
  })
  @RegionCode()
  villageCode!: string;

  @Field(() => String, { description: 'Registered name (3–200 characters).' })
  @Length(3, 200)
  @NotBlank()
  name!: string;

  @Field(() => ManagementPattern, {
    defaultValue: ManagementPattern.KONVENSIONAL,
    description: 'Konvensional or syariah.',
  })
  managementPattern!: ManagementPattern;

  @Field(() => Int, { defaultValue: 0, description: `Number of members (0–${MAX_MEMBER_COUNT}).` })
  @Min(0)
  @Max(MAX_MEMBER_COUNT)
  memberCount!: number;

  @Field(() => CooperativeStage, {
    defaultValue: CooperativeStage.LEGALLY_FORMED,
    description: 'Stage reached.',
  })
  stage!: CooperativeStage;
}
