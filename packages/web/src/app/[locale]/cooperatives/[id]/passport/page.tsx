import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '@/components/ui/access-notice';
import { ApolloProvider } from '@/components/layout/apollo-provider';
import { DetailList } from '@/components/ui/detail-list';
import { LINK_BUTTON_CLASSES } from '@/components/ui/form-controls';
import { PageHeader } from '@/components/ui/page-header';
import { PrintButton } from '@/components/ui/print-button';
import { SectionCard } from '@/components/ui/section-card';
import { StageBadge, VerificationBadge } from '@/components/ui/status-badges';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { CooperativeAttestations } from '@/features/document/cooperative-documents';
import { ResponsivenessDetails } from '@/features/cooperative/responsiveness-details';
import { UnitList } from '@/features/cooperative/unit-list';
import { LoanHint } from '@/features/readiness/loan-hint';
import { PassportRequirements } from '@/features/readiness/passport-requirements';
import { BoardSummary, TrackRecord, UnitsSummary } from '@/features/readiness/passport-sections';
import { PassportSharing } from '@/features/readiness/passport-sharing';
import { passportHref } from '@/features/readiness/readiness-levels';
import { ReadinessFindings, ReadinessLevelBadge } from '@/features/readiness/readiness-summary';
import { cooperativesOf } from '@/features/account/viewer-organisations';
import { placeOf } from '@/features/region/places';
import {
  FinancingPassportDocument,
  PassportPartnersDocument,
  type FinancingPassportQuery,
} from '@/graphql/generated/graphql';
import { Link, redirect } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { apiErrorCode } from '@/lib/api-error';
import { queryApi } from '@/lib/apollo/server-client';
import { formatLocalDate } from '@/lib/format';
import { loadOr404 } from '@/lib/load-or-404';
import { getViewer } from '@/lib/session';

type Props = PageProps<'/[locale]/cooperatives/[id]/passport'>;
type Passport = FinancingPassportQuery['financingPassport'];

/**
 * The passport, or FORBIDDEN for a viewer who may not open it; no such cooperative (or a
 * malformed ID) is the 404 page. Metadata and page ask the same query; the request's Apollo cache
 * answers the second.
 */
async function loadPassport(params: Props['params']): Promise<Passport | 'FORBIDDEN'> {
  const { id } = await params;
  try {
    return await loadOr404(
      async () =>
        (
          await queryApi({
            query: FinancingPassportDocument,
            variables: { cooperativeId: decodeURIComponent(id) },
          })
        ).financingPassport,
    );
  } catch (error) {
    if (apiErrorCode(error) === 'FORBIDDEN') return 'FORBIDDEN';
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'passport' });
  const passport = (await getViewer()) ? await loadPassport(params) : 'FORBIDDEN';
  return {
    title: passport === 'FORBIDDEN' ? t('metaTitle') : `${t('metaTitle')}: ${passport.cooperative.name}`,
    robots: { index: false },
  };
}

/** The partners to choose from when sharing, only for the viewers who manage the sharing. */
async function sharingPartners(passport: Passport) {
  if (passport.shares === null) return [];
  const data = await queryApi({ query: PassportPartnersDocument });
  return data.partners.edges.map((edge) => edge.node);
}

/**
 * A cooperative's financing passport, what a bank officer opens first: how ready it is for a PMK
 * 49/2025 loan and why, the requirements with their documents, the board, units, attestations,
 * verification, responsiveness and track record, and the loan-size hint step by step. Rendered on
 * the server for those the API lets open it (the others get a plain "you may not" page); prints
 * on A4 without the site's frame (globals.css). Its board, mentor and admins also share it with
 * partners here.
 */
