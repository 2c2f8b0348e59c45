/**
 * The one definition of "a region covers a code", and of "the Dinas office covers this region"
 * built on it (`dinasCovers`, `dinasCoversSql`): wherever a viewer's region scope (the regions a
 * Dinas office oversees) decides what they may see (documents, eligibility, matching, the
 * dashboard, proposal pipelines) it is asked here, and the web app's dashboard region picker
 * uses `anyRegionCovers`.
 *
 * A Kemendagri code names a province ("61"), a regency ("61.03"), a district ("61.03.01") or a
 * village ("61.03.01.2001"). Each level has a fixed width and is separated by a dot, so a region
 * covers exactly itself and the codes that extend it by ".": "61.03" covers "61.03" and
 * "61.03.01.2001", never its sibling "61.04" nor a code that merely shares its first characters
 * (a prefix without the dot would let "61.0" cover "61.03"). Anything that is not a well-formed
 * code, on either side, covers and is covered by nothing.
 *
 * This file imports only shared/region-code.ts (which imports nothing) on purpose: the web app
 * imports it by path (see packages/web/src/features/dashboard/dinas-regions.ts), so the web and
 * the API share this definition instead of copying it. `regionCoversSql` is its SQL twin, and
 * test/region-scope.spec.ts checks on PostgreSQL that both answer alike over a table of cases at
 * every level; `dinasCoversSql` is `dinasCovers`'s, checked there too.
 */

import { isWellFormedRegionCode, REGION_CODE_SHAPE } from '../../shared/region-code';

/** Whether region `scope` covers region `code`: it is the same region or lies inside it. */
export function regionCovers(scope: string, code: string): boolean {
  return (
    isWellFormedRegionCode(scope) &&
    isWellFormedRegionCode(code) &&
    (code === scope || code.startsWith(`${scope}.`))
  );
}

/** Whether any of `scopes` covers `code`; false for no scopes at all. */
export function anyRegionCovers(scopes: readonly string[], code: string): boolean {
  return scopes.some((scope) => regionCovers(scope, code));
}

/**
 * Whoever may oversee regions as the cooperative office (Dinas): the request's viewer
 * (account/viewer.ts), read through this one method so that this file stays free of imports.
 */
export interface DinasScoped {
  /** The province or regency codes the viewer oversees as Dinas; none for everyone else. */
  dinasRegionCodes(): readonly string[];
}

/**
 * "The Dinas office covers this region": whether `viewer` is the cooperative office of a region
 * covering `code` (a cooperative's village, a region of the dashboard). False without a viewer.
 */
export function dinasCovers(viewer: DinasScoped | null | undefined, code: string): boolean {
  return anyRegionCovers(viewer?.dinasRegionCodes() ?? [], code);
}

/** A raw SQL fragment and its bindings, for knex's `whereRaw`/`raw`. */
export interface SqlPredicate {
  sql: string;
  bindings: string[];
}

/**
 * The SQL twin of `anyRegionCovers(scopes, <column>)`: a predicate true for the rows whose
 * `column` (a knex column reference such as "c.village_code", bound as an identifier) lies in
 * one of `scopes`. Malformed scopes are dropped here, so the LIKE patterns hold digits and dots
 * only (no wildcard but the trailing one) and stay usable by a varchar_pattern_ops index; the
 * column is checked against the same shape as `isWellFormedRegionCode`. No scope left: false.
 */
export function regionCoversSql(scopes: readonly string[], column: string): SqlPredicate {
  const wellFormed = [...new Set(scopes.filter(isWellFormedRegionCode))];
  if (wellFormed.length === 0) return { sql: 'false', bindings: [] };
  const bindings: string[] = [column, REGION_CODE_SHAPE];
  const alternatives = wellFormed.map((scope) => {
    bindings.push(column, scope, column, `${scope}.%`);
    return '?? = ? or ?? like ?';
  });
  return { sql: `(?? ~ ? and (${alternatives.join(' or ')}))`, bindings };
}

/**
 * The SQL twin of `dinasCovers(viewer, <column>)`: the rows whose `column` lies in a region the
 * viewer oversees as Dinas; false for a viewer who oversees none.
 */
export function dinasCoversSql(viewer: DinasScoped | null | undefined, column: string): SqlPredicate {
  return regionCoversSql(viewer?.dinasRegionCodes() ?? [], column);
}

/**
 * The regions around a well-formed code, outermost first: "61.03.05" → ["61", "61.03"]; else [].
 * The database's triggers use its twin `region_enclosing(code)`, and `region_regency(code)` for
 * `regencyOf` (migration 20261205130000); test/region-scope.spec.ts ties them together.
 */
export function enclosingRegionCodes(code: string): string[] {
  if (!isWellFormedRegionCode(code)) return [];
  const parts = code.split('.');
  return parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join('.'));
}

/** The province of a well-formed code ("61.03.05.2001" → "61"); null for anything else. */
export function provinceOf(code: string): string | null {
  return isWellFormedRegionCode(code) ? code.slice(0, 2) : null;
}

/** The regency of a well-formed code at regency level or below ("61.03.05" → "61.03"); else null. */
export function regencyOf(code: string): string | null {
  return isWellFormedRegionCode(code) && code.length >= 5 ? code.slice(0, 5) : null;
}

/**
 * SQL twin of `[...enclosingRegionCodes(code), code]` for a column of well-formed codes: the code
 * and the regions around it, to match coverage as array overlap. A code above village level
 * repeats itself in the array ("61.03" → 61, 61.03, 61.03, 61.03), which an overlap ignores.
 */
export function regionAndEnclosingSql(column: string): string {
  return `array[left(${column}, 2), left(${column}, 5), left(${column}, 8), ${column}]`;
}

/**
 * Whether two regions overlap: one covers the other. This is how a list filtered by a region
 * treats coverage: a partner covering "61.03" serves a filter on its district "61.03.05" (it covers
 * it) and on its province "61" (it serves part of it), but not one on "61.04".
 */
export function regionsOverlap(a: string, b: string): boolean {
  return regionCovers(a, b) || regionCovers(b, a);
}

/**
 * The SQL twin of `regionsOverlap(code, <column>)`, for a column of well-formed codes (coverage,
 * delivery regions): the column equals the code or one of the regions around it, or lies inside it.
 * A malformed `code`: false.
 */
export function regionOverlapsSql(code: string, column: string): SqlPredicate {
  if (!isWellFormedRegionCode(code)) return { sql: 'false', bindings: [] };
  const around = [...enclosingRegionCodes(code), code];
  return {
    sql: `(?? in (${around.map(() => '?').join(', ')}) or ?? like ?)`,
    bindings: [column, ...around, column, `${code}.%`],
  };
}
