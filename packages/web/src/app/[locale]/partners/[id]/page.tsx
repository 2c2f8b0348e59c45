import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { PartnerFacts, PartnerListings } from '@/features/partner/partner-card';
import { PartnerDetailDocument } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { loadOr404 } from '@/lib/load-or-404';

type Props = PageProps<'/[locale]/partners/[id]'>;

async function loadPartner(params: Props['params']) {
  const { id } = await params;
  return loadOr404(async () => {
    const data = await queryApi({ query: PartnerDetailDocument, variables: { id: decodeURIComponent(id) } });
    return data.partner;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const partner = await loadPartner(params);
  return { title: partner.name, description: partner.description.slice(0, 160) };
}

/** A partner's own page: its profile, and all its active programs and open requests. */
export default async function PartnerPage({ params }: Props) {
  await pageLocale(params);
  const [t, partner] = await Promise.all([getTranslations('partners'), loadPartner(params)]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/partners">{t('backToList')}</Link>
      </p>
      <PageHeader title={partner.name} />
      <div className="rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
        <PartnerFacts partner={partner} />
        <PartnerListings partner={partner} />
      </div>
    </>
  );
}
