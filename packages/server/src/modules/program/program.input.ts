import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DecimalScalar } from '../../graphql/scalars';
import { ConnectionArgs } from '../../graphql/relay';
import { MutationInput, VersionField } from '../../graphql/payload';
import {
  composed,
  DecimalAtMost,
  DecimalPositive,
  inputField,
  NotBlank,
  type FieldChange,
} from '../../graphql/validation';
import { EachCoverageCode } from '../region/region.input';
import { Commodity, QuantityUnit } from '../commodity/commodity.type';
import { MAX_QUANTITY } from '../offering/offering.input';
import { DocumentType } from '../document/document-type.type';
import { BusinessUnitType } from '../cooperative/cooperative.entity';
import { MAX_COVERAGE_REGIONS } from '../partner/partner.input';
import { ProgramKind, ProgramStatus } from './program.entity';
import { ProgramRule } from './program.requirements';
import { Q_DESCRIPTION } from '../text-search/text-search.input';

@InputType({
  description: 'Filters for programs; all given filters must match. Only active programs are listed.',
})
export class ProgramFilter {
  @Field(() => String, { nullable: true, description: Q_DESCRIPTION })
  q?: string | null;

  @Field(() => [ProgramKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: ProgramKind[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Open in this region (any level, e.g. "61.03"): its coverage includes the region, lies inside it, or is empty (all Indonesia).',
  })
  regionCode?: string | null;

  @Field(() => BusinessUnitType, {
    nullable: true,
    description: 'Open to this unit type (programs for any unit included).',
  })
  unitType?: BusinessUnitType | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'An amount (IDR) within the loan range of the program.',
  })
  amount?: string | null;

  @Field(() => Commodity, { nullable: true, description: 'About this commodity.' })
  commodity?: Commodity | null;

  @Field(() => ID, { nullable: true, description: 'Published by this partner.' })
  partnerId?: string | null;
}

@ArgsType()
export class ProgramsOfPartnerArgs extends ConnectionArgs {
  @Field(() => [ProgramStatus], {
    nullable: true,
    description:
      "Any of these statuses (default: ACTIVE). DRAFT lists drafts only to the partner's own staff and admins.",
  })
  statuses?: ProgramStatus[] | null;
}

/* ---------- Mutation inputs ---------- */

export const MAX_TENOR_MONTHS = 360;
export const MAX_GRACE_MONTHS = 120;

@InputType({
  description:
    'Terms of a loan program (LOAN only; maxAmount required). minAmount ≤ maxAmount, minGraceMonths ≤ maxGraceMonths ≤ maxTenorMonths, operatingCostCap ≤ maxAmount.',
})
export class LoanTermsInput {
  @Field(() => DecimalScalar, { nullable: true, description: 'Smallest loan (IDR).' })
  minAmount?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Largest loan (IDR); required.' })
  maxAmount?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Interest or margin per year, in percent: 0–100, at most 2 decimals (e.g. "6" or "5.75").',
  })
  @DecimalAtMost('100')
  ratePerYear?: string | null;

  @Field(() => Int, { nullable: true, description: `Longest tenor, in months (1–${MAX_TENOR_MONTHS}).` })
  @Min(1)
  @Max(MAX_TENOR_MONTHS)
  maxTenorMonths?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Shortest grace period, in months (0–${MAX_GRACE_MONTHS}).`,
  })
  @Min(0)
  @Max(MAX_GRACE_MONTHS)
  minGraceMonths?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Longest grace period, in months (0–${MAX_GRACE_MONTHS}).`,
  })
  @Min(0)
  @Max(MAX_GRACE_MONTHS)
  maxGraceMonths?: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Ceiling on the part of a loan that may pay operating costs (IDR).',
  })
  operatingCostCap?: string | null;
}

@InputType({
  description:
    'The least of its commodity an offtake program takes a month (OFFTAKE programs with a commodity only).',
})
export class MinimumVolumeInput {
  @Field(() => DecimalScalar, {
    description: `The quantity a month, in \`unit\` (above 0, at most ${MAX_QUANTITY}).`,
  })
  @DecimalPositive()
  @DecimalAtMost(MAX_QUANTITY)
  quantityPerMonth!: string;

  @Field(() => QuantityUnit, { description: 'The unit of `quantityPerMonth`.' })
  unit!: QuantityUnit;
}

