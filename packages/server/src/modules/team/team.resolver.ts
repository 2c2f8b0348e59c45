import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Allow, Public } from '../../graphql/access';
import { badUserInput } from '../../graphql/errors';
import { ModuleErrorsField, mutate, readBack } from '../../graphql/payload';
import { ModuleErrorType, UserError } from '../../graphql/user-error';
import type { Context } from '../../request-context';
import { BadInputError } from '../../shared/domain-error';
import { decodeIdOf, fromGlobalId, toGlobalId } from '../../shared/global-id';
import {
  AcceptTeamInvitationInput,
  ChangeTeamMemberRoleInput,
  InviteTeamMemberInput,
  RemoveTeamMemberInput,
  TeamInvitationInput,
} from './team.input';
import { TEAM_OWN_CODES } from './team.errors';
import { PASSWORD_POLICY_CODES } from '../account/account.errors';
import {
  eventsOf,
  invitationPreview,
  membersOf,
  openInvitationsOf,
  teamInvitationById,
  teamMemberById,
  teamOf,
} from './team.reads';
import {
  acceptInvitation,
  cancelInvitation,
  changeMemberRole,
  invitationUrl,
  inviteMember,
  mailInvitation,
  removeMember,
  resendInvitation,
  INVITATION_VALID_DAYS,
  type IssuedInvitation,
  type Organisation,
} from './team.service';
import {
  InvitationPreview,
  OrganisationKind,
  organisationGlobalId,
  organisationKindOf,
  Team,
  TeamEvent,
  TeamInvitation,
  TeamMember,
} from './team.type';

/**
 * `TeamError` with `TeamErrorCode`: the payloads' `errors`, with the team's own codes and the
 * password policy's (accepting an invitation as a new account sets a password).
 */
const TeamError = ModuleErrorType('Team', TEAM_OWN_CODES, PASSWORD_POLICY_CODES);

/** A cooperative or partner named by its global ID. */
function organisationFromId(id: string): Organisation {
  const { type, key } = fromGlobalId(id);
  if (type === 'Cooperative') return { kind: 'cooperative', id: key as number };
  if (type === 'Partner') return { kind: 'partner', id: key as number };
  throw new BadInputError(`Expected a Cooperative or Partner ID, but "${id}" is a ${type} ID.`);
}

@ObjectType({ simpleResolvers: true, description: 'Result of inviteTeamMember and resendTeamInvitation.' })
class IssueTeamInvitationPayload {
  @Field(() => TeamInvitation, { nullable: true, description: 'The invitation; null when refused.' })
  invitation!: TeamInvitation | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The link that lets the invitee in, given once: it was mailed to them (see isMailed); pass it on yourself too if you like (e.g. by WhatsApp). A resend makes a new link and voids this one.',
  })
  invitationUrl!: string | null;

  @Field(() => Boolean, { description: 'Whether the link was mailed to the invitee.' })
  isMailed!: boolean;

  @Field(() => [UserError], { description: 'Why the mutation was refused; empty when it succeeded.' })
  userErrors!: UserError[];

  @ModuleErrorsField(TeamError)
  errors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of cancelTeamInvitation.' })
class CancelTeamInvitationPayload {
  @Field(() => TeamInvitation, {
    nullable: true,
    description: 'The cancelled invitation; null when refused.',
  })
  invitation!: TeamInvitation | null;

  @Field(() => [UserError], { description: 'Why the mutation was refused; empty when it succeeded.' })
  userErrors!: UserError[];

  @ModuleErrorsField(TeamError)
  errors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of acceptTeamInvitation.' })
class AcceptTeamInvitationPayload {
  @Field(() => ID, { nullable: true, description: 'The cooperative or partner joined; null when refused.' })
  organisationId!: string | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'Whether it is a cooperative or a partner.' })
  organisationKind!: OrganisationKind | null;

  @Field(() => Boolean, {
    description: 'Whether a new account was created (and signed in: the session cookie is set).',
  })
  isNewAccount!: boolean;

  @Field(() => [UserError], { description: 'Why the mutation was refused; empty when it succeeded.' })
  userErrors!: UserError[];

  @ModuleErrorsField(TeamError)
  errors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of changeTeamMemberRole.' })
