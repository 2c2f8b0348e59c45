import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '@/components/ui/access-notice';
import { PageHeader } from '@/components/ui/page-header';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { cooperativesOf, partnersOf } from '@/features/account/viewer-organisations';
import { TeamManager } from '@/features/account/team-manager';
import { TeamDocument } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { getViewer } from '@/lib/session';

type Props = PageProps<'/[locale]/team'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'team' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** `?organisation=`: a global ID, or nothing. */
function organisationParam(value: string | string[] | undefined): string | undefined {
  const first = (Array.isArray(value) ? value[0] : value)?.trim();
  return first && /^[A-Za-z0-9_-]{1,200}$/.test(first) ? first : undefined;
}

/**
 * The people of a cooperative or partner the viewer belongs to (`?organisation=` picks one when
 * they belong to several): everyone in it sees who is in it; its ketua or partner admins invite,
 * change roles and remove. Someone outside it is told so, and sees nothing of it.
 */
export default async function TeamPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const [t, viewer] = await Promise.all([getTranslations('team'), getViewer()]);
  const organisations = [
    ...cooperativesOf(viewer).map((cooperative) => ({ ...cooperative, workspace: '/cooperative' as const })),
    ...partnersOf(viewer).map((partner) => ({ ...partner, workspace: '/partner' as const })),
  ];
  const requested =
    organisationParam(raw.organisation) ?? (organisations.length === 1 ? organisations[0].id : undefined);

  if (!requested) {
    if (organisations.length === 0) {
      return (
        <AccessNotice title={t('noOrganisationTitle')} body={t('noOrganisationBody')}>
          <Link href="/">{t('toHome')}</Link>
        </AccessNotice>
      );
    }
    return (
      <>
        <PageHeader title={t('chooseTitle')} lead={t('chooseLead')} />
        <ul className="space-y-2">
          {organisations.map((organisation) => (
            <li key={organisation.id}>
              <Link
                href={{ pathname: '/team', query: { organisation: organisation.id } }}
                className="block rounded-lg border border-stone-200 bg-white p-4 font-medium"
              >
                {organisation.name}
              </Link>
            </li>
          ))}
        </ul>
      </>
    );
  }

  const { team } = await queryApi({ query: TeamDocument, variables: { organisationId: requested } });
  if (!team) {
    return (
      <AccessNotice title={t('forbiddenTitle')} body={t('forbiddenBody')}>
        <Link href="/team">{t('toOwnTeams')}</Link>
      </AccessNotice>
    );
  }
  const workspace =
    team.organisationKind === 'COOPERATIVE'
      ? { pathname: '/cooperative' as const, query: { id: team.organisationId } }
      : { pathname: '/partner' as const, query: { partner: team.organisationId } };

  return (
    <>
      <PageHeader
        title={t('title', { organisation: team.organisationName })}
        lead={
          team.isManagedByViewer ? t('leadAdmin') : t('leadMember', { role: t(`roles.${team.adminRole}`) })
        }
      >
        <Link href={workspace}>{t('backToWorkspace')}</Link>
      </PageHeader>
      <WorkspaceMessages namespaces={['team']}>
        <TeamManager team={team} locale={locale} />
      </WorkspaceMessages>
    </>
  );
}
