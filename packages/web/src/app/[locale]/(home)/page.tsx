import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { Figure } from '../../../components/figure';
import { RegencyFiguresTable } from '../../../components/regency-figures-table';
import { HomeFiguresDocument } from '../../../graphql/generated/graphql';
import { Link } from '../../../i18n/navigation';
import { pageLocale } from '../../../i18n/page-locale';
import { queryApi } from '../../../lib/apollo/server-client';
import { formatCount, formatIdr } from '../../../lib/format';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'home' });
  return { title: { absolute: t('metaTitle') }, description: t('lead') };
}

const CTA_PRIMARY =
  'inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-medium text-white no-underline hover:bg-brand-800 hover:no-underline';
const CTA_SECONDARY =
  'inline-flex min-h-11 items-center rounded-md border border-stone-300 bg-white px-4 font-medium text-stone-800 no-underline hover:bg-stone-100 hover:no-underline';

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await pageLocale(params);
  const [t, platform, figures] = await Promise.all([
    getTranslations('home'),
    getTranslations('platformFigures'),
    queryApi({ query: HomeFiguresDocument }),
  ]);
  const regencies = figures.regencies.edges.map((edge) => edge.node);

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
          <Figure
            label={t('figureCooperatives')}
            value={formatCount(figures.cooperatives.totalCount ?? 0, locale)}
          />
          <Figure
            label={t('figureOperating')}
            value={formatCount(figures.operating.totalCount ?? 0, locale)}
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

      <section aria-labelledby="regency-title">
        <h2 id="regency-title" className="mb-3 text-xl font-semibold">
          {t('perRegencyTitle')}
        </h2>
        <Suspense fallback={<div className="h-96 animate-pulse rounded-lg bg-stone-200" />}>
          <RegencyFiguresTable regencies={regencies} />
        </Suspense>
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