class ChangeTeamMemberRolePayload {
  @Field(() => TeamMember, {
    nullable: true,
    description: 'The member in their new role; null when refused.',
  })
  member!: TeamMember | null;

  @Field(() => [UserError], { description: 'Why the mutation was refused; empty when it succeeded.' })
  userErrors!: UserError[];

  @ModuleErrorsField(TeamError)
  errors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of removeTeamMember.' })
class RemoveTeamMemberPayload {
  @Field(() => ID, { nullable: true, description: 'The ID of the removed member; null when refused.' })
  removedMemberId!: string | null;

  @Field(() => [UserError], { description: 'Why the mutation was refused; empty when it succeeded.' })
  userErrors!: UserError[];

  @ModuleErrorsField(TeamError)
  errors!: UserError[];
}

/** An invitation issued (created or resent): mailed after the commit, read back with its link. */
async function issued(ctx: Context, invitation: IssuedInvitation) {
  const isMailed = await mailInvitation(ctx, invitation);
  return {
    invitation: await readBack(ctx, () => teamInvitationById(ctx, invitation.id)),
    invitationUrl: invitationUrl(ctx, invitation.token),
    isMailed,
  };
}

const REFUSED_ISSUE = { invitation: null, invitationUrl: null, isMailed: false };

@Resolver()
export class TeamResolver {
  @Allow()
  @Query(() => Team, {
    nullable: true,
    description:
      'The people of a cooperative or partner: for its members (and platform admins); null for anyone else.',
  })
  team(
    @Ctx() ctx: Context,
    @Arg('organisationId', () => ID, { description: 'The cooperative or partner.' }) organisationId: string,
  ) {
    return teamOf(ctx, organisationFromId(organisationId));
  }

  @Public()
  @Query(() => InvitationPreview, {
    nullable: true,
    description:
      'What an invitation link offers, to whoever holds it; null for an unknown or cancelled link.',
  })
  teamInvitation(
    @Ctx() ctx: Context,
    @Arg('token', () => String, { description: 'The token of the invitation link.' }) token: string,
  ) {
    return invitationPreview(ctx, token);
  }

  @Allow()
  @Mutation(() => IssueTeamInvitationPayload, {
    description: `Invites someone by email into a cooperative or partner you manage (its ketua, or a partner admin), with a role. The link is mailed and returned once; it works for ${INVITATION_VALID_DAYS} days.`,
  })
  inviteTeamMember(
    @Ctx() ctx: Context,
    @Arg('input', () => InviteTeamMemberInput, { description: 'Who, where, in which role.' })
    input: InviteTeamMemberInput,
  ) {
    return mutate(input, async () =>
      issued(
        ctx,
        await inviteMember(ctx, organisationFromId(input.organisationId), {
          email: input.email,
          name: input.name,
          role: input.role,
        }),
      ),
    ).then((result) => ({ ...REFUSED_ISSUE, ...result }));
  }

  @Allow()
  @Mutation(() => IssueTeamInvitationPayload, {
    description: `Sends an open invitation again with a new link (the old one stops working), valid for another ${INVITATION_VALID_DAYS} days.`,
  })
  resendTeamInvitation(
    @Ctx() ctx: Context,
    @Arg('input', () => TeamInvitationInput, { description: 'The invitation.' }) input: TeamInvitationInput,
  ) {
    return mutate(input, async () =>
      issued(ctx, await resendInvitation(ctx, decodeIdOf('TeamInvitation', input.id))),
    ).then((result) => ({ ...REFUSED_ISSUE, ...result }));
  }

