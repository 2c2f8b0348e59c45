import {
  daysSince,
  formatCount,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatDuration,
  formatIdr,
  formatIdrRange,
  formatList,
  formatLocalDate,
} from './format';

describe('formatIdr', () => {
  it('groups thousands with dots and puts Rp right before the number', () => {
    expect(formatIdr('3000000000')).toBe('Rp3.000.000.000');
    expect(formatIdr('500000000')).toBe('Rp500.000.000');
    expect(formatIdr('1000')).toBe('Rp1.000');
    expect(formatIdr('999')).toBe('Rp999');
    expect(formatIdr('0')).toBe('Rp0');
  });

  it('keeps sen as two digits after a comma and drops a zero fraction', () => {
    expect(formatIdr('2750.5')).toBe('Rp2.750,50');
    expect(formatIdr('2750.05')).toBe('Rp2.750,05');
    expect(formatIdr('3000000000.00')).toBe('Rp3.000.000.000');
  });

  it('formats amounts beyond what a float holds exactly, digit for digit', () => {
    expect(formatIdr('123456789012345678.99')).toBe('Rp123.456.789.012.345.678,99');
  });

  it('puts the sign before Rp and leaves a value that is not a decimal as it is', () => {
    expect(formatIdr('-1500')).toBe('-Rp1.500');
    expect(formatIdr('abc')).toBe('abc');
    expect(formatIdr('1e9')).toBe('1e9');
  });

  it('formats a price range, or the side that is known', () => {
    expect(formatIdrRange('2500', '3000')).toBe('Rp2.500 – Rp3.000');
    expect(formatIdrRange('2500', '2500')).toBe('Rp2.500');
    expect(formatIdrRange(null, '3000')).toBe('≤ Rp3.000');
    expect(formatIdrRange('2500', undefined)).toBe('≥ Rp2.500');
    expect(formatIdrRange(null, null)).toBeNull();
  });
});

describe('formatDecimal', () => {
  it('uses Indonesian separators in Indonesian and English ones in English', () => {
    expect(formatDecimal('1500.5', 'id')).toBe('1.500,5');
    expect(formatDecimal('1500.5', 'en')).toBe('1,500.5');
    expect(formatDecimal('200.00', 'id')).toBe('200');
    expect(formatDecimal('6', 'id')).toBe('6');
  });
});

describe('dates', () => {
  it('writes a calendar date with the Indonesian month name', () => {
    expect(formatLocalDate('2025-07-21', 'id')).toBe('21 Juli 2025');
    expect(formatLocalDate('2025-08-17', 'en')).toBe('17 August 2025');
  });

  it('does not shift a calendar date by time zone', () => {
    expect(formatLocalDate('2025-01-01', 'id')).toBe('1 Januari 2025');
    expect(formatLocalDate('2025-12-31', 'id')).toBe('31 Desember 2025');
  });

  it('shows a moment as its day in West Kalimantan (UTC+7)', () => {
    // 20:00 UTC on 31 Oct is already 1 November in Pontianak.
    expect(formatDate('2025-10-31T20:00:00Z', 'id')).toBe('1 November 2025');
    expect(formatDate('2025-10-31T10:00:00Z', 'id')).toBe('31 Oktober 2025');
  });

  it('leaves a value that is not a date as it is', () => {
    expect(formatLocalDate('21/07/2025', 'id')).toBe('21/07/2025');
    expect(formatDate('not a date', 'id')).toBe('not a date');
  });
});

describe('formatCount', () => {
  it('groups thousands the way each language does', () => {
    expect(formatCount(2145, 'id')).toBe('2.145');
    expect(formatCount(2145, 'en')).toBe('2,145');
  });
});

describe('formatDateTime and daysSince', () => {
  it('shows the moment with its time in West Kalimantan (WIB)', () => {
    expect(formatDateTime('2026-10-21T07:05:00Z', 'id')).toBe('21 Okt 2026, 14.05 WIB');
    expect(formatDateTime('2026-10-21T07:05:00Z', 'en')).toBe('21 Oct 2026, 14:05 WIB');
  });

  it('counts whole days waited, never negative', () => {
    const now = new Date('2026-10-24T08:00:00Z');
    expect(daysSince('2026-10-21T07:05:00Z', now)).toBe(3);
    expect(daysSince('2026-10-24T07:00:00Z', now)).toBe(0);
    expect(daysSince('2026-10-25T07:00:00Z', now)).toBe(0);
  });
});

describe('formatDuration', () => {
  test.each([
    [90, 'id', '2 menit'],
    [5 * 3600 + 600, 'id', '5 jam'],
    [3 * 86_400, 'id', '3 hari'],
    [47 * 3600, 'en', '47 hours'],
    [10, 'en', '1 minute'],
  ] as const)('%i s in %s reads "%s"', (seconds, locale, expected) => {
    expect(formatDuration(seconds, locale)).toBe(expected);
  });
});

describe('formatList', () => {
  it('joins names the way each language does', () => {
    expect(formatList(['Sekretaris', 'Pengawas'], 'id')).toBe('Sekretaris dan Pengawas');
    expect(formatList(['Secretary', 'Treasurer', 'Supervisor'], 'en')).toBe(
      'Secretary, Treasurer and Supervisor',
    );
    expect(formatList(['Ketua'], 'id')).toBe('Ketua');
  });
});
