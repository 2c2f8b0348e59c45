import { CombinedGraphQLErrors } from '@apollo/client';
import { fieldKeyOf, outcomeOf, problemOfThrown, problemOfUserErrors } from './mutation-outcome';

describe('mutation outcomes', () => {
  it('a stale version or a move no longer possible is a conflict', () => {
    expect(
      problemOfUserErrors([{ code: 'CONFLICT', message: 'stale', field: ['input', 'version'] }]),
    ).toEqual({
      kind: 'conflict',
    });
    expect(problemOfUserErrors([{ code: 'INVALID_TRANSITION', message: 'no', field: null }])).toEqual({
      kind: 'conflict',
    });
  });

  it('validation errors are kept per field, relative to the input', () => {
    expect(fieldKeyOf(['input', 'terms', 'amount'])).toBe('terms.amount');
    expect(fieldKeyOf(['input'])).toBeNull();
    expect(
      problemOfUserErrors([
        {
          code: 'INVALID',
          message: 'amount is required for a financing proposal',
          field: ['input', 'terms', 'amount'],
        },
        {
          code: 'INVALID',
          message: 'tenorMonths must not be greater than 240',
          field: ['input', 'terms', 'tenorMonths'],
        },
        { code: 'INVALID', message: 'Give a new title or new terms.', field: ['input'] },
      ]),
    ).toEqual({
      kind: 'invalid',
      fields: { 'terms.amount': 'required', 'terms.tenorMonths': 'outOfRange' },
      general: ['invalid'],
    });
    expect(problemOfUserErrors([])).toBeNull();
  });

  it('top-level errors: FORBIDDEN, UNAUTHENTICATED, anything else failed', async () => {
    const graphQLError = (code: string) =>
      new CombinedGraphQLErrors({ errors: [{ message: code, extensions: { code } }] });
    expect(problemOfThrown(graphQLError('FORBIDDEN'))).toEqual({ kind: 'forbidden' });
    expect(problemOfThrown(graphQLError('UNAUTHENTICATED'))).toEqual({ kind: 'signedOut' });
    expect(problemOfThrown(new Error('network'))).toEqual({ kind: 'failed' });
    expect(await outcomeOf(async () => [])).toBeNull();
    expect(await outcomeOf(async () => undefined)).toEqual({ kind: 'failed' });
    expect(
      await outcomeOf(async () => {
        throw graphQLError('FORBIDDEN');
      }),
    ).toEqual({ kind: 'forbidden' });
  });
});
