import { parseMoneyInput, parseRateInput, parseWholeNumberInput } from './decimal-input';

describe('parseMoneyInput', () => {
  it.each([
    ['1.500.000.000', '1500000000'],
    ['1500000000', '1500000000'],
    ['Rp1.500.000.000', '1500000000'],
    ['Rp 1.500.000.000', '1500000000'],
    ['  1 500 000 000 ', '1500000000'],
    ['1,500,000,000', '1500000000'],
    ['1.500', '1500'],
    ['1.500.000,50', '1500000.5'],
    ['1,500,000.75', '1500000.75'],
    ['2750.50', '2750.5'],
    ['2750,5', '2750.5'],
    ['0', '0'],
    ['000125', '125'],
    ['999999999999.99', '999999999999.99'],
  ])('reads %j as %j', (input, expected) => {
    expect(parseMoneyInput(input)).toEqual({ ok: true, value: expected });
  });

  it('keeps digits a float would lose', () => {
    expect(parseMoneyInput('999.999.999.999,99')).toEqual({ ok: true, value: '999999999999.99' });
  });

  it('reads an empty field as left out', () => {
    expect(parseMoneyInput('')).toEqual({ ok: true, value: null });
    expect(parseMoneyInput('   ')).toEqual({ ok: true, value: null });
  });

  it.each(['abc', '-5', '1.50.000', '1..5', '1.500.00', '1,5,0', '12e3', '1.500,000,5', '.5'])(
    'refuses %j',
    (input) => {
      expect(parseMoneyInput(input)).toEqual({ ok: false, problem: 'invalid' });
    },
  );

  it('refuses more than two digits of sen and amounts beyond the API cap', () => {
    expect(parseMoneyInput('1500,125')).toEqual({ ok: false, problem: 'tooPrecise' });
    expect(parseMoneyInput('1.000.000.000.000')).toEqual({ ok: false, problem: 'tooLarge' });
  });
});

describe('parseRateInput', () => {
  it.each([
    ['6', '6'],
    ['6,5', '6.5'],
    ['6.5', '6.5'],
    ['6,25 %', '6.25'],
    ['12.00', '12'],
  ])('reads %j as %j', (input, expected) => {
    expect(parseRateInput(input)).toEqual({ ok: true, value: expected });
  });

  it('treats a separator as the decimal point, never as thousands', () => {
    expect(parseRateInput('6.125')).toEqual({ ok: false, problem: 'tooPrecise' });
    expect(parseRateInput('1.000.000')).toEqual({ ok: false, problem: 'invalid' });
  });
});

describe('parseWholeNumberInput', () => {
  it('reads whole numbers, grouped or not; empty is null; anything else NaN', () => {
    expect(parseWholeNumberInput('36')).toBe(36);
    expect(parseWholeNumberInput('1.000')).toBe(1000);
    expect(parseWholeNumberInput('')).toBeNull();
    expect(parseWholeNumberInput('6,5')).toBeNaN();
    expect(parseWholeNumberInput('tiga')).toBeNaN();
  });
});
