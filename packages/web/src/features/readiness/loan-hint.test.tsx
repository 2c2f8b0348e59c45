import { screen, within } from '@testing-library/react';
import type { PassportLoanHintFragment } from '@/graphql/generated/graphql';
import { renderWithIntl } from '@/test/render-with-intl';
import { LoanHint } from './loan-hint';

const money = (amount: string) => ({ __typename: 'Money' as const, amount });

const SOURCE = 'MitraDesa planning figures. Not an official standard.';

/** Two units to build (one without a typical figure), two financing needs, income stated. */
const HINT: PassportLoanHintFragment = {
  __typename: 'LoanSizeHint',
  ceiling: money('3000000000'),
  operatingCostCap: money('500000000'),
  unitCosts: [
    {
      __typename: 'UnitCapitalCost',
      unitType: 'WAREHOUSE_COLD_STORAGE',
      status: 'PLANNED',
      cost: money('900000000'),
    },
    {
      __typename: 'UnitCapitalCost',
      unitType: 'LOGISTICS',
      status: 'UNDER_CONSTRUCTION',
      cost: money('550000000'),
    },
    { __typename: 'UnitCapitalCost', unitType: 'OTHER', status: 'PLANNED', cost: null },
  ],
  buildingCost: money('1450000000'),
  statedNeed: money('1200000000'),
  statedNeedCount: 2,
  low: money('1200000000'),
  high: money('1450000000'),
  cappedAtCeiling: false,
  debtService: {
    __typename: 'DebtServiceCheck',
    principal: money('1450000000'),
    ratePerYear: '6',
    tenorMonths: 72,
    graceMonths: 8,
    graceMonthlyInterest: money('7250000'),
    monthlyInstalment: money('26530368'),
    expectedMonthlyIncome: money('45000000'),
    incomeCover: '1.70',
  },
  costTable: 'MITRADESA_PLANNING',
  costSource: SOURCE,
  costsAsOf: '2026-12-05',
};

const NO_RANGE: PassportLoanHintFragment = {
  ...HINT,
  unitCosts: [],
  buildingCost: money('0'),
  statedNeed: money('0'),
  statedNeedCount: 0,
  low: null,
  high: null,
  debtService: null,
};

const CAPPED_WITHOUT_INCOME: PassportLoanHintFragment = {
  ...HINT,
  statedNeed: money('4000000000'),
  statedNeedCount: 1,
  high: money('3000000000'),
  low: money('1450000000'),
  cappedAtCeiling: true,
  debtService: {
    ...HINT.debtService!,
    principal: money('3000000000'),
    graceMonthlyInterest: money('15000000'),
    monthlyInstalment: money('54890417'),
    expectedMonthlyIncome: null,
    incomeCover: null,
  },
};

const step = (number: number) => {
  const item = document.querySelector<HTMLElement>(`li[data-step="${number}"]`);
  if (!item) throw new Error(`no step ${number}`);
  return item;
};

const UNITS_ONLY: PassportLoanHintFragment = {
  ...HINT,
  statedNeed: money('0'),
  statedNeedCount: 0,
  low: money('1450000000'),
  debtService: { ...HINT.debtService!, expectedMonthlyIncome: null, incomeCover: null },
};

