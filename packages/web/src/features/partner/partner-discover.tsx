import { getTranslations } from 'next-intl/server';
import { CALL_TO_ACTION_CLASSES, ChoiceField } from '@/components/ui/form-controls';
import type { PartnerWorkspaceQuery } from '@/graphql/generated/graphql';
import type { AppLocale } from '@/i18n/routing';
import { getPathname, Link } from '@/i18n/navigation';
import { RegionPicker } from '@/features/region/region-picker';
import type { PickerLevels } from '@/features/region/picker-levels';
import { regionPathQuery } from '@/lib/region-path';

type WorkspacePartner = NonNullable<PartnerWorkspaceQuery['partner']>;

/**
 * Discovery with the partner's own coverage and commodities: a plain GET form into the discover
 * page, starting in `region` (the region around the partner's coverage), and a link per region
 * when it serves few.
 */
export async function PartnerDiscover({
  partner,
  locale,
  region,
  levels,
}: {
  partner: Pick<WorkspacePartner, 'name' | 'coverage' | 'commodities'>;
  locale: AppLocale;
  /** Where the form starts (lib/region-path.ts enclosingRegion of the coverage); undefined: everywhere. */
  region: string | undefined;
  /** The region picker's lists for `region`. */
  levels: PickerLevels;
}) {
  const [t, enums] = await Promise.all([getTranslations('partnerWorkspace'), getTranslations('enums')]);
  return (
    <section aria-labelledby="discover-title" className="min-w-0">
      <h2 id="discover-title" className="mb-1 text-xl font-semibold">
        {t('discoverTitle')}
      </h2>
      <p className="mb-3 text-sm text-stone-700">{t('discoverLead', { partner: partner.name })}</p>
      {/* A plain GET form into the discover page: works without JavaScript. */}
      <form
        method="get"
        action={getPathname({ href: '/cooperatives', locale })}
        aria-label={t('discoverTitle')}
        className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
      >
        <RegionPicker
          legend={t('discoverRegion')}
          mode={{ kind: 'filter' }}
          maxLevel="VILLAGE"
          value={region}
          levels={levels}
        />
        <ChoiceField
          name="commodity"
          label={t('discoverCommodity')}
          emptyLabel={t('anyCommodity')}
          options={(partner.commodities.length > 0 ? partner.commodities : []).map((commodity) => ({
            value: commodity,
            label: enums(`commodity.${commodity}`),
          }))}
          defaultValue={partner.commodities[0] ?? ''}
          hint={partner.commodities.length === 0 ? t('noCommodities') : undefined}
        />
        <button type="submit" className={CALL_TO_ACTION_CLASSES}>
          {t('discoverSubmit')}
        </button>
      </form>
      {/* Shortcuts for a partner serving a few regions; the form covers a wide coverage. */}
      {partner.coverage.length > 0 && partner.coverage.length <= 6 ? (
        <ul aria-label={t('discoverShortcuts')} className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {partner.coverage.map((region) => (
            <li key={region.code}>
              <Link
                href={{
                  pathname: '/cooperatives',
                  query: {
                    ...regionPathQuery(region.code),
                    ...(partner.commodities[0] ? { commodity: partner.commodities[0] } : {}),
                  },
                }}
                className="inline-flex min-h-11 items-center"
              >
                {t('discoverIn', { region: region.name })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
