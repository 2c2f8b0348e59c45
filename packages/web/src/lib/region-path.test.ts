/** @jest-environment node */
import { levelOfCode, parseRegionPath, regionChain, regionPathQuery, enclosingRegion } from './region-path';

describe('region paths', () => {
  it('the path to a code is its prefixes, province first', () => {
    expect(regionChain('33.01.01.2001')).toEqual(['33', '33.01', '33.01.01', '33.01.01.2001']);
    expect(regionChain('61')).toEqual(['61']);
    expect(regionChain('61.3')).toEqual([]);
    expect(regionChain(undefined)).toEqual([]);
    expect(levelOfCode('61.03.05')).toBe('DISTRICT');
    expect(levelOfCode('61.03.05.201')).toBeNull();
  });

  it.each([
    ['the deepest consistent level', { province: '33', regency: '33.01', district: '33.01.01' }, '33.01.01'],
    ['a regency left over from another province is dropped', { province: '33', regency: '61.03' }, '33'],
    ['a district without its regency (cleared) is dropped', { province: '61', district: '61.03.05' }, '61'],
    ['an older link with the regency only', { regency: '61.03' }, '61.03'],
    ['a malformed code counts as none', { province: '6' }, undefined],
    [
      'a village',
      { province: '61', regency: '61.03', district: '61.03.05', village: '61.03.05.2001' },
      '61.03.05.2001',
    ],
  ])('%s', (_case, params, expected) => {
    expect(parseRegionPath(params)).toBe(expected);
  });

  it('stops at the deepest level a picker offers', () => {
    expect(parseRegionPath({ province: '61', regency: '61.03', district: '61.03.05' }, 'REGENCY')).toBe(
      '61.03',
    );
  });

  it('a region as URL parameters', () => {
    expect(regionPathQuery('61.03')).toEqual({ province: '61', regency: '61.03' });
    expect(regionPathQuery(undefined)).toEqual({});
  });
});

describe('enclosingRegion', () => {
  test.each<[string[], string | undefined]>([
    [['61.01', '61.02', '61.03'], '61'],
    [['61.03'], '61.03'],
    [['61.03.05.2001', '61.03.05'], '61.03.05'],
    [['61.03.05', '61.03.07'], '61.03'],
    [['61.03', '33.01'], undefined],
    [[], undefined],
    [['61', '61.03'], '61'],
  ])('%j → %s', (codes, expected) => {
    expect(enclosingRegion(codes)).toBe(expected);
  });
});
