import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CreateProposalDocument } from '@/graphql/generated/graphql';
import { renderWithIntl } from '@/test/render-with-intl';
import { PoolOfferForm, poolOfferProblemsOf, type PoolOfferFormProps } from './pool-offer-form';

const push = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ push, refresh: jest.fn(), replace: jest.fn(), prefetch: jest.fn() }),
}));

beforeEach(() => push.mockClear());

const LEAD = 'Q29vcGVyYXRpdmU6Mjg4';
const HILIR = 'Q29vcGVyYXRpdmU6Mg';
const HULU = 'Q29vcGVyYXRpdmU6Mw';

const props: PoolOfferFormProps = {
  answers: { requestId: 'UGFydG5lclJlcXVlc3Q6NA' },
  partnerId: 'UGFydG5lcjoxMQ',
  target: '480',
  unit: 'TON',
  members: [
    {
      cooperativeId: LEAD,
      cooperativeName: 'Koperasi Botuh Lintang',
      offeringId: 'T2ZmZXJpbmc6MQ',
      offeringTitle: 'TBS sawit Botuh Lintang',
      quantityPerMonth: '300',
    },
    {
      cooperativeId: HILIR,
      cooperativeName: 'Koperasi Hilir',
      offeringId: 'T2ZmZXJpbmc6Mg',
      offeringTitle: 'TBS sawit Hilir',
      quantityPerMonth: '150',
    },
    {
      cooperativeId: HULU,
      cooperativeName: 'Koperasi Hulu',
      offeringId: 'T2ZmZXJpbmc6Mw',
      offeringTitle: 'TBS sawit Hulu',
      quantityPerMonth: '100',
    },
  ],
  leadIds: [LEAD],
  boardIds: [LEAD],
  defaultTitle: 'Penawaran gabungan: TBS sawit 480 ton',
  defaultPrice: '2600',
};

function renderForm(changes: Partial<PoolOfferFormProps> = {}, mocks: MockLink.MockedResponse[] = []) {
  return renderWithIntl(
    <MockedProvider mocks={mocks}>
      <PoolOfferForm {...props} {...changes} />
    </MockedProvider>,
  );
}

const shareOf = (name: string) =>
  within(
    screen.getAllByTestId('pool-offer-member').find((row) => row.textContent?.includes(name))!,
  ).getByLabelText('Bagian per bulan (ton)');

