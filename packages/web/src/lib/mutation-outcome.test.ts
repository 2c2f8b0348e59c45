import { CombinedGraphQLErrors } from '@apollo/client';
import {
  fieldKeyOf,
  outcomeOf,
  problemOfThrown,
  problemOfUserErrors,
  problemsOf,
  type PayloadUserError,
} from './mutation-outcome';

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

const FIELDS = ['name', 'loanTerms.maxAmount', 'loanTerms', 'coverageRegionCodes'];
const describe_ = (error: PayloadUserError) => `[${error.code}] ${error.message}`;

describe('problemsOf', () => {
  it('puts each error on its field by input path (the first per field is shown)', () => {
    const problems = problemsOf(
      [
        { code: 'INVALID', message: 'too short', field: ['input', 'name'] },
        { code: 'INVALID', message: 'second', field: ['input', 'name'] },
        { code: 'INVALID', message: 'required', field: ['input', 'loanTerms', 'maxAmount'] },
        { code: 'INVALID', message: 'min > max', field: ['input', 'loanTerms', 'minAmount'] },
        { code: 'NOT_FOUND', message: 'no 61.99', field: ['input', 'coverageRegionCodes', '2'] },
      ],
      FIELDS,
      describe_,
    );
    expect(problems.fields).toEqual({
      name: '[INVALID] too short',
      'loanTerms.maxAmount': '[INVALID] required',
      loanTerms: '[INVALID] min > max',
      coverageRegionCodes: '[NOT_FOUND] no 61.99',
    });
    expect(problems.general).toEqual([]);
    expect(problems.conflict).toBe(false);
  });

  it('keeps errors without a known field for the whole form, and CONFLICT apart', () => {
    const problems = problemsOf(
      [
        { code: 'CONFLICT', message: 'stale', field: ['input', 'version'] },
        { code: 'INVALID_TRANSITION', message: 'closed', field: null },
        { code: 'INVALID', message: 'partner', field: ['input', 'partnerId'] },
      ],
      FIELDS,
      describe_,
    );
    expect(problems.conflict).toBe(true);
    expect(problems.fields).toEqual({});
    expect(problems.general.map((error) => error.message)).toEqual(['closed', 'partner']);
  });
});
