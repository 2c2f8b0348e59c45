import { registerDecorator } from 'class-validator';
import { compareDecimal } from '../shared/money';
import { addDays, todayInWib } from '../shared/time';

/**
 * class-validator rules shared by the mutation inputs. Like the built-in ones they only see values
 * that were given (absent optional fields are skipped, see VALIDATOR_OPTIONS), and their failures
 * become INVALID user errors on the field's path.
 */

/** A class-validator rule of its own name, message and check (the modules' rules build on it). */
export function validationRule(
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
  return validationRule(
    'notBlank',
    (property) => `${property} must not be blank`,
    (value) => typeof value === 'string' && /\S/.test(value),
  );
}

/** A calendar date (LocalDate, "YYYY-MM-DD") no later than today in West Kalimantan. */
export function NotInFuture(): PropertyDecorator {
  return validationRule(
    'notInFuture',
    (property) => `${property} must not be in the future`,
    (value) => typeof value === 'string' && value <= todayInWib(),
  );
}

/** A moment after now, and at most `maxDays` ahead (a deadline, not a typo in the year). */
export function InFutureWithin(maxDays: number): PropertyDecorator {
  return validationRule(
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
  return validationRule(
    'decimalAtMost',
    (property) => `${property} must be at most ${max}`,
    (value) => typeof value === 'string' && compareDecimal(value, max) <= 0,
  );
}

/** A Decimal greater than zero (quantities). */
export function DecimalPositive(): PropertyDecorator {
  return validationRule(
    'decimalPositive',
    (property) => `${property} must be greater than 0`,
    (value) => typeof value === 'string' && compareDecimal(value, '0') > 0,
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
