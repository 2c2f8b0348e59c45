import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import { buildSchema, isEnumType } from 'graphql';
import type { SuggestedPoolFieldsFragment } from '@/graphql/generated/graphql';
import { messagesFor } from '@/i18n/messages';
import { renderWithIntl } from '@/test/render-with-intl';
import { POOL_BASES, POOL_PROXIMITIES, SuggestedPoolCard, SuggestedPools } from './suggested-pools';

jest.mock('next/navigation', () => ({
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
  usePathname: () => '/partner/requests/UGFydG5lclJlcXVlc3Q6NA',
  useSearchParams: () => new URLSearchParams(),
  useParams: () => ({}),
}));

type Pool = SuggestedPoolFieldsFragment;
type Member = Pool['members'][number];

function member(
  id: number,
  name: string,
  village: string,
  district: string,
  changes: Partial<Member> = {},
): Member {
  return {
    __typename: 'SuggestedPoolMember',
    quantityPerMonth: '300000',
    sharePercent: 63,
    proximity: 'IN_DELIVERY_REGION',
    verificationLevel: 'SELF_DECLARED',
    medianResponseSeconds: null,
    cooperative: {
      __typename: 'Cooperative',
      id: `Q29vcGVyYXRpdmU6${id}`,
      name,
      village: { __typename: 'Region', name: village, parent: { __typename: 'Region', name: district } },
    },
    offering: { __typename: 'Offering', id: `T2ZmZXJpbmc6${id}`, title: `TBS sawit segar dari ${village}` },
    ...changes,
  };
}

const NEAREST: Pool = {
  __typename: 'SuggestedPool',
  basis: 'NEAREST',
  target: '480000',
  unit: 'KG',
  total: '710000',
  members: [
    member(1, 'Koperasi Desa Merah Putih Baru Lombak', 'Baru Lombak', 'Meliau', {
      quantityPerMonth: '360000',
      sharePercent: 75,
    }),
    member(2, 'Koperasi Desa Merah Putih Hibun', 'Hibun', 'Parindu', {
      quantityPerMonth: '350000.5',
      sharePercent: 73,
      proximity: 'SAME_REGENCY',
      verificationLevel: 'DOCUMENTS_VERIFIED',
      medianResponseSeconds: 5 * 3600,
    }),
  ],
};

const schema = buildSchema(readFileSync(path.join(__dirname, '../../../../server/schema.graphql'), 'utf8'));

function valuesOf(enumName: string): string[] {
  const type = schema.getType(enumName);
  if (!isEnumType(type)) throw new Error(`${enumName} is not an enum of the schema`);
  return type.getValues().map((value) => value.name);
}

