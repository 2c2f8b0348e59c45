import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '@/components/ui/access-notice';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { EndpointState } from '@/features/webhooks/webhook-endpoint-manager';
import { WebhookDeliveryLog } from '@/features/webhooks/webhook-delivery-log';
import { WebhookDeliveryLogDocument } from '@/graphql/generated/graphql';
import { Link, redirect } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { parsePageRequest } from '@/lib/search-params';
import { partnerAccess } from '../../access';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/partner/webhooks/[id]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'webhooks' });
  return { title: t('logTitle') };
}

/** One endpoint's delivery log, for its partner's admins, a page of deliveries at a time. */
export default async function WebhookDeliveryLogPage({
  params,
  searchParams,
}: PageProps<'/[locale]/partner/webhooks/[id]'>) {
  const locale = await pageLocale(params);
  const { id: rawId } = await params;
  const endpointId = decodeURIComponent(rawId);
  const page = parsePageRequest(await searchParams);
  const [t, access] = await Promise.all([getTranslations('webhooks'), partnerAccess()]);
  if (!access) return redirect({ href: '/sign-in', locale });
  const notFound = (
    <AccessNotice title={t('notFoundTitle')} body={t('notFoundBody')}>
      <Link href="/partner/webhooks">{t('backToList')}</Link>
    </AccessNotice>
  );
  if (access.adminPartnerIds.length === 0 || !/^[A-Za-z0-9_-]{1,200}$/.test(endpointId)) return notFound;
  const { node, webhookDeliveries } = await queryApi({
    query: WebhookDeliveryLogDocument,
    variables: { endpointId, ...page },
  });
  if (node?.__typename !== 'WebhookEndpoint') return notFound;

  return (
    <>
      <PageHeader title={t('logTitle')} lead={t('logLead')}>
        <Link href="/partner/webhooks">{t('backToList')}</Link>
      </PageHeader>
      <p className="mb-4 flex flex-wrap items-center gap-2">
        <span className="font-mono text-sm font-semibold break-all">{node.url}</span>
        <EndpointState endpoint={node} locale={locale} />
      </p>
      <WorkspaceMessages namespaces={['webhooks']}>
        <WebhookDeliveryLog deliveries={webhookDeliveries.edges.map((edge) => edge.node)} locale={locale} />
      </WorkspaceMessages>
      <Pagination
        pathname={`/partner/webhooks/${encodeURIComponent(endpointId)}`}
        query={{}}
        pageInfo={webhookDeliveries.pageInfo}
        current={page}
      />
    </>
  );
}
