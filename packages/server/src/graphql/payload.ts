import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { inTransaction, type Context } from '../request-context';
import { UserError, UserErrorCode, userError, userErrorsOfDomainError, validationErrors } from './user-error';

/**
 * Base class of every mutation input. Its class-validator rules are checked by `mutate()` and
 * reported as payload `userErrors`, not as a top-level error (see the validateFn in schema.ts).
 */
export abstract class MutationInput {}

/** The `version` input of a mutation that changes a contested record (optimistic lock). */
export function VersionField(noun: string): PropertyDecorator {
  return Field(() => Int, {
    description: `The \`version\` of the ${noun} as you read it; if it changed since, nothing is changed and the payload has a CONFLICT error.`,
  });
}

/**
 * After a write: forgets what the request loaded so far, then reads the object back through the
 * module's batched reads, so the payload shows exactly what is stored (and what the viewer may see).
 */
export function readBack<T>(ctx: Context, read: () => Promise<T>): Promise<T> {
  ctx.loaders.clear();
  return read();
}

/**
 * The usual mutation: validates the input, runs `write` in its own transaction (it returns the
 * database id of the record it wrote), then reads that record back into the payload's `field`.
 */
export function mutateAndReadBack<F extends string, T>(
  ctx: Context,
  input: MutationInput,
  field: F,
  write: (tx: Context) => Promise<number>,
  read: (ctx: Context, id: number) => Promise<T | null>,
) {
  return mutate(input, async () => {
    const id = await inTransaction(ctx, write);
    return { [field]: await readBack(ctx, () => read(ctx, id)) } as { [K in F]: T | null };
  });
}

/**
 * Why a mutation was refused: `userErrors` with the one `UserErrorCode`, and the same list as
 * `errors` for payloads that declare their module's error type (ModuleErrorType).
 */
export interface PayloadShape {
  userErrors: UserError[];
  errors: UserError[];
}

/** A payload's refusals, both lists (empty when the mutation succeeded). */
export function refusals(userErrors: UserError[] = []): PayloadShape {
  return { userErrors, errors: userErrors };
}

/**
 * Declares `<Name>Payload { <field>: T, userErrors: [UserError!]! }`, plus
 * `errors: [<Module>Error!]!` when the module has its own error type.
 */
export function PayloadType<T extends object>(
  name: string,
  field: string,
  type: ClassType<T>,
  description: string,
  moduleErrorType?: ClassType<UserError>,
) {
  @ObjectType(name, { simpleResolvers: true, description })
  class Payload implements Partial<PayloadShape> {
    @Field(() => [UserError], { description: 'Why the mutation was refused; empty when it succeeded.' })
    userErrors!: UserError[];
  }
  Field(() => type, { nullable: true, description: `The ${field}; null when the mutation was refused.` })(
    Payload.prototype,
    field,
  );
  if (moduleErrorType) ModuleErrorsField(moduleErrorType)(Payload.prototype, 'errors');
  return Payload;
}

/** The `errors` field of a payload whose module has its own error type. */
export function ModuleErrorsField(moduleErrorType: ClassType<UserError>): PropertyDecorator {
  return Field(() => [moduleErrorType], {
    description: "Why the mutation was refused, with this module's own codes; empty when it succeeded.",
  });
}

/**
 * Runs a mutation: validates the input, runs `work`, and turns expected failures (domain
 * refusals, stale versions, duplicates) into payload user errors; a domain error's field path,
 * relative to the command, becomes a path under `input`. Anything else is a bug and
 * propagates as INTERNAL_SERVER_ERROR.
 */
export async function mutate<R extends object>(
  input: object | null,
  work: () => Promise<R>,
): Promise<(R & PayloadShape) | PayloadShape> {
  const invalid = input ? await validationErrors(input) : [];
  if (invalid.length > 0) return refusals(invalid);
  try {
    return { ...(await work()), ...refusals() };
  } catch (error) {
    const domainRefusals = userErrorsOfDomainError(error);
    if (domainRefusals) return refusals(domainRefusals);
    if (error instanceof OptimisticLockError) {
      return refusals([
        userError(
          UserErrorCode.CONFLICT,
          'Someone changed this record since you loaded it; reload and try again.',
          ['input', 'version'],
        ),
      ]);
    }
    if (error instanceof UniqueConstraintViolationException) {
      return refusals([userError(UserErrorCode.DUPLICATE, 'Such a record exists already.')]);
    }
    throw error;
  }
}
