/**
 * The shape of a well-formed code, written so that JavaScript and PostgreSQL read it alike:
 * ASCII digits only (`[0-9]`, not `\d`, which PostgreSQL may extend to other scripts' digits) and
 * `[.]` for a literal dot.
 */
export const REGION_CODE_SHAPE = '^[0-9]{2}([.][0-9]{2}([.][0-9]{2}([.][0-9]{4})?)?)?$';

const WELL_FORMED = new RegExp(REGION_CODE_SHAPE);

/** Whether `code` is shaped like a Kemendagri code of any level. */
export function isWellFormedRegionCode(code: string): boolean {
  return WELL_FORMED.test(code);
}
