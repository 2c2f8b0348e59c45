import type {
  NotificationItemFragment,
  NotificationSubjectType,
  ProposalAction,
} from '@/graphql/generated/graphql';

type Line<K extends string> = { key: K; values: Record<string, string> };
export type HeadlineKey =
  'headline.yourTurn' | 'headline.updated' | 'headline.savedSearch' | 'headline.webhookDisabled';
export type DetailKey = `action.${ProposalAction}` | 'system.EXPIRE' | 'system.other' | 'detail.actorOnly';

/**
 * Where a notification leads. Subjects are global IDs, which the detail pages take as they are.
 * A partner request has no public page of its own: its partner's list shows it.
 */
export function notificationHref(subjectType: NotificationSubjectType, subjectId: string): string {
  const id = encodeURIComponent(subjectId);
  switch (subjectType) {
    case 'PROPOSAL':
      return `/proposals/${id}`;
    case 'OFFERING':
      return `/offerings/${id}`;
    case 'PROGRAM':
      return `/programs/${id}`;
    case 'PARTNER_REQUEST':
      return '/partners';
    case 'WEBHOOK_ENDPOINT':
      return `/partner/webhooks/${id}`;
  }
}

/** A notification's two lines, as message keys and values (the bell and its tests word them). */
export function notificationLines(notification: NotificationItemFragment): {
  headline: Line<HeadlineKey>;
  detail: Line<DetailKey> | null;
} {
  const subject = notification.subjectLabel;
  const headline: Line<HeadlineKey> =
    notification.kind === 'PROPOSAL_YOUR_TURN'
      ? { key: 'headline.yourTurn', values: { subject } }
      : notification.kind === 'SAVED_SEARCH_MATCH'
        ? { key: 'headline.savedSearch', values: { subject, search: notification.savedSearchName ?? '' } }
        : notification.kind === 'WEBHOOK_ENDPOINT_DISABLED'
          ? { key: 'headline.webhookDisabled', values: { subject } }
          : { key: 'headline.updated', values: { subject } };
  const action = notification.proposalAction;
  if (!action) {
    return notification.actorName
      ? { headline, detail: { key: 'detail.actorOnly', values: { actor: notification.actorName } } }
      : { headline, detail: null };
  }
  return notification.actorName
    ? { headline, detail: { key: `action.${action}`, values: { actor: notification.actorName } } }
    : { headline, detail: { key: action === 'EXPIRE' ? 'system.EXPIRE' : 'system.other', values: {} } };
}

/** The badge text: counts above 99 are shown as "99+". */
export function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}
