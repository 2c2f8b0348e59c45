/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import en from '../../../messages/en.json';
import id from '../../../messages/id.json';
import { levelNumber, passportHref, READINESS_LEVELS, READINESS_REASONS } from './readiness-levels';

const schema = buildSchema(readFileSync(path.join(__dirname, '../../../../server/schema.graphql'), 'utf8'));

function valuesOf(enumName: string): string[] {
  const type = schema.getType(enumName);
  if (!isEnumType(type)) throw new Error(`${enumName} is not an enum of the schema`);
  return type.getValues().map((value) => value.name);
}

describe('readiness levels and reasons', () => {
  it('list every value of the API, the levels lowest first as the API orders them', () => {
    expect([...READINESS_LEVELS]).toEqual(valuesOf('ReadinessLevel'));
    expect([...READINESS_REASONS].sort()).toEqual(valuesOf('ReadinessReason').sort());
    expect(levelNumber('NOT_READY')).toBe(1);
    expect(levelNumber('BANKABLE')).toBe(4);
  });

  it.each([
    ['id', id],
    ['en', en],
  ] as const)(
    'have their text in %s: a name and a meaning per level, a sentence per reason',
    (_locale, messages) => {
      const readiness = messages.passport.readiness;
      expect(Object.keys(readiness.level).sort()).toEqual(valuesOf('ReadinessLevel').sort());
      expect(Object.keys(readiness.meaning).sort()).toEqual(valuesOf('ReadinessLevel').sort());
      expect(Object.keys(readiness.reason).sort()).toEqual(valuesOf('ReadinessReason').sort());
    },
  );
});

describe('passportHref', () => {
  it('keeps the global ID intact in the path', () => {
    expect(passportHref('Q29vcGVyYXRpdmU6MTI=')).toBe('/cooperatives/Q29vcGVyYXRpdmU6MTI%3D/passport');
  });
});
