import { defaultShares, fromHundredths, readShare, tallyShares, toHundredths } from './pool-shares';

describe('pool share arithmetic', () => {
  it('adds exact decimals without floating-point drift', () => {
    expect(toHundredths('0.1')! + toHundredths('0.2')!).toBe(toHundredths('0.3'));
    expect(fromHundredths(toHundredths('380000.5')!)).toBe('380000.5');
    expect(fromHundredths(toHundredths('480000.00')!)).toBe('480000');
    expect(toHundredths('1.234')).toBeNull();
    expect(toHundredths('-3')).toBeNull();
  });

  it('starts each member at its monthly supply, the last one only at what is still missing', () => {
    expect(defaultShares(['300000', '250000'], '480000')).toEqual(['300000', '180000']);
    expect(defaultShares(['200000', '150000', '200000'], '480000')).toEqual(['200000', '150000', '130000']);
    expect(defaultShares(['240000', '240000'], '480000')).toEqual(['240000', '240000']);
  });

  it('keeps the last member whole when the others already reach the target', () => {
    expect(defaultShares(['500000', '100000'], '480000')).toEqual(['500000', '100000']);
  });

  it('reads a share as a person types it, refusing nothing or zero', () => {
    expect(readShare('1.500')).toBe('1500');
    expect(readShare('2,5')).toBe('2.5');
    expect(readShare('')).toBeNull();
    expect(readShare('0')).toBeNull();
    expect(readShare('banyak')).toBeNull();
  });

  it('tallies the included shares against the target', () => {
    const rows = [
      { included: true, typed: '300.000' },
      { included: true, typed: '180.000' },
      { included: false, typed: '90.000' },
    ];
    expect(tallyShares(rows, '480000')).toEqual({
      total: '480000',
      missing: '0',
      surplus: '0',
      reached: true,
      included: 2,
      unreadable: [],
    });
    const short = tallyShares([rows[0], { included: true, typed: '' }], '480000');
    expect(short).toMatchObject({ total: '300000', missing: '180000', reached: false, unreadable: [1] });
    expect(tallyShares([rows[0], { included: true, typed: '200000' }], '480000')).toMatchObject({
      reached: true,
      surplus: '20000',
    });
  });
});
