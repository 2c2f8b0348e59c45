/** @jest-environment node */
import { toQueryString } from '@/lib/search-params';
import { parseSearchPage, searchPageQuery, searchVariables } from './search-page';

describe('the /search URL', () => {
  it('reads the region picker path, deepest consistent level', () => {
    const state = parseSearchPage({ q: ' karet ', province: '61', regency: '61.03', district: '61.03.05' });
    expect(state).toEqual({ q: 'karet', region: '61.03.05' });
    expect(searchVariables(state).filter).toEqual({ regionCode: '61.03.05', commodity: null });
  });

  it('keeps older `?region=` links working, and drops a malformed one', () => {
    expect(parseSearchPage({ q: 'lada', region: '61.07' }).region).toBe('61.07');
    expect(parseSearchPage({ q: 'lada', region: '61.03.05.2001' }).region).toBe('61.03.05.2001');
    expect(parseSearchPage({ q: 'lada', region: '61.7' }).region).toBeUndefined();
    expect(parseSearchPage({ q: 'lada', region: "61' or 1=1" }).region).toBeUndefined();
    // The picker's path wins over an old parameter left in the URL.
    expect(parseSearchPage({ q: 'lada', region: '61.07', province: '33' }).region).toBe('33');
  });

  it('writes the region as the picker path, so links reopen the same choice', () => {
    const query = searchPageQuery({
      q: 'sawit',
      type: 'offering',
      region: '61.03.05',
      commodity: 'PALM_OIL_FFB',
    });
    expect(toQueryString(query)).toBe(
      '?q=sawit&type=offering&province=61&regency=61.03&district=61.03.05&commodity=PALM_OIL_FFB',
    );
    expect(parseSearchPage(Object.fromEntries(new URLSearchParams(toQueryString(query))))).toEqual({
      q: 'sawit',
      type: 'offering',
      region: '61.03.05',
      commodity: 'PALM_OIL_FFB',
    });
    expect(toQueryString(searchPageQuery({ q: 'karet' }))).toBe('?q=karet');
  });
});
