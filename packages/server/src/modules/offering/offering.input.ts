import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, Length, Max, MaxLength, Min } from 'class-validator';
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
import { EachRegionCode } from '../region/region.input';
import { Commodity, QuantityUnit } from '../commodity/commodity.type';
import { BusinessUnitType } from '../cooperative/cooperative.entity';
import { OfferingKind, OfferingStatus } from './offering.entity';
import { Q_DESCRIPTION } from '../text-search/text-search.input';
import { MAX_OFFERING_VALIDITY_DAYS, OFFERING_VALIDITY_DAYS } from './offering.service';

export enum OfferingOrder {
  NEWEST = 'NEWEST',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}

registerEnumType(OfferingOrder, {
  name: 'OfferingOrder',
  description: 'Order of a list of offerings.',
  valuesConfig: {
    NEWEST: { description: 'Most recently created first.' },
    RECENTLY_UPDATED: { description: 'Most recently updated first.' },
  },
});

const DRAFTS_LISTED =
  "Any of these statuses (default: PUBLISHED). DRAFT lists only the drafts you may see: your cooperative's, your caseload's, or all for admins.";

@InputType({ description: 'Filters for offerings; all given filters must match.' })
export class OfferingFilter {
  @Field(() => String, { nullable: true, description: Q_DESCRIPTION })
  q?: string | null;

