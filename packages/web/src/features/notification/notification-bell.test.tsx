import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { MockedResponse } from '@apollo/client/testing';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { getMainDefinition } from '@apollo/client/utilities';
import { MockLink, MockSubscriptionLink } from '@apollo/client/testing';
import { NotificationBellDocument, type NotificationItemFragment } from '@/graphql/generated/graphql';
import { renderWithIntl } from '@/test/render-with-intl';
import { BELL_PAGE_SIZE, NotificationBell } from './notification-bell';

jest.mock('next/navigation', () => ({
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
  usePathname: () => '/proposals',
  useSearchParams: () => new URLSearchParams(),
  useParams: () => ({}),
}));

const proposalId = 'UHJvcG9zYWw6MTI';

function item(
  overrides: Partial<NotificationItemFragment>,
): NotificationItemFragment & { __typename: 'Notification' } {
  return {
    __typename: 'Notification',
    id: 'Tm90aWZpY2F0aW9uOjE',
    kind: 'PROPOSAL_UPDATED',
    subjectType: 'PROPOSAL',
    subjectId: proposalId,
    subjectLabel: 'Kredit gerai sembako',
    actorName: 'Koperasi Desa Merah Putih Botuh Lintang',
    proposalAction: 'START_REVIEW',
    savedSearchName: null,
    dueAt: null,
    createdAt: '2026-11-28T08:00:00.000Z',
    isRead: false,
    ...overrides,
  };
}

const bellQuery: MockedResponse = {
  request: { query: NotificationBellDocument, variables: { first: BELL_PAGE_SIZE } },
  result: {
    data: {
      unreadNotificationCount: 1,
      notifications: {
        __typename: 'NotificationConnection',
        edges: [{ __typename: 'NotificationEdge', node: item({}) }],
      },
    },
  },
};

/** The real split: queries from mocks, the subscription from a link the test pushes results into. */
function renderBell() {
  const live = new MockSubscriptionLink();
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.split(
      ({ query }) => {
        const definition = getMainDefinition(query);
        return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
      },
      live,
      new MockLink([bellQuery]),
    ),
  });
  renderWithIntl(
    <ApolloProvider client={client}>
      <NotificationBell />
    </ApolloProvider>,
  );
  return live;
}

describe('NotificationBell', () => {
  it('shows the unread count from the API and words each notification in Bahasa Indonesia', async () => {
    renderBell();
    const bell = await screen.findByRole('button', { name: 'Notifikasi, 1 belum dibaca' });
    expect(screen.getByTestId('notification-count')).toHaveTextContent('1');
    fireEvent.click(bell);
    const link = screen.getByRole('link', { name: /Kabar proposal: Kredit gerai sembako/ });
    expect(link).toHaveAttribute('href', `/proposals/${proposalId}`);
    expect(link).toHaveTextContent('Koperasi Desa Merah Putih Botuh Lintang mulai meninjau');
  });

  it('adds a notification that arrives over the subscription and raises the count', async () => {
    const live = renderBell();
    await screen.findByRole('button', { name: 'Notifikasi, 1 belum dibaca' });
    act(() => {
      live.simulateResult({
        result: {
          data: {
            notificationAdded: item({
              id: 'Tm90aWZpY2F0aW9uOjI',
              kind: 'PROPOSAL_YOUR_TURN',
              proposalAction: 'COUNTER',
            }),
          },
        },
      });
    });
    const bell = await screen.findByRole('button', { name: 'Notifikasi, 2 belum dibaca' });
    fireEvent.click(bell);
    const items = screen.getAllByTestId('notification-item');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Giliran Anda: Kredit gerai sembako');
    expect(items[0]).toHaveTextContent('mengajukan penawaran balik');
  });

  it('words reminders with their deadline and leads to where they are done', async () => {
    const live = renderBell();
    await screen.findByRole('button', { name: 'Notifikasi, 1 belum dibaca' });
    const reminders = [
      item({
        id: 'Tm90aWZpY2F0aW9uOjM',
        kind: 'OFFERING_LAPSING',
        subjectType: 'OFFERING',
        subjectId: 'T2ZmZXJpbmc6NA',
        subjectLabel: 'Lada putih kering',
        actorName: null,
        proposalAction: null,
        dueAt: '2026-12-12T03:00:00.000Z',
      }),
      item({
        id: 'Tm90aWZpY2F0aW9uOjQ',
        kind: 'DOCUMENT_LAPSING',
        subjectType: 'COOPERATIVE_DOCUMENT',
        subjectId: 'Q29vcGVyYXRpdmVEb2N1bWVudDo1',
        subjectLabel: 'BANK_ACCOUNT',
        actorName: null,
        proposalAction: null,
        dueAt: '2027-01-05T00:00:00.000Z',
      }),
      item({
        id: 'Tm90aWZpY2F0aW9uOjU',
        kind: 'PROPOSAL_DEADLINE',
        actorName: null,
        proposalAction: null,
        dueAt: '2026-12-08T10:00:00.000Z',
      }),
    ];
    for (const reminder of reminders) {
      act(() => live.simulateResult({ result: { data: { notificationAdded: reminder } } }));
    }
    fireEvent.click(await screen.findByRole('button', { name: 'Notifikasi, 4 belum dibaca' }));
    const proposal = screen.getByRole('link', {
      name: /Proposal kedaluwarsa 8 Desember 2026 bila tidak ditanggapi/,
    });
    expect(proposal).toHaveTextContent('Kredit gerai sembako');
    expect(proposal).toHaveAttribute('href', `/proposals/${proposalId}`);
    const document = screen.getByRole('link', {
      name: /Dokumen berakhir 5 Januari 2027: Rekening bank atas nama koperasi/,
    });
    expect(document).toHaveAttribute('href', '/cooperative#documents');
    const offering = screen.getByRole('link', {
      name: /Penawaran berakhir 12 Desember 2026: Lada putih kering/,
    });
    expect(offering).toHaveAttribute('href', '/cooperative#offerings');
  });

  it('keeps the count it loaded over HTTP when the socket fails', async () => {
    const live = renderBell();
    await screen.findByRole('button', { name: 'Notifikasi, 1 belum dibaca' });
    act(() => live.simulateResult({ error: new Error('socket closed') }));
    await waitFor(() => expect(screen.getByTestId('notification-count')).toHaveTextContent('1'));
  });
});