/** The row of the desktop table for a cooperative. */
function tableRow(name: string): HTMLElement {
  const table = screen.getByRole('table');
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('rowheader', { name: new RegExp(name) }));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('SuggestedPoolCard', () => {
  it('names the basis and shows the total against the target, and each member in the table', () => {
    renderWithIntl(<SuggestedPoolCard pool={NEAREST} />);
    const card = screen.getByRole('article', { name: 'Terdekat' });
    expect(card).toHaveAttribute('data-total', '710000');
    expect(card).toHaveAttribute('data-target', '480000');
    expect(card).toHaveTextContent('2 koperasi');
    expect(card).toHaveTextContent('Koperasi terdekat dari tujuan pengiriman');
    expect(within(card).getByTestId('pool-total')).toHaveTextContent('710.000 kg per bulan');
    expect(within(card).getByTestId('pool-target')).toHaveTextContent('480.000 kg per bulan');
    expect(card).not.toHaveTextContent('Satu koperasi ini saja');

    const table = screen.getByRole('table', { name: 'Koperasi dalam gabungan: Terdekat' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Koperasi dan penawaran', 'Per bulan', 'Bagian', 'Lokasi', 'Verifikasi', 'Tanggapan']);
    const first = tableRow('Baru Lombak');
    expect(
      within(first).getByRole('link', { name: 'Koperasi Desa Merah Putih Baru Lombak' }),
    ).toHaveAttribute('href', '/cooperatives/Q29vcGVyYXRpdmU61');
    expect(first).toHaveTextContent('Baru Lombak, Meliau');
    expect(
      within(first).getByRole('link', { name: 'Penawaran: TBS sawit segar dari Baru Lombak' }),
    ).toHaveAttribute('href', '/offerings/T2ZmZXJpbmc61');
    const cells = within(first)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual([
      '360.000 kg',
      '75%',
      'Di wilayah pengiriman',
      'Dinyatakan sendiri',
      'Belum ada riwayat',
    ]);
    expect(
      within(tableRow('Hibun'))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['350.000,5 kg', '73%', 'Satu kabupaten/kota', '✓ Dokumen terverifikasi', '5 jam (median)']);
  });

  it('speaks of the chosen region, not a delivery region, for pools gathered for a program', () => {
    renderWithIntl(<SuggestedPoolCard pool={NEAREST} anchor="chosen" />);
    const card = screen.getByRole('article', { name: 'Terdekat' });
    expect(card).toHaveTextContent('Koperasi terdekat dari wilayah yang dipilih');
    expect(card).not.toHaveTextContent('pengiriman');
    expect(within(tableRow('Baru Lombak')).getAllByRole('cell')[2]).toHaveTextContent(
      'Di wilayah yang dipilih',
    );
  });

  it('lists the members on a phone too, with the same figures', () => {
    renderWithIntl(<SuggestedPoolCard pool={NEAREST} />);
    const list = screen.getByRole('list', { name: 'Koperasi dalam gabungan: Terdekat' });
    const items = within(list).getAllByTestId('pool-member');
    expect(items).toHaveLength(2);
    expect(within(items[1]).getByRole('link', { name: 'Koperasi Desa Merah Putih Hibun' })).toHaveAttribute(
      'href',
      '/cooperatives/Q29vcGVyYXRpdmU62',
    );
    expect(items[1]).toHaveTextContent('Hibun, Parindu');
    expect(items[1]).toHaveTextContent('Per bulan350.000,5 kg');
    expect(items[1]).toHaveTextContent('Bagian73%');
    expect(items[1]).toHaveTextContent('LokasiSatu kabupaten/kota');
    expect(items[1]).toHaveTextContent('Tanggapan5 jam (median)');
    expect(items[1]).toHaveTextContent('Verifikasi✓ Dokumen terverifikasi');
    expect(within(items[1]).getByRole('link', { name: 'TBS sawit segar dari Hibun' })).toHaveAttribute(
      'href',
      '/offerings/T2ZmZXJpbmc62',
    );
  });

  it('reads in English', () => {
    renderWithIntl(<SuggestedPoolCard pool={{ ...NEAREST, basis: 'MOST_RESPONSIVE', unit: 'TON' }} />, 'en');
    const card = screen.getByRole('article', { name: 'Most responsive' });
    expect(card).toHaveTextContent('2 cooperatives');
    expect(card).toHaveTextContent('The cooperatives quickest to answer proposals first');
    expect(within(card).getByTestId('pool-total')).toHaveTextContent('710,000 t a month');
    expect(within(card).getByTestId('pool-target')).toHaveTextContent('480,000 t a month');
    expect(screen.getByRole('table', { name: 'Cooperatives in the pool: Most responsive' })).toBeVisible();
    const row = tableRow('Hibun');
    expect(within(row).getByRole('link', { name: 'Koperasi Desa Merah Putih Hibun' })).toHaveAttribute(
      'href',
      '/en/cooperatives/Q29vcGVyYXRpdmU62',
    );
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['350,000.5 t', '73%', 'Same regency', '✓ Documents verified', '5 hours (median)']);
    expect(within(row).getByRole('link', { name: 'Offering: TBS sawit segar dari Hibun' })).toHaveAttribute(
      'href',
      '/en/offerings/T2ZmZXJpbmc62',
    );
    expect(within(tableRow('Baru Lombak')).getByText('No history yet')).toBeInTheDocument();
  });

  it('says when one cooperative alone is enough', () => {
    renderWithIntl(
      <SuggestedPoolCard
        pool={{ ...NEAREST, basis: 'BEST_VERIFIED', total: '360000', members: [NEAREST.members[0]] }}
      />,
    );
    const card = screen.getByRole('article', { name: 'Paling terverifikasi' });
    expect(card).toHaveTextContent('1 koperasi');
    expect(card).toHaveTextContent('Satu koperasi ini saja sudah mencukupi kebutuhan.');
  });
});

describe('SuggestedPools', () => {
  it('shows one card per pool, in the order the API gives them', () => {
    renderWithIntl(
      <SuggestedPools
        pools={[NEAREST, { ...NEAREST, basis: 'BEST_VERIFIED' }, { ...NEAREST, basis: 'MOST_RESPONSIVE' }]}
      />,
    );
    const list = screen.getByRole('list', { name: 'Gabungan koperasi yang disarankan' });
    expect(
      within(list)
        .getAllByRole('article')
        .map((card) => card.getAttribute('data-basis')),
    ).toEqual(['NEAREST', 'BEST_VERIFIED', 'MOST_RESPONSIVE']);
    expect(screen.queryByTestId('suggested-pools-empty')).not.toBeInTheDocument();
  });

  it('says why there is none', () => {
    renderWithIntl(<SuggestedPools pools={[]} />);
    expect(screen.getByTestId('suggested-pools-empty')).toHaveTextContent(
      'Belum ada gabungan koperasi di provinsi ini yang dapat memenuhi jumlah tersebut, atau permintaan ini sudah tidak terbuka.',
    );
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('says why there is none in English', () => {
    renderWithIntl(<SuggestedPools pools={[]} />, 'en');
    expect(screen.getByTestId('suggested-pools-empty')).toHaveTextContent(
      'No pool of cooperatives in this province can reach this quantity yet, or the request is no longer open.',
    );
  });
});

describe('pool labels', () => {
  it.each([
    ['PoolBasis', POOL_BASES],
    ['PoolProximity', POOL_PROXIMITIES],
  ])('know every value of %s', (enumName, values) => {
    expect([...values].sort()).toEqual(valuesOf(enumName).sort());
  });

  it.each(['id', 'en'] as const)('name every basis and its order in words (%s)', (locale) => {
    const pools = messagesFor(locale).matching.pools;
    expect(Object.keys(pools.basis).sort()).toEqual(valuesOf('PoolBasis').sort());
    expect(Object.keys(pools.basisHint).sort()).toEqual(valuesOf('PoolBasis').sort());
    for (const basis of POOL_BASES) {
      const { unmount } = renderWithIntl(<SuggestedPoolCard pool={{ ...NEAREST, basis }} />, locale);
      expect(screen.getByRole('article', { name: pools.basis[basis] })).toHaveTextContent(
        pools.basisHint[basis],
      );
      expect(screen.getByRole('article')).not.toHaveTextContent('matching.pools');
      unmount();
    }
  });

  it.each(['id', 'en'] as const)('name every proximity in words (%s)', (locale) => {
    const pools = messagesFor(locale).matching.pools;
    expect(Object.keys(pools.proximity).sort()).toEqual(valuesOf('PoolProximity').sort());
    const members = POOL_PROXIMITIES.map((proximity, index) =>
      member(index + 1, `Koperasi ${proximity}`, `Desa ${index + 1}`, 'Kecamatan', { proximity }),
    );
    renderWithIntl(<SuggestedPoolCard pool={{ ...NEAREST, members }} />, locale);
    for (const proximity of POOL_PROXIMITIES) {
      expect(
        within(tableRow(`Koperasi ${proximity}`)).getByText(pools.proximity[proximity]),
      ).toBeInTheDocument();
    }
    expect(screen.getByRole('article')).not.toHaveTextContent('matching.pools');
  });

  it('names every verification level a member can have', () => {
    const members = valuesOf('VerificationLevel').map((level, index) =>
      member(index + 1, `Koperasi ${level}`, `Desa ${index + 1}`, 'Kecamatan', {
        verificationLevel: level as Member['verificationLevel'],
      }),
    );
    renderWithIntl(<SuggestedPoolCard pool={{ ...NEAREST, members }} />);
    const labels = messagesFor('id').enums.verificationLevel;
    for (const level of valuesOf('VerificationLevel')) {
      expect(
        within(tableRow(`Koperasi ${level}`)).getByText(labels[level as keyof typeof labels]),
      ).toBeInTheDocument();
    }
  });
});
