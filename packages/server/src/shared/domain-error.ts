import { compareDecimal } from './money';

/**
 * Why a write was refused: the codes the API exposes as `UserErrorCode` (registered for the
 * schema in graphql/user-error.ts). A module's errors use the subset of codes it can raise.
 */
export enum RefusalCode {
  INVALID = 'INVALID',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  RATE_LIMITED = 'RATE_LIMITED',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  DUPLICATE = 'DUPLICATE',
  NOT_FOUND = 'NOT_FOUND',
  // A new password that breaks the password policy (modules/account/password.ts).
  PASSWORD_TOO_SHORT = 'PASSWORD_TOO_SHORT',
  PASSWORD_TOO_LONG = 'PASSWORD_TOO_LONG',
  PASSWORD_TOO_COMMON = 'PASSWORD_TOO_COMMON',
  PASSWORD_TOO_SIMPLE = 'PASSWORD_TOO_SIMPLE',
  PASSWORD_SAME_AS_EMAIL = 'PASSWORD_SAME_AS_EMAIL',
  PASSWORD_INVALID_CHARACTER = 'PASSWORD_INVALID_CHARACTER',
  // A proposal that breaks a rule of its program or does not fit its offering (proposal.program-rules.ts).
  TERMS_ABOVE_PROGRAM_CEILING = 'TERMS_ABOVE_PROGRAM_CEILING',
  TERMS_BELOW_PROGRAM_MINIMUM = 'TERMS_BELOW_PROGRAM_MINIMUM',
  TERMS_OPERATING_SHARE_TOO_HIGH = 'TERMS_OPERATING_SHARE_TOO_HIGH',
  TERMS_RATE_NOT_PROGRAM_RATE = 'TERMS_RATE_NOT_PROGRAM_RATE',
  TERMS_TENOR_TOO_LONG = 'TERMS_TENOR_TOO_LONG',
  TERMS_GRACE_TOO_LONG = 'TERMS_GRACE_TOO_LONG',
  TERMS_GRACE_TOO_SHORT = 'TERMS_GRACE_TOO_SHORT',
  TERMS_COMMODITY_NOT_IN_PROGRAM = 'TERMS_COMMODITY_NOT_IN_PROGRAM',
  COOPERATIVE_OUTSIDE_PROGRAM_REGION = 'COOPERATIVE_OUTSIDE_PROGRAM_REGION',
  PROPOSAL_KIND_NOT_ADMITTED = 'PROPOSAL_KIND_NOT_ADMITTED',
  PROPOSAL_KIND_DOES_NOT_FIT_OFFERING = 'PROPOSAL_KIND_DOES_NOT_FIT_OFFERING',
  // A pooled offer that breaks a rule of pools (proposal.pool.ts).
  POOL_BELOW_MINIMUM = 'POOL_BELOW_MINIMUM',
  POOL_MEMBER_OVER_CAPACITY = 'POOL_MEMBER_OVER_CAPACITY',
  POOL_NOT_APPROVED = 'POOL_NOT_APPROVED',
  POOL_OFFERING_DOES_NOT_FIT = 'POOL_OFFERING_DOES_NOT_FIT',
  POOL_LEAD_NOT_MEMBER = 'POOL_LEAD_NOT_MEMBER',
  // A change of an organisation's people that the team's rules refuse (team.service.ts).
  LAST_ADMIN = 'LAST_ADMIN',
  INVITATION_EXPIRED = 'INVITATION_EXPIRED',
  INVITEE_MUST_SIGN_IN = 'INVITEE_MUST_SIGN_IN',
  INVITEE_DEACTIVATED = 'INVITEE_DEACTIVATED',
}

/**
 * The refusals any mutation can give, whatever its module. The other codes belong to one module
 * each (the password policy to accounts, program rules to proposals), which also lists them in
 * its own error-code enum in the schema.
 */
