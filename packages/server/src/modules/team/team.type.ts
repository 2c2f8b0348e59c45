import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay';
import { toGlobalId } from '../../shared/global-id';
import { fromPgTimestamp } from '../../shared/time';
import { MembershipRole } from '../account/account.entity';
import { TeamEventKind } from './team.entity';
import type { Organisation } from './team.service';

registerEnumType(TeamEventKind, {
  name: 'TeamEventKind',
  description: "A change among an organisation's people.",
  valuesConfig: {
    MEMBER_INVITED: { description: 'An admin invited someone by email.' },
    INVITATION_RESENT: { description: 'An admin sent an invitation again with a new link.' },
    INVITATION_CANCELLED: { description: 'An admin cancelled an invitation.' },
    INVITATION_ACCEPTED: { description: 'The invitee accepted and became a member.' },
    ROLE_CHANGED: { description: "An admin changed a member's role." },
    MEMBER_REMOVED: { description: 'An admin removed a member.' },
  },
});

export enum OrganisationKind {
  COOPERATIVE = 'COOPERATIVE',
  PARTNER = 'PARTNER',
}
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What kind of organisation people are members of.',
  valuesConfig: {
    COOPERATIVE: { description: 'A cooperative (roles KETUA, PENGURUS, STAFF).' },
    PARTNER: { description: 'A partner institution (roles PARTNER_ADMIN, PARTNER_OFFICER).' },
  },
});

export const organisationKindOf = (organisation: Organisation) =>
  organisation.kind === 'cooperative' ? OrganisationKind.COOPERATIVE : OrganisationKind.PARTNER;

export const organisationGlobalId = (organisation: Organisation) =>
  toGlobalId(organisation.kind === 'cooperative' ? 'Cooperative' : 'Partner', organisation.id);

export interface TeamMemberRow {
  id: number;
  user_id: number;
  name: string;
  email: string;
  role: MembershipRole;
  created_at: string | Date;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'A person in an organisation, in one role (a membership).',
})
export class TeamMember extends Node {
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { description: 'Email address, the sign-in name.' })
  email!: string;

  @Field(() => MembershipRole, { description: 'Their role in the organisation.' })
  role!: MembershipRole;

  @Field(() => DateTimeISOResolver, { description: 'Since when they hold this membership.' })
  memberSince!: Date;

  @Field(() => Boolean, { description: 'Whether this is you.' })
  isViewer!: boolean;

  static fromRow(row: TeamMemberRow, viewerId: number | null): TeamMember {
    return Object.assign(new TeamMember(), {
      id: toGlobalId('TeamMember', row.id),
      name: row.name,
      email: row.email,
      role: row.role,
      memberSince: fromPgTimestamp(row.created_at),
      isViewer: row.user_id === viewerId,
    });
  }
}

export interface TeamInvitationRow {
  id: number;
  email: string;
  name: string | null;
  role: MembershipRole;
  invited_by_name: string | null;
  created_at: string | Date;
  expires_at: string | Date;
  mailed_at: string | Date | null;
  accepted_at: string | Date | null;
  cancelled_at: string | Date | null;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: "An invitation to join an organisation; seen by the organisation's admins.",
})
export class TeamInvitation extends Node {
  @Field(() => String, { description: 'The invited address.' })
  email!: string;

  @Field(() => String, { nullable: true, description: "The invitee's name as the admin wrote it." })
  name!: string | null;

  @Field(() => MembershipRole, { description: 'The role the invitee gets on accepting.' })
  role!: MembershipRole;

