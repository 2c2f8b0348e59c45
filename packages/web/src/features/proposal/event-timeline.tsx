import { useLocale, useTranslations } from 'next-intl';
import type { ProposalDetailQuery } from '@/graphql/generated/graphql';
import { formatDateTime } from '@/lib/format';

type TimelineEvent = NonNullable<ProposalDetailQuery['proposal']>['events']['edges'][number]['node'];

/** The audit trail, oldest first: who did what in which capacity, the status it led to, when. */
export function EventTimeline({ events }: { events: readonly TimelineEvent[] }) {
  const t = useTranslations('proposal.timeline');
  const enums = useTranslations('proposal.enums');
  const locale = useLocale();
  if (events.length === 0) return <p className="text-stone-600">{t('empty')}</p>;
  return (
    <ol className="relative space-y-4 border-l-2 border-stone-200 pl-4" aria-label={t('title')}>
      {events.map((event, index) => (
        <li key={`${event.occurredAt}-${index}`} className="relative">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[1.4rem] h-3 w-3 rounded-full border-2 border-white bg-brand-600"
          />
          <p className="font-medium text-stone-900">
            {event.poolMember
              ? t('poolMemberAction', {
                  action: enums(`action.${event.action}`),
                  member: event.poolMember.name,
                })
              : enums(`action.${event.action}`)}
          </p>
          <p className="text-sm text-stone-700">
            {event.actorName
              ? t('byPerson', { name: event.actorName, actor: enums(`actor.${event.actor}`) })
              : enums(`actor.${event.actor}`)}
            {' · '}
            <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, locale)}</time>
          </p>
          <p className="text-sm text-stone-600">
            {event.fromStatus
              ? t('statusChange', {
                  from: enums(`status.${event.fromStatus}`),
                  to: enums(`status.${event.toStatus}`),
                })
              : t('statusNew', { to: enums(`status.${event.toStatus}`) })}
            {event.termsVersion ? ` · ${t('termsVersion', { version: event.termsVersion })}` : ''}
          </p>
          {event.note ? (
            <p className="mt-1 rounded-md bg-stone-100 p-2 text-sm whitespace-pre-line break-words text-stone-800">
              {event.note}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
