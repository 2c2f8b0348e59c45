import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { ApolloProvider } from '@/components/layout/apollo-provider';
import { AttestButton } from '@/features/attestation/attest-button';
import { CooperativeAttestations, CooperativeDocuments } from '@/features/document/cooperative-documents';
import { DetailList } from '@/components/ui/detail-list';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { OfferingCard } from '@/features/offering/offering-card';
import { PageHeader } from '@/components/ui/page-header';
import { ProposeLink } from '@/features/proposal/propose-link';
import { PassportLink } from '@/features/readiness/passport-link';
import { SectionCard } from '@/components/ui/section-card';
import { StageBadge, VerificationBadge } from '@/components/ui/status-badges';
import { ResponsivenessDetails } from '@/features/cooperative/responsiveness-details';
import { UnitList } from '@/features/cooperative/unit-list';
import { CooperativeProfileDocument } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { formatCount, formatDate, formatLocalDate } from '@/lib/format';
import { loadOr404 } from '@/lib/load-or-404';
import { placeOf } from '@/features/region/places';

type Props = PageProps<'/[locale]/cooperatives/[id]'>;

/**
 * A mentor's attest buttons are client components sending a mutation: only then do their texts
 * and the Apollo client go to the browser (the public page needs neither).
 */
function MaybeAttestMessages({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  return enabled ? (
    <ApolloProvider>
      <WorkspaceMessages namespaces={['cooperative', 'workspace']}>{children}</WorkspaceMessages>
    </ApolloProvider>
  ) : (
    children
  );
}

/** Metadata and page ask the same query; the request's Apollo cache answers the second. */
async function loadCooperative(params: Props['params']) {
  const { id } = await params;
  return loadOr404(async () => {
    const data = await queryApi({
      query: CooperativeProfileDocument,
      variables: { id: decodeURIComponent(id) },
    });
    return data.cooperative;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const cooperative = await loadCooperative(params);
  return { title: cooperative.name };
}

export default async function CooperativeProfilePage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, enums, cooperative] = await Promise.all([
    getTranslations('cooperative'),
    getTranslations('enums'),
    loadCooperative(params),
  ]);
  const { legal } = cooperative;
  const regency = cooperative.village.parent?.parent;
  const date = (value: string | null) => (value ? formatLocalDate(value, locale) : null);
  const offerings = cooperative.offerings.edges.map((edge) => edge.node);

  return (
    <>
      <PageHeader title={cooperative.name} lead={placeOf(cooperative.village)}>
        <StageBadge stage={cooperative.stage} />
        <VerificationBadge level={cooperative.verificationLevel} />
        <ProposeLink from="cooperative" id={cooperative.id} />
        <PassportLink cooperativeId={cooperative.id} />
      </PageHeader>

      <MaybeAttestMessages enabled={cooperative.viewerMayAttest}>
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <SectionCard id="summary" title={t('metaTitle')}>
            <DetailList
              details={[
                { label: t('kind'), value: enums(`cooperativeKind.${cooperative.kind}`) },
                { label: t('stage'), value: enums(`stage.${cooperative.stage}`) },
                {
                  label: t('verification'),
                  value: enums(`verificationLevel.${cooperative.verificationLevel}`),
                },
                {
                  label: t('managementPattern'),
                  value: enums(`managementPattern.${cooperative.managementPattern}`),
                },
                { label: t('members'), value: formatCount(cooperative.memberCount, locale) },
                {
                  label: t('location'),
                  value: regency ? (
                    <Link href={{ pathname: '/cooperatives', query: { regency: regency.code } }}>
                      {placeOf(cooperative.village)}
                    </Link>
                  ) : (
                    placeOf(cooperative.village)
                  ),
                },
                { label: t('updatedAt'), value: formatDate(cooperative.updatedAt, locale) },
              ]}
            />
          </SectionCard>

          <SectionCard id="legal" title={t('legalTitle')}>
            <DetailList
              details={[
                { label: t('skAhu'), value: legal.skAhuNumber },
                { label: t('skAhuDate'), value: date(legal.skAhuDate) },
                { label: t('nikKoperasi'), value: legal.nikKoperasi },
                { label: t('nib'), value: legal.nib },
                { label: t('npwp'), value: legal.npwp },
                { label: t('deed'), value: legal.deedNumber },
                { label: t('deedDate'), value: date(legal.deedDate) },
              ]}
            />
          </SectionCard>

          <SectionCard id="units" title={t('unitsTitle')}>
            <UnitList
              units={cooperative.units}
              actionOf={
                cooperative.viewerMayAttest
                  ? (unit) =>
                      unit.status === 'ACTIVE' ? null : (
                        <AttestButton
                          cooperativeId={cooperative.id}
                          subject="UNIT_ACTIVE"
                          businessUnitId={unit.id}
                          label={enums(`unitType.${unit.type}`)}
                        />
                      )
                  : undefined
              }
            />
          </SectionCard>

          <SectionCard id="documents" title={t('documentsTitle')}>
            <CooperativeDocuments cooperative={cooperative} />
          </SectionCard>

          <SectionCard id="attestations" title={t('attestationsTitle')}>
            <CooperativeAttestations cooperative={cooperative} />
          </SectionCard>

          <SectionCard id="officers" title={t('officersTitle')}>
            {cooperative.officers.length === 0 ? (
              <p className="text-stone-600">{t('noOfficers')}</p>
            ) : (
              <DetailList
                details={cooperative.officers.map((officer, index) => ({
                  id: `${officer.role}-${index}`,
                  label: enums(`officerRole.${officer.role}`),
                  value: officer.name,
                }))}
              />
            )}
          </SectionCard>

          <SectionCard id="mentor" title={t('mentorTitle')}>
            {cooperative.mentor ? (
              <DetailList
                details={[
                  { label: enums(`mentorRole.${cooperative.mentor.role}`), value: cooperative.mentor.name },
                  { label: t('phone'), value: cooperative.mentor.phone },
                  { label: t('location'), value: cooperative.mentor.regency?.name },
                ]}
              />
            ) : (
              <p className="text-stone-600">{t('noMentor')}</p>
            )}
          </SectionCard>

          <SectionCard id="responsiveness" title={t('responsivenessTitle')}>
            <ResponsivenessDetails responsiveness={cooperative.responsiveness} />
          </SectionCard>
        </div>
      </MaybeAttestMessages>

      <section aria-labelledby="offerings-title" className="mt-6">
        <h2 id="offerings-title" className="mb-1 text-lg font-semibold">
          {t('offeringsTitle')}
        </h2>
        <p className="mb-3 text-sm text-stone-600">
          {t('offeringsCount', { count: cooperative.offerings.totalCount ?? offerings.length })}
        </p>
        {offerings.length === 0 ? (
          <p className="text-stone-600">{t('noOfferings')}</p>
        ) : (
          <ul className="grid grid-cols-1 gap-3 md:grid-cols-2">
            {offerings.map((offering) => (
              <li key={offering.id}>
                <OfferingCard offering={offering} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
