import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { LINK_BUTTON_CLASSES } from '@/components/ui/form-controls';
import { PageHeader } from '@/components/ui/page-header';
import { SectionCard } from '@/components/ui/section-card';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { SuggestedPools, type PoolActions } from '@/features/matching/suggested-pools';
import { PoolOfferForm } from '@/features/proposal/pool-offer-form';
import { poolLeadsOf } from '@/features/proposal/pool-leads';
import { PoolOfferPageDocument } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { formatDecimal, formatIdr, type NumberLocale } from '@/lib/format';
import { loadOr404 } from '@/lib/load-or-404';
import { getViewer } from '@/lib/session';

type Props = PageProps<'/[locale]/requests/[id]/pools'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'proposal.poolOffer' });
  return { title: t('metaTitle'), robots: { index: false } };
}

const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

/**
 * A buyer's request and its suggested pools, for building a pooled offer: a board (KETUA/PENGURUS)
 * of a member, or a mentor of one, picks a pool ("?pool=NEAREST") and gets the form to offer it,
 * with the members it may lead for. Anyone else signed in sees the suggestions only.
 */
export default async function PoolOfferPage({ params, searchParams }: Props) {
  const locale = (await pageLocale(params)) as NumberLocale;
  const { id } = await params;
  const chosen = (await searchParams).pool;
  const [t, suggestions, enums, viewer] = await Promise.all([
    getTranslations('proposal.poolOffer'),
    getTranslations('matching.pools'),
    getTranslations('enums'),
    getViewer(),
  ]);
  const data = await loadOr404(async () => {
    const result = await queryApi({
      query: PoolOfferPageDocument,
      variables: { requestId: decodeURIComponent(id) },
    });
    return result.request ? { ...result, request: result.request } : null;
  });
  const { request, suggestedPools: pools } = data;

  const { boards, leadsOf } = poolLeadsOf(viewer, data.viewer);

  const isOpen = request.status === 'OPEN';
  const actions: PoolActions = {};
  for (const pool of pools) {
    if (!isOpen || leadsOf(pool).length === 0) continue;
    actions[pool.basis] = (
      <Link
        href={{
          pathname: `/requests/${encodeURIComponent(request.id)}/pools`,
          query: { pool: pool.basis },
          hash: 'pool-offer',
        }}
        className={LINK_BUTTON_CLASSES.primary}
        aria-label={t('offerThisLabel', { basis: suggestions(`basis.${pool.basis}`) })}
      >
        {t('offerThis')}
      </Link>
    );
  }
  const selected = isOpen ? pools.find((pool) => pool.basis === chosen) : undefined;
  const leads = selected ? leadsOf(selected) : [];
  const unit = enums(`quantityUnit.${request.quantityUnit}`);

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="max-w-4xl space-y-6">
        <SectionCard id="pool-request" title={request.title}>
          <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2" data-testid="pool-request">
            <div>
              <dt className="text-stone-600">{t('request.partner')}</dt>
              <dd className="font-medium">{request.partner.name}</dd>
            </div>
            <div>
              <dt className="text-stone-600">{t('request.commodity')}</dt>
              <dd className="font-medium">{enums(`commodity.${request.commodity}`)}</dd>
            </div>
            <div>
              <dt className="text-stone-600">{t('request.quantity')}</dt>
              <dd className="font-medium tabular-nums">
                {t('perMonth', { quantity: formatDecimal(request.quantity, locale), unit })}
              </dd>
            </div>
            <div>
              <dt className="text-stone-600">{t('request.delivery')}</dt>
              <dd className="font-medium">{request.deliveryRegion.name}</dd>
            </div>
            {request.priceHint ? (
              <div>
                <dt className="text-stone-600">{t('request.priceHint')}</dt>
                <dd className="font-medium tabular-nums">{formatIdr(request.priceHint.amount)}</dd>
              </div>
            ) : null}
            <div>
              <dt className="text-stone-600">{t('request.status')}</dt>
              <dd>
                <Badge tone={isOpen ? 'positive' : 'neutral'}>
                  {t(`request.statusValue.${request.status}`)}
                </Badge>
              </dd>
            </div>
          </dl>
        </SectionCard>

        {chosen && !selected && isOpen ? (
          <p role="status" className="rounded-md border border-stone-200 bg-white p-4 text-stone-700">
            {t('poolGone')}
          </p>
        ) : null}

        {selected && leads.length > 0 ? (
          <SectionCard
            id="pool-offer"
            title={t('formTitle', { basis: suggestions(`basis.${selected.basis}`) })}
          >
            <WorkspaceMessages namespaces={['proposal', 'workspace', 'enums']}>
              <PoolOfferForm
                key={selected.basis}
                answers={{ requestId: request.id }}
                partnerId={request.partner.id}
                target={selected.target}
                unit={selected.unit}
                members={selected.members.map((member) => ({
                  cooperativeId: member.cooperative.id,
                  cooperativeName: member.cooperative.name,
                  offeringId: member.offering.id,
                  offeringTitle: member.offering.title,
                  quantityPerMonth: member.quantityPerMonth,
                }))}
                leadIds={leads}
                boardIds={leads.filter((leadId) => boards.has(leadId))}
                defaultTitle={clip(t('defaultTitle', { title: request.title }))}
                defaultPrice={request.priceHint?.amount ?? null}
              />
            </WorkspaceMessages>
          </SectionCard>
        ) : null}

        <SectionCard id="suggested-pools" title={t('poolsTitle')}>
          <p className="mb-3 text-sm text-stone-600">{t('poolsIntro')}</p>
          {isOpen && pools.length > 0 && Object.keys(actions).length === 0 ? (
            <p className="mb-3 text-sm text-stone-700" data-testid="pool-offer-who">
              {t('whoMayOffer')}
            </p>
          ) : null}
          <SuggestedPools pools={pools} actions={actions} />
        </SectionCard>

        <p className="text-sm">
          <Link href="/partners">{t('backToPartners')}</Link>
        </p>
      </div>
    </>
  );
}
