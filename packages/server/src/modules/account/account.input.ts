import { Field, ID, InputType } from 'type-graphql';
import { IsEmail, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { MutationInput } from '../../graphql/payload';
import { ApiTokenScope, Locale, MembershipRole } from './account.entity';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password';

const PASSWORD_RULES = `${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters, not a commonly used password, not the email address or its part before the @, not one character or a short group repeated, no control characters`;

@InputType({ description: 'Credentials for signing in.' })
export class SignInInput extends MutationInput {
  @Field(() => String, { description: 'Email address.' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: 'Password.' })
  @MaxLength(200)
  password!: string;
}

@InputType({ description: 'A new API token for a partner.' })
export class CreateApiTokenInput extends MutationInput {
  @Field(() => ID, { description: 'The partner the token acts for; you must be its admin.' })
  partnerId!: string;

  @Field(() => String, { description: 'A name that tells what uses it, e.g. "Loan origination system".' })
  @Length(1, 100)
  name!: string;

  @Field(() => ApiTokenScope, {
    defaultValue: ApiTokenScope.READ,
    description: 'What it may do; read only unless you ask for more.',
  })
  scope!: ApiTokenScope;
}

@InputType({ description: 'Revoke an API token.' })
export class RevokeApiTokenInput extends MutationInput {
  @Field(() => ID, { description: 'The token to revoke.' })
  id!: string;
}

@InputType({ description: 'A membership to grant a new user.' })
export class MembershipInput {
  @Field(() => MembershipRole, { description: 'The role.' })
  role!: MembershipRole;

  @Field(() => ID, { nullable: true, description: 'Cooperative, for KETUA, PENGURUS and STAFF.' })
  cooperativeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Partner, for PARTNER_ADMIN and PARTNER_OFFICER.' })
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Mentor record, for MENTOR.' })
  mentorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Province or regency code, for DINAS.' })
  regionCode?: string | null;
}

@InputType({ description: 'A new user account (admins only).' })
export class CreateUserInput extends MutationInput {
  @Field(() => String, { description: 'Email address; the sign-in name.' })
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: 'Full name.' })
  @Length(2, 120)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Phone number, e.g. "+62 812 3456 7890".' })
  @IsOptional()
  @Matches(/^\+?[0-9 -]{8,20}$/, { message: 'phone must be a phone number like +62 812 3456 7890' })
  phone?: string | null;

  @Field(() => Locale, { defaultValue: Locale.ID, description: 'Preferred language.' })
  locale!: Locale;

  @Field(() => String, { description: `Initial password; the password policy applies (${PASSWORD_RULES}).` })
  password!: string;

  @Field(() => [MembershipInput], { description: 'Roles to grant.' })
  memberships!: MembershipInput[];
}

@InputType({ description: 'A new password for the signed-in user.' })
export class ChangePasswordInput extends MutationInput {
  @Field(() => String, { description: 'The password the user signs in with now.' })
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword!: string;

  @Field(() => String, { description: `The new password (${PASSWORD_RULES}).` })
  newPassword!: string;
}

@InputType({ description: "Replace a user's password by a temporary one (platform admins only)." })
export class ResetUserPasswordInput extends MutationInput {
  @Field(() => ID, { description: 'The user whose password is reset.' })
  userId!: string;
}
