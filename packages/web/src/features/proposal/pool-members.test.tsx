import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  ApprovePoolShareDocument,
  WithdrawPoolShareDocument,
  type ProposalAction,
  type ProposalPoolFieldsFragment,
} from '@/graphql/generated/graphql';
import { renderWithIntl } from '@/test/render-with-intl';
import { PoolMembers } from './pool-members';
import { PoolShareActions } from './pool-share-actions';

const refresh = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ refresh, push: jest.fn(), replace: jest.fn(), prefetch: jest.fn() }),
  Link: ({ href, children }: { href: string; children: React.ReactNode }) => <a href={href}>{children}</a>,
}));

beforeEach(() => refresh.mockClear());

type Member = ProposalPoolFieldsFragment['members'][number];

function member(id: number, name: string, changes: Partial<Member> = {}): Member {
  return {
    __typename: 'PoolMember',
    isLead: false,
    isViewersShare: false,
    status: 'INVITED',
    quantity: '200000',
    quantityUnit: 'KG',
    pricePerUnit: null,
    deliveryFrom: null,
    deliveryUntil: null,
    decidedAt: null,
    cooperative: { __typename: 'Cooperative', id: `Q29vcGVyYXRpdmU6${id}`, name },
    offering: { __typename: 'Offering', id: `T2ZmZXJpbmc6${id}`, title: `TBS sawit ${name}` },
    ...changes,
  };
}

const pool: ProposalPoolFieldsFragment = {
  __typename: 'ProposalPool',
  committed: '500000',
  quantityUnit: 'KG',
  isFullyApproved: false,
  members: [
    member(1, 'Koperasi Induk', {
      isLead: true,
      status: 'APPROVED',
      quantity: '300000',
      decidedAt: '2026-11-02T03:00:00.000Z',
    }),
    member(2, 'Koperasi Hilir', {
      pricePerUnit: { __typename: 'Money', amount: '2750' },
      deliveryFrom: '2027-01-01',
      deliveryUntil: '2027-06-30',
    }),
    member(3, 'Koperasi Hulu', { status: 'WITHDRAWN', quantity: '50000' }),
  ],
};

