import { screen, within } from '@testing-library/react';
import type { CooperativeUnitItemFragment } from '@/graphql/generated/graphql';
import { renderWithIntl } from '@/test/render-with-intl';
import { UnitList } from './unit-list';

const unit = (
  type: CooperativeUnitItemFragment['type'],
  status: CooperativeUnitItemFragment['status'],
): CooperativeUnitItemFragment => ({
  __typename: 'BusinessUnit',
  id: `unit-${type}`,
  type,
  status,
  name: null,
  capacityNotes: null,
  activeSince: null,
});

const UNITS = [
  unit('SAVINGS_AND_LOAN', 'ACTIVE'),
  unit('COOPERATIVE_OFFICE', 'UNDER_CONSTRUCTION'),
  unit('LPG_OUTLET', 'ACTIVE'),
];

describe('UnitList: the seven standard units as a checklist', () => {
  test('every standard unit is listed in order, recorded or not, with the others apart', () => {
    renderWithIntl(<UnitList units={UNITS} />);
    expect(screen.getByText('2 dari 7 gerai standar tercatat, 1 aktif.')).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Tujuh gerai standar' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '✓Kantor koperasiSedang dibangun',
      '○Gerai sembakoBelum dicatat',
      '✓Simpan pinjamAktif',
      '○Klinik desaBelum dicatat',
      '○Apotek desaBelum dicatat',
      '○Pergudangan / cold storageBelum dicatat',
      '○LogistikBelum dicatat',
    ]);
    const others = within(screen.getByRole('list', { name: 'Gerai lain' })).getAllByRole('listitem');
    expect(others.map((item) => item.textContent)).toEqual(['✓Pangkalan elpijiAktif']);
  });

  test('compact, in English: the checklist alone', () => {
    renderWithIntl(<UnitList units={UNITS} compact />, 'en');
    expect(screen.getByText('2 of the 7 standard units recorded, 1 active.')).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'The seven standard units' })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(7);
    expect(items[1]).toHaveTextContent('○ Grocery kiosk · Not recorded');
    expect(items[2]).toHaveTextContent('✓ Savings and loan · Active');
    expect(screen.queryByRole('list', { name: 'Other units' })).toBeNull();
  });
});
