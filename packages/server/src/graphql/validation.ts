import { registerDecorator } from 'class-validator';
import { compareDecimal } from '../shared/money';
import { addDays, todayInWib } from '../shared/time';
import { isCoverageCode, isRegionCode } from '../modules/region/region.input';

/**
 * class-validator rules shared by the mutation inputs. Like the built-in ones they only see values
 * that were given (absent optional fields are skipped, see VALIDATOR_OPTIONS), and their failures
 * become INVALID user errors on the field's path.
 */

function rule(
  name: string,
  message: (property: string) => string,
  isValid: (value: unknown) => boolean,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: (args) => message(args.property) },
      validator: { validate: isValid },
    });
}

/** Text with at least one visible character (lengths are checked with @Length). */
export function NotBlank(): PropertyDecorator {
  return rule(
    'notBlank',
    (property) => `${property} must not be blank`,
    (value) => typeof value === 'string' && /\S/.test(value),
  );
}

/** A calendar date (LocalDate, "YYYY-MM-DD") no later than today in West Kalimantan. */
export function NotInFuture(): PropertyDecorator {
  return rule(
    'notInFuture',
    (property) => `${property} must not be in the future`,
    (value) => typeof value === 'string' && value <= todayInWib(),
  );
}

/** A moment after now, and at most `maxDays` ahead (a deadline, not a typo in the year). */
export function InFutureWithin(maxDays: number): PropertyDecorator {
  return rule(
    'inFutureWithin',
    (property) => `${property} must be in the future, at most ${maxDays} days from now`,
    (value) => {
      if (!(value instanceof Date)) return false;
      const now = new Date();
      return value > now && value <= addDays(now, maxDays);
    },
  );
}

/** A Decimal (already non-negative with ≤ 2 decimals, see DecimalScalar) no greater than `max`. */
export function DecimalAtMost(max: string): PropertyDecorator {
  return rule(
    'decimalAtMost',
    (property) => `${property} must be at most ${max}`,
    (value) => typeof value === 'string' && compareDecimal(value, max) <= 0,
  );
}

/** A Decimal greater than zero (quantities). */
export function DecimalPositive(): PropertyDecorator {
  return rule(
    'decimalPositive',
    (property) => `${property} must be greater than 0`,
    (value) => typeof value === 'string' && compareDecimal(value, '0') > 0,
  );
}

/** Every item is shaped like a Kemendagri region code ("61.03", "61.03.05.2001"). */
export function EachRegionCode(): PropertyDecorator {
  return rule(
    'eachRegionCode',
    (property) => `${property} must hold Kemendagri region codes such as "61.03"`,
    (value) => Array.isArray(value) && value.every((code) => typeof code === 'string' && isRegionCode(code)),
  );
}

/** Shaped like a Kemendagri region code. */
export function RegionCode(): PropertyDecorator {
  return rule(
    'regionCode',
    (property) => `${property} must be a Kemendagri region code such as "61.03" or "61.03.05.2001"`,
    (value) => typeof value === 'string' && isRegionCode(value),
  );
}

/** Every item is shaped like a province, regency or district code ("61", "61.03", "61.03.05"). */
export function EachCoverageCode(): PropertyDecorator {
  return rule(
    'eachCoverageCode',
    (property) =>
      `${property} must hold province, regency or district codes such as "61", "61.03" or "61.03.05"`,
    (value) =>
      Array.isArray(value) && value.every((code) => typeof code === 'string' && isCoverageCode(code)),
  );
}

/** Several property decorators as one, so that create and update inputs share a field's rules. */
export function composed(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyKey) => decorators.forEach((decorate) => decorate(target, propertyKey));
}

/** How partial updates treat a nullable field, for its description. */
export const KEEP_OR_CLEAR = 'Leave out to keep the stored value; null clears it.';
/** How partial updates treat a field that cannot be cleared, for its description. */
export const KEEP = 'Leave out to keep the stored value.';

/**
 * Whether a field belongs to a create input (false) or to a partial update, where it may be left
 * out ('keep') or also be cleared with null ('keepOrClear').
 */
export type FieldChange = false | 'keep' | 'keepOrClear';

/** A field's description on a create input or a partial-update input. */
export function describeField(text: string, change: FieldChange): string {
  if (!change) return text;
  return `${text} ${change === 'keep' ? KEEP : KEEP_OR_CLEAR}`;
}

/**
 * @Field options for a field shared by a create and an update input: on create it is required
 * (or optional, or defaulted); on an update always optional.
 */
export function inputField(
  change: FieldChange,
  text: string,
  options: { optional?: boolean; defaultValue?: unknown } = {},
): { nullable: boolean; description: string; defaultValue?: unknown } {
  const onCreate = change === false;
  return {
    nullable: !onCreate || options.optional === true,
    ...(onCreate && options.defaultValue !== undefined ? { defaultValue: options.defaultValue } : {}),
    description: describeField(text, change),
  };
}
