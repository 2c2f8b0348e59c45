/** @jest-environment node */
import {
  activeFilterCount,
  cooperativeFilterOf,
  offeringFilterOf,
  parseCooperativeSearch,
  parseOfferingSearch,
  parsePageRequest,
  PAGE_SIZE,
  searchQuery,
} from './search-params';

describe('parseCooperativeSearch', () => {
  it('reads the filters of a shared discover URL', () => {
    const search = parseCooperativeSearch({
      province: '61',
      regency: '61.03',
      district: '61.03.11',
      unitType: 'SAVINGS_AND_LOAN',
      unitStatus: 'ACTIVE',
      q: '  Balai ',
    });
    expect(search).toEqual({
      region: '61.03.11',
      unitType: 'SAVINGS_AND_LOAN',
      unitStatus: 'ACTIVE',
      q: 'Balai',
      stage: undefined,
      commodity: undefined,
      kind: undefined,
      verification: undefined,
    });
    expect(activeFilterCount(search)).toBe(4);
    expect(cooperativeFilterOf(search)).toMatchObject({
      regionCode: '61.03.11',
      unitType: 'SAVINGS_AND_LOAN',
    });
    expect(searchQuery({ ...search })).toMatchObject({
      province: '61',
      regency: '61.03',
      district: '61.03.11',
    });
  });

  it('ignores values that are not the API’s, and a district outside the chosen regency', () => {
    const search = parseCooperativeSearch({
      stage: 'NOPE',
      province: '61',
      regency: '61.01',
      district: '61.03.11',
      kind: ['KKMP', 'KDMP'],
    });
    expect(search.stage).toBeUndefined();
    expect(search.region).toBe('61.01');
    expect(search.kind).toBe('KKMP');
    expect(cooperativeFilterOf(search).regionCode).toBe('61.01');
  });

  it('an older link naming only the regency still chooses it', () => {
    expect(parseCooperativeSearch({ regency: '61.03' }).region).toBe('61.03');
  });
});

describe('parsePageRequest', () => {
  it('pages forward after a cursor, backward before one, and starts at the first page', () => {
    expect(parsePageRequest({})).toEqual({ first: PAGE_SIZE });
    expect(parsePageRequest({ after: 'abc' })).toEqual({ first: PAGE_SIZE, after: 'abc' });
    expect(parsePageRequest({ before: 'abc' })).toEqual({ last: PAGE_SIZE, before: 'abc' });
  });
});

describe('the filters added for partners', () => {
  it('a minimum verification level goes to the API; the lowest one is no filter', () => {
    const search = parseCooperativeSearch({ verification: 'DOCUMENTS_VERIFIED' });
    expect(cooperativeFilterOf(search).minVerificationLevel).toBe('DOCUMENTS_VERIFIED');
    expect(activeFilterCount(search)).toBe(1);
    expect(parseCooperativeSearch({ verification: 'UNVERIFIED' }).verification).toBeUndefined();
    expect(parseCooperativeSearch({ verification: 'VERY' }).verification).toBeUndefined();
    expect(activeFilterCount(parseCooperativeSearch({}))).toBe(0);
  });

  it('a ticket size is read as people type amounts, and a range the wrong way round is turned', () => {
    expect(
      offeringFilterOf(parseOfferingSearch({ amountMin: 'Rp 500.000.000', amountMax: '2.000.000.000' })),
    ).toMatchObject({ amountMin: '500000000', amountMax: '2000000000' });
    expect(parseOfferingSearch({ amountMin: '3000000000', amountMax: '1.000.000' })).toMatchObject({
      amountMin: '1000000',
      amountMax: '3000000000',
    });
    expect(parseOfferingSearch({ amountMin: '900.000', amountMax: '1.000.000,5' })).toMatchObject({
      amountMin: '900000',
      amountMax: '1000000.5',
    });
    // Unreadable amounts are dropped rather than sent.
    const search = parseOfferingSearch({ amountMin: 'banyak', amountMax: '-5' });
    expect(search.amountMin).toBeUndefined();
    expect(search.amountMax).toBeUndefined();
    expect(activeFilterCount(parseOfferingSearch({ kind: 'FINANCING_NEED', amountMin: '1' }))).toBe(2);
  });
});
