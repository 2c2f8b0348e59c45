import { screen } from '@testing-library/react';
import { renderWithIntl } from '@/test/render-with-intl';
import { GapBadges } from './gap-badges';

describe('GapBadges', () => {
  it('shows one badge per missing item, in words, as a labelled list', () => {
    renderWithIntl(<GapBadges gaps={['NO_NIB', 'NO_ACTIVE_UNIT']} />);
    const list = screen.getByRole('list', { name: 'Yang masih kurang' });
    expect(list).toHaveTextContent('Belum ada NIB');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Belum ada NIB',
      'Belum ada gerai aktif',
    ]);
  });

  it('says the data are complete when nothing is missing', () => {
    renderWithIntl(<GapBadges gaps={[]} />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('Data lengkap')).toBeInTheDocument();
  });

  it('speaks English in English', () => {
    renderWithIntl(<GapBadges gaps={['NO_SK_AHU', 'NO_OFFERING']} />, 'en');
    expect(screen.getByRole('list', { name: 'Still missing' })).toHaveTextContent(
      'No SK AHU yetNo published offering yet',
    );
  });
});
