import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { TypeLink } from '@/features/developers/type-link';
import { referenceType, type ReferenceField } from '@/features/developers/schema-reference';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/developers/reference/[type]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { type } = await params;
  const t = await getTranslations({ locale, namespace: 'developers.reference' });
  return { title: `${type} · ${t('metaTitle')}` };
}

/** One type of the schema: its description, then its fields (with arguments) or its values. */
export default async function SchemaTypePage({ params }: PageProps<'/[locale]/developers/reference/[type]'>) {
  await pageLocale(params);
  const { type: name } = await params;
  const t = await getTranslations('developers.reference');
  const type = referenceType(decodeURIComponent(name));
  if (!type) notFound();
  const fieldsTitle = type.kind === 'INPUT_OBJECT' ? t('inputFields') : t('fields');

  return (
    <>
      <PageHeader title={type.name} lead={type.description || undefined}>
        <span className="text-sm text-stone-600">{t(`kinds.${type.kind}`)}</span>
        <Link href="/developers/reference">{t('backToReference')}</Link>
      </PageHeader>
      <TypeList label={t('implements')} names={type.interfaces} />
      <TypeList label={t('possibleTypes')} names={type.possibleTypes} />
      {type.fields.length > 0 ? (
        <section aria-labelledby="fields-title">
          <h2 id="fields-title" className="mb-3 text-xl font-semibold">
            {fieldsTitle}
          </h2>
          <ul className="space-y-4">
            {type.fields.map((field) => (
              <FieldEntry key={field.name} field={field} />
            ))}
          </ul>
        </section>
      ) : null}
      {type.values.length > 0 ? (
        <section aria-labelledby="values-title">
          <h2 id="values-title" className="mb-3 text-xl font-semibold">
            {t('values')}
          </h2>
          <dl className="space-y-2">
            {type.values.map((value) => (
              <div key={value.name} id={value.name}>
                <dt className="font-mono text-sm font-semibold">{value.name}</dt>
                <dd className="text-sm text-stone-700">{value.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </>
  );
}

/** The types an object implements, or a union's members, each linked; nothing when there are none. */
function TypeList({ label, names }: { label: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <p className="mb-4 text-sm">
      {label}:{' '}
      {names.map((name, index) => (
        <span key={name}>
          {index > 0 ? ', ' : null}
          <TypeLink type={{ text: name, named: name }} />
        </span>
      ))}
    </p>
  );
}

async function FieldEntry({ field }: { field: ReferenceField }) {
  const t = await getTranslations('developers.reference');
  return (
    <li id={field.name} className="min-w-0 scroll-mt-20 rounded-lg border border-stone-200 bg-white p-3">
      <p className="flex flex-wrap items-baseline gap-x-2 break-all">
        <code className="text-sm font-semibold">{field.name}</code>
        <TypeLink type={field.type} />
      </p>
      {field.description ? <p className="mt-1 text-sm text-stone-700">{field.description}</p> : null}
      {field.deprecationReason ? (
        <p className="mt-1 text-sm text-amber-900">{t('deprecated', { reason: field.deprecationReason })}</p>
      ) : null}
      {field.defaultValue ? (
        <p className="mt-1 text-sm">{t('default', { value: field.defaultValue })}</p>
      ) : null}
      {field.args.length > 0 ? (
        <div className="mt-2">
          <p className="text-sm font-medium">{t('arguments')}</p>
          <dl className="mt-1 space-y-1 border-l-2 border-stone-200 pl-3">
            {field.args.map((arg) => (
              <div key={arg.name}>
                <dt className="flex flex-wrap items-baseline gap-x-2 break-all">
                  <code className="text-sm">{arg.name}</code>
                  <TypeLink type={arg.type} />
                  {arg.defaultValue ? (
                    <span className="text-xs text-stone-600">
                      {t('default', { value: arg.defaultValue })}
                    </span>
                  ) : null}
                </dt>
                <dd className="text-sm text-stone-700">{arg.description}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </li>
  );
}
