import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '@/components/ui/access-notice';
import { PageHeader } from '@/components/ui/page-header';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { ApiTokenManager } from '@/features/account/api-token-manager';
import { PartnerChooser } from '@/features/partner/partner-chooser';
import { PartnerApiTokensDocument } from '@/graphql/generated/graphql';
import { Link, redirect } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { chosenPartner, partnerAccess } from '../access';

export async function generateMetadata({ params }: PageProps<'/[locale]/partner/tokens'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'apiTokens' });
  return { title: t('metaTitle') };
}

/**
 * API tokens of a partner, for its admins: the partner's own systems (loan origination,
 * procurement) call the API with them. Staff who are not admins are told who manages them.
 */
export default async function ApiTokensPage({ params, searchParams }: PageProps<'/[locale]/partner/tokens'>) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const [t, access] = await Promise.all([getTranslations('apiTokens'), partnerAccess()]);
  if (!access) return redirect({ href: '/sign-in', locale });
  const adminOf = access.partners.filter((partner) => access.adminPartnerIds.includes(partner.id));
  if (adminOf.length === 0) {
    return (
      <AccessNotice title={t('forbiddenTitle')} body={t('forbiddenBody')}>
        <Link href="/partner">{t('backToWorkspace')}</Link>
      </AccessNotice>
    );
  }
  const chosen = chosenPartner(raw.partner) ?? (adminOf.length === 1 ? adminOf[0].id : undefined);
  const partner = adminOf.find((candidate) => candidate.id === chosen);
  if (!partner) return <PartnerChooser partners={adminOf} pathname="/partner/tokens" />;
  const { apiTokens } = await queryApi({
    query: PartnerApiTokensDocument,
    variables: { partnerId: partner.id },
  });

  return (
    <>
      <PageHeader title={t('title', { partner: partner.name })} lead={t('lead')}>
        <Link href={{ pathname: '/partner', query: { partner: partner.id } }}>{t('backToWorkspace')}</Link>
      </PageHeader>
      <WorkspaceMessages namespaces={['apiTokens']}>
        <ApiTokenManager partnerId={partner.id} tokens={apiTokens} locale={locale} />
      </WorkspaceMessages>
    </>
  );
}
