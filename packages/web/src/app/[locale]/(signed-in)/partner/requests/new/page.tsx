import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '../../../../../../components/access-notice';
import { PageHeader } from '../../../../../../components/page-header';
import { PartnerRequestForm } from '../../../../../../components/partner-request-form';
import { PartnerFormOptionsDocument } from '../../../../../../graphql/generated/graphql';
import { Link, redirect } from '../../../../../../i18n/navigation';
import { pageLocale } from '../../../../../../i18n/page-locale';
import { queryApi } from '../../../../../../lib/apollo/server-client';
import { loadOr404 } from '../../../../../../lib/load-or-404';
import { chosenPartner, mayOpenPartner, partnerAccess, requestFormOptions } from '../../access';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/partner/requests/new'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'partnerWorkspace' });
  return { title: t('newRequestTitle') };
}

/** A new request of the chosen partner (`?partner=`): what it wants to buy, where and by when. */
export default async function NewRequestPage({
  params,
  searchParams,
}: PageProps<'/[locale]/partner/requests/new'>) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const [t, access] = await Promise.all([getTranslations('partnerWorkspace'), partnerAccess()]);
  if (!access) return redirect({ href: '/sign-in', locale });
  const partnerId =
    chosenPartner(raw.partner) ?? (access.partners.length === 1 ? access.partners[0].id : undefined);
  if (!partnerId || !mayOpenPartner(access, partnerId)) {
    return (
      <AccessNotice title={t('notYourPartnerTitle')} body={t('notYourPartnerBody')}>
        <Link href="/partner">{t('backToWorkspace')}</Link>
      </AccessNotice>
    );
  }
  const data = await loadOr404(async () => {
    const result = await queryApi({ query: PartnerFormOptionsDocument, variables: { partnerId } });
    return result.partner ? { ...result, partner: result.partner } : null;
  });
  const options = await requestFormOptions(data.regencies.edges.map((edge) => edge.node));

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={{ pathname: '/partner', query: { partner: partnerId } }}>
          ← {t('backTo', { partner: data.partner.name })}
        </Link>
      </p>
      <PageHeader title={t('newRequestTitle')} lead={t('newRequestLead', { partner: data.partner.name })} />
      <div className="max-w-3xl rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
        <PartnerRequestForm partnerId={partnerId} options={options} />
      </div>
    </>
  );
}
