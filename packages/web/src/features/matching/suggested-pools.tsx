import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { PoolBasis, PoolProximity, SuggestedPoolFieldsFragment } from '@/graphql/generated/graphql';
import { Badge } from '@/components/ui/badge';
import { VerificationBadge } from '@/components/ui/status-badges';
import { Link } from '@/i18n/navigation';
import { formatCount, formatDecimal, formatDuration, type NumberLocale } from '@/lib/format';
import { placeOf } from '@/features/region/places';

type Pool = SuggestedPoolFieldsFragment;
type Member = Pool['members'][number];

/**
 * The values of PoolBasis and PoolProximity in the order the API gives them (codegen emits enums
 * as string unions, which have no runtime list); a jest spec compares them with schema.graphql.
 */
export const POOL_BASES = [
  'NEAREST',
  'BEST_VERIFIED',
  'MOST_RESPONSIVE',
] as const satisfies readonly PoolBasis[];
export const POOL_PROXIMITIES = [
  'IN_DELIVERY_REGION',
  'SAME_REGENCY',
  'SAME_PROVINCE',
] as const satisfies readonly PoolProximity[];

/** What a viewer can do with a suggested pool (offer it), by its basis; none when absent. */
export type PoolActions = Partial<Record<PoolBasis, ReactNode>>;

/**
 * What the pools gather around: a request's delivery region, or the region the viewer chose for a
 * program (which has no delivery region of its own).
 */
export type PoolAnchor = 'delivery' | 'chosen';

/**
 * The suggested pools of a request, one card each, or why there are none: no pool of the
 * province's cooperatives reaches the quantity, or the request is no longer open (the API answers
 * both with an empty list).
 */
export function SuggestedPools({
  pools,
  actions = {},
  anchor = 'delivery',
}: {
  pools: readonly Pool[];
  actions?: PoolActions;
  anchor?: PoolAnchor;
}) {
  const t = useTranslations('matching.pools');
  if (pools.length === 0) {
    return (
      <p className="text-stone-600" data-testid="suggested-pools-empty">
        {anchor === 'chosen' ? t('chosenRegion.empty') : t('empty')}
      </p>
    );
  }
  return (
    <ul className="space-y-4" aria-label={t('listLabel')} data-testid="suggested-pools">
      {pools.map((pool) => (
        <li key={pool.basis}>
          <SuggestedPoolCard pool={pool} action={actions[pool.basis]} anchor={anchor} />
        </li>
      ))}
    </ul>
  );
}

/**
 * One suggested pool: what it puts first, what its members supply together against what the
 * request wants, and the members. A table from tablet width; on a phone, where its six columns
 * would not fit, each member is a small card.
 */
