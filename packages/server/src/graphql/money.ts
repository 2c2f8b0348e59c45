import { Field, ObjectType } from 'type-graphql';
import type { MoneyAmount } from '../shared/money';
import { DecimalScalar } from './scalars';

/** The GraphQL type of a MoneyAmount (shared/money.ts, whose toMoney makes one from a column). */
@ObjectType({
  simpleResolvers: true,
  description: 'An exact amount of money. Clients format it (e.g. "Rp3.000.000.000").',
})
export class Money implements MoneyAmount {
  @Field(() => DecimalScalar, { description: 'The amount as an exact decimal string, e.g. "3000000000".' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 currency code; always "IDR".' })
  currency!: string;
}
