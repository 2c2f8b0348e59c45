import type { ReadinessLevel, ReadinessReason } from '@/graphql/generated/graphql';

/*
 * The values of the passport's enums, lowest level first (codegen emits enums as string unions,
 * without a runtime list). A jest spec compares each list with schema.graphql and checks that
 * every value has its text in both languages.
 */

export const READINESS_LEVELS = [
  'NOT_READY',
  'NEEDS_DOCUMENTS',
  'READY_FOR_REVIEW',
  'BANKABLE',
] as const satisfies readonly ReadinessLevel[];

export const READINESS_REASONS = [
  'NO_LEGAL_ENTITY',
  'NO_COOPERATIVE_NUMBER',
  'BOARD_INCOMPLETE',
  'DOCUMENT_MISSING',
  'DOCUMENT_EXPIRED',
  'NOT_VERIFIED',
  'NO_UNIT',
] as const satisfies readonly ReadinessReason[];

/** "Level 2 of 4": where a level stands on the ladder, counted from 1. */
export function levelNumber(level: ReadinessLevel): number {
  return READINESS_LEVELS.indexOf(level) + 1;
}

/** The passport of a cooperative, by its global ID. */
export function passportHref(cooperativeId: string): string {
  return `/cooperatives/${encodeURIComponent(cooperativeId)}/passport`;
}
