import { GraphQLScalarType, Kind } from 'graphql';
import { isDecimalAmount, normalizeDecimal } from '../shared/money';

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !isDecimalAmount(text)) {
    throw new TypeError(
      `Decimal must be a non-negative amount with at most 2 decimals, written as a string like "1500000" or "1500000.50"; got ${JSON.stringify(value)}`,
    );
  }
  return normalizeDecimal(text);
}

/** Exact non-negative decimal (money, quantities) carried as a string; never a float. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description:
    'An exact, non-negative decimal number with at most two fraction digits, as a string (e.g. "3000000000" or "2750.50"). Used for money and quantities; never a float.',
  serialize: (value) => normalizeDecimal(String(value)),
  parseValue: parseDecimal,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) {
      return parseDecimal(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    }
    throw new TypeError('Decimal must be written as a string, e.g. "1500000".');
  },
});
