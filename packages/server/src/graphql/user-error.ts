import { Field, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { validate, type ValidationError } from 'class-validator';
import {
  DomainError,
  DomainErrors,
  GENERAL_REFUSALS,
  RefusalCode as UserErrorCode,
} from '../shared/domain-error';

/**
 * Why a mutation did not happen. Expected failures are data in the payload, not GraphQL errors.
 * The values are the domain's refusal codes (shared/domain-error.ts); the schema registers them here.
 */
export { UserErrorCode };

/** What each refusal code means, as the schema describes it. */
const REFUSAL_DESCRIPTIONS: Record<UserErrorCode, { description: string }> = {
  INVALID: { description: 'A value is missing, too long, out of range or inconsistent with another.' },
  INVALID_CREDENTIALS: { description: 'The email or password is wrong (deliberately not saying which).' },
  RATE_LIMITED: { description: 'Too many attempts; try again later.' },
  CONFLICT: { description: 'Someone changed the record since you read it; reload and try again.' },
  INVALID_TRANSITION: { description: 'The action is not possible in the current state or for your side.' },
  DUPLICATE: { description: 'Such a record exists already.' },
  NOT_FOUND: { description: 'A record the input refers to does not exist or is not visible to you.' },
  PASSWORD_TOO_SHORT: { description: 'The new password has fewer than 10 characters.' },
  PASSWORD_TOO_LONG: { description: 'The new password has more than 200 characters.' },
  PASSWORD_TOO_COMMON: { description: 'The new password is on the list of commonly used passwords.' },
  PASSWORD_TOO_SIMPLE: { description: 'The new password repeats one character or a short group of them.' },
  PASSWORD_SAME_AS_EMAIL: {
    description: 'The new password is the email address or its part before the @.',
  },
  PASSWORD_INVALID_CHARACTER: {
    description: 'The new password contains a control character (such as NUL).',
  },
  TERMS_ABOVE_PROGRAM_CEILING: { description: "The amount is above the program's ceiling." },
  TERMS_BELOW_PROGRAM_MINIMUM: { description: "The amount is below the program's smallest loan." },
  TERMS_OPERATING_SHARE_TOO_HIGH: {
    description: "The part of the loan for operating costs is above the program's cap.",
  },
  TERMS_RATE_NOT_PROGRAM_RATE: { description: "The rate is not the program's rate." },
  TERMS_TENOR_TOO_LONG: { description: "The tenor is longer than the program's longest." },
  TERMS_GRACE_TOO_LONG: { description: "The grace period is longer than the program's longest." },
  TERMS_GRACE_TOO_SHORT: { description: "The grace period is shorter than the program's shortest." },
  TERMS_COMMODITY_NOT_IN_PROGRAM: {
    description: "The commodity of the offering or request is not the program's commodity.",
  },
  COOPERATIVE_OUTSIDE_PROGRAM_REGION: {
    description: "The cooperative's regency is not covered by the program.",
  },
  PROPOSAL_KIND_NOT_ADMITTED: { description: 'The program does not take proposals of this kind.' },
  PROPOSAL_KIND_DOES_NOT_FIT_OFFERING: {
    description: 'A proposal of this kind cannot answer that offering.',
  },
  POOL_BELOW_MINIMUM: {
    description: "The pool's shares (without withdrawn ones) add up to less than the request asks a month.",
  },
  POOL_MEMBER_OVER_CAPACITY: {
    description:
      'A share is more than its offering has left a month after the other open or accepted pools it is promised to.',
  },
  POOL_NOT_APPROVED: {
    description: 'A member cooperative has not approved its share as it stands (or withdrew it).',
  },
  POOL_OFFERING_DOES_NOT_FIT: {
    description:
      "A share's offering is not a published supply offering of the request's commodity of that cooperative, with a monthly quantity in a convertible unit.",
  },
  POOL_LEAD_NOT_MEMBER: { description: 'The lead cooperative has no share of its own pool.' },
  LAST_ADMIN: {
    description:
      'The change would leave the organisation without an admin (a cooperative without a ketua, a partner without a partner admin).',
  },
  INVITATION_EXPIRED: {
    description: 'The invitation link has expired; an admin of the organisation can resend it.',
  },
  INVITEE_MUST_SIGN_IN: {
    description: 'The invited email has an account already: sign in with it, then accept the invitation.',
  },
  INVITEE_DEACTIVATED: {
    description:
      "The invited email's account is deactivated and cannot sign in to accept; it can be invited once MitraDesa's operators reactivate it.",
  },
};

/** How `UserErrorCode` describes each value; a module's own codes are marked deprecated there. */
const userErrorCodeValues: Record<string, { description: string; deprecationReason?: string }> =
  Object.fromEntries(Object.values(UserErrorCode).map((code) => [code, { ...REFUSAL_DESCRIPTIONS[code] }]));

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation was refused; nothing was changed.',
  valuesConfig: userErrorCodeValues,
});