describe('PoolMembers', () => {
  it('shows the target, the committed total and every member with its share and answer', () => {
    renderWithIntl(<PoolMembers pool={pool} target={{ quantity: '480000', quantityUnit: 'KG' }} />);
    expect(screen.getByTestId('pool-target')).toHaveTextContent('480.000 kg per bulan');
    expect(screen.getByTestId('pool-committed')).toHaveTextContent('500.000 kg per bulan');
    expect(screen.getByTestId('pool-approvals')).toHaveTextContent('1 dari 2 anggota telah menyetujui');

    const table = screen.getByRole('table', { name: 'Anggota penawaran gabungan dan bagian masing-masing' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Koperasi Induk');
    expect(rows[0]).toHaveTextContent('Pemimpin');
    expect(rows[0]).toHaveTextContent('300.000 kg per bulan');
    expect(rows[0]).toHaveTextContent('Disetujui');
    expect(rows[0]).toHaveTextContent('Harga proposal');
    expect(rows[1]).toHaveTextContent('Rp2.750 per kg');
    expect(rows[1]).toHaveTextContent('Diundang');
    expect(rows[1]).toHaveTextContent('Belum menjawab');
    expect(rows[2]).toHaveTextContent('Ditarik');
    expect(within(rows[1]).getByRole('link', { name: 'Koperasi Hilir' })).toHaveAttribute(
      'href',
      '/cooperatives/Q29vcGVyYXRpdmU62',
    );
    // The phone layout lists the same members.
    expect(screen.getAllByTestId('pool-member')).toHaveLength(3);
  });

  it('marks the viewer’s own share and puts their answer on it at that member', () => {
    const mine = {
      ...pool,
      members: pool.members.map((entry, index) => (index === 1 ? { ...entry, isViewersShare: true } : entry)),
    };
    renderWithIntl(
      <PoolMembers pool={mine} target={null} viewerShareActions={<p>Jawaban atas bagian kami</p>} />,
    );
    const table = screen.getByRole('table', { name: 'Anggota penawaran gabungan dan bagian masing-masing' });
    const rows = within(table).getAllByRole('row').slice(1);
    // The viewer's member, then the row with their answer, then the others.
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent('Koperasi Hilir');
    expect(rows[1]).toHaveTextContent('Bagian Anda');
    expect(rows[1]).toHaveAttribute('data-viewers-share', 'true');
    expect(rows[2]).toHaveTextContent('Jawaban atas bagian kami');
    expect(rows[0]).not.toHaveTextContent('Bagian Anda');
    const cards = screen.getAllByTestId('pool-member');
    expect(cards[1]).toHaveTextContent('Bagian Anda');
    expect(cards[1]).toHaveTextContent('Jawaban atas bagian kami');
    expect(cards[0]).not.toHaveTextContent('Jawaban atas bagian kami');
  });

  it('shows the viewer’s answer after the members when no share is marked theirs', () => {
    renderWithIntl(<PoolMembers pool={pool} target={null} viewerShareActions={<p>Jawaban</p>} />);
    expect(screen.getAllByText('Jawaban')).toHaveLength(1);
    expect(screen.queryByText('Bagian Anda')).toBeNull();
  });

  it('speaks English too', () => {
    renderWithIntl(<PoolMembers pool={pool} target={null} />, 'en');
    expect(screen.queryByTestId('pool-target')).toBeNull();
    expect(screen.getByTestId('pool-committed')).toHaveTextContent('500,000 kg a month');
    expect(screen.getAllByText('Withdrawn').length).toBeGreaterThan(0);
  });
});

const payload = (typename: string, errors: { code: string; message: string; field: string[] | null }[]) => ({
  __typename: typename,
  proposal:
    errors.length === 0
      ? { __typename: 'Proposal', id: 'UHJvcG9zYWw6OQ', version: 4, status: 'SUBMITTED' }
      : null,
  errors: errors.map((error) => ({ __typename: 'ProposalError', ...error })),
});

function renderShareActions(actions: ProposalAction[], mocks: MockLink.MockedResponse[] = []) {
  return renderWithIntl(
    <MockedProvider mocks={mocks}>
      <PoolShareActions proposalId="UHJvcG9zYWw6OQ" version={3} actions={actions} />
    </MockedProvider>,
  );
}

describe('PoolShareActions', () => {
  it('shows nothing to a viewer who is not an invited member', () => {
    renderShareActions(['SEND_MESSAGE', 'ACCEPT']);
    expect(screen.queryByTestId('pool-share-actions')).toBeNull();
  });

  it('approves the share with the version the page loaded, then reloads the proposal', async () => {
    renderShareActions(
      ['APPROVE_SHARE', 'WITHDRAW_SHARE'],
      [
        {
          request: {
            query: ApprovePoolShareDocument,
            variables: { input: { proposalId: 'UHJvcG9zYWw6OQ', version: 3, note: null } },
          },
          result: { data: { approvePoolShare: payload('ApprovePoolSharePayload', []) } },
        },
      ],
    );
    fireEvent.click(screen.getByRole('button', { name: 'Setujui bagian kami' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, setujui bagian kami' }));
    expect(await screen.findByText('Bagian koperasi Anda telah disetujui.')).toBeInTheDocument();
    expect(refresh).toHaveBeenCalled();
  });

  it('asks for a reason before withdrawing, and explains a CONFLICT with a reload', async () => {
    renderShareActions(
      ['WITHDRAW_SHARE'],
      [
        {
          request: {
            query: WithdrawPoolShareDocument,
            variables: { input: { proposalId: 'UHJvcG9zYWw6OQ', version: 3, reason: 'Panen gagal' } },
          },
          result: {
            data: {
              withdrawPoolShare: payload('WithdrawPoolSharePayload', [
                { code: 'CONFLICT', message: 'Someone changed this record', field: ['input', 'version'] },
              ]),
            },
          },
        },
      ],
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tarik bagian kami' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, tarik bagian kami' }));
    expect(await screen.findByText('Tuliskan alasannya.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Alasan'), { target: { value: 'Panen gagal' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ya, tarik bagian kami' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Seseorang telah mengubah proposal ini');
    fireEvent.click(within(alert).getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
  });

  it('names a pool rule the API refused in the interface’s words', async () => {
    renderShareActions(
      ['APPROVE_SHARE'],
      [
        {
          request: {
            query: ApprovePoolShareDocument,
            variables: { input: { proposalId: 'UHJvcG9zYWw6OQ', version: 3, note: null } },
          },
          result: {
            data: {
              approvePoolShare: payload('ApprovePoolSharePayload', [
                { code: 'POOL_MEMBER_OVER_CAPACITY', message: 'Over capacity', field: null },
              ]),
            },
          },
        },
      ],
    );
    fireEvent.click(screen.getByRole('button', { name: 'Setujui bagian kami' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, setujui bagian kami' }));
    const refusals = await screen.findByTestId('rule-refusals');
    expect(refusals).toHaveTextContent('melebihi sisa pasokan penawarannya');
  });
});
