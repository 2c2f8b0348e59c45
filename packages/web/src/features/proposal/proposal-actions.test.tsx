import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  CounterProposalDocument,
  StartProposalReviewDocument,
  SubmitProposalDocument,
  type ProposalAction,
  type ProposalTermsFieldsFragment,
} from '@/graphql/generated/graphql';
import { renderWithIntl } from '@/test/render-with-intl';
import { ProposalActions, offeredActions } from './proposal-actions';

const refresh = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ refresh, push: jest.fn(), replace: jest.fn(), prefetch: jest.fn() }),
}));

beforeEach(() => refresh.mockClear());

const latestTerms: ProposalTermsFieldsFragment = {
  __typename: 'ProposalTerms',
  version: 2,
  authorSide: 'PARTNER',
  amount: { __typename: 'Money', amount: '1500000000' },
  pricePerUnit: null,
  quantity: null,
  quantityUnit: null,
  tenorMonths: 36,
  ratePerYear: '6',
  graceMonths: 6,
  operatingCostAmount: null,
  collateral: null,
  collateralValue: null,
  delivery: null,
  paymentDays: null,
  note: null,
  createdAt: '2026-10-21T03:00:00.000Z',
  deliveryRegion: null,
  ruleDeviations: [],
};

function actionProps(actions: ProposalAction[]) {
  return {
    proposalId: 'UHJvcG9zYWw6MQ',
    version: 7,
    kind: 'FINANCING' as const,
    title: 'Pinjaman gudang',
    actions,
    latestTerms,
    requiredTerms: ['AMOUNT', 'TENOR_MONTHS'] as const,
  };
}

function renderActions(actions: ProposalAction[], mocks: MockLink.MockedResponse[] = []) {
  return renderWithIntl(
    <MockedProvider mocks={mocks}>
      <ProposalActions {...actionProps(actions)} />
    </MockedProvider>,
  );
}

const buttonNames = () =>
  within(screen.getByRole('list', { name: 'Tindakan yang tersedia' }))
    .getAllByRole('button')
    .map((button) => button.textContent);

const payload = (typename: string, errors: { code: string; message: string; field: string[] | null }[]) => ({
  __typename: typename,
  proposal:
    errors.length === 0
      ? { __typename: 'Proposal', id: 'UHJvcG9zYWw6MQ', version: 8, status: 'UNDER_REVIEW' }
      : null,
  errors: errors.map((error) => ({ __typename: 'ProposalError', ...error })),
});

