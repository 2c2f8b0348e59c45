import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '@/components/ui/access-notice';
import { DocumentsManager } from '@/features/document/documents-manager';
import { LegalForm } from '@/features/cooperative/workspace/legal-form';
import { OfferingsManager } from '@/features/offering/offerings-manager';
import { OfficersForm } from '@/features/cooperative/workspace/officers-form';
import { ProfileForm } from '@/features/cooperative/workspace/profile-form';
import { UnitsManager } from '@/features/cooperative/workspace/units-manager';
import { UnitList } from '@/features/cooperative/unit-list';
import { workspaceActions } from '@/features/cooperative/workspace/needs-action';
import { NeedsActionList } from '@/features/cooperative/workspace/needs-action-list';
import { LINK_BUTTON_CLASSES } from '@/components/ui/form-controls';
import { PageHeader } from '@/components/ui/page-header';
import { SectionCard } from '@/components/ui/section-card';
import { StageBadge, VerificationBadge } from '@/components/ui/status-badges';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { CooperativeWorkspaceDocument, type DocumentType } from '@/graphql/generated/graphql';
import { DOCUMENT_TYPES } from '@/lib/partner-options';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { loadOr404 } from '@/lib/load-or-404';
import { passportHref } from '@/features/readiness/readiness-levels';
import { placeOf } from '@/features/region/places';
import { getViewer } from '@/lib/session';
import { cooperativesOf, isAdmin } from '@/features/account/viewer-organisations';

