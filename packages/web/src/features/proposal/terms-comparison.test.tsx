import { screen, within } from '@testing-library/react';
import type { ProposalTermsFieldsFragment } from '@/graphql/generated/graphql';
import { changedTerms, fieldsStated } from './proposal-terms';
import { renderWithIntl } from '@/test/render-with-intl';
import { TermsComparison } from './terms-comparison';

function terms(version: number, changes: Partial<ProposalTermsFieldsFragment>): ProposalTermsFieldsFragment {
  return {
    __typename: 'ProposalTerms',
    version,
    authorSide: version % 2 === 1 ? 'PARTNER' : 'COOPERATIVE',
    amount: null,
    pricePerUnit: null,
    quantity: null,
    quantityUnit: null,
    tenorMonths: null,
    ratePerYear: null,
    graceMonths: null,
    operatingCostAmount: null,
    collateral: null,
    collateralValue: null,
    delivery: null,
    paymentDays: null,
    note: null,
    createdAt: `2026-10-2${version}T03:00:00.000Z`,
    deliveryRegion: null,
    ruleDeviations: [],
    ...changes,
  };
}

const first = terms(1, {
  amount: { __typename: 'Money', amount: '1500000000' },
  tenorMonths: 36,
  ratePerYear: '6',
});
const counter = terms(2, {
  amount: { __typename: 'Money', amount: '1200000000' },
  tenorMonths: 36,
  ratePerYear: '6.5',
  note: 'Agunan gerai',
});
const names = { COOPERATIVE: 'KDMP Botuh Lintang', PARTNER: 'Bank Rakyat Indonesia (BRI)' };

function cell(field: string, version: number): HTMLElement {
  const found = document.querySelector<HTMLElement>(`td[data-field="${field}"][data-version="${version}"]`);
  if (!found) throw new Error(`no cell for ${field} v${version}`);
  return found;
}

describe('changedTerms', () => {
  it('lists the fields a version added, removed or changed, and nothing for the first offer', () => {
    expect([...changedTerms(first, counter)].sort()).toEqual(['amount', 'note', 'ratePerYear']);
    expect(changedTerms(null, first).size).toBe(0);
    expect(changedTerms(counter, counter).size).toBe(0);
    expect(
      [
        ...changedTerms(
          counter,
          terms(3, { amount: { __typename: 'Money', amount: '1200000000' }, tenorMonths: 36 }),
        ),
      ].sort(),
    ).toEqual(['note', 'ratePerYear']);
  });

  it('counts a quantity and its unit, and a price and its unit, as one term each', () => {
    const kg = terms(1, {
      quantity: '1000',
      quantityUnit: 'KG',
      pricePerUnit: { __typename: 'Money', amount: '2500' },
    });
    const ton = terms(2, {
      quantity: '1000',
      quantityUnit: 'TON',
      pricePerUnit: { __typename: 'Money', amount: '2500' },
    });
    expect([...changedTerms(kg, ton)].sort()).toEqual(['pricePerUnit', 'quantity']);
  });

  it('gives a row to every stated term, and always to the note', () => {
    expect(fieldsStated([first, counter])).toEqual(['amount', 'tenorMonths', 'ratePerYear', 'note']);
  });
});

