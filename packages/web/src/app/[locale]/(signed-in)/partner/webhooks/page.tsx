import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '@/components/ui/access-notice';
import { PageHeader } from '@/components/ui/page-header';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { PartnerChooser } from '@/features/partner/partner-chooser';
import { WebhookEndpointManager } from '@/features/webhooks/webhook-endpoint-manager';
import { PartnerWebhookEndpointsDocument } from '@/graphql/generated/graphql';
import { Link, redirect } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { chosenPartner, partnerAccess } from '../access';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/partner/webhooks'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'webhooks' });
  return { title: t('metaTitle') };
}

/**
 * Webhook endpoints of a partner, for its admins: the partner's systems are told of proposal
 * moves and fitting offerings as they happen. Staff who are not admins are told who manages them.
 */
export default async function WebhooksPage({
  params,
  searchParams,
}: PageProps<'/[locale]/partner/webhooks'>) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const [t, access] = await Promise.all([getTranslations('webhooks'), partnerAccess()]);
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
  if (!partner) return <PartnerChooser partners={adminOf} pathname="/partner/webhooks" />;
  const { webhookEndpoints } = await queryApi({
    query: PartnerWebhookEndpointsDocument,
    variables: { partnerId: partner.id },
  });

  return (
    <>
      <PageHeader title={t('title', { partner: partner.name })} lead={t('lead')}>
        <Link href={{ pathname: '/partner', query: { partner: partner.id } }}>{t('backToWorkspace')}</Link>
      </PageHeader>
      <WorkspaceMessages namespaces={['webhooks']}>
        <WebhookEndpointManager partnerId={partner.id} endpoints={webhookEndpoints} locale={locale} />
      </WorkspaceMessages>
    </>
  );
}
