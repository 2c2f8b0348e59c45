import { Field, ID, InputType } from 'type-graphql';
import { IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { MutationInput } from '../../graphql/payload';
import { Locale, MembershipRole } from '../account/account.entity';

@InputType({ description: 'Invite someone by email into an organisation you manage.' })
export class InviteTeamMemberInput extends MutationInput {
  @Field(() => ID, { description: 'The cooperative or partner; you must be its ketua or partner admin.' })
  organisationId!: string;

  @Field(() => String, { description: 'Their email address; the link to accept is sent there.' })
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid email address' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'Their name, to greet them (they may change it).' })
  @IsOptional()
  @Length(1, 120)
  name?: string | null;

  @Field(() => MembershipRole, {
    description:
      'The role they get: KETUA, PENGURUS or STAFF in a cooperative; PARTNER_ADMIN or PARTNER_OFFICER in a partner.',
  })
  role!: MembershipRole;
}

@InputType({ description: 'An invitation of an organisation you manage.' })
export class TeamInvitationInput extends MutationInput {
  @Field(() => ID, { description: 'The invitation.' })
  id!: string;
}

@InputType({ description: 'Accept an invitation from its link.' })
export class AcceptTeamInvitationInput extends MutationInput {
  @Field(() => String, { description: 'The token of the invitation link.' })
  @MaxLength(100)
  token!: string;

  @Field(() => String, {
    nullable: true,
    description: 'For a new account: your name (the name in the invitation when absent).',
  })
  @IsOptional()
  @Length(1, 120)
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a new account: your password (the password rules of changePassword apply).',
  })
  @IsOptional()
  @MaxLength(200)
  password?: string | null;

  @Field(() => Locale, {
    nullable: true,
    description: 'For a new account: your interface language (ID when absent).',
  })
  @IsOptional()
  locale?: Locale | null;
}

@InputType({ description: "Change a member's role." })
export class ChangeTeamMemberRoleInput extends MutationInput {
  @Field(() => ID, { description: 'The member (TeamMember ID).' })
  id!: string;

  @Field(() => MembershipRole, { description: 'The new role, one of the organisation’s roles.' })
  role!: MembershipRole;
}

@InputType({ description: 'Remove a member from an organisation you manage.' })
export class RemoveTeamMemberInput extends MutationInput {
  @Field(() => ID, { description: 'The member (TeamMember ID).' })
  id!: string;
}
