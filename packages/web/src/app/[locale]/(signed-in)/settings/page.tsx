import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { PRIMARY_STEP_BUTTON } from '@/components/ui/final-step';
import { EmailPreferencesDocument } from '@/graphql/generated/graphql';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { saveEmailPreferencesAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/settings'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'settings' });
  return { title: t('metaTitle') };
}

/** The signed-in user's own settings: which emails they get. */
export default async function SettingsPage({ params, searchParams }: PageProps<'/[locale]/settings'>) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const [t, data] = await Promise.all([
    getTranslations('settings'),
    queryApi({ query: EmailPreferencesDocument }),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      {raw.email === 'saved' ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900"
        >
          {t('saved')}
        </p>
      ) : null}
      {raw.email === 'failed' ? (
        <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          {t('failed')}
        </p>
      ) : null}
      <form action={saveEmailPreferencesAction} aria-labelledby="email-settings-title" className="space-y-4">
        <input type="hidden" name="locale" value={locale} />
        <fieldset className="min-w-0 rounded-lg border border-stone-200 bg-white p-4">
          <legend id="email-settings-title" className="px-1 text-lg font-semibold">
            {t('emailTitle')}
          </legend>
          <ul className="space-y-3">
            {data.emailPreferences.map((preference) => (
              <li key={preference.kind}>
                <label className="flex min-h-11 items-start gap-3">
                  <input
                    type="checkbox"
                    name="enabled"
                    value={preference.kind}
                    defaultChecked={preference.enabled}
                    className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
                  />
                  <span>
                    <span className="block font-medium">{t(`kinds.${preference.kind}.label`)}</span>
                    <span className="block text-sm text-stone-700">{t(`kinds.${preference.kind}.hint`)}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" className={PRIMARY_STEP_BUTTON}>
          {t('save')}
        </button>
      </form>
    </>
  );
}
