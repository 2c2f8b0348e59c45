import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithIntl } from '../test/render-with-intl';
import { CooperativeFilterForm } from './cooperative-filter-form';

const push = jest.fn();
jest.mock('next/navigation', () => ({
  useRouter: () => ({ push, replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
  usePathname: () => '/cooperatives',
  useSearchParams: () => new URLSearchParams(),
}));

const regencies = [
  { code: '61.01', name: 'Kabupaten Sambas' },
  { code: '61.03', name: 'Kabupaten Sanggau' },
];
const sanggauDistricts = [
  { code: '61.03.05', name: 'Kapuas' },
  { code: '61.03.11', name: 'Tayan Hilir' },
];

beforeEach(() => push.mockClear());

describe('CooperativeFilterForm', () => {
  it('labels every filter and shows the values from the URL', () => {
    renderWithIntl(
      <CooperativeFilterForm
        action="/cooperatives"
        search={{ regency: '61.03', unitType: 'SAVINGS_AND_LOAN', unitStatus: 'ACTIVE', q: 'Balai' }}
        regencies={regencies}
        districts={sanggauDistricts}
      />,
    );
    const form = screen.getByRole('form', { name: 'Saring' });
    expect(within(form).getByLabelText('Kabupaten/kota')).toHaveDisplayValue('Kabupaten Sanggau');
    expect(within(form).getByLabelText('Jenis gerai')).toHaveDisplayValue('Simpan pinjam');
    expect(within(form).getByLabelText('Status gerai')).toHaveDisplayValue('Aktif');
    expect(within(form).getByLabelText('Nama koperasi')).toHaveValue('Balai');
    expect(within(form).getByLabelText('Tahap')).toHaveDisplayValue('Semua tahap');
    expect(within(form).getByLabelText('Kecamatan')).toBeEnabled();
    expect(within(form).getByRole('option', { name: 'Tayan Hilir' })).toBeInTheDocument();
  });

  it('offers districts only once a regency is chosen, and says why', () => {
    renderWithIntl(
      <CooperativeFilterForm action="/cooperatives" search={{}} regencies={regencies} districts={[]} />,
    );
    const district = screen.getByLabelText('Kecamatan');
    expect(district).toBeDisabled();
    expect(district).toHaveAccessibleDescription('Pilih kabupaten/kota dulu');
  });

  it('applies a chosen select at once, with only the filters that are set, from page one', () => {
    renderWithIntl(
      <CooperativeFilterForm
        action="/en/cooperatives"
        search={{ regency: '61.03' }}
        regencies={regencies}
        districts={sanggauDistricts}
      />,
      'en',
    );
    fireEvent.change(screen.getByLabelText('Business unit'), { target: { value: 'SAVINGS_AND_LOAN' } });
    expect(push).toHaveBeenCalledWith('/en/cooperatives?regency=61.03&unitType=SAVINGS_AND_LOAN', {
      scroll: false,
    });
  });

  it('applies the name on submit rather than on every keystroke', () => {
    renderWithIntl(
      <CooperativeFilterForm action="/cooperatives" search={{}} regencies={regencies} districts={[]} />,
    );
    const name = screen.getByLabelText('Nama koperasi');
    fireEvent.change(name, { target: { value: 'Balai Ingin' } });
    expect(push).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan' }));
    expect(push).toHaveBeenCalledWith('/cooperatives?q=Balai+Ingin', { scroll: false });
  });

  it('works as a plain GET form to the list without JavaScript, with a link that clears it', () => {
    renderWithIntl(
      <CooperativeFilterForm action="/cooperatives" search={{}} regencies={regencies} districts={[]} />,
    );
    const form = screen.getByRole('form', { name: 'Saring' });
    expect(form).toHaveAttribute('method', 'get');
    expect(form).toHaveAttribute('action', '/cooperatives');
    expect(screen.getByRole('link', { name: 'Hapus saringan' })).toHaveAttribute('href', '/cooperatives');
  });
});
