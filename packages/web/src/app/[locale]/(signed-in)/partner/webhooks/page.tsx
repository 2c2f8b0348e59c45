import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { WebhookEndpointManager } from '@/features/webhooks/webhook-endpoint-manager';
import { PartnerWebhookEndpointsDocument } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { adminPartnerOf } from '../admin-partner';

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
  const t = await getTranslations('webhooks');
  const chosen = await adminPartnerOf({
    locale,
    partnerParam: raw.partner,
    pathname: '/partner/webhooks',
    notice: { title: t('forbiddenTitle'), body: t('forbiddenBody'), back: t('backToWorkspace') },
  });
  if (!('partner' in chosen)) return chosen.instead;
  const { partner } = chosen;
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
