/** @jest-environment node */
import { problemsOf, type ApiUserError } from './user-errors';

const FIELDS = ['name', 'loanTerms.maxAmount', 'loanTerms', 'coverageRegencyCodes'];
const describe_ = (error: ApiUserError) => `[${error.code}] ${error.message}`;

describe('problemsOf', () => {
  it('puts each error on its field by input path (the first per field is shown)', () => {
    const problems = problemsOf(
      [
        { code: 'INVALID', message: 'too short', field: ['input', 'name'] },
        { code: 'INVALID', message: 'second', field: ['input', 'name'] },
        { code: 'INVALID', message: 'required', field: ['input', 'loanTerms', 'maxAmount'] },
        { code: 'INVALID', message: 'min > max', field: ['input', 'loanTerms', 'minAmount'] },
        { code: 'NOT_FOUND', message: 'no 61.99', field: ['input', 'coverageRegencyCodes', '2'] },
      ],
      FIELDS,
      describe_,
    );
    expect(problems.fields).toEqual({
      name: '[INVALID] too short',
      'loanTerms.maxAmount': '[INVALID] required',
      loanTerms: '[INVALID] min > max',
      coverageRegencyCodes: '[NOT_FOUND] no 61.99',
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