type Props = PageProps<'/[locale]/cooperative'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'cooperativeWorkspace' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** What needs action first, then the offerings (a chair's everyday work), then the records. */
const SECTIONS = ['action', 'offerings', 'profile', 'legal', 'officers', 'units', 'documents'] as const;

/**
 * The workspace of a cooperative the viewer is an officer of (`?id=` picks one when they have
 * several): what needs action, offerings (closed ones apart), profile, legal data, officers, units
 * and documents, each saved through the API, with a section menu that stays in view on a phone.
 * Opening another cooperative's workspace shows a "forbidden" page, not its data: the check is
 * made on the viewer's memberships before anything of that cooperative is read.
 */
export default async function CooperativeWorkspacePage({ params, searchParams }: Props) {
  await pageLocale(params);
  const raw = await searchParams;
  const requested = (Array.isArray(raw.id) ? raw.id[0] : raw.id)?.trim() || undefined;
  // A program's eligibility checklist links here with the missing document's type.
  const addDocument = Array.isArray(raw.addDocument) ? raw.addDocument[0] : raw.addDocument;
  const initialDocumentType = DOCUMENT_TYPES.find((type) => type === addDocument) as DocumentType | undefined;
  const [t, viewer] = await Promise.all([getTranslations('cooperativeWorkspace'), getViewer()]);
  const mine = cooperativesOf(viewer);
  const admin = isAdmin(viewer);

  if (requested && !admin && !mine.some((cooperative) => cooperative.id === requested)) {
    return (
      <AccessNotice title={t('forbiddenTitle')} body={t('forbiddenBody')}>
        {mine.length > 0 ? (
          <Link href="/cooperative">{t('toOwnWorkspace')}</Link>
        ) : (
          <Link href="/">{t('toHome')}</Link>
        )}
      </AccessNotice>
    );
  }
  if (!requested && mine.length === 0) {
    return (
      <AccessNotice title={t('noCooperativeTitle')} body={t('noCooperativeBody')}>
        <Link href="/cooperatives">{t('findCooperatives')}</Link>
      </AccessNotice>
    );
  }
  if (!requested && mine.length > 1) {
    return (
      <>
        <PageHeader title={t('chooseTitle')} lead={t('chooseLead')} />
        <ul className="space-y-2">
          {mine.map((cooperative) => (
            <li key={cooperative.id}>
              <Link
                href={{ pathname: '/cooperative', query: { id: cooperative.id } }}
                className="block rounded-lg border border-stone-200 bg-white p-4 font-medium"
              >
                {cooperative.name}
              </Link>
            </li>
          ))}
        </ul>
      </>
    );
  }

  const id = requested ?? mine[0].id;
  const membership = mine.find((cooperative) => cooperative.id === id);
  const isBoard = admin || Boolean(membership?.isBoard);
  const data = await loadOr404(
    async () => (await queryApi({ query: CooperativeWorkspaceDocument, variables: { id } })).cooperative,
  );
  const cooperative = data;
  const offerings = cooperative.offerings.edges.map((edge) => edge.node);
  const openOfferings = offerings.filter((offering) => offering.status !== 'CLOSED');
  const closedOfferings = offerings.filter((offering) => offering.status === 'CLOSED');
  const awaiting = cooperative.proposalPipeline?.awaitingResponse ?? 0;
  const actions = workspaceActions({
    awaitingResponse: awaiting,
    offerings,
    documents: cooperative.documents,
  });

  return (
    <WorkspaceMessages namespaces={['cooperativeWorkspace', 'workspace', 'enums']}>
      <PageHeader title={cooperative.name} lead={`${t('title')} · ${placeOf(cooperative.village)}`}>
        <StageBadge stage={cooperative.stage} />
        <VerificationBadge level={cooperative.verificationLevel} />
      </PageHeader>
      <div className="mb-6 flex flex-wrap gap-2">
        <Link
          href={{ pathname: '/proposals', query: { cooperative: cooperative.id } }}
          className={LINK_BUTTON_CLASSES.primary}
        >
          {t('proposalsLink', { count: awaiting })}
        </Link>
        <Link href={passportHref(cooperative.id)} className={LINK_BUTTON_CLASSES.secondary}>
          {t('passportLink')}
        </Link>
        <Link
          href={{ pathname: '/team', query: { organisation: cooperative.id } }}
          className={LINK_BUTTON_CLASSES.secondary}
        >
          {t('teamLink')}
        </Link>
        <Link
          href={`/cooperatives/${encodeURIComponent(cooperative.id)}`}
          className={LINK_BUTTON_CLASSES.secondary}
        >
          {t('publicProfile')}
        </Link>
      </div>
      {/* Stays in view while scrolling; on a phone the menu scrolls sideways, not the page. */}
      <nav
        aria-label={t('sectionsLabel')}
        className="sticky top-0 z-10 -mx-4 mb-6 border-b border-stone-200 bg-stone-50/95 px-4 backdrop-blur"
      >
        <ul className="flex gap-x-4 overflow-x-auto text-sm whitespace-nowrap">
          {SECTIONS.map((section) => (
            <li key={section}>
              <a href={`#${section}`} className="inline-flex min-h-11 items-center">
                {t(`sections.${section}`)}
                {section === 'action' && actions.length > 0 ? (
                  <span className="ml-1 rounded-full bg-amber-200 px-1.5 text-xs font-semibold text-amber-950">
                    {actions.length}
                  </span>
                ) : null}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-6">
        <SectionCard id="action" title={t('needsAction.title')}>
          <NeedsActionList cooperativeId={cooperative.id} actions={actions} />
        </SectionCard>
        <SectionCard id="offerings" title={t('offeringsTitle')}>
          <OfferingsManager cooperativeId={cooperative.id} offerings={openOfferings} />
          {closedOfferings.length > 0 ? (
            <details className="mt-4 rounded-lg border border-stone-200">
              <summary className="flex min-h-11 cursor-pointer items-center px-3 font-medium">
                {t('closedOfferings', { count: closedOfferings.length })}
              </summary>
              <ul className="divide-y divide-stone-200 border-t border-stone-200">
                {closedOfferings.map((offering) => (
                  <li key={offering.id} className="px-3 py-2">
                    <Link href={`/offerings/${encodeURIComponent(offering.id)}`}>{offering.title}</Link>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </SectionCard>
        <SectionCard id="profile" title={t('profileTitle')}>
          <ProfileForm
            cooperative={{
              id: cooperative.id,
              version: cooperative.version,
              name: cooperative.name,
              managementPattern: cooperative.managementPattern,
              memberCount: cooperative.memberCount,
              expectedMonthlyIncome: cooperative.expectedMonthlyIncome?.amount ?? null,
              stage: cooperative.stage,
            }}
            canEdit={isBoard}
          />
        </SectionCard>
        <SectionCard id="legal" title={t('legalTitle')}>
          <LegalForm
            cooperativeId={cooperative.id}
            version={cooperative.version}
            legal={cooperative.legal}
            canEdit={isBoard}
          />
        </SectionCard>
        <SectionCard id="officers" title={t('officersTitle')}>
          <OfficersForm
            cooperativeId={cooperative.id}
            version={cooperative.version}
            officers={cooperative.officers}
            canEdit={isBoard}
          />
        </SectionCard>
        <SectionCard id="units" title={t('unitsTitle')}>
          <div className="mb-4">
            <UnitList units={cooperative.units} compact />
          </div>
          <UnitsManager cooperativeId={cooperative.id} units={cooperative.units} />
        </SectionCard>
        <SectionCard id="documents" title={t('documentsTitle')}>
          <DocumentsManager
            cooperativeId={cooperative.id}
            documents={cooperative.documents}
            canAdd={isBoard}
            initialType={initialDocumentType}
          />
        </SectionCard>
      </div>
    </WorkspaceMessages>
  );
}
