import { screen } from '@testing-library/react';
import { renderWithIntl } from '@/test/render-with-intl';
import { TermsFields } from './terms-fields';

/** The label of an input and the note beside it ("(optional)"), as a reader sees them. */
function labelOf(name: string): string {
  const input = document.querySelector(`[name="${name}"]`);
  if (!input?.id) throw new Error(`no input named ${name}`);
  return document.querySelector(`label[for="${input.id}"]`)?.textContent ?? '';
}

describe('TermsFields says "optional" where the API does not require the term', () => {
  test("a financing proposal: what the API's list requires is not marked, the rest is", () => {
    renderWithIntl(<TermsFields kind="FINANCING" required={['AMOUNT', 'TENOR_MONTHS']} />, 'en');
    expect(labelOf('amount')).not.toContain('(optional)');
    expect(labelOf('tenorMonths')).not.toContain('(optional)');
    expect(labelOf('ratePerYear')).toContain('(optional)');
  });

  test('the same form follows another list: a term the API stops requiring reads optional', () => {
    renderWithIntl(<TermsFields kind="FINANCING" required={['AMOUNT']} />, 'id');
    expect(labelOf('amount')).not.toContain('(opsional)');
    expect(labelOf('tenorMonths')).toContain('(opsional)');
    expect(screen.getAllByText(/\(opsional\)/).length).toBeGreaterThan(1);
  });
});
