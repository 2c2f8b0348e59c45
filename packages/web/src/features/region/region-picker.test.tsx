import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { RegionLevel, VillageKind } from '@/graphql/generated/graphql';
import PERSISTED_DOCUMENTS from '@/graphql/generated/persisted-documents.json';
import { renderWithIntl } from '@/test/render-with-intl';
import { RegionPicker } from './region-picker';

/*
 * The region picker against a fake /graphql: the type-ahead as a combobox (keyboard, announced
 * count, ancestors in each option), the selects province → regency → district, and what a form
 * reads from it.
 */

const place = (code: string, name: string, level: RegionLevel, villageKind: VillageKind | null = null) => ({
  __typename: 'Region' as const,
  code,
  name,
  level,
  villageKind,
});
const PROVINCES = [place('33', 'Jawa Tengah', 'PROVINCE'), place('61', 'Kalimantan Barat', 'PROVINCE')];
const TAMBAKREJA = {
  ...place('33.01.01.2001', 'Tambakreja', 'VILLAGE', 'DESA'),
  ancestors: [
    place('33', 'Jawa Tengah', 'PROVINCE'),
    place('33.01', 'Kabupaten Cilacap', 'REGENCY'),
    place('33.01.01', 'Kedungreja', 'DISTRICT'),
  ],
};
const SANGGAU = { ...place('61.03', 'Kabupaten Sanggau', 'REGENCY'), ancestors: [PROVINCES[1]] };

const requests: { query: string; variables: Record<string, unknown> }[] = [];

function answer(body: { query: string; variables: Record<string, unknown> }) {
  if (body.query.includes('query RegionPickerSearch')) {
    const hits = String(body.variables.search).startsWith('tamb') ? [TAMBAKREJA, SANGGAU] : [];
    return { regions: { edges: hits.map((node) => ({ node })) } };
  }
  const list = (nodes: unknown[]) => ({ edges: nodes.map((node) => ({ node })) });
  return {
    provinces: list(PROVINCES),
    ...(body.variables.withRegencies
      ? {
          regencies: list([
            place('33.01', 'Kabupaten Cilacap', 'REGENCY'),
            place('33.02', 'Kabupaten Banyumas', 'REGENCY'),
          ]),
        }
      : {}),
    ...(body.variables.withDistricts
      ? { districts: list([place('33.01.01', 'Kedungreja', 'DISTRICT')]) }
      : {}),
  };
}

beforeEach(() => {
  requests.length = 0;
  // The picker sends its persisted query's hash over GET, never the document: the fake finds the
  // document the API would run by that hash.
  global.fetch = jest.fn(async (url: unknown, init?: { method?: string; body?: unknown }) => {
    expect(init?.method ?? 'GET').toBe('GET');
    expect(init?.body).toBeUndefined();
    const parameters = new URL(String(url), 'http://localhost').searchParams;
    expect(parameters.has('query')).toBe(false);
    const hash: string = JSON.parse(parameters.get('extensions')!).persistedQuery.sha256Hash;
    const query = (PERSISTED_DOCUMENTS as Record<string, string>)[hash];
    expect(query).toBeDefined();
    const body = { query: query!, variables: JSON.parse(parameters.get('variables')!) };
    requests.push(body);
    return { ok: true, status: 200, json: async () => ({ data: answer(body) }) } as Response;
  }) as typeof fetch;
});

async function typeAndWait(text: string) {
  jest.useFakeTimers();
  fireEvent.change(screen.getByRole('combobox', { name: 'Cari nama wilayah' }), { target: { value: text } });
  await act(async () => {
    jest.advanceTimersByTime(250);
  });
  jest.useRealTimers();
}

