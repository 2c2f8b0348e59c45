import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { DetailList } from '@/components/ui/detail-list';
import { RecommendedCooperativesPanel } from '@/features/matching/recommended-cooperatives-panel';
import { EligibilityChecklist } from '@/features/eligibility/eligibility-checklist';
import { PageHeader } from '@/components/ui/page-header';
import { ProposeLink } from '@/features/proposal/propose-link';
import { BuildPoolLink } from '@/features/proposal/build-pool-link';
import { SectionCard } from '@/components/ui/section-card';
import { VerificationBadge } from '@/components/ui/status-badges';
import { ProgramDetailDocument } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { formatDecimal, formatIdr, formatIdrRange } from '@/lib/format';
import { loadOr404 } from '@/lib/load-or-404';

type Props = PageProps<'/[locale]/programs/[id]'>;

async function loadProgram(params: Props['params']) {
  const { id } = await params;
  return loadOr404(async () => {
    const data = await queryApi({ query: ProgramDetailDocument, variables: { id: decodeURIComponent(id) } });
    return data.program;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const program = await loadProgram(params);
  return { title: program.name, description: program.description.slice(0, 160) };
}

export default async function ProgramPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const [t, enums, program] = await Promise.all([
    getTranslations('program'),
    getTranslations('enums'),
    loadProgram(params),
  ]);
  const terms = program.loanTerms;
  const months = (count: number | null) => (count === null ? null : t('months', { count }));

  return (
    <>
      <PageHeader title={program.name}>
        <Badge tone="brand">{enums(`programKind.${program.kind}`)}</Badge>
        <Badge tone={program.status === 'ACTIVE' ? 'positive' : 'muted'}>
          {enums(`programStatus.${program.status}`)}
        </Badge>
        {program.status === 'ACTIVE' ? <ProposeLink from="program" id={program.id} /> : null}
        {/* Only an active offtake program stating a minimum volume can be answered by a pool. */}
        {program.status === 'ACTIVE' && program.kind === 'OFFTAKE' && program.minimumVolume ? (
          <BuildPoolLink programId={program.id} />
        ) : null}
      </PageHeader>
      <p className="mb-6 max-w-3xl whitespace-pre-line text-stone-800">{program.description}</p>

      <EligibilityChecklist programId={program.id} searchParams={await searchParams} locale={locale} />

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        {terms ? (
          <SectionCard id="loan-terms" title={t('loanTermsTitle')}>
            <DetailList
              details={[
                {
                  label: t('amountRange'),
                  value: formatIdrRange(terms.minAmount?.amount, terms.maxAmount?.amount),
                },
                {
                  label: t('ratePerYear'),
                  value: terms.ratePerYear
                    ? t('rate', { rate: formatDecimal(terms.ratePerYear, locale) })
                    : null,
                },
                { label: t('maxTenor'), value: months(terms.maxTenorMonths) },
                {
                  label: t('grace'),
                  value:
                    terms.minGraceMonths !== null &&
                    terms.maxGraceMonths !== null &&
                    terms.minGraceMonths !== terms.maxGraceMonths
                      ? t('graceRange', { min: terms.minGraceMonths, max: terms.maxGraceMonths })
                      : months(terms.maxGraceMonths ?? terms.minGraceMonths),
                },
                {
                  label: t('operatingCostCap'),
                  value: terms.operatingCostCap ? formatIdr(terms.operatingCostCap.amount) : null,
                },
              ]}
            />
          </SectionCard>
        ) : null}

        <SectionCard id="eligibility" title={t('eligibilityTitle')}>
          <DetailList
            details={[
              {
                label: t('eligibleUnits'),
                value:
                  program.eligibleUnitTypes.length > 0
                    ? program.eligibleUnitTypes.map((type) => enums(`unitType.${type}`)).join(', ')
                    : t('anyUnit'),
              },
              {
                label: t('commodity'),
                value: program.commodity ? enums(`commodity.${program.commodity}`) : null,
              },
              // Only offtake programs state one: what a pooled offer of several cooperatives must reach.
              ...(program.minimumVolume
                ? [
                    {
                      label: t('minimumVolume'),
                      value: t('perMonth', {
                        quantity: formatDecimal(program.minimumVolume.quantityPerMonth, locale),
                        unit: enums(`quantityUnit.${program.minimumVolume.unit}`),
                      }),
                    },
                  ]
                : []),
              {
                label: t('coverage'),
                value:
                  program.coverage.length > 0
                    ? program.coverage.map((region) => region.name).join(', ')
                    : t('allIndonesia'),
              },
            ]}
          />
        </SectionCard>

        <SectionCard id="documents" title={t('requiredDocuments')}>
          {program.requiredDocuments.length === 0 ? (
            <p className="text-stone-600">{t('noDocuments')}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5">
              {program.requiredDocuments.map((document) => (
                <li key={document}>{enums(`documentType.${document}`)}</li>
              ))}
            </ul>
          )}
        </SectionCard>

        <SectionCard id="partner" title={t('partner')}>
          <p className="font-semibold">{program.partner.name}</p>
          <div className="mt-1 flex flex-wrap gap-1.5">
            <Badge tone="brand">{enums(`partnerType.${program.partner.type}`)}</Badge>
            <VerificationBadge level={program.partner.verificationLevel} />
          </div>
          {program.partner.website ? (
            <p className="mt-2 break-all">
              <a href={program.partner.website} rel="noopener noreferrer" target="_blank">
                {program.partner.website}
              </a>
            </p>
          ) : null}
          <p className="mt-4">
            <Link href="/partners">{t('allPartners')}</Link>
          </p>
        </SectionCard>
      </div>
      <div className="mt-4">
        <RecommendedCooperativesPanel partnerId={program.partner.id} programId={program.id} />
      </div>
    </>
  );
}
