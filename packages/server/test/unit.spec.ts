import { loadConfig } from '../src/config';
import { compareDecimal, isDecimalAmount, normalizeDecimal } from '../src/shared/money';
import { fromGlobalId, toGlobalId } from '../src/shared/global-id';
import { levelsAtLeast, VerificationLevel } from '../src/shared/verification';
import fc from 'fast-check';
import { fromPgTimestamp } from '../src/shared/time';
import { columnsFor, readTable } from '../src/read-layer/read-table';

describe('configuration', () => {
  test('defaults: development on port 4000 with the embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 4000,
      databaseUrl: undefined,
      seedDemoData: true,
    });
    expect(config.embeddedPostgres.dataDir).toMatch(/\.data\/postgres$/);
  });

  test('production does not seed demo data or report statement counts unless asked', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/mitradesa' });
    expect(config.seedDemoData).toBe(false);
    expect(config.sqlStatementHeader).toBe(false);
  });

  test('every bad value is named in one clear message', () => {
    const load = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging' });
    expect(load).toThrow(/^Invalid configuration:\n/);
    expect(load).toThrow(/PORT: /);
    expect(load).toThrow(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(load).toThrow(/NODE_ENV: /);
  });
});

describe('money', () => {
  test('decimal amounts are validated, normalised and compared exactly', () => {
    expect(isDecimalAmount('3000000000')).toBe(true);
    expect(isDecimalAmount('2750.50')).toBe(true);
    expect(isDecimalAmount('-1')).toBe(false);
    expect(isDecimalAmount('1e9')).toBe(false);
    expect(isDecimalAmount('1.005')).toBe(false);
    expect(isDecimalAmount('007')).toBe(false);
    expect(normalizeDecimal('3000000000.00')).toBe('3000000000');
    expect(normalizeDecimal('2750.50')).toBe('2750.5');
    expect(normalizeDecimal('0.00')).toBe('0');
    expect(normalizeDecimal('10.0')).toBe('10');
    expect(normalizeDecimal('100')).toBe('100');
    expect(normalizeDecimal('0.05')).toBe('0.05');
    expect(compareDecimal('9007199254740993', '9007199254740992')).toBe(1);
    expect(compareDecimal('10', '9.99')).toBe(1);
    expect(compareDecimal('1.5', '1.50')).toBe(0);
  });
});

describe('global IDs', () => {
  test('round-trip and are opaque', () => {
    const id = toGlobalId('Cooperative', 42);
    expect(id).not.toContain('Cooperative');
    expect(fromGlobalId(id)).toEqual({ type: 'Cooperative', key: 42 });
    expect(fromGlobalId(toGlobalId('Region', '61.03.05.2001'))).toEqual({
      type: 'Region',
      key: '61.03.05.2001',
    });
  });

  test('a Region ID holds a well-formed code of some level, as region-code.ts defines it', () => {
    for (const code of ['61', '61.03', '61.03.05', '61.03.05.2001']) {
      expect(fromGlobalId(toGlobalId('Region', code))).toEqual({ type: 'Region', key: code });
    }
    // A village number straight after the province, a short level, Arabic-Indic digits.
    for (const code of ['61.2001', '61.3', '٦١.03', '61.03.05.2001.1', '']) {
      expect(() => fromGlobalId(toGlobalId('Region', code))).toThrow(/is not a valid MitraDesa ID/);
    }
  });

  test("are base64url of 'Type:key', as Buffer writes it, for every length", () => {
    const keys: (number | string)[] = [0, 7, 42, 999, 1234, 83762, 9007199254740991, '61', '61.03.05.2001'];
    for (let key = 0; key < 2000; key += 1) keys.push(key);
    for (const type of ['Cooperative', 'Offering', 'BusinessUnit', 'Region', 'User'] as const) {
      for (const key of keys) {
        expect(toGlobalId(type, key)).toBe(Buffer.from(`${type}:${key}`, 'utf8').toString('base64url'));
      }
    }
    // Given again (from the recent IDs), and past the point where those start again: the same.
    for (let key = 0; key < 12_000; key += 1) {
      expect(toGlobalId('Offering', key)).toBe(Buffer.from(`Offering:${key}`).toString('base64url'));
    }
    expect(toGlobalId('Offering', 42)).toBe(Buffer.from('Offering:42').toString('base64url'));
    // Not ASCII (no key is today): still Buffer's answer.
    expect(toGlobalId('Region', 'Sambas Ü')).toBe(
      Buffer.from('Region:Sambas Ü', 'utf8').toString('base64url'),
    );
  });
});

