import { getTranslations } from 'next-intl/server';
import { SuggestedPoolsDocument } from '@/graphql/generated/graphql';
import { queryApi } from '@/lib/apollo/server-client';
import { getViewer } from '@/lib/session';
import { SectionCard } from '@/components/ui/section-card';
import { SuggestedPools } from './suggested-pools';

/**
 * "Penawaran gabungan yang disarankan" for a request: up to three pools of cooperatives (nearest,
 * best verified, most responsive) whose monthly supply together reaches what the request wants.
 * The API gives them to any signed-in viewer; anonymous visitors cost no call and see nothing.
 */
export async function SuggestedPoolsPanel({ requestId }: { requestId: string }) {
  const viewer = await getViewer();
  if (!viewer) return null;
  let pools;
  try {
    const data = await queryApi({ query: SuggestedPoolsDocument, variables: { requestId } });
    pools = data.suggestedPools;
  } catch {
    return null;
  }
  const t = await getTranslations('matching.pools');
  return (
    <SectionCard id="suggested-pools" title={t('title')}>
      <p className="mb-3 text-sm text-stone-600">{t('intro')}</p>
      <SuggestedPools pools={pools} />
    </SectionCard>
  );
}
