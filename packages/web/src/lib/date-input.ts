import { DISPLAY_TIME_ZONE } from './format';

/**
 * A date field (`<input type="date">`, "2026-12-31") and the API's moments: a deadline typed as a
 * day means the end of that day in West Kalimantan (WIB, UTC+7, no daylight saving).
 */

const DATE_INPUT = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-12-31" → "2026-12-31T16:59:59.000Z" (23:59:59 WIB); null for an empty or malformed field. */
export function endOfDayInWib(value: string): string | null {
  if (!DATE_INPUT.test(value)) return null;
  const moment = new Date(`${value}T23:59:59+07:00`);
  return Number.isNaN(moment.getTime()) ? null : moment.toISOString();
}

/** A moment → the day it falls on in West Kalimantan, as a date field's value ("2026-12-31"). */
export function dateInputValue(moment: string | null | undefined): string {
  if (!moment) return '';
  const date = new Date(moment);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(date);
}
