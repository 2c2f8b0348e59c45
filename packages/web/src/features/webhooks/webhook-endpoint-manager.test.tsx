import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  CreateWebhookEndpointDocument,
  UpdateWebhookEndpointDocument,
  type WebhookEndpointItemFragment,
} from '@/graphql/generated/graphql';
import { renderWithIntl } from '@/test/render-with-intl';
import { WebhookEndpointManager } from './webhook-endpoint-manager';

const refresh = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ refresh, push: jest.fn(), replace: jest.fn(), prefetch: jest.fn() }),
  Link: ({ href, children, ...props }: { href: string; children: React.ReactNode }) => (
    <a href={href} {...props}>
      {children}
    </a>
  ),
}));

beforeEach(() => refresh.mockClear());

const PARTNER = 'UGFydG5lcjox';
const ENDPOINTS: WebhookEndpointItemFragment[] = [
  {
    __typename: 'WebhookEndpoint',
    id: 'V2ViaG9va0VuZHBvaW50OjE',
    url: 'https://los.bank.example/hooks/mitradesa',
    description: 'Loan origination',
    eventTypes: ['PROPOSAL_MOVED', 'POOL_MEMBER_JOINED'],
    createdAt: '2026-12-01T02:00:00.000Z',
    failingSince: null,
    disabledAt: null,
    disabledReason: null,
  },
  {
    __typename: 'WebhookEndpoint',
    id: 'V2ViaG9va0VuZHBvaW50OjI',
    url: 'https://old.bank.example/hook',
    description: '',
    eventTypes: ['OFFERING_MATCHED'],
    createdAt: '2026-11-01T02:00:00.000Z',
    failingSince: '2026-11-20T02:00:00.000Z',
    disabledAt: '2026-11-23T02:00:00.000Z',
    disabledReason: 'Every delivery failed since 2026-11-20 02:00 UTC.',
  },
];

function creation(
  input: { url: string; description: string; eventTypes: string[] },
  outcome: { secret: string } | { refusedField: string },
): MockLink.MockedResponse {
  const refused = 'refusedField' in outcome;
  return {
    request: { query: CreateWebhookEndpointDocument, variables: { input: { partnerId: PARTNER, ...input } } },
    result: {
      data: {
        createWebhookEndpoint: {
          __typename: 'CreateWebhookEndpointPayload',
          secret: refused ? null : outcome.secret,
          webhookEndpoint: refused
            ? null
            : {
                ...ENDPOINTS[0],
                id: 'V2ViaG9va0VuZHBvaW50OjM',
                url: input.url,
                eventTypes: input.eventTypes,
              },
          userErrors: refused
            ? [
                {
                  __typename: 'UserError',
                  code: 'INVALID',
                  field: ['input', outcome.refusedField],
                  message: '127.0.0.1 is a private, loopback or reserved address; use a public one.',
                },
              ]
            : [],
        },
      },
    },
  };
}

function render(mocks: MockLink.MockedResponse[], locale: 'id' | 'en' = 'id') {
  return renderWithIntl(
    <MockedProvider mocks={mocks}>
      <WebhookEndpointManager partnerId={PARTNER} endpoints={ENDPOINTS} locale={locale} />
    </MockedProvider>,
    locale,
  );
}

describe('WebhookEndpointManager', () => {
  test('lists endpoints with their events and state, and links each to its delivery log', () => {
    render([]);
    const active = screen.getByRole('article', { name: 'https://los.bank.example/hooks/mitradesa' });
    expect(active).toHaveTextContent('Aktif');
    expect(active).toHaveTextContent('Proposal bergerak (status dan giliran)');
    expect(active).toHaveTextContent('Anggota pool menyetujui bagiannya');
    expect(within(active).getByRole('link', { name: /Log kiriman/ })).toHaveAttribute(
      'href',
      '/partner/webhooks/V2ViaG9va0VuZHBvaW50OjE',
    );
    const disabled = screen.getByRole('article', { name: 'https://old.bank.example/hook' });
    expect(disabled).toHaveTextContent('Dinonaktifkan');
    expect(disabled).toHaveTextContent('Every delivery failed since');
    expect(within(disabled).getByRole('button', { name: 'Aktifkan lagi' })).toBeEnabled();
  });

  test('a new endpoint needs a URL and an event; its secret is shown once', async () => {
    const input = {
      url: 'https://erp.koperasi-mitra.example/webhook',
      description: 'ERP',
      eventTypes: ['PROPOSAL_MOVED', 'OFFERING_MATCHED'],
    };
    render([creation(input, { secret: 'whsec_c2VjcmV0LXNob3duLW9uY2U=' })]);
    const form = screen.getByRole('form', { name: 'Daftarkan endpoint baru' });
    fireEvent.submit(form);
    expect(await within(form).findByText('Isi URL endpoint.')).toBeInTheDocument();

    fireEvent.change(within(form).getByLabelText('URL endpoint'), { target: { value: ` ${input.url} ` } });
    fireEvent.click(within(form).getByLabelText('Proposal bergerak (status dan giliran)'));
    fireEvent.submit(form);
    expect(await within(form).findByText('Pilih paling sedikit satu kabar.')).toBeInTheDocument();

    fireEvent.change(within(form).getByLabelText('Keterangan'), { target: { value: 'ERP' } });
    fireEvent.click(within(form).getByLabelText('Proposal bergerak (status dan giliran)'));
    fireEvent.click(within(form).getByLabelText('Penawaran baru yang cocok dengan program Anda'));
    fireEvent.submit(form);
    const shown = await screen.findByRole('status');
    expect(shown).toHaveTextContent('Endpoint terdaftar');
    expect(shown).toHaveTextContent('tidak akan ditampilkan lagi');
    expect(screen.getByTestId('webhook-secret')).toHaveTextContent('whsec_c2VjcmV0LXNob3duLW9uY2U=');
    expect(refresh).toHaveBeenCalled();
  });

  test("a refused address is explained in the page's language, not the API's English", async () => {
    const input = { url: 'https://127.0.0.1/hook', description: '', eventTypes: ['PROPOSAL_MOVED'] };
    render([creation(input, { refusedField: 'url' })]);
    const form = screen.getByRole('form', { name: 'Daftarkan endpoint baru' });
    fireEvent.change(within(form).getByLabelText('URL endpoint'), { target: { value: input.url } });
    fireEvent.submit(form);
    expect(await within(form).findByText(/bukan jaringan pribadi atau localhost/)).toBeInTheDocument();
    expect(screen.queryByText(/loopback/)).toBeNull();
    expect(screen.queryByTestId('webhook-secret')).toBeNull();
  });

  test('disabling asks the API and renders the page again', async () => {
    const mocks: MockLink.MockedResponse[] = [
      {
        request: {
          query: UpdateWebhookEndpointDocument,
          variables: { input: { id: ENDPOINTS[0].id, enabled: false } },
        },
        result: {
          data: {
            updateWebhookEndpoint: {
              __typename: 'UpdateWebhookEndpointPayload',
              webhookEndpoint: { ...ENDPOINTS[0], disabledAt: '2026-12-02T02:00:00.000Z' },
              userErrors: [],
            },
          },
        },
      },
    ];
    render(mocks, 'en');
    const active = screen.getByRole('article', { name: 'https://los.bank.example/hooks/mitradesa' });
    fireEvent.click(within(active).getByRole('button', { name: 'Disable' }));
    await waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