describe('ProposalActions shows only what viewerActions lists', () => {
  it.each<[string, ProposalAction[], string[]]>([
    [
      'the author of a draft',
      ['UPDATE_DRAFT', 'SUBMIT', 'WITHDRAW', 'SEND_MESSAGE'],
      ['Kirim proposal', 'Ubah draf', 'Tarik proposal'],
    ],
    [
      'the board, on its mentor’s draft',
      ['APPROVE_DRAFT', 'REJECT_DRAFT', 'SEND_MESSAGE'],
      ['Setujui dan kirim', 'Tolak draf'],
    ],
    [
      'the receiving party of a submitted proposal',
      ['START_REVIEW', 'DECLINE', 'SEND_MESSAGE'],
      ['Mulai tinjau', 'Tolak proposal'],
    ],
    [
      'the party on turn while negotiating',
      ['COUNTER', 'ACCEPT', 'DECLINE', 'SEND_MESSAGE'],
      ['Terima syarat versi 2', 'Ajukan penawaran balik', 'Tolak proposal'],
    ],
    ['the party waiting for an answer', ['WITHDRAW', 'SEND_MESSAGE'], ['Tarik proposal']],
    [
      'a party of an accepted proposal',
      ['COMPLETE', 'CANCEL', 'SEND_MESSAGE'],
      ['Tandai selesai', 'Batalkan kemitraan'],
    ],
  ])('%s', (_who, actions, expected) => {
    renderActions(actions);
    expect(buttonNames()).toEqual(expected);
  });

  it('says there is nothing to do when the API lists no action (or only writing messages)', () => {
    renderActions(['SEND_MESSAGE']);
    expect(screen.getByText('Tidak ada tindakan yang dapat Anda lakukan saat ini.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(offeredActions([])).toEqual([]);
  });
});

describe('ProposalActions sends the version the page loaded', () => {
  it('on success announces it and reloads the page data', async () => {
    renderActions(
      ['SUBMIT', 'WITHDRAW'],
      [
        {
          request: {
            query: SubmitProposalDocument,
            variables: { input: { proposalId: 'UHJvcG9zYWw6MQ', version: 7 } },
          },
          result: { data: { submitProposal: payload('SubmitProposalPayload', []) } },
        },
      ],
    );
    fireEvent.click(screen.getByRole('button', { name: 'Kirim proposal' }));
    const note = await screen.findByText('Proposal telah dikirim.');
    expect(note).toHaveAttribute('role', 'status');
    await waitFor(() => expect(note).toHaveFocus());
    expect(refresh).toHaveBeenCalled();
  });

  it('a CONFLICT says someone changed the proposal and offers a reload', async () => {
    renderActions(
      ['START_REVIEW', 'DECLINE'],
      [
        {
          request: {
            query: StartProposalReviewDocument,
            variables: { input: { proposalId: 'UHJvcG9zYWw6MQ', version: 7 } },
          },
          result: {
            data: {
              startProposalReview: payload('StartProposalReviewPayload', [
                { code: 'CONFLICT', message: 'Someone changed this record', field: ['input', 'version'] },
              ]),
            },
          },
        },
      ],
    );
    fireEvent.click(screen.getByRole('button', { name: 'Mulai tinjau' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Seseorang telah mengubah proposal ini — muat ulang');
    expect(alert).toHaveFocus();
    fireEvent.click(within(alert).getByRole('button', { name: 'Muat ulang' }));
    expect(refresh).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('a FORBIDDEN error says the viewer may not do it', async () => {
    renderActions(
      ['START_REVIEW'],
      [
        {
          request: {
            query: StartProposalReviewDocument,
            variables: { input: { proposalId: 'UHJvcG9zYWw6MQ', version: 7 } },
          },
          result: {
            errors: [new GraphQLError('Only the board may act', { extensions: { code: 'FORBIDDEN' } })],
          },
        },
      ],
    );
    fireEvent.click(screen.getByRole('button', { name: 'Mulai tinjau' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Anda tidak berwenang melakukan tindakan ini.',
    );
    expect(refresh).not.toHaveBeenCalled();
  });
});

describe('counter-offer form', () => {
  it('starts from the latest terms, refuses an unreadable amount at its field, then sends exact decimals', async () => {
    let sent: unknown;
    renderActions(
      ['COUNTER', 'ACCEPT', 'DECLINE'],
      [
        {
          request: {
            query: CounterProposalDocument,
            variables: (variables) => {
              sent = variables;
              return true;
            },
          },
          result: { data: { counterProposal: payload('CounterProposalPayload', []) } },
        },
      ],
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ajukan penawaran balik' }));
    const form = screen.getByRole('form', { name: 'Penawaran balik' });
    const amount = within(form).getByLabelText('Jumlah');
    expect(amount).toHaveValue('1.500.000.000');
    expect(amount).toHaveFocus();

    fireEvent.change(amount, { target: { value: '1.2OO.000.000' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Kirim penawaran balik' }));
    await waitFor(() => expect(amount).toHaveAttribute('aria-invalid', 'true'));
    const described = amount
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id));
    expect(described.map((element) => element?.textContent)).toContain(
      'Angka tidak terbaca. Tulis misalnya 1.500.000.000 atau 1500000000.',
    );
    await waitFor(() => expect(amount).toHaveFocus());

    fireEvent.change(amount, { target: { value: '1.200.000.000' } });
    expect(within(form).getByText('Terbaca: Rp1.200.000.000')).toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText(/Bunga\/margin per tahun/), { target: { value: '6,5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Kirim penawaran balik' }));
    expect(await screen.findByText(/Penawaran balik terkirim/)).toHaveAttribute('role', 'status');
    expect(sent).toEqual({
      input: {
        proposalId: 'UHJvcG9zYWw6MQ',
        version: 7,
        note: null,
        terms: {
          amount: '1200000000',
          tenorMonths: 36,
          ratePerYear: '6.5',
          graceMonths: 6,
          operatingCostAmount: null,
          collateral: null,
          collateralValue: null,
          paymentDays: null,
          note: null,
        },
      },
    });
  });

  it('shows a validation error the API reports at its field', async () => {
    renderActions(
      ['COUNTER'],
      [
        {
          request: { query: CounterProposalDocument, variables: () => true },
          result: {
            data: {
              counterProposal: payload('CounterProposalPayload', [
                {
                  code: 'INVALID',
                  message: 'tenorMonths must not be greater than 240',
                  field: ['input', 'terms', 'tenorMonths'],
                },
              ]),
            },
          },
        },
      ],
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ajukan penawaran balik' }));
    const form = screen.getByRole('form', { name: 'Penawaran balik' });
    fireEvent.click(within(form).getByRole('button', { name: 'Kirim penawaran balik' }));
    const tenor = within(form).getByLabelText(/Tenor/);
    await waitFor(() => expect(tenor).toHaveAttribute('aria-invalid', 'true'));
    const described = tenor
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id));
    expect(described.map((element) => element?.textContent)).toContain(
      'Nilainya di luar batas yang diizinkan.',
    );
  });

  it.each([
    [
      'id',
      'Kirim penawaran balik',
      'Lebih panjang dari tenor terpanjang program.',
      'Koperasi tidak berada di wilayah program.',
    ],
    [
      'en',
      'Send counter-offer',
      "Longer than the program's longest tenor.",
      "The cooperative lies outside the program's regions.",
    ],
  ] as const)(
    'names each broken program rule in its own words (%s): at the term, or in a list',
    async (locale, sendLabel, tenorText, regionText) => {
      renderWithIntl(
        <MockedProvider
          mocks={[
            {
              request: { query: CounterProposalDocument, variables: () => true },
              result: {
                data: {
                  counterProposal: payload('CounterProposalPayload', [
                    {
                      code: 'TERMS_TENOR_TOO_LONG',
                      message: "A tenor of 96 months is longer than the program's 72 months.",
                      field: ['input', 'terms', 'tenorMonths'],
                    },
                    {
                      code: 'COOPERATIVE_OUTSIDE_PROGRAM_REGION',
                      message: "The cooperative's regency 61.03 is not covered by the program (61.01).",
                      field: ['input', 'proposalId'],
                    },
                  ]),
                },
              },
            },
          ]}
        >
          <ProposalActions {...actionProps(['COUNTER'])} />
        </MockedProvider>,
        locale,
      );
      fireEvent.click(screen.getAllByRole('button')[0]);
      const form = screen.getByRole('form');
      fireEvent.click(within(form).getByRole('button', { name: sendLabel }));
      const list = await screen.findByTestId('rule-refusals');
      expect(list).toHaveTextContent(regionText);
      const tenor = within(form).getByLabelText(/Tenor/);
      await waitFor(() => expect(tenor).toHaveAttribute('aria-invalid', 'true'));
      const described = tenor
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent);
      expect(described).toContain(tenorText);
    },
  );
});
