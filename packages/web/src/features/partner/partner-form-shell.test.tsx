import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { AppLocale } from '@/i18n/routing';
import type { PayloadUserError } from '@/lib/mutation-outcome';
import { renderWithIntl } from '@/test/render-with-intl';
import { PartnerFormShell, usePartnerForm } from './partner-form-shell';

jest.mock('next/navigation', () => ({
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
  usePathname: () => '/partner/programs/new',
  useSearchParams: () => new URLSearchParams(),
  useParams: () => ({}),
}));

/** A partner form with two fields whose save is refused with `errors`. */
function RefusedForm({ errors }: { errors: PayloadUserError[] }) {
  const form = usePartnerForm({
    partnerId: 'UGFydG5lcjox',
    record: 'program',
    isNew: true,
    fields: ['name', 'loanTerms.maxAmount'] as const,
  });
  return (
    <PartnerFormShell
      form={form}
      busy={false}
      submitLabel="Simpan"
      onSubmit={() => form.save(async () => ({ userErrors: errors }))}
    >
      <p data-testid="name-error">{form.error('name')}</p>
      <p data-testid="amount-error">{form.error('loanTerms.maxAmount')}</p>
    </PartnerFormShell>
  );
}

const REFUSALS: PayloadUserError[] = [
  {
    code: 'INVALID',
    message: 'name must be shorter than or equal to 120 characters',
    field: ['input', 'name'],
  },
  {
    code: 'INVALID',
    message: 'maxAmount must not be greater than 1000000000000',
    field: ['input', 'loanTerms', 'maxAmount'],
  },
  { code: 'NOT_FOUND', message: 'No region 61.99', field: ['input', 'coverageRegionCodes', '0'] },
  { code: 'INVALID', message: 'Something only the API can say', field: null },
];

describe('partner forms say why the API refused, in the page’s language', () => {
  test.each<[AppLocale, string, string, string, string]>([
    [
      'id',
      'Terlalu panjang.',
      'Nilainya di luar batas yang diizinkan.',
      'Data yang dirujuk tidak ditemukan.',
      'Isian ini tidak diterima. Periksa kembali. (Something only the API can say)',
    ],
    [
      'en',
      'Too long.',
      'The value is outside the allowed range.',
      'A record this refers to was not found.',
      'This value was not accepted. Please check it. (Something only the API can say)',
    ],
  ])('%s', async (locale, tooLong, outOfRange, notFound, fallback) => {
    renderWithIntl(<RefusedForm errors={REFUSALS} />, locale);
    fireEvent.submit(screen.getByRole('button').closest('form')!);
    await waitFor(() => expect(screen.getByTestId('name-error')).toHaveTextContent(tooLong));
    expect(screen.getByTestId('amount-error')).toHaveTextContent(outOfRange);
    const general = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(general).toEqual([notFound, fallback]);
    // The API's English words appear only where nothing else is known.
    expect(document.body.textContent).not.toMatch(/shorter than|greater than|No region/);
  });
});
