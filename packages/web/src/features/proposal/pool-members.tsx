import { useLocale, useTranslations } from 'next-intl';
import { Fragment, type ReactNode } from 'react';
import type { PoolShareStatus, ProposalPoolFieldsFragment, QuantityUnit } from '@/graphql/generated/graphql';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Link } from '@/i18n/navigation';
import { formatDateTime, formatDecimal, formatIdr, formatLocalDate, type NumberLocale } from '@/lib/format';

type Member = ProposalPoolFieldsFragment['members'][number];

const SHARE_TONE: Record<PoolShareStatus, BadgeTone> = {
  INVITED: 'progress',
  APPROVED: 'positive',
  WITHDRAWN: 'neutral',
};

export function PoolShareStatusBadge({ status }: { status: PoolShareStatus }) {
  const t = useTranslations('proposal.pool.status');
  return <Badge tone={SHARE_TONE[status]}>{t(status)}</Badge>;
}

export interface PoolMembersProps {
  pool: ProposalPoolFieldsFragment;
  /** What the request asks a month (`Proposal.request`), when the viewer may see the request. */
  target: { quantity: string; quantityUnit: QuantityUnit } | null;
  /**
   * The viewer's answer on their own share (approve, withdraw), shown at the member marked
   * `isViewersShare`; after the members when none is (the API decides whose share it is).
   */
  viewerShareActions?: ReactNode;
}

/**
 * A pooled offer's members: the target against what the shares add up to, then each member with
 * its share, its own price and delivery window (when it has them) and its board's answer, and the
 * viewer's own share marked with their answer on it. A table from tablet width; on a phone each
 * member is a small card, as the suggested pools are.
 */
