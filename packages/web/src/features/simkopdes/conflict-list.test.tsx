import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  ResolveSimkopdesConflictDocument,
  type SimkopdesConflictDetailsFragment,
} from '@/graphql/generated/graphql';
import { renderWithIntl } from '@/test/render-with-intl';
import { ConflictList } from './conflict-list';

const refresh = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ refresh, push: jest.fn(), replace: jest.fn(), prefetch: jest.fn() }),
}));

beforeEach(() => refresh.mockClear());

const conflict = (
  id: string,
  values: Partial<SimkopdesConflictDetailsFragment>,
): SimkopdesConflictDetailsFragment => ({
  __typename: 'SimkopdesConflict',
  id,
  cooperativeId: 'Q29vcGVyYXRpdmU6MQ',
  cooperativeName: 'KOPERASI DESA MERAH PUTIH SUKA MAJU',
  field: 'NAME',
  subject: null,
  ours: null,
  theirs: '',
  resolution: null,
  ...values,
});

const CONFLICTS = [
  conflict('officer', {
    field: 'OFFICER_NAME',
    subject: 'KETUA',
    ours: 'Ibu Siti',
    theirs: 'BAPAK AHMAD',
  }),
  conflict('unit', {
    field: 'UNIT_STATUS',
    subject: 'GROCERY_KIOSK',
    ours: 'UNDER_CONSTRUCTION',
    theirs: 'ACTIVE',
    resolution: 'KEEP_OURS',
  }),
];

const LABELS = {
  subjects: { KETUA: 'Ketua', GROCERY_KIOSK: 'Gerai sembako' },
  unitStatuses: { UNDER_CONSTRUCTION: 'Sedang dibangun', ACTIVE: 'Aktif' },
};

describe('ConflictList', () => {
  it('names the officer role or unit type a conflict is about and shows unit statuses in words', () => {
    renderWithIntl(
      <MockedProvider mocks={[]}>
        <ConflictList conflicts={CONFLICTS} mayResolve labels={LABELS} />
      </MockedProvider>,
    );
    const cards = within(screen.getByRole('list', { name: 'Perbedaan antara MitraDesa dan SIMKOPDES' }))
      .getAllByRole('listitem')
      .map((card) => card.textContent);
    expect(cards[0]).toContain('KOPERASI DESA MERAH PUTIH SUKA MAJU: Nama pengurus (Ketua)');
    expect(cards[0]).toContain('Di MitraDesaIbu Siti');
    expect(cards[0]).toContain('Di SIMKOPDESBAPAK AHMAD');
    expect(cards[1]).toContain('Status unit usaha (Gerai sembako)');
    expect(cards[1]).toContain('Di MitraDesaSedang dibangun');
    expect(cards[1]).toContain('Di SIMKOPDESAktif');
    expect(cards[1]).toContain('Nilai MitraDesa dipertahankan');
  });

  it('resolves an open conflict with the side chosen, then refreshes the page', async () => {
    let asked: unknown = null;
    const mocks = [
      {
        request: {
          query: ResolveSimkopdesConflictDocument,
          variables: { input: { conflictId: 'officer', resolution: 'TAKE_THEIRS' } },
        },
        result: () => {
          asked = 'TAKE_THEIRS';
          return {
            data: {
              resolveSimkopdesConflict: {
                __typename: 'ResolveSimkopdesConflictPayload',
                userErrors: [],
                conflict: { ...CONFLICTS[0], resolution: 'TAKE_THEIRS' },
              },
            },
          };
        },
      },
    ];
    renderWithIntl(
      <MockedProvider mocks={mocks}>
        <ConflictList conflicts={CONFLICTS} mayResolve labels={LABELS} />
      </MockedProvider>,
    );
    // Only the open conflict offers the choice, named by its cooperative and value.
    expect(screen.getAllByRole('group')).toHaveLength(1);
    const choice = screen.getByRole('group', {
      name: 'KOPERASI DESA MERAH PUTIH SUKA MAJU: Nama pengurus (Ketua)',
    });
    await act(async () => {
      fireEvent.click(within(choice).getByRole('button', { name: 'Ambil dari SIMKOPDES' }));
    });
    await waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(asked).toBe('TAKE_THEIRS');
  });
});
