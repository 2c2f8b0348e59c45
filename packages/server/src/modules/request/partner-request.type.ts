import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay';
import { toGlobalId } from '../../shared/global-id';
import { fromPgTimestamp } from '../../shared/time';
import { DecimalScalar } from '../../graphql/scalars';
import { Money } from '../../graphql/money';
import { toMoney } from '../../shared/money';
import { Commodity, QuantityUnit } from '../commodity/commodity.type';
import { PartnerRequestStatus } from './partner-request.entity';

registerEnumType(PartnerRequestStatus, {
  name: 'PartnerRequestStatus',
  description: 'Whether a request is still looking for suppliers.',
  valuesConfig: {
    OPEN: { description: 'Looking for suppliers.' },
    CLOSED: { description: 'Filled or withdrawn.' },
    EXPIRED: { description: 'Its deadline passed.' },
  },
});

export interface PartnerRequestRow {
  id: number;
  partner_id: number;
  title: string;
  description: string;
  commodity: Commodity;
  quantity: string;
  quantity_unit: QuantityUnit;
  delivery_region_code: string;
  deadline: string | null;
  price_hint: string | null;
  status: PartnerRequestStatus;
  last_confirmed_at: string | null;
  version: number;
  created_at: string;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: "A partner's concrete need, e.g. a mill asking for 200 t of palm fruit a month.",
})
export class PartnerRequest extends Node {
  dbId!: number;
  partnerId!: number;
  deliveryRegionCode!: string;

  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => String, { description: 'Details: quality, packaging, schedule.' })
  description!: string;

  @Field(() => Commodity, { description: 'The commodity wanted.' })
  commodity!: Commodity;

  @Field(() => DecimalScalar, { description: 'Quantity wanted, in `quantityUnit`.' })
  quantity!: string;

  @Field(() => QuantityUnit, { description: 'Unit of the quantity and the price hint.' })
  quantityUnit!: QuantityUnit;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Offers are wanted before this moment.' })
  deadline!: Date | null;

  @Field(() => Money, { nullable: true, description: 'Indicative price per quantity unit.' })
  priceHint!: Money | null;

  @Field(() => PartnerRequestStatus, { description: 'Open, closed or expired.' })
  status!: PartnerRequestStatus;

  @Field(() => DateTimeISOResolver, {
    description: 'When the partner last confirmed it is still wanted; posting it counts as confirming.',
  })
  lastConfirmedAt!: Date;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  version!: number;

  @Field(() => DateTimeISOResolver, { description: 'When it was posted.' })
  createdAt!: Date;

  static fromRow(row: PartnerRequestRow): PartnerRequest {
    return Object.assign(new PartnerRequest(), {
      id: toGlobalId('PartnerRequest', row.id),
      dbId: row.id,
      partnerId: row.partner_id,
      deliveryRegionCode: row.delivery_region_code,
      title: row.title,
      description: row.description,
      commodity: row.commodity,
      quantity: row.quantity,
      quantityUnit: row.quantity_unit,
      deadline: fromPgTimestamp(row.deadline),
      priceHint: toMoney(row.price_hint),
      status: row.status,
      lastConfirmedAt: fromPgTimestamp(row.last_confirmed_at ?? row.created_at),
      version: row.version,
      createdAt: fromPgTimestamp(row.created_at),
    });
  }
}