export function PoolMembers({ pool, target, viewerShareActions }: PoolMembersProps) {
  const t = useTranslations('proposal.pool');
  const enums = useTranslations('enums');
  const locale = useLocale() as NumberLocale;
  const perMonth = (quantity: string, unit: QuantityUnit) =>
    t('perMonth', { quantity: formatDecimal(quantity, locale), unit: enums(`quantityUnit.${unit}`) });
  const ownPrice = (member: Member) =>
    member.pricePerUnit
      ? t('pricePerUnit', {
          price: formatIdr(member.pricePerUnit.amount),
          unit: enums(`quantityUnit.${member.quantityUnit}`),
        })
      : t('termsPrice');
  const window = (member: Member) =>
    member.deliveryFrom || member.deliveryUntil
      ? t('window', {
          from: member.deliveryFrom ? formatLocalDate(member.deliveryFrom, locale) : '…',
          until: member.deliveryUntil ? formatLocalDate(member.deliveryUntil, locale) : '…',
        })
      : t('termsWindow');
  const decided = (member: Member) =>
    member.decidedAt ? (
      <time dateTime={member.decidedAt}>{formatDateTime(member.decidedAt, locale)}</time>
    ) : (
      t('notDecided')
    );
  const name = (member: Member) =>
    member.cooperative ? (
      <Link href={`/cooperatives/${encodeURIComponent(member.cooperative.id)}`}>
        {member.cooperative.name}
      </Link>
    ) : (
      t('hiddenCooperative')
    );
  const offering = (member: Member) =>
    member.offering ? (
      <Link href={`/offerings/${encodeURIComponent(member.offering.id)}`}>{member.offering.title}</Link>
    ) : (
      t('hiddenOffering')
    );
  const ownShareMarked = pool.members.some((member) => member.isViewersShare);
  const yours = (member: Member) =>
    member.isViewersShare ? <Badge tone="progress">{t('viewersShare')}</Badge> : null;
  const approved = pool.members.filter((member) => member.status === 'APPROVED').length;
  const active = pool.members.filter((member) => member.status !== 'WITHDRAWN').length;

  return (
    <div className="space-y-3" data-testid="pool-members" data-committed={pool.committed}>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        {target ? (
          <div>
            <dt className="inline text-stone-600">{t('target')}: </dt>
            <dd className="inline font-medium tabular-nums" data-testid="pool-target">
              {perMonth(target.quantity, target.quantityUnit)}
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="inline text-stone-600">{t('committed')}: </dt>
          <dd className="inline font-semibold tabular-nums" data-testid="pool-committed">
            {perMonth(pool.committed, pool.quantityUnit)}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="inline text-stone-600">{t('approvals')}: </dt>
          <dd className="inline" data-testid="pool-approvals">
            {pool.isFullyApproved ? t('fullyApproved') : t('approvedCount', { approved, total: active })}
          </dd>
        </div>
      </dl>

      {/* On a phone: one small card per member. */}
      <ol className="space-y-2 md:hidden" aria-label={t('caption')}>
        {pool.members.map((member, index) => (
          <li
            key={member.cooperative?.id ?? index}
            className="rounded-md bg-stone-50 p-3 text-sm"
            data-testid="pool-member"
            data-status={member.status}
            data-viewers-share={member.isViewersShare}
          >
            <div className="flex flex-wrap items-center gap-1.5">
              <span className="font-semibold break-words">{name(member)}</span>
              {member.isLead ? <Badge tone="brand">{t('lead')}</Badge> : null}
              {yours(member)}
              <PoolShareStatusBadge status={member.status} />
            </div>
            <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1.5">
              <div className="col-span-2 min-w-0">
                <dt className="text-xs text-stone-600">{t('column.offering')}</dt>
                <dd className="break-words">{offering(member)}</dd>
              </div>
              <div>
                <dt className="text-xs text-stone-600">{t('column.quantity')}</dt>
                <dd className="font-medium tabular-nums">{perMonth(member.quantity, member.quantityUnit)}</dd>
              </div>
              <div>
                <dt className="text-xs text-stone-600">{t('column.price')}</dt>
                <dd className="tabular-nums">{ownPrice(member)}</dd>
              </div>
              <div>
                <dt className="text-xs text-stone-600">{t('column.window')}</dt>
                <dd>{window(member)}</dd>
              </div>
              <div>
                <dt className="text-xs text-stone-600">{t('column.decidedAt')}</dt>
                <dd>{decided(member)}</dd>
              </div>
            </dl>
            {member.isViewersShare && viewerShareActions ? (
              <div className="mt-3 border-t border-stone-200 pt-3">{viewerShareActions}</div>
            ) : null}
          </li>
        ))}
      </ol>

      <div className="hidden overflow-x-auto md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-2 py-2 font-semibold">
                {t('column.cooperative')}
              </th>
              <th scope="col" className="px-2 py-2 text-right font-semibold">
                {t('column.quantity')}
              </th>
              <th scope="col" className="px-2 py-2 font-semibold">
                {t('column.price')}
              </th>
              <th scope="col" className="px-2 py-2 font-semibold">
                {t('column.window')}
              </th>
              <th scope="col" className="px-2 py-2 font-semibold">
                {t('column.status')}
              </th>
              <th scope="col" className="px-2 py-2 font-semibold">
                {t('column.decidedAt')}
              </th>
            </tr>
          </thead>
          <tbody>
            {pool.members.map((member, index) => (
              <Fragment key={member.cooperative?.id ?? index}>
                <tr
                  className={`border-t border-stone-200 align-top ${member.isViewersShare ? 'bg-amber-50' : ''}`}
                  data-testid="pool-member-row"
                  data-status={member.status}
                  data-viewers-share={member.isViewersShare}
                >
                  <th scope="row" className="min-w-48 px-2 py-2 font-medium">
                    {name(member)}
                    {member.isLead ? (
                      <span className="ml-1.5">
                        <Badge tone="brand">{t('lead')}</Badge>
                      </span>
                    ) : null}
                    {member.isViewersShare ? <span className="ml-1.5">{yours(member)}</span> : null}
                    <span className="mt-1 block text-xs font-normal">{offering(member)}</span>
                  </th>
                  <td className="px-2 py-2 text-right whitespace-nowrap tabular-nums">
                    {perMonth(member.quantity, member.quantityUnit)}
                  </td>
                  <td className="px-2 py-2 tabular-nums">{ownPrice(member)}</td>
                  <td className="px-2 py-2">{window(member)}</td>
                  <td className="px-2 py-2">
                    <PoolShareStatusBadge status={member.status} />
                  </td>
                  <td className="px-2 py-2">{decided(member)}</td>
                </tr>
                {member.isViewersShare && viewerShareActions ? (
                  <tr className="bg-amber-50">
                    <td colSpan={6} className="px-2 pb-3">
                      {viewerShareActions}
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {!ownShareMarked && viewerShareActions ? viewerShareActions : null}
    </div>
  );
}
