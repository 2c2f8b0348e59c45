import { Field, ObjectType } from 'type-graphql';
import { CURRENCY, normalizeDecimal } from '../shared/money';
import { DecimalScalar } from './scalars';

@ObjectType({
  simpleResolvers: true,
  description: 'An exact amount of money. Clients format it (e.g. "Rp3.000.000.000").',
})
export class Money {
  @Field(() => DecimalScalar, { description: 'The amount as an exact decimal string, e.g. "3000000000".' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 currency code; always "IDR".' })
  currency!: string;
}

/** Wraps a numeric column value (a decimal string from PostgreSQL) as Money. */
export function toMoney(amount: string | null | undefined): Money | null {
  if (amount == null) return null;
  const money = new Money();
  money.amount = normalizeDecimal(amount);
  money.currency = CURRENCY;
  return money;
}
