import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { CodeBlock } from '@/features/developers/code-block';
import {
  curlOf,
  EXAMPLES,
  FIRST_REQUEST,
  TYPED_CLIENT,
  typedCallOf,
  WEBHOOK_RECEIVER,
} from '@/features/developers/examples';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';

export async function generateMetadata({ params }: PageProps<'/[locale]/developers'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'developers' });
  return { title: t('metaTitle'), description: t('lead') };
}

const SECTIONS = ['token', 'auth', 'pagination', 'errors', 'limits', 'webhooks'] as const;

/**
 * How a partner's developer uses the API: tokens, authentication, pages, errors, limits and
 * webhooks, then the partners' common jobs with curl and a typed client. Public: a developer
 * reads it before anyone gives them a token.
 */
export default async function DevelopersPage({ params }: PageProps<'/[locale]/developers'>) {
  await pageLocale(params);
  const t = await getTranslations('developers');

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')}>
        <Link href="/developers/reference">{t('referenceLink')}</Link>
        <a href="/developers/schema.graphql" download>
          {t('schemaDownload')}
        </a>
      </PageHeader>

      <nav
        aria-labelledby="developers-contents"
        className="mb-8 rounded-lg border border-stone-200 bg-white p-4"
      >
        <h2 id="developers-contents" className="mb-2 font-semibold">
          {t('contents')}
        </h2>
        <ol className="list-inside list-decimal space-y-1">
          {SECTIONS.map((section) => (
            <li key={section}>
              <a href={`#${section}`}>{t(`sections.${section}.title`)}</a>
            </li>
          ))}
          <li>
            <a href="#examples">{t('examplesTitle')}</a>
          </li>
        </ol>
      </nav>

      <div className="space-y-10">
        {SECTIONS.map((section) => (
          <section key={section} id={section} aria-labelledby={`${section}-title`} className="space-y-3">
            <h2 id={`${section}-title`} className="text-xl font-semibold">
              {t(`sections.${section}.title`)}
            </h2>
            <p className="max-w-prose">{t(`sections.${section}.body`)}</p>
            {section === 'auth' ? (
              <CodeBlock label={t('examples.firstRequest')} code={curlOf(FIRST_REQUEST)} />
            ) : null}
            {section === 'errors' ? <p className="max-w-prose">{t('sections.errors.codes')}</p> : null}
            {section === 'webhooks' ? (
              <>
                <p className="max-w-prose">{t('sections.webhooks.signature')}</p>
                <CodeBlock label={t('sections.webhooks.codeTitle')} code={WEBHOOK_RECEIVER} />
              </>
            ) : null}
          </section>
        ))}

        <section id="examples" aria-labelledby="examples-title" className="space-y-6">
          <h2 id="examples-title" className="text-xl font-semibold">
            {t('examplesTitle')}
          </h2>
          <p className="max-w-prose">{t('examples.variablesNote')}</p>
          {EXAMPLES.map((example) => (
            <article key={example.id} aria-labelledby={`example-${example.id}`} className="space-y-3">
              <h3 id={`example-${example.id}`} className="text-lg font-semibold">
                {t(`examples.${example.id}.title`)}
              </h3>
              <p className="max-w-prose">{t(`examples.${example.id}.body`)}</p>
              {example.calls.map((call) => (
                <CodeBlock
                  key={call.step}
                  label={`${t(`examples.${call.step}`)} · ${t('examples.curl')}`}
                  code={curlOf(call)}
                />
              ))}
              <details>
                <summary className="cursor-pointer font-medium text-brand-800">{t('examples.typed')}</summary>
                <div className="mt-2">
                  <CodeBlock label="TypeScript" code={typedCallOf(example)} />
                </div>
              </details>
            </article>
          ))}
          <section aria-labelledby="typed-setup-title" className="space-y-3">
            <h3 id="typed-setup-title" className="text-lg font-semibold">
              {t('examples.typedSetupTitle')}
            </h3>
            <p className="max-w-prose">{t('examples.typedSetup')}</p>
            <CodeBlock label={t('examples.typedSetupTitle')} code={TYPED_CLIENT} />
          </section>
        </section>
      </div>
    </>
  );
}