  @Field(() => [OfferingKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: OfferingKind[] | null;

  @Field(() => Commodity, { nullable: true, description: 'This commodity.' })
  commodity?: Commodity | null;

  @Field(() => String, {
    nullable: true,
    description: 'A regency, district or village code; matches offerings of cooperatives inside it.',
  })
  regionCode?: string | null;

  @Field(() => [OfferingStatus], {
    nullable: true,
    description: DRAFTS_LISTED,
  })
  statuses?: OfferingStatus[] | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Financing needed at least this amount (IDR).' })
  amountMin?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Financing needed at most this amount (IDR).' })
  amountMax?: string | null;
}

@ArgsType()
export class OfferingsOfCooperativeArgs extends ConnectionArgs {
  @Field(() => [OfferingStatus], {
    nullable: true,
    description: DRAFTS_LISTED,
  })
  statuses?: OfferingStatus[] | null;
}

/* ---------- Mutation inputs ---------- */

/** quantity_per_month is numeric(14,2). */
export const MAX_QUANTITY = '999999999999.99';
export const MAX_DELIVERY_REGIONS = 50;
export const MAX_WANTED_TENOR_MONTHS = 240;

/**
 * Each offering field defined once, for create and update inputs alike: the same type,
 * description and rules. Kind-specific and cross-field rules are checked in offering.service.ts.
 */
const OfferingField = {
  title: (change: FieldChange) =>
    composed(
      Field(() => String, inputField(change, 'Short title (3–200 characters).')),
      Length(3, 200),
      NotBlank(),
    ),
  description: (change: FieldChange) =>
    composed(
      Field(
        () => String,
        inputField(change, 'Longer description (at most 5000 characters).', { defaultValue: '' }),
      ),
      MaxLength(5000),
    ),
  commodity: (change: FieldChange) =>
    Field(
      () => Commodity,
      inputField(change, 'The commodity supplied; required for SUPPLY.', { optional: true }),
    ),
  quantityPerMonth: (change: FieldChange) =>
    composed(
      Field(
        () => DecimalScalar,
        inputField(
          change,
          `Quantity available per month, in \`quantityUnit\` (above 0, at most ${MAX_QUANTITY}); required for SUPPLY.`,
          { optional: true },
        ),
      ),
      DecimalPositive(),
      DecimalAtMost(MAX_QUANTITY),
    ),
  quantityUnit: (change: FieldChange) =>
    Field(
      () => QuantityUnit,
      inputField(
        change,
        'Unit of the quantity and the prices; required for SUPPLY and whenever a quantity or price is given.',
        { optional: true },
      ),
    ),
  priceMin: (change: FieldChange) =>
    Field(
      () => DecimalScalar,
      inputField(change, 'Lowest asking price per quantity unit (IDR); at most `priceMax`.', {
        optional: true,
      }),
    ),
  priceMax: (change: FieldChange) =>
    Field(
      () => DecimalScalar,
      inputField(change, 'Highest asking price per quantity unit (IDR).', { optional: true }),
    ),
  amountNeeded: (change: FieldChange) =>
    composed(
      Field(
        () => DecimalScalar,
        inputField(change, 'Financing needed (IDR, above 0); FINANCING_NEED only, and required there.', {
          optional: true,
        }),
      ),
      DecimalPositive(),
    ),
  financingPurpose: (change: FieldChange) =>
    composed(
      Field(
        () => String,
        inputField(
          change,
          'What the financing is for (3–2000 characters); FINANCING_NEED only, and required there.',
          {
            optional: true,
          },
        ),
      ),
      Length(3, 2000),
      NotBlank(),
    ),
  wantedTenorMonths: (change: FieldChange) =>
    composed(
      Field(
        () => Int,
        inputField(
          change,
          `Loan tenor wanted, in months (1–${MAX_WANTED_TENOR_MONTHS}); FINANCING_NEED only.`,
          {
            optional: true,
          },
        ),
      ),
      Min(1),
      Max(MAX_WANTED_TENOR_MONTHS),
    ),
  unitType: (change: FieldChange) =>
    Field(
      () => BusinessUnitType,
      inputField(change, 'The business unit this offering is about.', { optional: true }),
    ),
  deliveryRegionCodes: (change: FieldChange) =>
    composed(
      Field(
        () => [String],
        inputField(
          change,
          `Codes of the regions it delivers to, usually regencies such as "61.03" (at most ${MAX_DELIVERY_REGIONS}, each existing).` +
            (change ? ' The whole new list; [] removes them all.' : ''),
          { defaultValue: [] },
        ),
      ),
      ArrayMaxSize(MAX_DELIVERY_REGIONS),
      ArrayUnique(),
      EachRegionCode(),
    ),
};

@InputType({
  description: 'A new offering; it starts as a DRAFT that only the cooperative (and its mentor) sees.',
})
export class CreateOfferingInput extends MutationInput {
  @Field(() => ID, { description: 'The cooperative that offers it.' })
  cooperativeId!: string;

  @Field(() => OfferingKind, { description: 'Supply, financing need, service or partnership interest.' })
  kind!: OfferingKind;

  @OfferingField.title(false)
  title!: string;

  @OfferingField.description(false)
  description!: string;

  @OfferingField.commodity(false)
  commodity?: Commodity | null;

  @OfferingField.quantityPerMonth(false)
  quantityPerMonth?: string | null;

  @OfferingField.quantityUnit(false)
  quantityUnit?: QuantityUnit | null;

  @OfferingField.priceMin(false)
  priceMin?: string | null;

  @OfferingField.priceMax(false)
  priceMax?: string | null;

  @OfferingField.amountNeeded(false)
  amountNeeded?: string | null;

  @OfferingField.financingPurpose(false)
  financingPurpose?: string | null;

  @OfferingField.wantedTenorMonths(false)
  wantedTenorMonths?: number | null;

  @OfferingField.unitType(false)
  unitType?: BusinessUnitType | null;

  @OfferingField.deliveryRegionCodes(false)
  deliveryRegionCodes!: string[];
}

@InputType({ description: 'Changes to an offering (not a closed one); fields left out stay as they are.' })
export class UpdateOfferingInput extends MutationInput {
  @Field(() => ID, { description: 'The offering.' })
  id!: string;

  @VersionField('offering')
  version!: number;

  @OfferingField.title('keep')
  title?: string | null;

  @OfferingField.description('keep')
  description?: string | null;

  @OfferingField.commodity('keepOrClear')
  commodity?: Commodity | null;

  @OfferingField.quantityPerMonth('keepOrClear')
  quantityPerMonth?: string | null;

  @OfferingField.quantityUnit('keepOrClear')
  quantityUnit?: QuantityUnit | null;

  @OfferingField.priceMin('keepOrClear')
  priceMin?: string | null;

  @OfferingField.priceMax('keepOrClear')
  priceMax?: string | null;

  @OfferingField.amountNeeded('keepOrClear')
  amountNeeded?: string | null;

  @OfferingField.financingPurpose('keepOrClear')
  financingPurpose?: string | null;

  @OfferingField.wantedTenorMonths('keepOrClear')
  wantedTenorMonths?: number | null;

  @OfferingField.unitType('keepOrClear')
  unitType?: BusinessUnitType | null;

  @OfferingField.deliveryRegionCodes('keep')
  deliveryRegionCodes?: string[] | null;
}

/**
 * The four life-cycle mutations take the same fields, each under its own input type name;
 * publishing and confirming also take how long the offering stands (`validForDays`).
 */
function offeringLifecycleInput(name: string, description: string, options: { validity?: boolean } = {}) {
  @InputType(name, { description })
  class LifecycleInput extends MutationInput {
    @Field(() => ID, { description: 'The offering.' })
    id!: string;

    @VersionField('offering')
    version!: number;

    validForDays?: number | null;
  }
  if (options.validity) {
    // Declared here rather than in the class body: only two of the four inputs have it.
    for (const decorate of [
      Field(() => Int, {
        nullable: true,
        description: `How many days from now the offering stands before it expires unless confirmed again (1–${MAX_OFFERING_VALIDITY_DAYS}; ${OFFERING_VALIDITY_DAYS} when absent, and when publishing, a period still running is kept).`,
      }),
      Min(1),
      Max(MAX_OFFERING_VALIDITY_DAYS),
    ]) {
      decorate(LifecycleInput.prototype, 'validForDays');
    }
  }
  return LifecycleInput;
}

export const PublishOfferingInput = offeringLifecycleInput(
  'PublishOfferingInput',
  'Publish a draft or paused offering.',
  { validity: true },
);
export const PauseOfferingInput = offeringLifecycleInput('PauseOfferingInput', 'Pause a published offering.');
export const CloseOfferingInput = offeringLifecycleInput('CloseOfferingInput', 'Close an offering for good.');
export const ConfirmOfferingStillValidInput = offeringLifecycleInput(
  'ConfirmOfferingStillValidInput',
  'Confirm that a published or expired offering still stands.',
  { validity: true },
);
export type OfferingLifecycleInput = InstanceType<typeof PublishOfferingInput>;
