import type { NotificationItemFragment, ProposalAction } from '@/graphql/generated/graphql';

type Line<K extends string> = { key: K; values: Record<string, string> };
export type HeadlineKey =
  | 'headline.yourTurn'
  | 'headline.updated'
  | 'headline.savedSearch'
  | 'headline.webhookDisabled'
  | 'headline.offeringLapsing'
  | 'headline.documentLapsing'
  | 'headline.proposalDeadline';
export type DetailKey = `action.${ProposalAction}` | 'system.EXPIRE' | 'system.other' | 'detail.actorOnly';

/**
 * Where a notification leads. Subjects are global IDs, which the detail pages take as they are. A
 * reminder of an offering or a document leads to the cooperative's workspace, where it is
 * confirmed or renewed.
 */
export function notificationHref(
  notification: Pick<NotificationItemFragment, 'kind' | 'subjectType' | 'subjectId'>,
): string {
  const { subjectType, subjectId } = notification;
  const id = encodeURIComponent(subjectId);
  if (notification.kind === 'OFFERING_LAPSING') return '/cooperative#offerings';
  switch (subjectType) {
    case 'PROPOSAL':
      return `/proposals/${id}`;
    case 'OFFERING':
      return `/offerings/${id}`;
    case 'PROGRAM':
      return `/programs/${id}`;
    case 'PARTNER_REQUEST':
      return `/requests/${id}`;
    case 'WEBHOOK_ENDPOINT':
      return `/partner/webhooks/${id}`;
    case 'COOPERATIVE_DOCUMENT':
      return '/cooperative#documents';
  }
}

/** How the bell words what a reminder needs: a document type's name, a deadline's day. */
export interface ReminderWording {
  documentLabel(type: string): string;
  dueDate(moment: string): string;
}

const REMINDER_HEADLINES: Partial<Record<NotificationItemFragment['kind'], HeadlineKey>> = {
  OFFERING_LAPSING: 'headline.offeringLapsing',
  DOCUMENT_LAPSING: 'headline.documentLapsing',
  PROPOSAL_DEADLINE: 'headline.proposalDeadline',
};

/** A notification's two lines, as message keys and values (the bell and its tests word them). */
export function notificationLines(
  notification: NotificationItemFragment,
  wording: ReminderWording,
): {
  headline: Line<HeadlineKey>;
  detail: Line<DetailKey> | null;
} {
  const subject = notification.subjectLabel;
  const reminder = REMINDER_HEADLINES[notification.kind];
  if (reminder) {
    const label = notification.kind === 'DOCUMENT_LAPSING' ? wording.documentLabel(subject) : subject;
    const due = notification.dueAt ? wording.dueDate(notification.dueAt) : '';
    return { headline: { key: reminder, values: { subject: label, due } }, detail: null };
  }
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
