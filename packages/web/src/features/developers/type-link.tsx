import { Link } from '@/i18n/navigation';
import type { TypeRef } from './schema-reference';

const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/** A type reference as written (`[Offering!]!`), its named type linked to its reference page. */
export function TypeLink({ type }: { type: TypeRef }) {
  const [before, after] = type.text.split(type.named);
  return (
    <code className="text-sm">
      {before}
      {BUILT_IN.has(type.named) ? (
        type.named
      ) : (
        <Link href={`/developers/reference/${type.named}`}>{type.named}</Link>
      )}
      {after}
    </code>
  );
}