describe('PoolOfferForm', () => {
  it('starts from each member’s monthly supply, the last one up to what is missing, and tallies it', () => {
    renderForm();
    expect(shareOf('Botuh Lintang')).toHaveValue('300');
    expect(shareOf('Hilir')).toHaveValue('150');
    expect(shareOf('Hulu')).toHaveValue('30');
    expect(screen.getByTestId('pool-offer-tally')).toHaveTextContent(
      'Terkumpul 480 dari 480 ton/bulan. Kebutuhan terpenuhi.',
    );
    expect(screen.getByTestId('pool-offer-lead')).toHaveTextContent('Koperasi Botuh Lintang');
    expect(screen.getByLabelText('Judul')).toHaveValue('Penawaran gabungan: TBS sawit 480 ton');
    expect(screen.getByLabelText('Harga per ton (Rp)')).toHaveValue('2.600');
  });

  it('updates the running total as shares change or members are left out', () => {
    renderForm();
    fireEvent.change(shareOf('Hilir'), { target: { value: '100' } });
    expect(screen.getByTestId('pool-offer-tally')).toHaveTextContent(
      'Terkumpul 430 dari 480 ton/bulan. Kurang 50 ton.',
    );
    fireEvent.click(screen.getByLabelText('Ikutkan Koperasi Hulu'));
    expect(shareOf('Hulu')).toBeDisabled();
    expect(screen.getByTestId('pool-offer-tally')).toHaveTextContent(
      'Terkumpul 400 dari 480 ton/bulan. Kurang 80 ton.',
    );
    fireEvent.change(shareOf('Botuh Lintang'), { target: { value: '400' } });
    expect(screen.getByTestId('pool-offer-tally')).toHaveTextContent(
      'Terkumpul 500 dari 480 ton/bulan. Melebihi kebutuhan 20 ton.',
    );
  });

  it('refuses to send a pool short of the target or without its lead, before asking the API', async () => {
    renderForm();
    fireEvent.click(screen.getByLabelText(/Ikutkan Koperasi Botuh Lintang/));
    fireEvent.click(screen.getByRole('button', { name: 'Kirim penawaran gabungan' }));
    const summary = await screen.findByTestId('pool-offer-problems');
    expect(summary).toHaveTextContent('kurang dari kebutuhan permintaan');
    expect(summary).toHaveTextContent(
      'Koperasi Botuh Lintang: Koperasi pemimpin harus mempunyai bagian sendiri',
    );
    expect(push).not.toHaveBeenCalled();
  });

  it('shows the API’s refusal at the member row it names, counting only the shares sent', async () => {
    renderForm({}, [
      {
        request: {
          query: CreateProposalDocument,
          variables: {
            input: {
              kind: 'OFFTAKE',
              cooperativeId: LEAD,
              partnerId: props.partnerId,
              ...props.answers,
              title: props.defaultTitle,
              terms: {
                pricePerUnit: '2600',
                poolShares: [
                  { cooperativeId: LEAD, offeringId: 'T2ZmZXJpbmc6MQ', quantity: '330' },
                  { cooperativeId: HULU, offeringId: 'T2ZmZXJpbmc6Mw', quantity: '150' },
                ],
              },
            },
          },
        },
        result: {
          data: {
            createProposal: {
              __typename: 'CreateProposalPayload',
              proposal: null,
              errors: [
                {
                  __typename: 'ProposalError',
                  code: 'POOL_MEMBER_OVER_CAPACITY',
                  message: 'Over capacity',
                  field: ['input', 'terms', 'poolShares', '1', 'quantity'],
                },
              ],
            },
          },
        },
      },
    ]);
    fireEvent.click(screen.getByLabelText('Ikutkan Koperasi Hilir'));
    fireEvent.change(shareOf('Botuh Lintang'), { target: { value: '330' } });
    fireEvent.change(shareOf('Hulu'), { target: { value: '150' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim penawaran gabungan' }));
    await waitFor(() => expect(shareOf('Hulu')).toHaveAttribute('aria-invalid', 'true'));
    expect(shareOf('Hilir')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByTestId('pool-offer-problems')).toHaveTextContent(
      'Koperasi Hulu: Bagian seorang anggota melebihi sisa pasokan',
    );
    expect(push).not.toHaveBeenCalled();
  });

  it('answers a program with its programId instead of a request', async () => {
    const programId = 'UHJvZ3JhbTo3';
    renderForm({ answers: { programId } }, [
      {
        request: {
          query: CreateProposalDocument,
          variables: {
            input: {
              kind: 'OFFTAKE',
              cooperativeId: LEAD,
              partnerId: props.partnerId,
              programId,
              title: props.defaultTitle,
              terms: {
                pricePerUnit: '2600',
                poolShares: [
                  { cooperativeId: LEAD, offeringId: 'T2ZmZXJpbmc6MQ', quantity: '300' },
                  { cooperativeId: HILIR, offeringId: 'T2ZmZXJpbmc6Mg', quantity: '150' },
                  { cooperativeId: HULU, offeringId: 'T2ZmZXJpbmc6Mw', quantity: '30' },
                ],
              },
            },
          },
        },
        result: {
          data: {
            createProposal: {
              __typename: 'CreateProposalPayload',
              proposal: null,
              errors: [
                {
                  __typename: 'ProposalError',
                  code: 'POOL_MEMBER_OVER_CAPACITY',
                  message: 'Over capacity',
                  field: ['input', 'terms', 'poolShares', '2', 'quantity'],
                },
              ],
            },
          },
        },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Kirim penawaran gabungan' }));
    // Only a call naming the program (and no request) matches the mock and gets this refusal.
    await waitFor(() => expect(shareOf('Hulu')).toHaveAttribute('aria-invalid', 'true'));
    expect(push).not.toHaveBeenCalled();
  });

  it('lets a mentor only save a draft, with a choice of lead', () => {
    renderForm({ leadIds: [LEAD, HILIR], boardIds: [] });
    expect(screen.queryByRole('button', { name: 'Kirim penawaran gabungan' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Simpan sebagai draf' })).toBeInTheDocument();
    expect(screen.getByLabelText('Koperasi pemimpin')).toHaveValue(LEAD);
  });

  it('speaks English too', () => {
    renderWithIntl(
      <MockedProvider>
        <PoolOfferForm {...props} />
      </MockedProvider>,
      'en',
    );
    expect(screen.getByTestId('pool-offer-tally')).toHaveTextContent(
      '480 of 480 t/month pooled. The need is covered.',
    );
  });
});

describe('poolOfferProblemsOf', () => {
  it('maps share paths to the members sent and the rest to their fields or the summary', () => {
    const problems = poolOfferProblemsOf(
      {
        'terms.poolShares.0.offeringId': 'POOL_OFFERING_DOES_NOT_FIT',
        'terms.poolShares.1.cooperativeId': 'duplicate',
        title: 'required',
        'terms.poolShares': 'POOL_BELOW_MINIMUM',
      },
      ['POOL_LEAD_NOT_MEMBER'],
      [LEAD, HULU],
      (problem) => problem,
    );
    expect(problems).toEqual({
      rows: { [LEAD]: 'POOL_OFFERING_DOES_NOT_FIT', [HULU]: 'duplicate' },
      title: 'required',
      general: ['POOL_LEAD_NOT_MEMBER', 'POOL_BELOW_MINIMUM'],
    });
  });
});
