import { badUserInput } from '../../graphql/errors';

/** Province "61", regency "61.03", district "61.03.05" or village "61.03.05.2001". */
const REGION_CODE = /^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/;

/** Whether `code` is shaped like a Kemendagri code (it may still not exist). */
export function isRegionCode(code: string): boolean {
  return REGION_CODE.test(code) && (code.length === 13) === /\.\d{4}$/.test(code);
}

/** Throws BAD_USER_INPUT unless `code` is shaped like a Kemendagri code. */
export function assertRegionCode(code: string, field: string): string {
  if (!isRegionCode(code)) {
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

/** The regency a code lies in ("61.03.05.2001" → "61.03"); null for the province itself. */
export function regencyOf(code: string): string | null {
  return code.length >= 5 ? code.slice(0, 5) : null;
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