describe('LoanHint shows every step', () => {
  it('the ceiling, each unit with its typical cost and the source, the stated needs, the range and the instalments', () => {
    renderWithIntl(<LoanHint hint={HINT} />, 'id');
    expect(screen.getByRole('list', { name: 'Langkah perhitungan' })).toBeInTheDocument();
    expect(step(1)).toHaveTextContent(
      'Paling banyak Rp3.000.000.000 per koperasi, dengan paling banyak Rp500.000.000 untuk biaya operasional.',
    );

    const units = within(step(2)).getByRole('list', { name: 'Biaya umum per gerai' });
    expect(
      within(units)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Pergudangan / cold storage (Direncanakan)Rp900.000.000',
      'Logistik (Sedang dibangun)Rp550.000.000',
      'Gerai lain (Direncanakan)tidak ada angka baku, tidak dihitung',
    ]);
    expect(step(2)).toHaveTextContent('Jumlah biaya pembangunan: Rp1.450.000.000');
    // The cost table is worded in the page's language, not with the API's English text.
    expect(step(2)).toHaveTextContent(
      'Sumber angka biaya: angka perencanaan MitraDesa: ketujuh gerai standar disesuaikan dengan Rp3 miliar',
    );
    expect(step(2)).toHaveTextContent('bukan standar resmi (per 5 Desember 2026).');
    expect(step(2)).not.toHaveTextContent(SOURCE);

    expect(step(3)).toHaveTextContent('2 penawaran kebutuhan pembiayaan terbit, seluruhnya Rp1.200.000.000.');
    expect(screen.getByTestId('loan-range')).toHaveTextContent('Rp1.200.000.000 – Rp1.450.000.000');
    expect(step(4)).toHaveTextContent(
      'Dari yang lebih kecil sampai yang lebih besar dari kedua jumlah di atas, dalam batas PMK 49/2025.',
    );
    expect(step(4)).not.toHaveTextContent('dipotong');

    expect(step(5)).toHaveTextContent(
      'Untuk pinjaman Rp1.450.000.000 dengan bunga 6 % per tahun dan tenor 72 bulan:',
    );
    expect(screen.getByTestId('grace-interest')).toHaveTextContent(
      'Masa tenggang 8 bulan: bunga saja Rp7.250.000 per bulan.',
    );
    expect(screen.getByTestId('monthly-instalment')).toHaveTextContent(
      'Lalu 64 bulan: cicilan Rp26.530.368 per bulan.',
    );
    expect(screen.getByTestId('expected-income')).toHaveTextContent('Rp45.000.000');
    expect(screen.getByTestId('income-cover')).toHaveTextContent('1,7×');
    expect(step(5)).toHaveTextContent('Di bawah 1 berarti pendapatan yang dinyatakan belum menutup cicilan.');
  });

  it('opens with the note that it is not a credit decision, in the page language and the other one', () => {
    renderWithIntl(
      <LoanHint
        hint={HINT}
        otherLanguage={{ locale: 'en', title: 'Not a credit decision', text: 'This hint is guidance only.' }}
      />,
      'id',
    );
    const note = screen.getByTestId('hint-disclaimer');
    expect(note).toHaveTextContent('Bukan keputusan kredit');
    expect(note).toHaveTextContent('Perkiraan ini hanya petunjuk, bukan keputusan kredit.');
    expect(within(note).getByText('This hint is guidance only.', { exact: false })).toHaveAttribute(
      'lang',
      'en',
    );
  });

  it('says when only one of the two sums is known, and the hint is that figure', () => {
    renderWithIntl(<LoanHint hint={UNITS_ONLY} />, 'id');
    expect(screen.getByTestId('loan-range')).toHaveTextContent(/^Rp1\.450\.000\.000$/);
    expect(step(4)).toHaveTextContent('Hanya satu dari kedua jumlah di atas yang diketahui');
  });

  it('says why there is no range when neither a unit cost nor a financing need is known', () => {
    renderWithIntl(<LoanHint hint={NO_RANGE} />, 'id');
    expect(step(2)).toHaveTextContent('Tidak ada gerai yang direncanakan atau sedang dibangun.');
    expect(step(3)).toHaveTextContent('Belum ada penawaran kebutuhan pembiayaan yang terbit.');
    expect(screen.getByTestId('loan-range')).toHaveTextContent('Tidak dapat dihitung');
    expect(step(4)).toHaveTextContent(
      'Belum ada gerai dengan angka biaya baku yang direncanakan atau sedang dibangun, dan belum ada kebutuhan pembiayaan yang dinyatakan.',
    );
    expect(step(5)).toHaveTextContent('Tanpa kisaran pinjaman, cicilan tidak dapat dihitung.');
    expect(screen.queryByTestId('monthly-instalment')).toBeNull();
  });

  it('says a sum was cut to the ceiling, and that the income is not stated', () => {
    renderWithIntl(<LoanHint hint={CAPPED_WITHOUT_INCOME} />, 'id');
    expect(step(3)).toHaveTextContent('1 penawaran kebutuhan pembiayaan terbit, seluruhnya Rp4.000.000.000.');
    expect(screen.getByTestId('loan-range')).toHaveTextContent('Rp1.450.000.000 – Rp3.000.000.000');
    expect(step(4)).toHaveTextContent('Satu jumlah melebihi batas dan dipotong menjadi Rp3.000.000.000.');
    expect(screen.getByTestId('expected-income')).toHaveTextContent('pendapatan belum dinyatakan');
    expect(screen.queryByTestId('income-cover')).toBeNull();
    expect(step(5)).toHaveTextContent('Pengurus dapat mengisinya di profil pada ruang kerja koperasi.');
  });

  it('in English, rupiah still written the Indonesian way', () => {
    renderWithIntl(<LoanHint hint={CAPPED_WITHOUT_INCOME} />, 'en');
    expect(step(1)).toHaveTextContent(
      'At most Rp3.000.000.000 per cooperative, of which at most Rp500.000.000 for operating costs.',
    );
    expect(step(2)).toHaveTextContent(
      'Source of the cost figures: MitraDesa planning figures: the seven standard units sized to the Rp3 billion',
    );
    expect(step(2)).toHaveTextContent('not an official standard (as of 5 December 2026).');
    expect(step(3)).toHaveTextContent('1 financing-need offering published, for Rp4.000.000.000.');
    expect(step(4)).toHaveTextContent('A sum was above the ceiling and was cut to Rp3.000.000.000.');
    expect(screen.getByTestId('grace-interest')).toHaveTextContent(
      'Grace period of 8 months: interest only, Rp15.000.000 a month.',
    );
    expect(screen.getByTestId('monthly-instalment')).toHaveTextContent(
      'Then 64 months: an instalment of Rp54.890.417 a month.',
    );
    expect(screen.getByTestId('expected-income')).toHaveTextContent('income not stated');
    expect(screen.getByTestId('hint-disclaimer')).toHaveTextContent('Not a credit decision');
  });
});

it("a cost table the interface does not know is shown with the API's own text", () => {
  renderWithIntl(<LoanHint hint={{ ...HINT, costTable: 'MINISTRY_STANDARD_2027' }} />);
  expect(step(2)).toHaveTextContent(`Sumber angka biaya: ${SOURCE} (per 5 Desember 2026).`);
});
