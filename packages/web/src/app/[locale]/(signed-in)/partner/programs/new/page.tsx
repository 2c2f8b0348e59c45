import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '../../../../../../components/access-notice';
import { PageHeader } from '../../../../../../components/page-header';
import { PartnerProgramForm } from '../../../../../../components/partner-program-form';
import { PartnerFormOptionsDocument } from '../../../../../../graphql/generated/graphql';
import { Link, redirect } from '../../../../../../i18n/navigation';
import { pageLocale } from '../../../../../../i18n/page-locale';
import { queryApi } from '../../../../../../lib/apollo/server-client';
import { loadOr404 } from '../../../../../../lib/load-or-404';
import { chosenPartner, mayOpenPartner, partnerAccess, programFormOptions } from '../../access';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/partner/programs/new'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'partnerWorkspace' });
  return { title: t('newProgramTitle') };
}

/** A new program of the chosen partner (`?partner=`); it starts as a draft only its staff see. */
export default async function NewProgramPage({
  params,
  searchParams,
}: PageProps<'/[locale]/partner/programs/new'>) {
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
  const options = await programFormOptions(data.regencies.edges.map((edge) => edge.node));

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={{ pathname: '/partner', query: { partner: partnerId } }}>
          ← {t('backTo', { partner: data.partner.name })}
        </Link>
      </p>
      <PageHeader title={t('newProgramTitle')} lead={t('newProgramLead', { partner: data.partner.name })} />
      <div className="max-w-3xl rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
        <PartnerProgramForm partnerId={partnerId} options={options} />
      </div>
    </>
  );
}
