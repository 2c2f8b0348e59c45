import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { PRIMARY_STEP_BUTTON } from '@/components/ui/final-step';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { unsubscribeAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/unsubscribe'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'settings' });
  return { title: t('unsubscribe.metaTitle'), robots: { index: false } };
}

const KINDS = [
  'PROPOSAL_YOUR_TURN',
  'PROPOSAL_DECIDED',
  'DOCUMENT_LAPSING',
  'DEADLINE_REMINDER',
  'DAILY_DIGEST',
] as const;

/**
 * An email's unsubscribe link: asks before turning that kind of email off (mail scanners open
 * links; only the button changes anything), then confirms. No sign-in needed.
 */
export default async function UnsubscribePage({ params, searchParams }: PageProps<'/[locale]/unsubscribe'>) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const t = await getTranslations('settings');
  const token = typeof raw.token === 'string' ? raw.token.slice(0, 200) : '';
  // The token names its kind in the clear (`<user>.<kind>.<signature>`); the API checks the signature.
  const kind = KINDS.find((candidate) => token.split('.')[1] === candidate);
  if (raw.done === '1' && kind) {
    return (
      <PageHeader
        title={t('unsubscribe.doneTitle')}
        lead={t('unsubscribe.done', { kind: t(`kinds.${kind}.label`) })}
      >
        <Link href="/settings">{t('unsubscribe.settingsLink')}</Link>
      </PageHeader>
    );
  }
  if (!kind || raw.invalid === '1') {
    return <PageHeader title={t('unsubscribe.invalidTitle')} lead={t('unsubscribe.invalid')} />;
  }
  return (
    <>
      <PageHeader
        title={t('unsubscribe.title')}
        lead={t('unsubscribe.question', { kind: t(`kinds.${kind}.label`) })}
      />
      <form action={unsubscribeAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={PRIMARY_STEP_BUTTON}>
          {t('unsubscribe.confirm')}
        </button>
      </form>
    </>
  );
}
