import type { Random } from './random';

/**
 * Every timestamp in the demo data is relative to this fixed instant instead of the current time,
 * so two runs produce identical rows.
 */
export const REFERENCE_DATE = new Date('2026-11-01T00:00:00.000Z');

const DAY_MS = 24 * 60 * 60 * 1000;

/** `days` whole days after the reference date (negative: before). */
export function daysFromReference(days: number): Date {
  return new Date(REFERENCE_DATE.getTime() + days * DAY_MS);
}

/** The day of `date` relative to the reference date (-1: the day before it). */
export function dayRelativeToReference(date: Date): number {
  return Math.floor((date.getTime() - REFERENCE_DATE.getTime()) / DAY_MS);
}

/** A moment between `fromDays` and `toDays` around the reference date, at a random office hour. */
export function momentAround(rng: Random, fromDays: number, toDays: number): Date {
  const day = daysFromReference(rng.int(fromDays, toDays));
  // 01:00–10:59 UTC is 08:00–17:59 in West Kalimantan (WIB, UTC+7).
  const seconds = rng.int(1 * 3600, 11 * 3600 - 1);
  return new Date(day.getTime() + seconds * 1000);
}

/** The later of two dates. */
export function later(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

/** A calendar date ('YYYY-MM-DD') between two calendar dates, both inclusive. */
export function calendarDateBetween(rng: Random, from: string, to: string): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const days = rng.int(0, Math.round((end - start) / DAY_MS));
  return toCalendarDate(new Date(start + days * DAY_MS));
}

/** A calendar date `days` after another ('YYYY-MM-DD'). */
export function addDays(calendarDate: string, days: number): string {
  return toCalendarDate(new Date(Date.parse(`${calendarDate}T00:00:00Z`) + days * DAY_MS));
}

export function toCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
