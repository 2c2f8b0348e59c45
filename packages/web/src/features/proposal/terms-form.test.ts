import type { ProposalKind } from '@/graphql/generated/graphql';
import { readTermsForm as readTermsFormFor, requiredTermsByKind } from './terms-form';

/** The API's answer to `proposalKindTerms`, as the pages pass it on. */
const REQUIRED = requiredTermsByKind([
  { __typename: 'ProposalKindTerms', kind: 'FINANCING', requiredTerms: ['AMOUNT', 'TENOR_MONTHS'] },
  {
    __typename: 'ProposalKindTerms',
    kind: 'OFFTAKE',
    requiredTerms: ['PRICE_PER_UNIT', 'QUANTITY', 'QUANTITY_UNIT'],
  },
  {
    __typename: 'ProposalKindTerms',
    kind: 'SUPPLY',
    requiredTerms: ['PRICE_PER_UNIT', 'QUANTITY', 'QUANTITY_UNIT'],
  },
  { __typename: 'ProposalKindTerms', kind: 'AGENCY', requiredTerms: [] },
]);

const readTermsForm = (form: FormData, kind: ProposalKind) => readTermsFormFor(form, kind, REQUIRED[kind]!);

function formOf(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  return form;
}

describe('readTermsForm', () => {
  it('reads a financing offer typed the Indonesian way into exact decimal strings', () => {
    const { terms, errors } = readTermsForm(
      formOf({
        amount: '1.500.000.000',
        tenorMonths: '36',
        ratePerYear: '6',
        paymentDays: '',
        note: ' Agunan gerai ',
      }),
      'FINANCING',
    );
    expect(errors).toEqual({});
    expect(terms).toEqual({
      amount: '1500000000',
      tenorMonths: 36,
      ratePerYear: '6',
      graceMonths: null,
      operatingCostAmount: null,
      collateral: null,
      collateralValue: null,
      paymentDays: null,
      note: 'Agunan gerai',
    });
  });

  it('reads grace, operating costs and collateral of a loan, and checks them as the API does', () => {
    const { terms, errors } = readTermsForm(
      formOf({
        amount: '1.500.000.000',
        tenorMonths: '60',
        graceMonths: '6',
        operatingCostAmount: '400.000.000',
        collateral: ' SHM tanah gudang ',
        collateralValue: '750.000.000',
      }),
      'FINANCING',
    );
    expect(errors).toEqual({});
    expect(terms).toMatchObject({
      graceMonths: 6,
      operatingCostAmount: '400000000',
      collateral: 'SHM tanah gudang',
      collateralValue: '750000000',
    });
    expect(
      readTermsForm(
        formOf({
          amount: '100.000.000',
          tenorMonths: '6',
          graceMonths: '6',
          operatingCostAmount: '200.000.000',
          collateralValue: '50.000.000',
        }),
        'FINANCING',
      ).errors,
    ).toEqual({
      graceMonths: 'graceNotShorterThanTenor',
      operatingCostAmount: 'operatingAboveAmount',
      collateral: 'collateralRequired',
    });
    expect(
      readTermsForm(formOf({ amount: '1', tenorMonths: '240', graceMonths: '121' }), 'FINANCING').errors,
    ).toEqual({
      graceMonths: 'graceRange',
    });
  });

  it('requires what the kind requires and checks the ranges the API allows', () => {
    expect(
      readTermsForm(formOf({ amount: '', tenorMonths: '300', ratePerYear: '120' }), 'FINANCING').errors,
    ).toEqual({
      amount: 'required',
      tenorMonths: 'tenorRange',
      ratePerYear: 'rateRange',
    });
    expect(readTermsForm(formOf({ pricePerUnit: '2.750', quantity: '60' }), 'OFFTAKE').errors).toEqual({
      quantityUnit: 'unitRequired',
    });
    expect(readTermsForm(formOf({ delivery: 'Franco gudang' }), 'OFFTAKE').errors).toEqual({
      pricePerUnit: 'required',
      quantity: 'required',
      quantityUnit: 'required',
    });
    expect(readTermsForm(formOf({}), 'AGENCY').errors).toEqual({});
    // Only what the API lists is required: the same form passes when the list is empty.
    expect(readTermsFormFor(formOf({}), 'FINANCING', []).errors).toEqual({});
    expect(readTermsForm(formOf({ amount: 'satu miliar', tenorMonths: '3,5' }), 'FINANCING').errors).toEqual({
      amount: 'invalid',
      tenorMonths: 'wholeNumber',
    });
  });

  it('sends only the inputs of the kind, and carries the delivery region over', () => {
    const { terms, errors } = readTermsForm(
      formOf({
        pricePerUnit: '2.750',
        quantity: '60',
        quantityUnit: 'TON',
        tenorMonths: '36',
        delivery: 'Franco PKS Parindu',
        deliveryRegionCode: '61.03',
      }),
      'OFFTAKE',
    );
    expect(errors).toEqual({});
    expect(terms).toEqual({
      amount: null,
      pricePerUnit: '2750',
      quantity: '60',
      quantityUnit: 'TON',
      paymentDays: null,
      delivery: 'Franco PKS Parindu',
      note: null,
      deliveryRegionCode: '61.03',
    });
  });
});