@ObjectType({
  simpleResolvers: true,
  description: 'A reason a mutation was refused, tied to an input field where there is one.',
})
export class UserError {
  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code!: UserErrorCode;

  @Field(() => String, { description: 'Human-readable explanation (English).' })
  message!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Path of the input field, e.g. ["input", "priceMax"].',
  })
  field!: string[] | null;
}

/**
 * A module's own error type for its payloads' `errors` (as `ProductError` with `ProductErrorCode`
 * in Saleor's API): `<Module>Error` whose code is `<Module>ErrorCode`, the general refusals plus
 * the codes only this module gives. `userErrors` keeps giving the same errors with the one
 * `UserErrorCode`, so clients written against it go on working; GraphQL cannot narrow an enum
 * field in an implementing type, hence a second list rather than a subtype.
 */
export function ModuleErrorType(
  module: string,
  ownCodes: readonly UserErrorCode[],
  /** Codes another module owns that this one's payloads give too (a password set on joining). */
  borrowedCodes: readonly UserErrorCode[] = [],
): ClassType<UserError> {
  for (const code of ownCodes) {
    if (GENERAL_REFUSALS.includes(code) || userErrorCodeValues[code].deprecationReason) {
      throw new Error(`${code} is general or owned by another module; it cannot be ${module}'s own`);
    }
    // Still given in userErrors; the schema points clients to the module's list.
    userErrorCodeValues[code].deprecationReason =
      `Read it from the payload's \`errors\`: ${module}ErrorCode.${code}.`;
  }
  const codes = [...GENERAL_REFUSALS, ...ownCodes, ...borrowedCodes];
  const codeEnum = Object.fromEntries(codes.map((code) => [code, code]));
  registerEnumType(codeEnum, {
    name: `${module}ErrorCode`,
    description: `Why a mutation of the ${module} module was refused; nothing was changed.`,
    valuesConfig: Object.fromEntries(codes.map((code) => [code, REFUSAL_DESCRIPTIONS[code]])),
  });

  @ObjectType(`${module}Error`, {
    simpleResolvers: true,
    description: `A reason a mutation of the ${module} module was refused, tied to an input field where there is one.`,
  })
  class ModuleError {
    @Field(() => codeEnum, { description: 'Machine-readable reason.' })
    code!: UserErrorCode;

    @Field(() => String, { description: 'Human-readable explanation (English).' })
    message!: string;

    @Field(() => [String], {
      nullable: true,
      description: 'Path of the input field, e.g. ["input", "priceMax"].',
    })
    field!: string[] | null;
  }
  return ModuleError;
}

export function userError(code: UserErrorCode, message: string, field?: string[]): UserError {
  return Object.assign(new UserError(), { code, message, field: field ?? null });
}

/** A domain refusal as a payload user error: its field path is relative to the mutation's `input`. */
function userErrorOf(error: DomainError): UserError {
  return userError(error.code, error.message, error.field ? ['input', ...error.field] : undefined);
}

/** The user errors of a domain refusal, or null when `error` is not one. */
export function userErrorsOfDomainError(error: unknown): UserError[] | null {
  if (error instanceof DomainError) return [userErrorOf(error)];
  if (error instanceof DomainErrors) return error.errors.map(userErrorOf);
  return null;
}

/**
 * GraphQL already enforces required fields (non-null types), so rules only apply to values that
 * were given: absent optional fields are skipped.
 */
export const VALIDATOR_OPTIONS = { forbidUnknownValues: false, skipMissingProperties: true };

function flatten(errors: ValidationError[], path: string[]): UserError[] {
  return errors.flatMap((error) => {
    const field = [...path, error.property];
    const own = Object.values(error.constraints ?? {}).map((message) =>
      userError(UserErrorCode.INVALID, message, field),
    );
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Runs the class-validator rules of a mutation input; the failures, as user errors under "input". */
export async function validationErrors(input: object): Promise<UserError[]> {
  return flatten(await validate(input, VALIDATOR_OPTIONS), ['input']);
}