  @Allow()
  @Mutation(() => CancelTeamInvitationPayload, {
    description: 'Cancels an open invitation: its link stops working.',
  })
  cancelTeamInvitation(
    @Ctx() ctx: Context,
    @Arg('input', () => TeamInvitationInput, { description: 'The invitation.' }) input: TeamInvitationInput,
  ) {
    return mutate(input, async () => {
      const id = await cancelInvitation(ctx, decodeIdOf('TeamInvitation', input.id));
      return { invitation: await readBack(ctx, () => teamInvitationById(ctx, id)) };
    }).then((result) => ({ invitation: null, ...result }));
  }

  @Public()
  @Mutation(() => AcceptTeamInvitationPayload, {
    description:
      'Accepts an invitation from its link. An address without an account becomes one with the name and password given, signed in at once; an address with an account must be signed in as it.',
  })
  acceptTeamInvitation(
    @Ctx() ctx: Context,
    @Arg('input', () => AcceptTeamInvitationInput, {
      description: 'The link’s token, and a new account’s name and password.',
    })
    input: AcceptTeamInvitationInput,
  ) {
    return mutate(input, async () => {
      const accepted = await acceptInvitation(ctx, input);
      return {
        organisationId: organisationGlobalId(accepted.organisation),
        organisationKind: organisationKindOf(accepted.organisation),
        isNewAccount: accepted.isNewAccount,
      };
    }).then((result) => ({ organisationId: null, organisationKind: null, isNewAccount: false, ...result }));
  }

  @Allow()
  @Mutation(() => ChangeTeamMemberRolePayload, {
    description:
      "Gives a member of an organisation you manage another of its roles. The organisation's last admin keeps theirs (LAST_ADMIN).",
  })
  changeTeamMemberRole(
    @Ctx() ctx: Context,
    @Arg('input', () => ChangeTeamMemberRoleInput, { description: 'The member and the new role.' })
    input: ChangeTeamMemberRoleInput,
  ) {
    return mutate(input, async () => {
      const id = await changeMemberRole(ctx, decodeIdOf('TeamMember', input.id), input.role);
      return { member: await readBack(ctx, () => teamMemberById(ctx, id)) };
    }).then((result) => ({ member: null, ...result }));
  }

  @Allow()
  @Mutation(() => RemoveTeamMemberPayload, {
    description:
      'Removes a member from an organisation you manage (their account stays). Never its last admin (LAST_ADMIN); you may remove yourself if another admin remains.',
  })
  removeTeamMember(
    @Ctx() ctx: Context,
    @Arg('input', () => RemoveTeamMemberInput, { description: 'The member.' }) input: RemoveTeamMemberInput,
  ) {
    return mutate(input, async () => {
      const id = await removeMember(ctx, decodeIdOf('TeamMember', input.id));
      return { removedMemberId: toGlobalId('TeamMember', id) };
    }).then((result) => ({ removedMemberId: null, ...result }));
  }
}

const DEFAULT_EVENTS = 20;
const MAX_EVENTS = 100;

@Resolver(() => Team)
export class TeamFields {
  @FieldResolver(() => [TeamMember], { description: 'Its members, admins first, then by name.' })
  members(@Root() team: Team, @Ctx() ctx: Context) {
    return membersOf(ctx, team);
  }

  @FieldResolver(() => [TeamInvitation], {
    description:
      'Its open invitations (expired ones too, to resend), newest first: for its admins; empty for others.',
  })
  invitations(@Root() team: Team, @Ctx() ctx: Context) {
    return openInvitationsOf(ctx, team);
  }

  @FieldResolver(() => [TeamEvent], {
    description: 'The latest changes among its people, newest first: for its admins; empty for others.',
  })
  events(
    @Root() team: Team,
    @Ctx() ctx: Context,
    @Arg('last', () => Int, {
      nullable: true,
      description: `How many (default ${DEFAULT_EVENTS}, at most ${MAX_EVENTS}).`,
    })
    last: number | null,
  ) {
    const count = last ?? DEFAULT_EVENTS;
    if (count < 1 || count > MAX_EVENTS) throw badUserInput(`last must be 1 to ${MAX_EVENTS}.`, 'last');
    return eventsOf(ctx, team, count);
  }
}
