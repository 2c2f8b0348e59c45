import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay';
import { toGlobalId, type NodeTypeName } from '../../shared/global-id';
import { fromPgTimestamp } from '../../shared/time';
import { ProposalAction } from '../proposal/proposal.entity';
import { NotificationKind, NotificationSubjectType } from './notification.entity';
import type { NotificationRow } from './notification.bus';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'Why you are notified.',
  valuesConfig: {
    PROPOSAL_YOUR_TURN: { description: "A move on a proposal made it your organisation's turn to act." },
    PROPOSAL_UPDATED: {
      description:
        'Something you should know happened to a proposal you take part in (accepted, declined, withdrawn, expired, a message…).',
    },
    SAVED_SEARCH_MATCH: { description: 'A new or updated listing matches one of your saved searches.' },
    WEBHOOK_ENDPOINT_DISABLED: {
      description:
        'A webhook endpoint of your partner failed for days and was disabled; it sends nothing until re-enabled.',
    },
    OFFERING_LAPSING: {
      description:
        'A published offering of your cooperative expires at `dueAt` unless it is confirmed still valid.',
    },
    DOCUMENT_LAPSING: {
      description:
        'A document of your cooperative lapses at `dueAt` (the subject label is its DocumentType).',
    },
    PROPOSAL_DEADLINE: {
      description: "A proposal on your organisation's turn expires at `dueAt` unless you act.",
    },
  },
});
registerEnumType(NotificationSubjectType, {
  name: 'NotificationSubjectType',
  description: 'What a notification links to.',
  valuesConfig: {
    PROPOSAL: { description: 'A proposal.' },
    OFFERING: { description: "A cooperative's offering." },
    PARTNER_REQUEST: { description: "A partner's request." },
    PROGRAM: { description: "A partner's program." },
    WEBHOOK_ENDPOINT: { description: "A webhook endpoint of the recipient's partner." },
    COOPERATIVE_DOCUMENT: { description: "A document of the recipient's cooperative." },
  },
});

const SUBJECT_NODE_TYPE: Record<NotificationSubjectType, NodeTypeName> = {
  [NotificationSubjectType.PROPOSAL]: 'Proposal',
  [NotificationSubjectType.OFFERING]: 'Offering',
  [NotificationSubjectType.PARTNER_REQUEST]: 'PartnerRequest',
  [NotificationSubjectType.PROGRAM]: 'Program',
  [NotificationSubjectType.WEBHOOK_ENDPOINT]: 'WebhookEndpoint',
  [NotificationSubjectType.COOPERATIVE_DOCUMENT]: 'CooperativeDocument',
};

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    'Something you should see: structured facts (kind, subject, who acted) that the client words in your language. Only you can read your notifications.',
})
export class Notification extends Node {
  dbId!: number;

  @Field(() => NotificationKind, { description: 'Why you are notified.' })
  kind!: NotificationKind;

  @Field(() => NotificationSubjectType, { description: 'The type of object the notification links to.' })
  subjectType!: NotificationSubjectType;

  @Field(() => ID, {
    description:
      'Global ID of the object the notification links to (a Proposal, Offering, PartnerRequest or Program); fetch it with `node` or its typed query.',
  })
  subjectId!: string;

  @Field(() => String, { description: "The subject's title or name when the notification was made." })
  subjectLabel!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The organisation (or mentor) who acted; null for the system (expiry) and saved-search matches.',
  })
  actorName!: string | null;

  @Field(() => ProposalAction, {
    nullable: true,
    description: 'For proposal notifications: what happened (COUNTER, ACCEPT, SEND_MESSAGE, EXPIRE…).',
  })
  proposalAction!: ProposalAction | null;

  @Field(() => String, {
    nullable: true,
    description: 'For SAVED_SEARCH_MATCH: the name of the saved search that matched.',
  })
  savedSearchName!: string | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'For reminders (OFFERING_LAPSING, DOCUMENT_LAPSING, PROPOSAL_DEADLINE): the deadline.',
  })
  dueAt!: Date | null;

  @Field(() => DateTimeISOResolver, { description: 'When it was made.' })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'When you marked it read; null while unread.',
  })
  readAt!: Date | null;

  @Field(() => Boolean, { description: 'You have marked it read.' })
  isRead!: boolean;

  static fromRow(row: NotificationRow): Notification {
    const subjectType = row.subject_type as NotificationSubjectType;
    const readAt = row.read_at === null ? null : fromPgTimestamp(row.read_at);
    return Object.assign(new Notification(), {
      id: toGlobalId('Notification', row.id),
      dbId: row.id,
      kind: row.kind as NotificationKind,
      subjectType,
      subjectId: toGlobalId(SUBJECT_NODE_TYPE[subjectType], row.subject_id),
      subjectLabel: row.subject_label,
      actorName: row.actor_name,
      proposalAction: row.proposal_action as ProposalAction | null,
      savedSearchName: row.saved_search_name,
      dueAt: fromPgTimestamp(row.due_at),
      createdAt: fromPgTimestamp(row.created_at),
      readAt,
      isRead: readAt !== null,
    });
  }
}