export const GENERAL_REFUSALS: readonly RefusalCode[] = [
  RefusalCode.INVALID,
  RefusalCode.RATE_LIMITED,
  RefusalCode.CONFLICT,
  RefusalCode.INVALID_TRANSITION,
  RefusalCode.DUPLICATE,
  RefusalCode.NOT_FOUND,
];

/** A path inside a command: field names, and indexes into its lists. */
export type FieldPath = readonly (string | number)[];

/**
 * An expected refusal of a domain operation: nothing was changed. `field` is the path of the
 * command field it concerns (e.g. `['deliveryRegionCodes', 2]`), or null when it concerns the
 * record as a whole.
 */
export class DomainError<C extends RefusalCode = RefusalCode> extends Error {
  readonly field: readonly string[] | null;

  constructor(
    readonly code: C,
    message: string,
    field?: FieldPath | null,
  ) {
    super(message);
    this.name = 'DomainError';
    this.field = field ? field.map(String) : null;
  }
}

/** Several refusals of one operation found together, so that the caller learns them all at once. */
export class DomainErrors<C extends RefusalCode = RefusalCode> extends Error {
  constructor(readonly errors: readonly DomainError<C>[]) {
    super(errors.map((error) => error.message).join('; '));
    this.name = 'DomainErrors';
  }
}

/** Where a rule check reports a violation (Violations, or a caller's own collector). */
export interface ViolationSink<C extends RefusalCode = RefusalCode> {
  add(code: C, message: string, ...field: (string | number)[]): unknown;
}

/**
 * Collects the rule violations of one operation (cross-field rules, references that do not
 * exist), then throws them together before anything is written. Field paths are relative to the
 * command.
 */
export class Violations<C extends RefusalCode = RefusalCode> implements ViolationSink<C> {
  private readonly errors: DomainError<C>[] = [];

  add(code: C, message: string, ...field: (string | number)[]): this {
    this.errors.push(new DomainError(code, message, field.length > 0 ? field : null));
    return this;
  }

  invalid(message: string, ...field: (string | number)[]): this {
    return this.add(RefusalCode.INVALID as C, message, ...field);
  }

  /**
   * A range rule such as minAmount ≤ maxAmount, checked when both ends are given: decimals (as
   * strings) compare exactly, months as numbers.
   */
  notAbove<V extends string | number>(
    low: V | null | undefined,
    high: V | null | undefined,
    message: string,
    ...field: (string | number)[]
  ): this {
    if (low == null || high == null) return this;
    const above =
      typeof low === 'string' && typeof high === 'string' ? compareDecimal(low, high) > 0 : low > high;
    return above ? this.invalid(message, ...field) : this;
  }

  /** Fields a partial update may leave out but not clear. */
  refuseNulls<T extends object>(changes: T, fields: (keyof T & string)[]): this {
    for (const field of fields) {
      if (changes[field] === null) this.invalid(`${field} cannot be cleared; leave it out to keep it`, field);
    }
    return this;
  }

  /** The violations so far, in the order found. */
  all(): readonly DomainError<C>[] {
    return [...this.errors];
  }

  /** The collected violations as one error, e.g. `if (!village) throw violations.exception()`. */
  exception(): DomainErrors<C> {
    return new DomainErrors([...this.errors]);
  }

  throwIfAny(): void {
    if (this.errors.length > 0) throw this.exception();
  }
}

/**
 * The viewer may not do this to this record, or see it: an object-level rule refused the whole
 * operation (the API answers it as a top-level FORBIDDEN error, not as a payload user error).
 */
export class ForbiddenError extends Error {
  constructor(message = 'You may not do this.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/**
 * The record an operation is about does not exist, or its existence is private to others (a
 * top-level NOT_FOUND error).
 */
export class NotFoundError extends Error {
  constructor(message = 'Not found.') {
    super(message);
    this.name = 'NotFoundError';
  }
}

/**
 * A value the request gave cannot be used as given (a malformed ID or cursor, a page size out of
 * range, paging arguments that contradict each other): the API answers it as a top-level
 * BAD_USER_INPUT error naming the argument, `field`.
 */
export class BadInputError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'BadInputError';
  }
}
