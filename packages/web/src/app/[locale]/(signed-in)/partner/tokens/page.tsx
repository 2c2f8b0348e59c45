import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { ApiTokenManager } from '@/features/account/api-token-manager';
import { PartnerApiTokensDocument } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { adminPartnerOf } from '../admin-partner';

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
  const t = await getTranslations('apiTokens');
  const chosen = await adminPartnerOf({
    locale,
    partnerParam: raw.partner,
    pathname: '/partner/tokens',
    notice: { title: t('forbiddenTitle'), body: t('forbiddenBody'), back: t('backToWorkspace') },
  });
  if (!('partner' in chosen)) return chosen.instead;
  const { partner } = chosen;
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