/** Each program field defined once, for createProgram and updateProgram alike. */
const ProgramField = {
  name: (change: FieldChange) =>
    composed(
      Field(() => String, inputField(change, 'Name of the program (3–200 characters).')),
      Length(3, 200),
      NotBlank(),
    ),
  description: (change: FieldChange) =>
    composed(
      Field(
        () => String,
        inputField(change, 'What it offers and to whom (at most 5000 characters).', { defaultValue: '' }),
      ),
      MaxLength(5000),
    ),
  loanTerms: (change: FieldChange) =>
    composed(
      Field(
        () => LoanTermsInput,
        inputField(
          change,
          'Loan terms; required for LOAN programs, not allowed for others. Given, they replace all stored terms.',
          {
            optional: true,
          },
        ),
      ),
      ValidateNested(),
    ),
  commodity: (change: FieldChange) =>
    Field(
      () => Commodity,
      inputField(change, 'The commodity the program is about, if any.', { optional: true }),
    ),
  minimumVolume: (change: FieldChange) =>
    composed(
      Field(
        () => MinimumVolumeInput,
        inputField(
          change,
          'OFFTAKE programs with a commodity: the least they take a month, which a pooled offer answering the program must reach; not allowed for other kinds.',
          { optional: true },
        ),
      ),
      ValidateNested(),
    ),
  eligibleUnitTypes: (change: FieldChange) =>
    composed(
      Field(
        () => [BusinessUnitType],
        inputField(change, 'Unit types that qualify (each once); empty means any.', { defaultValue: [] }),
      ),
      ArrayUnique(),
    ),
  requiredDocuments: (change: FieldChange) =>
    composed(
      Field(
        () => [DocumentType],
        inputField(change, 'Documents an applicant must provide (each once).', { defaultValue: [] }),
      ),
      ArrayUnique(),
    ),
  negotiableRules: (change: FieldChange) =>
    composed(
      Field(
        () => [ProgramRule],
        inputField(
          change,
          'Rules a proposal may break as a flagged deviation instead of being refused (each once); the others are firm.',
          { defaultValue: [] },
        ),
      ),
      ArrayUnique(),
    ),
  coverageRegionCodes: (change: FieldChange) =>
    composed(
      Field(
        () => [String],
        inputField(
          change,
          `Regions it is open to: provinces, regencies or districts, e.g. ["61", "33.01"] (each existing, at most ${MAX_COVERAGE_REGIONS}); empty means all Indonesia.` +
            (change ? ' The whole new list.' : ''),
          { defaultValue: [] },
        ),
      ),
      ArrayMaxSize(MAX_COVERAGE_REGIONS),
      ArrayUnique(),
      EachCoverageCode(),
    ),
};

@InputType({
  description: "A new program of a partner; it starts as a DRAFT that only the partner's staff see.",
})
export class CreateProgramInput extends MutationInput {
  @Field(() => ID, { description: 'The partner that runs it; you must be its staff.' })
  partnerId!: string;

  @Field(() => ProgramKind, { description: 'Loan, offtake, supply, agency or service.' })
  kind!: ProgramKind;

  @ProgramField.name(false)
  name!: string;

  @ProgramField.description(false)
  description!: string;

  @ProgramField.loanTerms(false)
  loanTerms?: LoanTermsInput | null;

  @ProgramField.commodity(false)
  commodity?: Commodity | null;

  @ProgramField.minimumVolume(false)
  minimumVolume?: MinimumVolumeInput | null;

  @ProgramField.eligibleUnitTypes(false)
  eligibleUnitTypes!: BusinessUnitType[];

  @ProgramField.requiredDocuments(false)
  requiredDocuments!: DocumentType[];

  @ProgramField.negotiableRules(false)
  negotiableRules!: ProgramRule[];

  @ProgramField.coverageRegionCodes(false)
  coverageRegionCodes!: string[];
}

@InputType({ description: 'Changes to a program that is not closed; fields left out stay as they are.' })
export class UpdateProgramInput extends MutationInput {
  @Field(() => ID, { description: 'The program.' })
  id!: string;

  @VersionField('program')
  version!: number;

  @ProgramField.name('keep')
  name?: string | null;

  @ProgramField.description('keep')
  description?: string | null;

  @ProgramField.loanTerms('keepOrClear')
  loanTerms?: LoanTermsInput | null;

  @ProgramField.commodity('keepOrClear')
  commodity?: Commodity | null;

  @ProgramField.minimumVolume('keepOrClear')
  minimumVolume?: MinimumVolumeInput | null;

  @ProgramField.eligibleUnitTypes('keep')
  eligibleUnitTypes?: BusinessUnitType[] | null;

  @ProgramField.requiredDocuments('keep')
  requiredDocuments?: DocumentType[] | null;

  @ProgramField.negotiableRules('keep')
  negotiableRules?: ProgramRule[] | null;

  @ProgramField.coverageRegionCodes('keep')
  coverageRegionCodes?: string[] | null;
}

@InputType({
  description:
    'A new status for a program: DRAFT → ACTIVE or CLOSED; ACTIVE ⇄ PAUSED; ACTIVE or PAUSED → CLOSED.',
})
export class SetProgramStatusInput extends MutationInput {
  @Field(() => ID, { description: 'The program.' })
  id!: string;

  @VersionField('program')
  version!: number;

  @Field(() => ProgramStatus, { description: 'The status to move to.' })
  status!: ProgramStatus;
}
