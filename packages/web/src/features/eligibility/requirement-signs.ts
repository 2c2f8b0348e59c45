import type { RequirementStatus } from '@/graphql/generated/graphql';

/**
 * ✓ met, ✗ missing or failed, ! lapsed or not yet known: the sign repeats what the text says.
 * Shared by a program's eligibility checklist and a cooperative's financing passport.
 */
export const REQUIREMENT_SIGNS: Record<RequirementStatus, { sign: string; tone: string }> = {
  MET: { sign: '✓', tone: 'text-emerald-700' },
  MISSING: { sign: '✗', tone: 'text-brand-700' },
  NOT_MET: { sign: '✗', tone: 'text-brand-700' },
  EXPIRED: { sign: '!', tone: 'text-amber-700' },
  UNKNOWN: { sign: '!', tone: 'text-stone-500' },
};
