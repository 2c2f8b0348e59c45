import { badUserInput } from '../../graphql/errors';
import { validationRule } from '../../graphql/validation';
import { isWellFormedRegionCode } from '../../shared/region-code';

/** Throws BAD_USER_INPUT unless `code` is shaped like a Kemendagri code. */
export function assertRegionCode(code: string, field: string): string {
  if (!isWellFormedRegionCode(code)) {
    throw badUserInput(
      `"${code.slice(0, 40)}" is not a Kemendagri region code (e.g. "61.03" for a regency, "61.03.05.2001" for a village).`,
      field,
    );
  }
  return code;
}

/** SQL LIKE pattern matching a region code and everything inside it. */
export function withinRegionPattern(code: string): string {
  return code.length === 13 ? code : `${code}.%`;
}

const REGENCY_CODE = /^\d{2}\.\d{2}$/;

/** Whether `code` is shaped like a regency code such as "61.03". */
export function isRegencyCode(code: string): boolean {
  return REGENCY_CODE.test(code);
}

/** Throws BAD_USER_INPUT unless `code` is a regency code such as "61.03". */
export function assertRegencyCode(code: string, field: string): string {
  if (!isRegencyCode(code)) {
    throw badUserInput(`"${code.slice(0, 40)}" is not a regency code (e.g. "61.03").`, field);
  }
  return code;
}

/** Shortest and longest name search: two characters narrow 91,599 names enough to be useful. */
export const REGION_SEARCH_LENGTH = { min: 2, max: 60 } as const;

/**
 * The text of a region name search as it is matched: trimmed, inner spaces collapsed, lower case.
 * Throws BAD_USER_INPUT when it is shorter or longer than REGION_SEARCH_LENGTH allows, or holds no
 * letter or digit.
 */
export function normaliseRegionSearch(text: string, field: string): string {
  const normalised = text.trim().replace(/\s+/g, ' ').toLowerCase();
  const { min, max } = REGION_SEARCH_LENGTH;
  if (normalised.length < min || normalised.length > max || !/[\p{L}\p{N}]/u.test(normalised)) {
    throw badUserInput(
      `A region name search takes ${min}–${max} characters with at least one letter or digit, e.g. "sanggau".`,
      field,
    );
  }
  return normalised;
}

/** Levels a partner's or program's coverage may name: a village is too small to serve. */
const COVERAGE_CODE = /^\d{2}(\.\d{2}){0,2}$/;

/** Whether `code` is shaped like a province, regency or district code ("61", "61.03", "61.03.05"). */
export function isCoverageCode(code: string): boolean {
  return COVERAGE_CODE.test(code);
}

/** Every item is shaped like a Kemendagri region code ("61.03", "61.03.05.2001"). */
export function EachRegionCode(): PropertyDecorator {
  return validationRule(
    'eachRegionCode',
    (property) => `${property} must hold Kemendagri region codes such as "61.03"`,
    (value) =>
      Array.isArray(value) && value.every((code) => typeof code === 'string' && isWellFormedRegionCode(code)),
  );
}

/** Shaped like a Kemendagri region code. */
export function RegionCode(): PropertyDecorator {
  return validationRule(
    'regionCode',
    (property) => `${property} must be a Kemendagri region code such as "61.03" or "61.03.05.2001"`,
    (value) => typeof value === 'string' && isWellFormedRegionCode(value),
  );
}

/** Every item is shaped like a province, regency or district code ("61", "61.03", "61.03.05"). */
export function EachCoverageCode(): PropertyDecorator {
  return validationRule(
    'eachCoverageCode',
    (property) =>
      `${property} must hold province, regency or district codes such as "61", "61.03" or "61.03.05"`,
    (value) =>
      Array.isArray(value) && value.every((code) => typeof code === 'string' && isCoverageCode(code)),
  );
}
