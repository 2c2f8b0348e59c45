import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { CreateApiTokenDocument, RevokeApiTokenDocument } from '@/graphql/generated/graphql';
import { renderWithIntl } from '@/test/render-with-intl';
import { ApiTokenManager } from './api-token-manager';

const refresh = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ refresh, push: jest.fn(), replace: jest.fn(), prefetch: jest.fn() }),
}));

beforeEach(() => refresh.mockClear());

const PARTNER = 'UGFydG5lcjox';
const TOKENS = [
  {
    __typename: 'ApiToken' as const,
    id: 'QXBpVG9rZW46MQ',
    name: 'Core banking',
    scope: 'READ_WRITE' as const,
    createdAt: '2026-12-01T02:00:00.000Z',
    lastUsedAt: null,
    revokedAt: null,
  },
  {
    __typename: 'ApiToken' as const,
    id: 'QXBpVG9rZW46Mg',
    name: 'Old report job',
    scope: 'READ' as const,
    createdAt: '2026-11-01T02:00:00.000Z',
    lastUsedAt: '2026-11-20T02:00:00.000Z',
    revokedAt: '2026-11-30T02:00:00.000Z',
  },
];

function created(name: string, scope: 'READ' | 'READ_WRITE'): MockLink.MockedResponse {
  return {
    request: { query: CreateApiTokenDocument, variables: { input: { partnerId: PARTNER, name, scope } } },
    result: {
      data: {
        createApiToken: {
          __typename: 'CreateApiTokenPayload',
          token: 'mdt_secret-shown-once',
          apiToken: { __typename: 'ApiToken', id: 'QXBpVG9rZW46Mw', name, scope },
          userErrors: [],
        },
      },
    },
  };
}

function render(mocks: MockLink.MockedResponse[], locale: 'id' | 'en' = 'id') {
  return renderWithIntl(
    <MockedProvider mocks={mocks}>
      <ApiTokenManager partnerId={PARTNER} tokens={TOKENS} locale={locale} />
    </MockedProvider>,
    locale,
  );
}

describe('ApiTokenManager', () => {
  test('lists active tokens with their scope and use, and revoked ones apart', () => {
    render([]);
    const active = screen.getByRole('article', { name: 'Core banking' });
    expect(active).toHaveTextContent('Baca dan ubah');
    expect(active).toHaveTextContent('belum pernah dipakai');
    const revoked = screen.getByRole('region', { name: 'Token yang sudah dicabut' });
    expect(revoked).toHaveTextContent('Old report job');
    expect(screen.queryByRole('article', { name: 'Old report job' })).toBeNull();
  });

  test('a new token is read only unless chosen otherwise, and its secret is shown once', async () => {
    render([created('Loan origination', 'READ')]);
    const form = screen.getByRole('form', { name: 'Buat token baru' });
    expect(within(form).getByLabelText('Izin')).toHaveValue('READ');
    fireEvent.change(within(form).getByLabelText('Nama token'), { target: { value: ' Loan origination ' } });
    fireEvent.submit(form);
    const shown = await screen.findByRole('status');
    expect(shown).toHaveTextContent('Token "Loan origination" dibuat');
    expect(shown).toHaveTextContent('tidak akan ditampilkan lagi');
    expect(screen.getByTestId('api-token-secret')).toHaveTextContent('mdt_secret-shown-once');
    expect(refresh).toHaveBeenCalled();
  });

  test('a token needs a name, said in the page’s language', () => {
    render([], 'en');
    fireEvent.submit(screen.getByRole('form', { name: 'Create a new token' }));
    expect(screen.getByText('Give this token a name.')).toBeInTheDocument();
    expect(screen.getByLabelText('Token name')).toHaveAttribute('aria-invalid', 'true');
  });

  test('revoking asks first', async () => {
    render([
      {
        request: { query: RevokeApiTokenDocument, variables: { input: { id: TOKENS[0]!.id } } },
        result: {
          data: {
            revokeApiToken: {
              __typename: 'RevokeApiTokenPayload',
              apiToken: { __typename: 'ApiToken', id: TOKENS[0]!.id, revokedAt: '2026-12-05T02:00:00.000Z' },
              userErrors: [],
            },
          },
        },
      },
    ]);
    const active = screen.getByRole('article', { name: 'Core banking' });
    fireEvent.click(within(active).getByRole('button', { name: 'Cabut' }));
    expect(within(active).getByText(/Cabut token ini\?/)).toBeInTheDocument();
    expect(refresh).not.toHaveBeenCalled();
    fireEvent.click(within(active).getByRole('button', { name: 'Ya, cabut' }));
    await screen.findByRole('button', { name: 'Cabut' });
    expect(refresh).toHaveBeenCalled();
  });
});
