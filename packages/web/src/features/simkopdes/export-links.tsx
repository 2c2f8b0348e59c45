import { useTranslations } from 'next-intl';

/** The tables of a SIMKOPDES export, in the order the API writes and reads them. */
export const SIMKOPDES_EXPORT_TABLES = [
  'referensi_koperasi_wilayah',
  'referensi_gerai_koperasi',
  'referensi_dokumen_koperasi',
  'profil_koperasi',
  'pengurus_koperasi',
  'gerai_koperasi',
  'dokumen_koperasi',
  'akun_bank_koperasi',
  'anggota_koperasi',
] as const;

export interface ExportRegion {
  /** A Kemendagri code; null: all of Indonesia (admins only). */
  code: string | null;
  name: string;
}

/** `/simkopdes/export?…` (forwarded to the API by src/proxy.ts, outside the locale routes). */
export function simkopdesExportHref(region: string | null, choice: { table: string } | { format: 'xlsx' }) {
  const query = new URLSearchParams();
  if (region) query.set('region', region);
  if ('table' in choice) query.set('table', choice.table);
  else query.set('format', choice.format);
  return `/simkopdes/export?${query}`;
}

const LINK = 'inline-flex min-h-11 items-center break-all font-mono text-sm';

/**
 * Download links of MitraDesa's data in the SIMKOPDES shape for each region the viewer oversees:
 * the workbook, and one CSV per table. Plain links: the API answers with an attachment.
 */
export function SimkopdesExportLinks({ regions }: { regions: readonly ExportRegion[] }) {
  const t = useTranslations('simkopdes.exports');
  return (
    <ul className="space-y-4">
      {regions.map((region) => (
        <li key={region.code ?? 'all'} className="space-y-2">
          <a
            href={simkopdesExportHref(region.code, { format: 'xlsx' })}
            download
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-medium text-white no-underline hover:bg-brand-800 hover:no-underline"
          >
            {t('xlsx', { region: region.name })}
          </a>
          <details className="rounded-md border border-stone-200 bg-white p-3">
            <summary className="min-h-11 cursor-pointer py-2 font-medium">
              {t('csvTitle', { region: region.name })}
            </summary>
            <ul className="mt-2 grid gap-x-4 sm:grid-cols-2">
              {SIMKOPDES_EXPORT_TABLES.map((table) => (
                <li key={table}>
                  <a href={simkopdesExportHref(region.code, { table })} download className={LINK}>
                    {table}.csv
                  </a>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
