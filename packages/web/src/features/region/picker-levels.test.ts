/** @jest-environment node */
import { pickerLevelsOf, pickerLevelsVariables } from './picker-levels';

describe('region picker levels', () => {
  it('the lists a picker needs for a path', () => {
    expect(pickerLevelsVariables('61.03', 'VILLAGE')).toEqual({
      province: '61',
      regency: '61.03',
      district: '',
      withRegencies: true,
      withDistricts: true,
      withVillages: false,
    });
    expect(pickerLevelsVariables('61.03.05', 'DISTRICT').withVillages).toBe(false);
  });

  it("a district's villages are its first and last page together, once each and in code order", () => {
    const village = (index: number) => ({
      __typename: 'Region' as const,
      code: `95.06.03.${2000 + index}`,
      name: `Desa ${index}`,
      level: 'VILLAGE' as const,
      villageKind: 'DESA' as const,
    });
    const page = (from: number, to: number) => ({
      __typename: 'RegionConnection' as const,
      edges: Array.from({ length: to - from + 1 }, (_, offset) => ({
        __typename: 'RegionEdge' as const,
        node: village(from + offset),
      })),
    });
    const levels = pickerLevelsOf({
      __typename: 'Query',
      provinces: page(1, 1),
      villages: page(1, 100),
      villagesTail: page(9, 108),
    });
    expect(levels.VILLAGE?.map((option) => option.code)).toEqual(
      Array.from({ length: 108 }, (_, index) => village(index + 1).code),
    );
    // A short list is in both pages.
    expect(
      pickerLevelsOf({
        __typename: 'Query',
        provinces: page(1, 1),
        villages: page(1, 3),
        villagesTail: page(1, 3),
      }).VILLAGE,
    ).toEqual([village(1), village(2), village(3)]);
    expect(pickerLevelsOf({ __typename: 'Query', provinces: page(1, 1) }).VILLAGE).toBeUndefined();
  });
});
