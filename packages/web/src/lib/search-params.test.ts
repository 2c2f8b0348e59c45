/** @jest-environment node */
import {
  cooperativeFilterOf,
  parseCooperativeSearch,
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
    });
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