test('verification levels at least a given one', () => {
  expect(levelsAtLeast(VerificationLevel.DOCUMENTS_VERIFIED)).toEqual([
    VerificationLevel.DOCUMENTS_VERIFIED,
    VerificationLevel.GOVERNMENT_VERIFIED,
  ]);
});

test('timestamps read as text from PostgreSQL become exact dates', () => {
  expect(fromPgTimestamp('2026-04-21 05:56:37.123+00').toISOString()).toBe('2026-04-21T05:56:37.123Z');
  expect(fromPgTimestamp('2026-04-21 12:56:37+07').toISOString()).toBe('2026-04-21T05:56:37.000Z');
  expect(fromPgTimestamp(null)).toBeNull();
  // A column a pruned read left out.
  expect(fromPgTimestamp(undefined as unknown as null)).toBeNull();
  expect(() => fromPgTimestamp('yesterday')).toThrow(/Unreadable timestamp/);
  expect(() => fromPgTimestamp('2026-04-2x 05:56:37+00')).toThrow(/Unreadable timestamp/);
});

test('any UTC timestamp as PostgreSQL writes it (trailing zeros of the fraction cut) reads back to the microsecond cut to ms', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
      fc.integer({ min: 0, max: 999 }),
      (ms, microseconds) => {
        const iso = new Date(ms).toISOString(); // 2026-04-21T05:56:37.123Z
        const fraction = `${iso.slice(20, 23)}${String(microseconds).padStart(3, '0')}`.replace(/0+$/, '');
        const text = `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction ? `.${fraction}` : ''}+00`;
        expect(fromPgTimestamp(text).getTime()).toBe(ms);
      },
    ),
    { numRuns: 2000 },
  );
});

describe('columns a read takes for a selection (columnsFor)', () => {
  const table = readTable({
    name: 'sample',
    from: 'sample as s',
    columns: ['s.id', 's.parent_id', 's.title', 's.body', 's.price', 's.created_at'],
    fieldColumns: { id: [], title: ['title'], body: ['body'], price: ['price'], parent: [] },
    keyColumns: ['parent_id'],
    toNode: (row: { id: number }) => row,
  });

  test('the id, the key columns, what the fields read and what the caller adds, in declaration order', () => {
    expect(columnsFor(table, new Set(['title', '__typename']), ['created_at'])).toEqual([
      's.id',
      's.parent_id',
      's.title',
      's.created_at',
    ]);
    expect(columnsFor(table, new Set(['parent']))).toEqual(['s.id', 's.parent_id']);
  });

  test('every column for an unknown selection or a field the declaration does not list', () => {
    expect(columnsFor(table, null)).toBe(table.columns);
    expect(columnsFor(table, new Set(['title', 'somethingElse']))).toBe(table.columns);
  });

  test('the same list object for the same columns, so its SQL text is written once', () => {
    expect(columnsFor(table, new Set(['body', 'title']))).toBe(columnsFor(table, new Set(['title', 'body'])));
  });

  test('a declaration naming a column it does not have is refused', () => {
    expect(() =>
      readTable({
        name: 'broken',
        from: 'sample as s',
        columns: ['s.id'],
        fieldColumns: { title: ['title'] },
        toNode: (row: { id: number }) => row,
      }),
    ).toThrow('the column "title" is not one of its columns');
  });
});
