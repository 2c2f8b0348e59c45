import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay';
import { toGlobalId } from '../../shared/global-id';
import { ApiTokenScope, Locale, MembershipRole } from './account.entity';
import { type Viewer as ViewerModel, type ViewerMembership } from './viewer';
import { AccessRole } from '../../shared/access-role';
import { fromPgTimestamp } from '../../shared/time';

registerEnumType(Locale, {
  name: 'Locale',
  description: 'Language of the interface.',
  valuesConfig: { ID: { description: 'Bahasa Indonesia (default).' }, EN: { description: 'English.' } },
});
registerEnumType(ApiTokenScope, {
  name: 'ApiTokenScope',
  description: 'What an API token may do.',
  valuesConfig: {
    READ: { description: 'Queries only: every mutation is refused (FORBIDDEN).' },
    READ_WRITE: { description: 'Queries and mutations, as its partner admin may.' },
  },
});
registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'What a user is to an organisation.',
  valuesConfig: {
    KETUA: { description: 'Chair of a cooperative.' },
    PENGURUS: { description: 'Board member (pengurus) of a cooperative.' },
    STAFF: { description: 'Staff of a cooperative.' },
    PARTNER_ADMIN: { description: "Administrator of a partner institution's account." },
    PARTNER_OFFICER: { description: 'Officer of a partner institution.' },
    MENTOR: { description: 'A mentor (pendamping), linked to their mentor record.' },
    DINAS: { description: 'Read-only viewer of the cooperative office (Dinas) for a province or regency.' },
    ADMIN: { description: 'Platform administrator.' },
  },
});
registerEnumType(AccessRole, {
  name: 'AccessRole',
  description:
    'Coarse capabilities of a viewer; what they may do with a particular record is checked per record.',
  valuesConfig: {
    SIGNED_IN: { description: 'Any signed-in user.' },
    COOPERATIVE: { description: 'Officer of at least one cooperative.' },
    PARTNER: { description: 'Staff of at least one partner.' },
    PARTNER_ADMIN: { description: 'Administrator of at least one partner.' },
    MENTOR: { description: 'A mentor.' },
    DINAS: { description: 'Dinas viewer.' },
    ADMIN: { description: 'Platform administrator.' },
  },
});

@ObjectType({ implements: Node, simpleResolvers: true, description: 'A person who signs in to MitraDesa.' })
export class User extends Node {
  dbId!: number;
  /** Shown to the user themself only, as Viewer.mustChangePassword. */
  mustChangePassword!: boolean;

  @Field(() => String, { description: 'Email address (lower-case); the sign-in name.' })
  email!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone!: string | null;

  @Field(() => Locale, { description: 'Preferred interface language.' })
  locale!: Locale;

  static fromEntity(user: {
    id: number;
    email: string;
    name: string;
    phone?: string | null;
    locale: Locale;
    mustChangePassword?: boolean;
  }): User {
    return Object.assign(new User(), {
      id: toGlobalId('User', user.id),
      dbId: user.id,
      email: user.email,
      name: user.name,
      phone: user.phone ?? null,
      locale: user.locale,
      mustChangePassword: user.mustChangePassword ?? false,
    });
  }
}

@ObjectType({ simpleResolvers: true, description: "A user's role in one organisation." })
export class Membership {
  cooperativeId!: number | null;
  partnerId!: number | null;
  mentorId!: number | null;
  regionCode!: string | null;

  @Field(() => MembershipRole, { description: 'The role.' })
  role!: MembershipRole;

  static from(membership: ViewerMembership): Membership {
    return Object.assign(new Membership(), membership);
  }
}

@ObjectType({ simpleResolvers: true, description: 'The signed-in user: who they are and what they may do.' })
export class Viewer {
  model!: ViewerModel;

  @Field(() => User, { description: 'The user.' })
  user!: User;

  @Field(() => [Membership], { description: 'Their roles in organisations.' })
  memberships!: Membership[];

  @Field(() => [AccessRole], { description: 'Capabilities they hold (admins hold all).' })
  roles!: AccessRole[];

  @Field(() => Boolean, { description: 'Signed in with an API token rather than a session.' })
  isApiToken!: boolean;

  @Field(() => Boolean, {
    description:
      'An admin reset the password to a temporary one: the user should choose their own now (changePassword).',
  })
  mustChangePassword!: boolean;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: "A named token for a partner's own systems; the secret is shown only once, at creation.",
})
export class ApiToken extends Node {
  @Field(() => String, { description: 'Name given by the partner admin.' })
  name!: string;

  @Field(() => ApiTokenScope, { description: 'What it may do.' })
  scope!: ApiTokenScope;

  @Field(() => DateTimeISOResolver, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'When a request last used it, to the minute; null if never.',
  })
  lastUsedAt!: Date | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'When it was revoked; null while it works.',
  })
  revokedAt!: Date | null;

  static fromRow(row: {
    id: number;
    name: string;
    scope: ApiTokenScope;
    created_at: string | Date;
    revoked_at: string | Date | null;
    last_used_at: string | Date | null;
  }): ApiToken {
    return Object.assign(new ApiToken(), {
      id: toGlobalId('ApiToken', row.id),
      name: row.name,
      scope: row.scope,
      createdAt: fromPgTimestamp(row.created_at),
      revokedAt: fromPgTimestamp(row.revoked_at),
      lastUsedAt: fromPgTimestamp(row.last_used_at),
    });
  }

  static fromEntity(token: {
    id: number;
    name: string;
    scope: ApiTokenScope;
    createdAt: Date;
    revokedAt?: Date | null;
    lastUsedAt?: Date | null;
  }): ApiToken {
    return ApiToken.fromRow({
      ...token,
      created_at: token.createdAt,
      revoked_at: token.revokedAt ?? null,
      last_used_at: token.lastUsedAt ?? null,
    });
  }
}
