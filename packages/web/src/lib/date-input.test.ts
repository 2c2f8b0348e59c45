/** @jest-environment node */
import { dateInputValue, endOfDayInWib } from './date-input';

describe('date fields and moments in West Kalimantan time', () => {
  it('reads a day as its end in WIB', () => {
    expect(endOfDayInWib('2026-12-31')).toBe('2026-12-31T16:59:59.000Z');
    expect(endOfDayInWib('31/12/2026')).toBeNull();
    expect(endOfDayInWib('')).toBeNull();
  });

  it('shows a moment as the day it falls on in WIB', () => {
    expect(dateInputValue('2026-12-31T16:59:59.000Z')).toBe('2026-12-31');
    expect(dateInputValue('2026-12-31T17:30:00.000Z')).toBe('2027-01-01');
    expect(dateInputValue(null)).toBe('');
    expect(dateInputValue('not a date')).toBe('');
  });
});