export function SuggestedPoolCard({
  pool,
  action,
  anchor = 'delivery',
}: {
  pool: Pool;
  action?: ReactNode;
  anchor?: PoolAnchor;
}) {
  const t = useTranslations('matching.pools');
  const matching = useTranslations('matching');
  const enums = useTranslations('enums');
  const locale = useLocale() as NumberLocale;
  const unit = enums(`quantityUnit.${pool.unit}`);
  const headingId = `suggested-pool-${pool.basis}`;
  const basis = t(`basis.${pool.basis}`);
  const quantity = (value: string) => t('quantity', { quantity: formatDecimal(value, locale), unit });
  const share = (member: Member) => t('share', { percent: formatCount(member.sharePercent, locale) });
  const proximity = (member: Member) =>
    anchor === 'chosen' && member.proximity === 'IN_DELIVERY_REGION'
      ? t('chosenRegion.inRegion')
      : t(`proximity.${member.proximity}`);
  const basisHint =
    anchor === 'chosen' && pool.basis === 'NEAREST'
      ? t('chosenRegion.nearestHint')
      : t(`basisHint.${pool.basis}`);
  const response = (member: Member) =>
    member.medianResponseSeconds === null
      ? t('responseNone')
      : t('response', { duration: formatDuration(member.medianResponseSeconds, locale) });

  return (
    <article
      aria-labelledby={headingId}
      className="rounded-md border border-stone-200 p-3 sm:p-4"
      data-testid="suggested-pool"
      data-basis={pool.basis}
      data-total={pool.total}
      data-target={pool.target}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="font-semibold text-stone-900">
          {basis}
        </h3>
        <Badge tone="muted">{t('memberCount', { count: pool.members.length })}</Badge>
      </div>
      <p className="mt-1 text-sm text-stone-600">{basisHint}</p>
      <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline text-stone-600">{t('total')}: </dt>
          <dd className="inline font-semibold tabular-nums" data-testid="pool-total">
            {t('perMonth', { quantity: formatDecimal(pool.total, locale), unit })}
          </dd>
        </div>
        <div>
          <dt className="inline text-stone-600">{t('target')}: </dt>
          <dd className="inline font-medium tabular-nums" data-testid="pool-target">
            {t('perMonth', { quantity: formatDecimal(pool.target, locale), unit })}
          </dd>
        </div>
      </dl>
      {pool.members.length === 1 ? <p className="mt-1 text-sm text-stone-700">{t('singleMember')}</p> : null}

      {/* On a phone: one small card per member. */}
      <ol className="mt-3 space-y-2 md:hidden" aria-label={t('membersCaption', { basis })}>
        {pool.members.map((member) => (
          <li
            key={member.cooperative.id}
            className="rounded-md bg-stone-50 p-3 text-sm"
            data-testid="pool-member"
          >
            <Link
              className="font-semibold break-words"
              href={`/cooperatives/${encodeURIComponent(member.cooperative.id)}`}
            >
              {member.cooperative.name}
            </Link>
            <p className="text-stone-600">{placeOf(member.cooperative.village, 2)}</p>
            <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1.5">
              <div className="col-span-2 min-w-0">
                <dt className="text-xs text-stone-600">{t('column.offering')}</dt>
                <dd className="break-words">
                  <Link href={`/offerings/${encodeURIComponent(member.offering.id)}`}>
                    {member.offering.title}
                  </Link>
                </dd>
              </div>
              <div>
                <dt className="text-xs text-stone-600">{t('column.quantity')}</dt>
                <dd className="font-medium tabular-nums">{quantity(member.quantityPerMonth)}</dd>
              </div>
              <div>
                <dt className="text-xs text-stone-600">{t('column.share')}</dt>
                <dd className="font-medium tabular-nums">{share(member)}</dd>
              </div>
              <div>
                <dt className="text-xs text-stone-600">{t('column.proximity')}</dt>
                <dd>{proximity(member)}</dd>
              </div>
              <div>
                <dt className="text-xs text-stone-600">{t('column.response')}</dt>
                <dd>{response(member)}</dd>
              </div>
              <div className="col-span-2">
                <dt className="text-xs text-stone-600">{t('column.verification')}</dt>
                <dd>
                  <VerificationBadge level={member.verificationLevel} />
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>

      <div className="mt-3 hidden overflow-x-auto md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('membersCaption', { basis })}</caption>
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-2 py-2 font-semibold">
                {t('column.cooperative')}
              </th>
              <th scope="col" className="px-2 py-2 text-right font-semibold">
                {t('column.quantity')}
              </th>
              <th scope="col" className="px-2 py-2 text-right font-semibold">
                {t('column.share')}
              </th>
              <th scope="col" className="px-2 py-2 font-semibold">
                {t('column.proximity')}
              </th>
              <th scope="col" className="px-2 py-2 font-semibold">
                {t('column.verification')}
              </th>
              <th scope="col" className="px-2 py-2 font-semibold">
                {t('column.response')}
              </th>
            </tr>
          </thead>
          <tbody>
            {pool.members.map((member) => (
              <tr key={member.cooperative.id} className="border-t border-stone-200 align-top">
                <th scope="row" className="min-w-48 px-2 py-2 font-medium">
                  <Link href={`/cooperatives/${encodeURIComponent(member.cooperative.id)}`}>
                    {member.cooperative.name}
                  </Link>
                  <span className="block text-xs font-normal text-stone-600">
                    {placeOf(member.cooperative.village, 2)}
                  </span>
                  <Link
                    className="mt-1 block text-xs font-normal"
                    href={`/offerings/${encodeURIComponent(member.offering.id)}`}
                  >
                    {matching('viaOffering', { title: member.offering.title })}
                  </Link>
                </th>
                <td className="px-2 py-2 text-right whitespace-nowrap tabular-nums">
                  {quantity(member.quantityPerMonth)}
                </td>
                <td className="px-2 py-2 text-right whitespace-nowrap tabular-nums">{share(member)}</td>
                <td className="px-2 py-2">{proximity(member)}</td>
                <td className="px-2 py-2">
                  <VerificationBadge level={member.verificationLevel} />
                </td>
                <td className="px-2 py-2">{response(member)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {action ? <div className="mt-3">{action}</div> : null}
    </article>
  );
}
