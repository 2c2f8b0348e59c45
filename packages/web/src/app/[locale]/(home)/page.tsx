import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Figure } from '@/components/ui/figure';
import { RegionFiguresTable } from '@/features/dashboard/region-figures-table';
import { HomeFiguresDocument, type HomeFiguresQuery } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { apiErrorCode } from '@/lib/api-error';
import { queryApi } from '@/lib/apollo/server-client';
import { formatCount, formatIdr } from '@/lib/format';
import { figureRows, operatingCount, parseHomeProvince } from '@/features/dashboard/region-figures';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'home' });
  return { title: { absolute: t('metaTitle') }, description: t('lead') };
}

const CTA_PRIMARY =
  'inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-medium text-white no-underline hover:bg-brand-800 hover:no-underline';
const CTA_SECONDARY =
  'inline-flex min-h-11 items-center rounded-md border border-stone-300 bg-white px-4 font-medium text-stone-800 no-underline hover:bg-stone-100 hover:no-underline';

/** The figures of the nation, and of the province asked for; a code that names no province is no page. */
async function loadFigures(provinceCode: string | null): Promise<HomeFiguresQuery> {
  try {
    return await queryApi({
      query: HomeFiguresDocument,
      variables: { regionCode: provinceCode, drillDown: provinceCode !== null },
    });
  } catch (error) {
    if (apiErrorCode(error) === 'BAD_USER_INPUT') notFound();
    throw error;
  }
}

export default async function HomePage({ params, searchParams }: PageProps<'/[locale]'>) {
  const locale = await pageLocale(params);
  const provinceCode = parseHomeProvince(await searchParams);
  const [t, platform, figures] = await Promise.all([
    getTranslations('home'),
    getTranslations('platformFigures'),
    loadFigures(provinceCode),
  ]);
  const province = figures.province ?? null;
  const rows = figureRows(province ? province.breakdown : (figures.nation.breakdown ?? []));

  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title">
        <h1 id="home-title" className="text-2xl font-bold tracking-tight sm:text-4xl">
          {t('title')}
        </h1>
        <p className="mt-3 max-w-3xl text-stone-700 sm:text-lg">{t('lead')}</p>
        <div className="mt-5 flex flex-wrap gap-3">
          <Link href="/cooperatives" className={CTA_PRIMARY}>
            {t('discoverCta')}
          </Link>
          <Link href="/offerings" className={CTA_SECONDARY}>
            {t('offeringsCta')}
          </Link>
          <Link href="/partners" className={CTA_SECONDARY}>
            {t('partnersCta')}
          </Link>
        </div>
      </section>

      <section aria-labelledby="figures-title">
        <h2 id="figures-title" className="mb-3 text-xl font-semibold">
          {t('figuresTitle')}
        </h2>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <Figure label={t('figureCooperatives')} value={formatCount(figures.nation.cooperatives, locale)} />
          <Figure
            label={t('figureOperating')}
            value={formatCount(operatingCount(figures.nation.byStage), locale)}
            hint={t('figureOperatingHint')}
          />
          <Figure label={t('figurePartners')} value={formatCount(figures.partners.totalCount ?? 0, locale)} />
          <Figure
            label={platform('acceptedProposals')}
            value={formatCount(figures.platformFigures.acceptedProposals, locale)}
            hint={platform('acceptedProposalsHint')}
          />
          <Figure
            label={platform('financingVolume')}
            value={formatIdr(figures.platformFigures.financingVolume.amount)}
            hint={platform('financingVolumeHint')}
          />
        </dl>
      </section>

      <section aria-labelledby="region-figures-title">
        <h2 id="region-figures-title" className="mb-1 text-xl font-semibold">
          {province ? t('perRegencyTitle', { province: province.region!.name }) : t('perProvinceTitle')}
        </h2>
        <p className="mb-3 text-sm text-stone-600">
          {province ? <Link href="/">{t('backToNation')}</Link> : t('drillDownHint')}
        </p>
        <RegionFiguresTable
          rows={rows}
          caption={
            province ? t('perRegencyCaption', { province: province.region!.name }) : t('perProvinceCaption')
          }
          areaHeading={province ? t('regency') : t('province')}
        />
      </section>

      <section aria-labelledby="how-title">
        <h2 id="how-title" className="mb-3 text-xl font-semibold">
          {t('howTitle')}
        </h2>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          {(['howCooperatives', 'howPartners', 'howMentors'] as const).map((key) => (
            <li key={key} className="rounded-lg border border-stone-200 bg-white p-4 text-stone-700">
              {t(key)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
