import { useLocale, useTranslations } from 'next-intl';
import type { CooperativeStage } from '@/graphql/generated/graphql';
import { formatCount, type NumberLocale } from '@/lib/format';

export interface StageCountDatum {
  stage: CooperativeStage;
  count: number;
}

export interface AreaDatum {
  region: { code: string; name: string };
  total: number;
  byStage: readonly StageCountDatum[];
}

/** One colour per stage, from grey (on paper) to deep green (growing); the legend names them. */
export const STAGE_COLOURS: Record<CooperativeStage, string> = {
  LEGALLY_FORMED: 'bg-stone-400',
  ORGANISED: 'bg-sky-600',
  BUILDING_UNITS: 'bg-amber-500',
  OPERATING: 'bg-emerald-500',
  GROWING: 'bg-emerald-800',
};

/** A share as a CSS width, e.g. 25 of 200 → "12.5%"; nothing of nothing is 0%. */
export function percentOf(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 1000) / 10}%` : '0%';
}

/**
 * Cooperatives per stage in each area as stacked horizontal bars (plain CSS, no chart library),
 * bars scaled to the largest area. For assistive technology the chart is one image with a
 * summary; the table next to it (StageTable) carries every number.
 */
export function StageChart({
  regionName,
  areas,
  tableId,
}: {
  regionName: string;
  areas: readonly AreaDatum[];
  /** The id of the table with the same figures, named in the chart's description. */
  tableId: string;
}) {
  const t = useTranslations('dinas');
  const enums = useTranslations('enums.stage');
  const locale = useLocale() as NumberLocale;
  const largest = Math.max(0, ...areas.map((area) => area.total));
  const stages = areas[0]?.byStage.map((entry) => entry.stage) ?? [];
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-4">
      <figcaption className="mb-3 text-sm text-stone-700">
        {t('chartCaption', { region: regionName })}
      </figcaption>
      <ul aria-label={t('legend')} className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700">
        {stages.map((stage) => (
          <li key={stage} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-sm ${STAGE_COLOURS[stage]}`} />
            {enums(stage)}
          </li>
        ))}
      </ul>
      <div
        role="img"
        aria-label={t('chartLabel', { region: regionName, count: areas.length })}
        aria-describedby={tableId}
        className="space-y-3"
      >
        {areas.map((area) => (
          <div key={area.region.code} data-testid="stage-bar">
            <div className="flex items-baseline justify-between gap-2 text-sm">
              <span className="min-w-0 truncate font-medium text-stone-800">{area.region.name}</span>
              <span className="tabular-nums text-stone-700">{formatCount(area.total, locale)}</span>
            </div>
            <div className="mt-1 h-4 w-full rounded-sm bg-stone-100">
              <div
                className="flex h-4 overflow-hidden rounded-sm"
                style={{ width: percentOf(area.total, largest) }}
              >
                {area.byStage
                  .filter((entry) => entry.count > 0)
                  .map((entry) => (
                    <div
                      key={entry.stage}
                      data-stage={entry.stage}
                      className={STAGE_COLOURS[entry.stage]}
                      style={{ width: percentOf(entry.count, area.total) }}
                      title={`${enums(entry.stage)}: ${formatCount(entry.count, locale)}`}
                    />
                  ))}
              </div>
            </div>
          </div>
        ))}
      </div>
    </figure>
  );
}

/** The chart's figures as a table: one row per area, one column per stage, and a totals row. */
export function StageTable({
  id,
  regionName,
  areas,
  byStage,
  total,
  areaHeading,
}: {
  id: string;
  regionName: string;
  areas: readonly AreaDatum[];
  byStage: readonly StageCountDatum[];
  total: number;
  /** "Regency" or "District": what the rows are. */
  areaHeading: string;
}) {
  const t = useTranslations('dinas');
  const enums = useTranslations('enums.stage');
  const locale = useLocale() as NumberLocale;
  const countOf = (entries: readonly StageCountDatum[], stage: CooperativeStage) =>
    entries.find((entry) => entry.stage === stage)?.count ?? 0;
  const cell = 'px-3 py-2 text-right tabular-nums';
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table id={id} className="w-full text-left text-sm">
        <caption className="px-3 py-2 text-left text-sm font-medium text-stone-800">
          {t('tableCaption', { region: regionName })}
        </caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              {areaHeading}
            </th>
            {byStage.map(({ stage }) => (
              <th key={stage} scope="col" className="px-3 py-2 text-right font-semibold">
                {enums(stage)}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              {t('total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => (
            <tr key={area.region.code} className="border-t border-stone-200">
              <th scope="row" className="px-3 py-2 font-medium">
                {area.region.name}
              </th>
              {byStage.map(({ stage }) => (
                <td key={stage} className={cell}>
                  {formatCount(countOf(area.byStage, stage), locale)}
                </td>
              ))}
              <td className={`${cell} font-semibold`}>{formatCount(area.total, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-stone-300 bg-stone-50">
          <tr>
            <th scope="row" className="px-3 py-2 font-semibold">
              {t('allAreas')}
            </th>
            {byStage.map(({ stage, count }) => (
              <td key={stage} className={`${cell} font-semibold`}>
                {formatCount(count, locale)}
              </td>
            ))}
            <td className={`${cell} font-bold`}>{formatCount(total, locale)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
