/** @jest-environment node */
import en from '../../messages/en.json';
import id from '../../messages/id.json';
import { deepMerge, messagesFor } from './messages';

type Tree = { [key: string]: string | Tree };

function keyPaths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value, `${prefix}${key}.`),
  );
}

describe('message files', () => {
  it('have the same keys in Bahasa Indonesia and English', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(id).sort());
  });

  it('have no empty texts', () => {
    for (const tree of [id, en] as Tree[]) {
      const empty = keyPaths(tree).filter((path) => {
        const value = path.split('.').reduce<string | Tree>((node, key) => (node as Tree)[key], tree);
        return typeof value === 'string' && value.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});

describe('messagesFor', () => {
  it('lays the locale over the other one, so a missing key falls back instead of showing its path', () => {
    expect(deepMerge({ a: { b: 'id b', c: 'id c' } }, { a: { b: 'en b' } })).toEqual({
      a: { b: 'en b', c: 'id c' },
    });
    expect(messagesFor('en').common.signIn).toBe('Sign in');
    expect(messagesFor('id').common.signIn).toBe('Masuk');
  });
});