describe('TermsComparison', () => {
  it('shows the versions side by side and marks what changed from the previous version', () => {
    renderWithIntl(<TermsComparison versions={[first, counter]} acceptedVersion={null} partyNames={names} />);
    const table = screen.getByRole('table', { name: /Perbandingan syarat/ });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers[1]).toHaveTextContent('Versi 1');
    expect(headers[1]).toHaveTextContent('oleh Bank Rakyat Indonesia (BRI)');
    expect(headers[2]).toHaveTextContent('Versi 2');
    expect(headers[2]).toHaveTextContent('oleh KDMP Botuh Lintang');
    expect(headers[2]).toHaveTextContent('Terbaru');

    expect(cell('amount', 1)).toHaveTextContent('Rp1.500.000.000');
    expect(cell('amount', 2)).toHaveTextContent('Rp1.200.000.000');
    expect(cell('amount', 2)).toHaveAttribute('data-changed', 'true');
    expect(cell('amount', 2)).toHaveTextContent('berubah');
    expect(cell('ratePerYear', 2)).toHaveTextContent('6,5% per tahun');
    expect(cell('ratePerYear', 2)).toHaveAttribute('data-changed', 'true');
    expect(cell('tenorMonths', 2)).toHaveTextContent('36 bulan');
    expect(cell('tenorMonths', 2)).not.toHaveAttribute('data-changed');
    // The first offer changes nothing: it is the baseline.
    expect(cell('amount', 1)).not.toHaveAttribute('data-changed');
    expect(cell('note', 1)).toHaveTextContent('—');
    expect(cell('note', 2)).toHaveTextContent('Agunan gerai');

    expect(screen.getByTestId('latest-changes')).toHaveTextContent(
      'Versi 2 mengubah: Jumlah, Bunga/margin, Catatan.',
    );
    // The phone layout: one card per version, the latest first, each change with what it replaced.
    const cards = within(screen.getByRole('list', { name: /Perbandingan syarat/ })).getAllByRole('listitem');
    expect(cards[0]).toHaveTextContent('Versi 2');
    expect(cards[0]).toHaveTextContent('berubah, sebelumnya: Rp1.500.000.000');
    expect(cards[0]).toHaveTextContent('berubah, sebelumnya: 6% per tahun');
    expect(cards[1]).toHaveTextContent('Versi 1');
    expect(cards[1]).not.toHaveTextContent('berubah');
    // Only stated terms get a row: no price or quantity for a financing proposal.
    expect(within(table).queryByRole('rowheader', { name: 'Harga per satuan' })).toBeNull();
  });

  it('marks the accepted version, in English too', () => {
    renderWithIntl(
      <TermsComparison versions={[first, counter]} acceptedVersion={2} partyNames={names} />,
      'en',
    );
    const headers = screen.getAllByRole('columnheader');
    expect(headers[2]).toHaveTextContent('Accepted');
    expect(headers[2]).not.toHaveTextContent('Latest');
    expect(cell('tenorMonths', 1)).toHaveTextContent('36 months');
    expect(cell('amount', 2)).toHaveTextContent('changed');
    expect(screen.getByTestId('latest-changes')).toHaveTextContent(
      'Version 2 changed: Amount, Interest/margin, Note.',
    );
  });

  it('shows grace, operating costs and collateral, and the rules the latest version departs from, to either party in both languages', () => {
    const negotiated = terms(3, {
      amount: { __typename: 'Money', amount: '1200000000' },
      tenorMonths: 84,
      ratePerYear: '6',
      graceMonths: 6,
      operatingCostAmount: { __typename: 'Money', amount: '400000000' },
      collateral: 'SHM tanah gudang',
      collateralValue: { __typename: 'Money', amount: '750000000' },
      ruleDeviations: [
        {
          __typename: 'ProgramRuleDeviation',
          rule: 'TENOR',
          bound: 'AT_MOST',
          allowed: '72',
          proposed: '84',
        },
      ],
    });
    const { unmount } = renderWithIntl(
      <TermsComparison versions={[first, counter, negotiated]} acceptedVersion={null} partyNames={names} />,
    );
    expect(cell('graceMonths', 3)).toHaveTextContent('6 bulan');
    expect(cell('operatingCostAmount', 3)).toHaveTextContent('Rp400.000.000');
    expect(cell('collateral', 3)).toHaveTextContent('SHM tanah gudang (senilai Rp750.000.000)');
    const flagged = screen.getByTestId('rule-deviations');
    expect(flagged).toHaveTextContent('Tenor: diusulkan 84 bulan; ketentuan program paling banyak 72 bulan.');
    expect(screen.getAllByRole('columnheader')[3]).toHaveTextContent('Di luar ketentuan program');
    expect(screen.getAllByRole('columnheader')[2]).not.toHaveTextContent('Di luar ketentuan program');
    unmount();

    renderWithIntl(
      <TermsComparison versions={[first, counter, negotiated]} acceptedVersion={null} partyNames={names} />,
      'en',
    );
    expect(screen.getByTestId('rule-deviations')).toHaveTextContent(
      'Tenor: 84 months proposed; the program says at most 72 months.',
    );
  });

  it('shows no flag when the terms keep every rule', () => {
    renderWithIntl(<TermsComparison versions={[first, counter]} acceptedVersion={null} partyNames={names} />);
    expect(screen.queryByTestId('rule-deviations')).toBeNull();
  });

  it('says so when there are no terms', () => {
    renderWithIntl(<TermsComparison versions={[]} acceptedVersion={null} partyNames={names} />);
    expect(screen.getByText('Belum ada syarat.')).toBeInTheDocument();
  });
});
