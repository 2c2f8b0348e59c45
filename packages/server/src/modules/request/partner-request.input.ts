import { Field, ID, InputType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Length, MaxLength } from 'class-validator';
import { DecimalScalar } from '../../graphql/scalars';
import { MutationInput, VersionField } from '../../graphql/payload';
import {
  composed,
  DecimalAtMost,
  DecimalPositive,
  InFutureWithin,
  inputField,
  NotBlank,
  type FieldChange,
} from '../../graphql/validation';
import { RegionCode } from '../region/region.input';
import { Commodity, QuantityUnit } from '../commodity/commodity.type';
import { MAX_QUANTITY } from '../offering/offering.input';
import { PartnerRequestStatus } from './partner-request.entity';
import { Q_DESCRIPTION } from '../text-search/text-search.input';

@InputType({ description: "Filters for partners' requests; all given filters must match." })
export class PartnerRequestFilter {
  @Field(() => String, { nullable: true, description: Q_DESCRIPTION })
  q?: string | null;

  @Field(() => Commodity, { nullable: true, description: 'This commodity.' })
  commodity?: Commodity | null;

  @Field(() => String, {
    nullable: true,
    description: 'Delivered to this region, a place inside it, or a wider region around it (e.g. "61.03").',
  })
  regionCode?: string | null;

  @Field(() => [PartnerRequestStatus], {
    nullable: true,
    description: 'Any of these statuses (default: OPEN).',
  })
  statuses?: PartnerRequestStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Posted by this partner.' })
  partnerId?: string | null;
}

/* ---------- Mutation inputs ---------- */

/** A deadline further out than this is a typo, not a plan. */
export const MAX_DEADLINE_DAYS = 730;

/** Each request field defined once, for createRequest and updateRequest alike. */
const RequestField = {
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
        inputField(change, 'Details: quality, packaging, schedule (at most 5000 characters).', {
          defaultValue: '',
        }),
      ),
      MaxLength(5000),
    ),
  commodity: (change: FieldChange) => Field(() => Commodity, inputField(change, 'The commodity wanted.')),
  quantity: (change: FieldChange) =>
    composed(
      Field(
        () => DecimalScalar,
        inputField(change, `Quantity wanted, in \`quantityUnit\` (above 0, at most ${MAX_QUANTITY}).`),
      ),
      DecimalPositive(),
      DecimalAtMost(MAX_QUANTITY),
    ),
  quantityUnit: (change: FieldChange) =>
    Field(() => QuantityUnit, inputField(change, 'Unit of the quantity and the price hint.')),
  deliveryRegionCode: (change: FieldChange) =>
    composed(
      Field(
        () => String,
        inputField(
          change,
          'Code of the region to deliver to, any level anywhere in Indonesia (e.g. "61.03" a regency, "61.03.05" a district); it must exist.',
        ),
      ),
      RegionCode(),
    ),
  deadline: (change: FieldChange) =>
    composed(
      Field(
        () => DateTimeISOResolver,
        inputField(
          change,
          `Offers are wanted before this moment: in the future, at most ${MAX_DEADLINE_DAYS} days ahead.`,
          {
            optional: true,
          },
        ),
      ),
      InFutureWithin(MAX_DEADLINE_DAYS),
    ),
  priceHint: (change: FieldChange) =>
    Field(
      () => DecimalScalar,
      inputField(change, 'Indicative price per quantity unit (IDR).', { optional: true }),
    ),
};

@InputType({ description: 'A new request of a partner: what it wants to buy, where and by when.' })
export class CreateRequestInput extends MutationInput {
  @Field(() => ID, { description: 'The partner that posts it; you must be its staff.' })
  partnerId!: string;

  @RequestField.title(false)
  title!: string;

  @RequestField.description(false)
  description!: string;

  @RequestField.commodity(false)
  commodity!: Commodity;

  @RequestField.quantity(false)
  quantity!: string;

  @RequestField.quantityUnit(false)
  quantityUnit!: QuantityUnit;

  @RequestField.deliveryRegionCode(false)
  deliveryRegionCode!: string;

  @RequestField.deadline(false)
  deadline?: Date | null;

  @RequestField.priceHint(false)
  priceHint?: string | null;
}

@InputType({ description: 'Changes to an OPEN request; fields left out stay as they are.' })
export class UpdateRequestInput extends MutationInput {
  @Field(() => ID, { description: 'The request.' })
  id!: string;

  @VersionField('request')
  version!: number;

  @RequestField.title('keep')
  title?: string | null;

  @RequestField.description('keep')
  description?: string | null;

  @RequestField.commodity('keep')
  commodity?: Commodity | null;

  @RequestField.quantity('keep')
  quantity?: string | null;

  @RequestField.quantityUnit('keep')
  quantityUnit?: QuantityUnit | null;

  @RequestField.deliveryRegionCode('keep')
  deliveryRegionCode?: string | null;

  @RequestField.deadline('keepOrClear')
  deadline?: Date | null;

  @RequestField.priceHint('keepOrClear')
  priceHint?: string | null;
}

@InputType({ description: 'Close an OPEN request (filled or withdrawn).' })
export class CloseRequestInput extends MutationInput {
  @Field(() => ID, { description: 'The request.' })
  id!: string;

  @VersionField('request')
  version!: number;
}

@InputType({
  description:
    'Confirm that an OPEN request is still wanted, or open an EXPIRED one again (optionally with a new deadline).',
})
export class ConfirmRequestStillOpenInput extends MutationInput {
  @Field(() => ID, { description: 'The request.' })
  id!: string;

  @VersionField('request')
  version!: number;

  @RequestField.deadline(false)
  deadline?: Date | null;
}
