import { AuthenticationError, Authorized, Extensions, type AuthChecker } from 'type-graphql';
import type { GraphQLField } from 'graphql';
import { AccessRole } from '../shared/access-role';
import type { Context } from '../request-context';

/**
 * Deny by default: every root query and mutation declares who may call it, `@Public()` or
 * `@Allow(...roles)`. The declaration is also written into the field's extensions, so a test can
 * walk the built schema and fail on any operation without one. Roles are coarse ("is partner
 * staff somewhere"); whether the viewer may touch a particular object is decided in the services.
 */
const ACCESS_EXTENSION = 'access';

export function Public(): MethodDecorator {
  return Extensions({ [ACCESS_EXTENSION]: 'PUBLIC' });
}

/** Signed-in viewers holding any of `roles` (none listed: any signed-in viewer). Admins pass. */
export function Allow(...roles: AccessRole[]): MethodDecorator {
  const allowed = roles.length ? roles : [AccessRole.SIGNED_IN];
  const authorized = Authorized(allowed) as MethodDecorator;
  const extension = Extensions({ [ACCESS_EXTENSION]: allowed });
  return (target, key, descriptor) => {
    authorized(target, key, descriptor);
    extension(target, key, descriptor);
  };
}

/** What an operation declared, for the schema-walking test. */
export function declaredAccess(field: GraphQLField<unknown, unknown>): string | string[] | undefined {
  return field.extensions?.[ACCESS_EXTENSION] as string | string[] | undefined;
}

export const authChecker: AuthChecker<Context, AccessRole> = ({ context }, roles) => {
  if (!context.viewer) {
    throw new AuthenticationError(
      context.credentialRejected
        ? 'Your session has expired or was signed out; sign in again.'
        : 'Sign in to do this.',
    );
  }
  return roles.some((role) => context.viewer!.has(role));
};
