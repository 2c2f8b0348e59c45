import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import {
  firstSentence,
  referenceType,
  referenceTypesByKind,
  ROOT_TYPES,
  type ReferenceKind,
} from '@/features/developers/schema-reference';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/developers/reference'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'developers.reference' });
  return { title: t('metaTitle'), description: t('lead') };
}

const KIND_ORDER: readonly ReferenceKind[] = [
  'OBJECT',
  'INTERFACE',
  'UNION',
  'INPUT_OBJECT',
  'ENUM',
  'SCALAR',
];

/** The schema's operations (each linked to its entry on the root type's page) and every type by kind. */
export default async function SchemaReferencePage({ params }: PageProps<'/[locale]/developers/reference'>) {
  await pageLocale(params);
  const t = await getTranslations('developers.reference');
  const roots = [
    { key: 'queries', type: ROOT_TYPES.query },
    { key: 'mutations', type: ROOT_TYPES.mutation },
    { key: 'subscriptions', type: ROOT_TYPES.subscription },
  ] as const;
  const groups = referenceTypesByKind();

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')}>
        <Link href="/developers">{t('backToGuide')}</Link>
      </PageHeader>
      <div className="space-y-10">
        {roots.map(({ key, type }) => {
          const root = type ? referenceType(type) : null;
          if (!root) return null;
          return (
            <section key={key} aria-labelledby={`${key}-title`}>
              <h2 id={`${key}-title`} className="mb-3 text-xl font-semibold">
                {t(key)}
              </h2>
              <dl className="space-y-2">
                {root.fields.map((field) => (
                  <div key={field.name}>
                    <dt>
                      <Link
                        href={`/developers/reference/${root.name}#${field.name}`}
                        className="font-mono text-sm"
                      >
                        {field.name}
                      </Link>
                    </dt>
                    <dd className="text-sm text-stone-700">{firstSentence(field.description)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
        {KIND_ORDER.map((kind) => {
          const types = groups.get(kind) ?? [];
          if (types.length === 0) return null;
          return (
            <section key={kind} aria-labelledby={`kind-${kind}`}>
              <h2 id={`kind-${kind}`} className="mb-3 text-xl font-semibold">
                {t(`kinds.${kind}`)}
              </h2>
              <ul className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
                {types.map((type) => (
                  <li key={type.name} className="min-w-0">
                    <Link href={`/developers/reference/${type.name}`} className="font-mono text-sm break-all">
                      {type.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
