import { Field, ObjectType, type ClassType } from 'type-graphql';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { UserError, UserErrorCode, UserErrorException, userError, validationErrors } from './user-error';

/**
 * Base class of every mutation input. Its class-validator rules are checked by `mutate()` and
 * reported as payload `userErrors`, not as a top-level error (see the validateFn in schema.ts).
 */
export abstract class MutationInput {}

export interface PayloadShape {
  userErrors: UserError[];
}

/** Declares `<Name>Payload { <field>: T, userErrors: [UserError!]! }`. */
export function PayloadType<T extends object>(
  name: string,
  field: string,
  type: ClassType<T>,
  description: string,
) {
  @ObjectType(name, { simpleResolvers: true, description })
  class Payload implements PayloadShape {
    @Field(() => [UserError], { description: 'Why the mutation was refused; empty when it succeeded.' })
    userErrors!: UserError[];
  }
  Field(() => type, { nullable: true, description: `The ${field}; null when the mutation was refused.` })(
    Payload.prototype,
    field,
  );
  return Payload;
}

/**
 * Runs a mutation: validates the input, runs `work`, and turns expected failures (domain
 * refusals, stale versions, duplicates) into payload user errors. Anything else is a bug and
 * propagates as INTERNAL_SERVER_ERROR.
 */
export async function mutate<R extends object>(
  input: object | null,
  work: () => Promise<R>,
): Promise<(R & PayloadShape) | PayloadShape> {
  const invalid = input ? await validationErrors(input) : [];
  if (invalid.length > 0) return { userErrors: invalid };
  try {
    return { ...(await work()), userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrorException) return { userErrors: error.errors };
    if (error instanceof OptimisticLockError) {
      return {
        userErrors: [
          userError(
            UserErrorCode.CONFLICT,
            'Someone changed this record since you loaded it; reload and try again.',
            ['input', 'version'],
          ),
        ],
      };
    }
    if (error instanceof UniqueConstraintViolationException) {
      return { userErrors: [userError(UserErrorCode.DUPLICATE, 'Such a record exists already.')] };
    }
    throw error;
  }
}
