import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen, within } from '@testing-library/react';
import type { ProgramChoiceFragment } from '@/graphql/generated/graphql';
import { renderWithIntl } from '@/test/render-with-intl';
import { ProposalCreateForm } from './proposal-create-form';

jest.mock('next/navigation', () => ({
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
  usePathname: () => '/proposals/new',
  useSearchParams: () => new URLSearchParams(),
  useParams: () => ({}),
}));

const KUR: ProgramChoiceFragment = {
  __typename: 'Program',
  id: 'UHJvZ3JhbTox',
  name: 'KUR Koperasi Merah Putih',
  kind: 'LOAN',
  partner: { __typename: 'Partner', id: 'UGFydG5lcjox' },
  loanTerms: {
    __typename: 'LoanTerms',
    minAmount: { __typename: 'Money', amount: '100000000' },
    maxAmount: { __typename: 'Money', amount: '3000000000' },
    ratePerYear: '6',
    maxTenorMonths: 72,
    minGraceMonths: 6,
    maxGraceMonths: 8,
    operatingCostCap: { __typename: 'Money', amount: '500000000' },
  },
  minimumVolume: null,
};

const OFFTAKE: ProgramChoiceFragment = {
  __typename: 'Program',
  id: 'UHJvZ3JhbToy',
  name: 'Pembelian TBS',
  kind: 'OFFTAKE',
  partner: { __typename: 'Partner', id: 'UGFydG5lcjox' },
  loanTerms: null,
  minimumVolume: { __typename: 'MinimumVolume', quantityPerMonth: '480', unit: 'TON' },
};

function renderForm() {
  renderWithIntl(
    <MockedProvider mocks={[]}>
      <ProposalCreateForm
        cooperatives={[{ id: 'Q29vcGVyYXRpdmU6MQ', name: 'Koperasi Desa Merah Putih Hibun' }]}
        partners={[{ id: 'UGFydG5lcjox', name: 'Bank Rakyat Indonesia (BRI)' }]}
        defaultKind="OFFTAKE"
        defaultTitle="Kerja sama"
        defaults={{}}
        canSubmitDirectly
        requiredTerms={{}}
        programs={[KUR, OFFTAKE]}
      />
    </MockedProvider>,
  );
}

describe('the program picker of a new proposal', () => {
  test('a program chosen sets the kind and the starting terms, and its rules show beside the terms', () => {
    renderForm();
    const program = screen.getByLabelText('Program');
    expect(program).toHaveValue('');
    expect(screen.queryByRole('complementary')).toBeNull();

    fireEvent.change(program, { target: { value: KUR.id } });
    expect(screen.getByLabelText('Jenis proposal')).toHaveValue('FINANCING');
    const rules = screen.getByRole('complementary', { name: 'Aturan program KUR Koperasi Merah Putih' });
    expect(within(rules).getByText('Rp100.000.000 – Rp3.000.000.000')).toBeInTheDocument();
    expect(within(rules).getByText('6% per tahun')).toBeInTheDocument();
    expect(within(rules).getByText('72 bulan')).toBeInTheDocument();
    expect(within(rules).getByText('6–8 bulan')).toBeInTheDocument();
    expect(within(rules).getByText('Rp500.000.000')).toBeInTheDocument();
    expect(document.querySelector('[name="ratePerYear"]')).toHaveValue('6');
    expect(document.querySelector('[name="tenorMonths"]')).toHaveValue('72');

    // Another program: its own rules; none: no rules.
    fireEvent.change(program, { target: { value: OFFTAKE.id } });
    expect(screen.getByLabelText('Jenis proposal')).toHaveValue('OFFTAKE');
    expect(screen.getByRole('complementary', { name: 'Aturan program Pembelian TBS' })).toHaveTextContent(
      'Volume minimum: 480 ton/bulan',
    );
    fireEvent.change(program, { target: { value: '' } });
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});
