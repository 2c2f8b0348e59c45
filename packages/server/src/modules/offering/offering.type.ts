import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { ConnectionType, Node } from '../../graphql/relay';
import { toGlobalId } from '../../shared/global-id';
import { fromPgTimestamp } from '../../shared/time';
import { DecimalScalar } from '../../graphql/scalars';
import { Money } from '../../graphql/money';
import { toMoney } from '../../shared/money';
import { Commodity, QuantityUnit } from '../commodity/commodity.type';
import { BusinessUnitType } from '../cooperative/cooperative.entity';
import { OfferingKind, OfferingStatus } from './offering.entity';

registerEnumType(OfferingKind, {
  name: 'OfferingKind',
  description: 'What a cooperative offers.',
  valuesConfig: {
    SUPPLY: { description: 'Products and supply capacity (commodity, quantity per month, price range).' },
    FINANCING_NEED: { description: 'A financing need (amount, purpose, wanted tenor).' },
    SERVICE: { description: 'A service or spare capacity (cold storage space, logistics trips).' },
    PARTNERSHIP_INTEREST: {
      description: 'Interest in a partnership, e.g. becoming an LPG outlet or bank agent.',
    },
  },
});
registerEnumType(OfferingStatus, {
  name: 'OfferingStatus',
  description: 'Life cycle of an offering.',
  valuesConfig: {
    DRAFT: {
      description: "Being prepared; visible only to its cooperative's officers, its mentor and admins.",
    },
    PUBLISHED: { description: 'Visible to partners.' },
    PAUSED: { description: 'Temporarily withdrawn by the cooperative.' },
    EXPIRED: { description: 'Passed its valid-until date without being confirmed.' },
    CLOSED: { description: 'Finished; kept for the record.' },
  },
});

export interface OfferingRow {
  id: number;
  cooperative_id: number;
  kind: OfferingKind;
  title: string;
  description: string;
  commodity: Commodity | null;
  quantity_per_month: string | null;
  quantity_unit: QuantityUnit | null;
  price_min: string | null;
  price_max: string | null;
  amount_needed: string | null;
  financing_purpose: string | null;
  wanted_tenor_months: number | null;
  unit_type: BusinessUnitType | null;
  status: OfferingStatus;
  valid_until: string | null;
  last_confirmed_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'Something a cooperative puts on the market.',
})
export class Offering extends Node {
  dbId!: number;
  cooperativeId!: number;

  @Field(() => OfferingKind, { description: 'Supply, financing need, service or partnership interest.' })
  kind!: OfferingKind;

  @Field(() => String, { description: 'Short title, in the language the cooperative wrote it.' })
  title!: string;

  @Field(() => String, { description: 'Longer description.' })
  description!: string;

  @Field(() => Commodity, { nullable: true, description: 'The commodity supplied, if any.' })
  commodity!: Commodity | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Quantity available per month, in `quantityUnit`.',
  })
  quantityPerMonth!: string | null;

  @Field(() => QuantityUnit, { nullable: true, description: 'Unit of `quantityPerMonth` and of the prices.' })
  quantityUnit!: QuantityUnit | null;

  @Field(() => Money, { nullable: true, description: 'Lowest asking price per quantity unit.' })
  priceMin!: Money | null;

  @Field(() => Money, { nullable: true, description: 'Highest asking price per quantity unit.' })
  priceMax!: Money | null;

  @Field(() => Money, { nullable: true, description: 'Amount of financing needed (FINANCING_NEED).' })
  amountNeeded!: Money | null;

  @Field(() => String, { nullable: true, description: 'What the financing is for.' })
  financingPurpose!: string | null;

  @Field(() => Int, { nullable: true, description: 'Loan tenor wanted, in months.' })
  wantedTenorMonths!: number | null;

  @Field(() => BusinessUnitType, { nullable: true, description: 'The business unit this offering is about.' })
  unitType!: BusinessUnitType | null;

  @Field(() => OfferingStatus, { description: 'Draft, published, paused, expired or closed.' })
  status!: OfferingStatus;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'The offering expires after this moment unless confirmed.',
  })
  validUntil!: Date | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'When the cooperative last confirmed it is still valid.',
  })
  lastConfirmedAt!: Date | null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  version!: number;

  @Field(() => DateTimeISOResolver, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { description: 'When it last changed.' })
  updatedAt!: Date;

  static fromRow(row: OfferingRow): Offering {
    // Assigned one by one rather than Object.assign of a literal: list pages make hundreds.
    const offering = new Offering();
    offering.id = toGlobalId('Offering', row.id);
    offering.dbId = row.id;
    offering.cooperativeId = row.cooperative_id;
    offering.kind = row.kind;
    offering.title = row.title;
    offering.description = row.description;
    offering.commodity = row.commodity;
    offering.quantityPerMonth = row.quantity_per_month;
    offering.quantityUnit = row.quantity_unit;
    offering.priceMin = toMoney(row.price_min);
    offering.priceMax = toMoney(row.price_max);
    offering.amountNeeded = toMoney(row.amount_needed);
    offering.financingPurpose = row.financing_purpose;
    offering.wantedTenorMonths = row.wanted_tenor_months;
    offering.unitType = row.unit_type;
    offering.status = row.status;
    offering.validUntil = fromPgTimestamp(row.valid_until);
    offering.lastConfirmedAt = fromPgTimestamp(row.last_confirmed_at);
    offering.version = row.version;
    offering.createdAt = fromPgTimestamp(row.created_at);
    offering.updatedAt = fromPgTimestamp(row.updated_at);
    return offering;
  }
}

export const OfferingConnection = ConnectionType(Offering, 'Offering', 'offering');
