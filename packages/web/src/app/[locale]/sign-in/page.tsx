import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { SignInForm } from '@/features/account/sign-in-form';
import { SignOutButton } from '@/features/account/sign-out-button';
import { ChangePasswordForm } from '@/features/account/change-password-form';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { pageLocale } from '@/i18n/page-locale';
import { getViewer } from '@/lib/session';

export async function generateMetadata({ params }: PageProps<'/[locale]/sign-in'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'signIn' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/**
 * Only a path on this site: never send a signed-in user to another origin ("//evil.example").
 * Null without one: the sign-in form then takes the viewer to their workspace.
 */
function safeReturnTo(value: string | string[] | undefined): string | null {
  const path = Array.isArray(value) ? value[0] : value;
  return path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : null;
}

/** Sign in when anonymous; who you are, sign out and change the password when signed in. */
export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/sign-in'>) {
  await pageLocale(params);
  const [t, passwordTexts, viewer, query] = await Promise.all([
    getTranslations('signIn'),
    getTranslations('changePassword'),
    getViewer(),
    searchParams,
  ]);

  if (viewer) {
    return (
      <div className="max-w-md">
        <PageHeader
          title={t('signedInTitle')}
          lead={t('signedInAs', { name: viewer.user.name, email: viewer.user.email })}
        />
        <SignOutButton />
        <div className="mt-8 rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
          {viewer.mustChangePassword ? (
            <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 font-medium text-amber-900">
              {passwordTexts('mustChange')}
            </p>
          ) : null}
          <WorkspaceMessages namespaces={['changePassword']}>
            <ChangePasswordForm />
          </WorkspaceMessages>
        </div>
      </div>
    );
  }
  return (
    <div className="max-w-md">
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
        <SignInForm returnTo={safeReturnTo(query.next)} />
      </div>
    </div>
  );
}