  @Field(() => String, { nullable: true, description: 'Who invited (null once their account is gone).' })
  invitedByName!: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { description: 'Until when its current link works.' })
  expiresAt!: Date;

  @Field(() => Boolean, { description: 'Whether its link has expired (resend it for a new one).' })
  isExpired!: boolean;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'When its current link was mailed; null when it was not (pass the link on yourself).',
  })
  mailedAt!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was accepted.' })
  acceptedAt!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was cancelled.' })
  cancelledAt!: Date | null;

  static fromRow(row: TeamInvitationRow): TeamInvitation {
    const expiresAt = fromPgTimestamp(row.expires_at);
    return Object.assign(new TeamInvitation(), {
      id: toGlobalId('TeamInvitation', row.id),
      email: row.email,
      name: row.name,
      role: row.role,
      invitedByName: row.invited_by_name,
      createdAt: fromPgTimestamp(row.created_at),
      expiresAt,
      isExpired: expiresAt.getTime() <= Date.now(),
      mailedAt: fromPgTimestamp(row.mailed_at),
      acceptedAt: fromPgTimestamp(row.accepted_at),
      cancelledAt: fromPgTimestamp(row.cancelled_at),
    });
  }
}

@ObjectType({ simpleResolvers: true, description: "One change among an organisation's people." })
export class TeamEvent {
  @Field(() => TeamEventKind, { description: 'What changed.' })
  kind!: TeamEventKind;

  @Field(() => String, { description: 'The person it concerns, by email.' })
  email!: string;

  @Field(() => MembershipRole, {
    description: 'The role given (invited, accepted, changed to) or held (removed).',
  })
  role!: MembershipRole;

  @Field(() => MembershipRole, { nullable: true, description: 'For ROLE_CHANGED: the role before.' })
  previousRole!: MembershipRole | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who made the change (null once their account is gone).',
  })
  actorName!: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When.' })
  at!: Date;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "An organisation's people: its members for everyone in it; its open invitations and the record of changes for its admins.",
})
export class Team {
  organisation!: Organisation;

  @Field(() => ID, { description: 'The cooperative or partner.' })
  organisationId!: string;

  @Field(() => OrganisationKind, { description: 'Whether it is a cooperative or a partner.' })
  organisationKind!: OrganisationKind;

  @Field(() => String, { description: 'Its name.' })
  organisationName!: string;

  @Field(() => Boolean, {
    description: 'Whether you manage its people (its ketua or partner admins; platform admins).',
  })
  isManagedByViewer!: boolean;

  @Field(() => [MembershipRole], { description: 'The roles its members may hold.' })
  roles!: MembershipRole[];

  @Field(() => MembershipRole, {
    description: 'The role that manages its people; the organisation always keeps one holder of it.',
  })
  adminRole!: MembershipRole;
}

export enum InvitationStatus {
  OPEN = 'OPEN',
  EXPIRED = 'EXPIRED',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'Where an invitation stands.',
  valuesConfig: {
    OPEN: { description: 'It can be accepted.' },
    EXPIRED: { description: 'Its link expired; an admin can resend it.' },
    ACCEPTED: { description: 'It was accepted.' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description:
    'What an invitation link offers, for the page that accepts it (anyone holding the link sees it).',
})
export class InvitationPreview {
  @Field(() => String, { description: 'The organisation that invites.' })
  organisationName!: string;

  @Field(() => OrganisationKind, { description: 'Whether it is a cooperative or a partner.' })
  organisationKind!: OrganisationKind;

  @Field(() => String, { description: 'The invited address.' })
  email!: string;

  @Field(() => String, { nullable: true, description: "The invitee's name as the admin wrote it." })
  name!: string | null;

  @Field(() => MembershipRole, { description: 'The role offered.' })
  role!: MembershipRole;

  @Field(() => String, { nullable: true, description: 'Who invited.' })
  invitedByName!: string | null;

  @Field(() => DateTimeISOResolver, { description: 'Until when the link works.' })
  expiresAt!: Date;

  @Field(() => InvitationStatus, { description: 'Whether it can still be accepted.' })
  status!: InvitationStatus;

  @Field(() => Boolean, {
    description:
      'Whether the address has an account: then its owner signs in and accepts; otherwise they create one.',
  })
  hasAccount!: boolean;
}
