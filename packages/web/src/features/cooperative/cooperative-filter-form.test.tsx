import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithIntl } from '@/test/render-with-intl';
import { CooperativeFilterForm } from './cooperative-filter-form';

const push = jest.fn();
jest.mock('next/navigation', () => ({
  useRouter: () => ({ push, replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
  usePathname: () => '/cooperatives',
  useSearchParams: () => new URLSearchParams(),
}));

const region = (code: string, name: string, level: 'PROVINCE' | 'REGENCY' | 'DISTRICT') => ({
  __typename: 'Region' as const,
  code,
  name,
  level,
  villageKind: null,
});
const levels = {
  PROVINCE: [region('33', 'Jawa Tengah', 'PROVINCE'), region('61', 'Kalimantan Barat', 'PROVINCE')],
  REGENCY: [region('61.01', 'Kabupaten Sambas', 'REGENCY'), region('61.03', 'Kabupaten Sanggau', 'REGENCY')],
  DISTRICT: [region('61.03.05', 'Kapuas', 'DISTRICT'), region('61.03.11', 'Tayan Hilir', 'DISTRICT')],
};
const provincesOnly = { PROVINCE: levels.PROVINCE };

beforeEach(() => push.mockClear());

describe('CooperativeFilterForm', () => {
  it('labels every filter and shows the values from the URL', () => {
    renderWithIntl(
      <CooperativeFilterForm
        action="/cooperatives"
        search={{ region: '61.03', unitType: 'SAVINGS_AND_LOAN', unitStatus: 'ACTIVE', q: 'Balai' }}
        regionLevels={levels}
      />,
    );
    const form = screen.getByRole('form', { name: 'Saring' });
    expect(within(form).getByLabelText('Provinsi')).toHaveDisplayValue('Kalimantan Barat');
    expect(within(form).getByLabelText('Kabupaten/kota')).toHaveDisplayValue('Kabupaten Sanggau');
    expect(within(form).getByLabelText('Jenis gerai')).toHaveDisplayValue('Simpan pinjam');
    expect(within(form).getByLabelText('Status gerai')).toHaveDisplayValue('Aktif');
    expect(within(form).getByLabelText('Nama koperasi')).toHaveValue('Balai');
    expect(within(form).getByLabelText('Tahap')).toHaveDisplayValue('Semua tahap');
    expect(within(form).getByLabelText('Kecamatan')).toBeEnabled();
    expect(within(form).getByRole('option', { name: 'Tayan Hilir' })).toBeInTheDocument();
    expect(within(form).getByLabelText('Desa/kelurahan')).toBeDisabled();
  });

  it('offers each level only once the one above is chosen, and says why', () => {
    renderWithIntl(<CooperativeFilterForm action="/cooperatives" search={{}} regionLevels={provincesOnly} />);
    expect(screen.getByLabelText('Provinsi')).toHaveDisplayValue('Seluruh Indonesia');
    const regency = screen.getByLabelText('Kabupaten/kota');
    expect(regency).toBeDisabled();
    expect(regency).toHaveAccessibleDescription('Pilih provinsi dulu');
    expect(screen.getByLabelText('Kecamatan')).toHaveAccessibleDescription('Pilih kabupaten/kota dulu');
  });

  it('applies a chosen select at once, with only the filters that are set, from page one', () => {
    renderWithIntl(
      <CooperativeFilterForm action="/en/cooperatives" search={{ region: '61.03' }} regionLevels={levels} />,
      'en',
    );
    fireEvent.change(screen.getByLabelText('Business unit'), { target: { value: 'SAVINGS_AND_LOAN' } });
    expect(push).toHaveBeenCalledWith(
      '/en/cooperatives?province=61&regency=61.03&unitType=SAVINGS_AND_LOAN',
      { scroll: false },
    );
  });

  it('a chosen district applies with the path to it', () => {
    renderWithIntl(
      <CooperativeFilterForm action="/cooperatives" search={{ region: '61.03' }} regionLevels={levels} />,
    );
    fireEvent.change(screen.getByLabelText('Kecamatan'), { target: { value: '61.03.11' } });
    expect(push).toHaveBeenCalledWith('/cooperatives?province=61&regency=61.03&district=61.03.11', {
      scroll: false,
    });
  });

  it('applies the name on submit rather than on every keystroke', () => {
    renderWithIntl(<CooperativeFilterForm action="/cooperatives" search={{}} regionLevels={provincesOnly} />);
    const name = screen.getByLabelText('Nama koperasi');
    fireEvent.change(name, { target: { value: 'Balai Ingin' } });
    expect(push).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan' }));
    expect(push).toHaveBeenCalledWith('/cooperatives?q=Balai+Ingin', { scroll: false });
  });

  it('works as a plain GET form to the list without JavaScript, with a link that clears it', () => {
    renderWithIntl(<CooperativeFilterForm action="/cooperatives" search={{}} regionLevels={provincesOnly} />);
    const form = screen.getByRole('form', { name: 'Saring' });
    expect(form).toHaveAttribute('method', 'get');
    expect(form).toHaveAttribute('action', '/cooperatives');
    expect(screen.getByRole('link', { name: 'Hapus saringan' })).toHaveAttribute('href', '/cooperatives');
  });
});