describe('RegionPicker', () => {
  it('finds a village by name, shows where it lies, and picks it with the keyboard', async () => {
    const onChange = jest.fn();
    const { container } = renderWithIntl(
      <form>
        <RegionPicker
          legend="Dikirim ke"
          mode={{ kind: 'field', name: 'deliveryRegionCode', onChange }}
          maxLevel="VILLAGE"
          levels={{ PROVINCE: PROVINCES }}
        />
      </form>,
    );
    await typeAndWait('tamb');
    const list = await screen.findByRole('listbox');
    expect(await screen.findByRole('status')).toHaveTextContent('2 wilayah cocok');
    const options = within(list).getAllByRole('option');
    expect(options[0]).toHaveTextContent(
      'Desa Tambakreja, Kec. Kedungreja, Kabupaten Cilacap, Prov. Jawa Tengah',
    );
    expect(list).toBeVisible();
    const input = screen.getByRole('combobox', { name: 'Cari nama wilayah' });
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options[0].id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input).toHaveAttribute('aria-activedescendant', options[1].id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });

    expect(onChange).toHaveBeenCalledWith(
      expect.objectContaining({ code: '33.01.01.2001' }),
      TAMBAKREJA.ancestors,
    );
    expect(container.querySelector<HTMLInputElement>('input[name="deliveryRegionCode"]')!.value).toBe(
      '33.01.01.2001',
    );
    expect(screen.getByLabelText('Provinsi')).toHaveDisplayValue('Jawa Tengah');
    expect(screen.getByLabelText('Kecamatan')).toHaveDisplayValue('Kedungreja');
    expect(screen.getByLabelText('Desa/kelurahan')).toHaveDisplayValue('Tambakreja');
    // The search asked the API once, with the text as typed.
    expect(requests.filter((request) => request.query.includes('RegionPickerSearch'))).toEqual([
      expect.objectContaining({ variables: expect.objectContaining({ search: 'tamb' }) }),
    ]);
  });

  it('asks nothing for a single letter, and leaves villages out of a picker that stops at districts', async () => {
    renderWithIntl(
      <RegionPicker
        legend="Wilayah"
        mode={{ kind: 'field' }}
        maxLevel="DISTRICT"
        levels={{ PROVINCE: PROVINCES }}
      />,
    );
    await typeAndWait('t');
    expect(requests).toHaveLength(0);
    await typeAndWait('tamb');
    const list = await screen.findByRole('listbox');
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(1));
    expect(within(list).getByRole('option')).toHaveTextContent('Kabupaten Sanggau, Prov. Kalimantan Barat');
    expect(screen.queryByLabelText('Desa/kelurahan')).toBeNull();
  });

  it('a chosen province loads its regencies; the level below waits for a choice', async () => {
    renderWithIntl(
      <RegionPicker
        legend="Wilayah"
        mode={{ kind: 'field', name: 'region' }}
        maxLevel="DISTRICT"
        levels={{ PROVINCE: PROVINCES }}
      />,
    );
    expect(screen.getByLabelText('Kabupaten/kota')).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Provinsi'), { target: { value: '33' } });
    expect(await screen.findByRole('option', { name: 'Kabupaten Banyumas' })).toBeInTheDocument();
    expect(screen.getByLabelText('Kabupaten/kota')).toBeEnabled();
    expect(requests.at(-1)!.variables).toMatchObject({
      province: '33',
      withRegencies: true,
      withDistricts: false,
    });
    // "Any regency" again chooses the province itself.
    fireEvent.change(screen.getByLabelText('Kabupaten/kota'), { target: { value: '33.02' } });
    fireEvent.change(screen.getByLabelText('Kabupaten/kota'), { target: { value: '' } });
    expect(document.querySelector<HTMLInputElement>('input[name="region"]')!.value).toBe('33');
  });

  it('in a filter form the selects carry the path, and a picked hit submits the form', async () => {
    const submitted: string[] = [];
    renderWithIntl(
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submitted.push(
            new URLSearchParams(new FormData(event.currentTarget) as unknown as string).toString(),
          );
        }}
      >
        <RegionPicker
          legend="Wilayah"
          mode={{ kind: 'filter', submitOnPick: true }}
          maxLevel="VILLAGE"
          levels={{ PROVINCE: PROVINCES }}
        />
      </form>,
    );
    await typeAndWait('tamb');
    fireEvent.click(within(await screen.findByRole('listbox')).getAllByRole('option')[0]);
    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(submitted[0]).toBe('province=33&regency=33.01&district=33.01.01&village=33.01.01.2001');
  });

  it('Escape closes the list; an error is tied to the first select', async () => {
    renderWithIntl(
      <RegionPicker
        legend="Dikirim ke"
        mode={{ kind: 'field', name: 'deliveryRegionCode' }}
        maxLevel="VILLAGE"
        levels={{ PROVINCE: PROVINCES }}
        required
        error="Wajib diisi"
      />,
    );
    const province = screen.getByLabelText('Provinsi');
    expect(province).toHaveDisplayValue('— Pilih provinsi —');
    expect(province).toHaveAttribute('aria-invalid', 'true');
    expect(province).toHaveAccessibleDescription('Wajib diisi');
    await typeAndWait('tamb');
    const input = screen.getByRole('combobox', { name: 'Cari nama wilayah' });
    await screen.findByRole('listbox');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });
});
