import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { SharePassportDocument, StopSharingPassportDocument } from '@/graphql/generated/graphql';
import type { AppLocale } from '@/i18n/routing';
import { renderWithIntl } from '@/test/render-with-intl';
import { PassportSharing, type PassportShareEntry, type SharingPartner } from './passport-sharing';

const refresh = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ refresh, push: jest.fn(), replace: jest.fn(), prefetch: jest.fn() }),
}));

beforeEach(() => refresh.mockClear());

const COOPERATIVE = 'Q29vcGVyYXRpdmU6MQ==';
const PARTNERS: SharingPartner[] = [
  { id: 'UGFydG5lcjox', name: 'Bank Rakyat Indonesia (BRI)', type: 'STATE_BANK' },
  { id: 'UGFydG5lcjoy', name: 'Bank Kalbar', type: 'REGIONAL_BANK' },
  { id: 'UGFydG5lcjoz', name: 'CV Sawit Makmur', type: 'PRIVATE_BUYER' },
];
const SHARED_WITH_KALBAR: PassportShareEntry[] = [
  { partner: { id: 'UGFydG5lcjoy', name: 'Bank Kalbar' }, sharedAt: '2026-12-01T03:00:00.000Z' },
];

const payload = (typename: string, errors: { code: string; message: string; field: string[] | null }[]) => ({
  __typename: typename,
  passport: errors.length === 0 ? { __typename: 'FinancingPassport', shares: [] } : null,
  userErrors: errors.map((error) => ({ __typename: 'UserError', ...error })),
});

function renderSharing(mocks: MockLink.MockedResponse[] = [], locale: AppLocale = 'id') {
  return renderWithIntl(
    <MockedProvider mocks={mocks}>
      <PassportSharing cooperativeId={COOPERATIVE} shares={SHARED_WITH_KALBAR} partners={PARTNERS} />
    </MockedProvider>,
    locale,
  );
}

describe('PassportSharing', () => {
  it('offers the partners it is not shared with yet, lenders first, and lists the current shares', () => {
    renderSharing();
    const select = screen.getByLabelText('Mitra');
    const groups = within(select).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('label'))).toEqual([
      'Bank dan lembaga pembiayaan',
      'Mitra lain',
    ]);
    expect(
      within(groups[0])
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Bank Rakyat Indonesia (BRI)']);
    expect(
      within(groups[1])
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['CV Sawit Makmur']);
    const current = screen.getByRole('list', { name: 'Dibagikan kepada' });
    expect(current).toHaveTextContent('Bank Kalbarsejak 1 Desember 2026');
    expect(
      within(current).getByRole('button', { name: 'Berhenti berbagi dengan Bank Kalbar' }),
    ).toBeEnabled();
  });

  it('asks for a partner before sending anything', () => {
    renderSharing();
    fireEvent.click(screen.getByRole('button', { name: 'Bagikan' }));
    expect(screen.getByLabelText('Mitra')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Pilih mitra lebih dulu.')).toBeInTheDocument();
  });

  it('shares with the chosen partner, announces it and reloads the page data', async () => {
    renderSharing([
      {
        request: {
          query: SharePassportDocument,
          variables: { input: { cooperativeId: COOPERATIVE, partnerId: 'UGFydG5lcjoz' } },
        },
        result: { data: { sharePassport: payload('SharePassportPayload', []) } },
      },
    ]);
    fireEvent.change(screen.getByLabelText('Mitra'), { target: { value: 'UGFydG5lcjoz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bagikan' }));
    const note = await screen.findByText('Paspor dibagikan kepada CV Sawit Makmur.');
    expect(note).toHaveAttribute('role', 'status');
    expect(refresh).toHaveBeenCalled();
  });

  it('says in the page language when the passport was no longer shared with the partner', async () => {
    renderSharing(
      [
        {
          request: {
            query: StopSharingPassportDocument,
            variables: { input: { cooperativeId: COOPERATIVE, partnerId: 'UGFydG5lcjoy' } },
          },
          result: {
            data: {
              stopSharingPassport: payload('StopSharingPassportPayload', [
                {
                  code: 'NOT_FOUND',
                  message: 'The passport is not shared with this partner.',
                  field: ['input', 'partnerId'],
                },
              ]),
            },
          },
        },
      ],
      'en',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Stop sharing with Bank Kalbar' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The passport is not (or no longer) shared with this partner. Reload to see the current list.',
    );
    expect(screen.queryByText('The passport is not shared with this partner.')).toBeNull();
    expect(refresh).not.toHaveBeenCalled();
  });
});
