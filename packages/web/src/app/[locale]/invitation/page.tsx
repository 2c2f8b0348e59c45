import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '@/components/ui/access-notice';
import { LINK_BUTTON_CLASSES } from '@/components/ui/form-controls';
import { PageHeader } from '@/components/ui/page-header';
import { ApolloProvider } from '@/components/layout/apollo-provider';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { AcceptInvitationForm } from '@/features/account/accept-invitation-form';
import { SignOutButton } from '@/features/account/sign-out-button';
import { InvitationPreviewDocument } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { formatDate } from '@/lib/format';
import { getViewer } from '@/lib/session';

type Props = PageProps<'/[locale]/invitation'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'invitation' });
  // The link carries a secret: no index, and no referrer to other sites.
  return { title: t('metaTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

/**
 * Where an invitation link leads: what it offers, then either a new account (name and password,
 * signed in at once) or, for an address that has an account, signing in as it and accepting.
 */
export default async function InvitationPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const token = (Array.isArray(raw.token) ? raw.token[0] : raw.token)?.trim() ?? '';
  const [t, viewer] = await Promise.all([getTranslations('invitation'), getViewer()]);
  const { teamInvitation: invitation } = token
    ? await queryApi({ query: InvitationPreviewDocument, variables: { token } })
    : { teamInvitation: null };

  if (!invitation) {
    return (
      <AccessNotice title={t('unknownTitle')} body={t('unknownBody')}>
        <Link href="/">{t('toHome')}</Link>
      </AccessNotice>
    );
  }
  const roleName = t(`roles.${invitation.role}`);
  if (invitation.status === 'ACCEPTED') {
    return (
      <AccessNotice
        title={t('acceptedTitle')}
        body={t('acceptedBody', { organisation: invitation.organisationName })}
      >
        <Link href="/sign-in">{t('signIn')}</Link>
      </AccessNotice>
    );
  }
  if (invitation.status === 'EXPIRED') {
    return (
      <AccessNotice
        title={t('expiredTitle')}
        body={t('expiredBody', {
          organisation: invitation.organisationName,
          date: formatDate(invitation.expiresAt, locale),
        })}
      />
    );
  }
  const signedInAsInvitee = viewer?.user.email === invitation.email;
  const returnHere = `/invitation?token=${encodeURIComponent(token)}`;

  return (
    <div className="max-w-md">
      <PageHeader
        title={t('title', { organisation: invitation.organisationName })}
        lead={t('lead', {
          inviter: invitation.invitedByName ?? 'MitraDesa',
          organisation: invitation.organisationName,
          role: roleName,
          date: formatDate(invitation.expiresAt, locale),
        })}
      />
      <div className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
        <p className="text-sm text-stone-700">{t('forEmail', { email: invitation.email })}</p>
        <ApolloProvider>
          <WorkspaceMessages namespaces={['invitation', 'changePassword', 'signIn']}>
            {invitation.hasAccount && !signedInAsInvitee ? (
              <>
                <p>{viewer ? t('signedInAsOther', { email: viewer.user.email }) : t('hasAccount')}</p>
                {viewer ? (
                  <SignOutButton />
                ) : (
                  <Link
                    href={{ pathname: '/sign-in', query: { next: returnHere } }}
                    className={LINK_BUTTON_CLASSES.primary}
                  >
                    {t('signInToAccept')}
                  </Link>
                )}
              </>
            ) : (
              <AcceptInvitationForm
                token={token}
                suggestedName={invitation.name}
                asSignedInAccount={invitation.hasAccount}
              />
            )}
          </WorkspaceMessages>
        </ApolloProvider>
      </div>
    </div>
  );
}