export default async function FinancingPassportPage({ params }: Props) {
  const locale = await pageLocale(params);
  const cooperativeId = decodeURIComponent((await params).id);
  const viewer = await getViewer();
  if (!viewer) {
    return redirect({ href: { pathname: '/sign-in', query: { next: passportHref(cooperativeId) } }, locale });
  }
  const otherLocale = locale === 'id' ? 'en' : 'id';
  const [t, enums, cooperativeTexts, otherHint, passport] = await Promise.all([
    getTranslations('passport'),
    getTranslations('enums'),
    getTranslations('cooperative'),
    getTranslations({ locale: otherLocale, namespace: 'passport.hint' }),
    loadPassport(params),
  ]);
  if (passport === 'FORBIDDEN') {
    return (
      <AccessNotice title={t('forbiddenTitle')} body={t('forbiddenBody')}>
        <Link href={`/cooperatives/${encodeURIComponent(cooperativeId)}`}>{t('toCooperative')}</Link>
      </AccessNotice>
    );
  }

  const { cooperative } = passport;
  const partners = await sharingPartners(passport);
  const isOfficer = cooperativesOf(viewer).some((mine) => mine.id === cooperative.id);

  return (
    <div data-print-document="">
      <PageHeader
        title={t('title')}
        lead={t('lead', {
          name: cooperative.name,
          place: placeOf(cooperative.village),
          date: formatLocalDate(passport.asOf, locale),
        })}
      >
        <StageBadge stage={cooperative.stage} />
        <VerificationBadge level={cooperative.verificationLevel} />
      </PageHeader>
      <div className="mb-6 flex flex-wrap gap-2 print:hidden">
        <PrintButton label={t('print')} />
        <Link
          href={`/cooperatives/${encodeURIComponent(cooperative.id)}`}
          className={LINK_BUTTON_CLASSES.secondary}
        >
          {t('toProfile')}
        </Link>
        {isOfficer ? (
          <Link
            href={{ pathname: '/cooperative', query: { id: cooperative.id } }}
            className={LINK_BUTTON_CLASSES.secondary}
          >
            {t('toWorkspace')}
          </Link>
        ) : null}
      </div>

      <div className="space-y-4">
        <SectionCard id="readiness" title={t('readiness.title')}>
          <ReadinessLevelBadge level={passport.level} />
          <ReadinessFindings findings={passport.findings} />
        </SectionCard>

        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <SectionCard id="requirements" title={t('requirements.title')}>
            <PassportRequirements requirements={passport.requirements} metCount={passport.metCount} />
          </SectionCard>

          <div className="min-w-0 space-y-4">
            <SectionCard id="board" title={t('board.title')}>
              <BoardSummary officers={cooperative.officers} missingOfficers={passport.missingOfficers} />
            </SectionCard>
            <SectionCard id="standing" title={t('standing.title')}>
              <DetailList
                details={[
                  {
                    label: t('standing.verification'),
                    value: enums(`verificationLevel.${cooperative.verificationLevel}`),
                  },
                ]}
              />
              <h3 className="mt-4 mb-2 font-semibold text-stone-900">
                {cooperativeTexts('responsivenessTitle')}
              </h3>
              <ResponsivenessDetails responsiveness={cooperative.responsiveness} />
            </SectionCard>
          </div>

          <SectionCard id="units" title={t('units.title')}>
            <UnitsSummary units={cooperative.units} />
            <UnitList units={cooperative.units} />
          </SectionCard>

          <SectionCard id="attestations" title={t('attestationsTitle')}>
            <CooperativeAttestations cooperative={cooperative} />
          </SectionCard>

          <SectionCard id="track-record" title={t('trackRecord.title')}>
            <TrackRecord trackRecord={passport.trackRecord} />
          </SectionCard>
        </div>

        <SectionCard id="loan-hint" title={t('hint.title')}>
          <LoanHint
            hint={passport.loanHint}
            otherLanguage={{
              locale: otherLocale,
              title: otherHint('disclaimerTitle'),
              text: otherHint('disclaimer'),
            }}
          />
        </SectionCard>

        {passport.shares ? (
          <div className="print:hidden">
            <SectionCard id="sharing" title={t('sharing.title')}>
              <ApolloProvider>
                <WorkspaceMessages namespaces={['passport', 'workspace']}>
                  <PassportSharing
                    cooperativeId={cooperative.id}
                    shares={passport.shares}
                    partners={partners}
                  />
                </WorkspaceMessages>
              </ApolloProvider>
            </SectionCard>
          </div>
        ) : null}
      </div>
    </div>
  );
}
