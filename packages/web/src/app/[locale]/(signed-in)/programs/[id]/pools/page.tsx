import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { BUTTON_CLASSES, ChoiceField, LINK_BUTTON_CLASSES } from '@/components/ui/form-controls';
import { PageHeader } from '@/components/ui/page-header';
import { SectionCard } from '@/components/ui/section-card';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { SuggestedPools, type PoolActions } from '@/features/matching/suggested-pools';
import { PoolOfferForm } from '@/features/proposal/pool-offer-form';
import { poolLeadsOf } from '@/features/proposal/pool-leads';
import {
  ProgramPoolOfferPageDocument,
  ProgramPoolSuggestionsDocument,
  RegenciesWithinDocument,
  type SuggestedPoolFieldsFragment,
} from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { isNotFoundError, queryApi } from '@/lib/apollo/server-client';
import { formatDecimal, type NumberLocale } from '@/lib/format';
import { loadOr404 } from '@/lib/load-or-404';
import { levelOfCode } from '@/lib/region-path';
import { getViewer } from '@/lib/session';
// The API's own rule for "the coverage takes this region", imported by path rather than copied
// (the file imports nothing), as the Dinas dashboard does.
import { anyRegionCovers, regencyOf } from '../../../../../../../../server/src/modules/region/region-scope';

type Props = PageProps<'/[locale]/programs/[id]/pools'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'proposal.poolOffer.program' });
  return { title: t('metaTitle'), robots: { index: false } };
}

const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

interface Place {
  code: string;
  name: string;
}

/**
 * An offtake program with a minimum volume and the pools that could reach it, gathered around a
 * region the viewer chooses (`?near=61.03`; by default their cooperative's regency when the
 * program covers it, else the first regency it covers), for building a pooled offer answering the
 * program. Who may lead a pool is decided as on a request's pool builder: a board of a member, or
 * a mentor of one.
 */
export default async function ProgramPoolOfferPage({ params, searchParams }: Props) {
  const locale = (await pageLocale(params)) as NumberLocale;
  const { id } = await params;
  const query = await searchParams;
  const chosen = typeof query.pool === 'string' ? query.pool : undefined;
  const asked = typeof query.near === 'string' && query.near !== '' ? query.near : undefined;
  const [t, page, suggestions, enums, viewer] = await Promise.all([
    getTranslations('proposal.poolOffer.program'),
    getTranslations('proposal.poolOffer'),
    getTranslations('matching.pools'),
    getTranslations('enums'),
    getViewer(),
  ]);
  const data = await loadOr404(async () => {
    const result = await queryApi({
      query: ProgramPoolOfferPageDocument,
      variables: { programId: decodeURIComponent(id) },
    });
    return result.program ? { ...result, program: result.program } : null;
  });
  const { program } = data;
  const minimum = program.minimumVolume;
  const poolable = program.status === 'ACTIVE' && program.kind === 'OFFTAKE' && minimum !== null;

  const { boards, leadsOf } = poolLeadsOf(viewer, data.viewer);
  // The viewer's own cooperatives' regencies, boards first: the default place to gather a pool.
  const ownRegencies = (data.viewer?.memberships ?? [])
    .flatMap((membership) => (membership.cooperative ? [membership.cooperative] : []))
    .sort((a, b) => Number(boards.has(b.id)) - Number(boards.has(a.id)))
    .flatMap((cooperative) => regencyOf(cooperative.village.code) ?? []);

  // The regions offered for "near": the program's coverage at regency level or below, and the
  // regencies of each province it covers; for a program covering all Indonesia, the regencies of
  // the provinces of the viewer's cooperatives (and of the region asked for).
  const coverage = program.coverage.map((region) => region.code);
  const provinces = new Set<string>();
  const places: Place[] = [];
  if (coverage.length === 0) {
    for (const code of [...ownRegencies, ...(asked ? [asked] : [])]) provinces.add(code.slice(0, 2));
  }
  for (const region of program.coverage) {
    if (region.level === 'PROVINCE') provinces.add(region.code);
    else places.push({ code: region.code, name: region.name });
  }
  if (poolable && provinces.size > 0) {
    const regencies = await Promise.all(
      [...provinces].map((code) => queryApi({ query: RegenciesWithinDocument, variables: { code } })),
    );
    for (const result of regencies) {
      for (const edge of result.regions.edges) places.push({ code: edge.node.code, name: edge.node.name });
    }
  }
  const isCovered = (code: string) => coverage.length === 0 || anyRegionCovers(coverage, code);
  const near =
    asked ??
    ownRegencies.find(isCovered) ??
    places.find((place) => levelOfCode(place.code) === 'REGENCY')?.code ??
    places[0]?.code;
  if (near && !places.some((place) => place.code === near)) places.unshift({ code: near, name: near });

  let pools: SuggestedPoolFieldsFragment[] = [];
  let nearRefused = false;
  if (poolable && near) {
    try {
      const result = await queryApi({
        query: ProgramPoolSuggestionsDocument,
        variables: { programId: program.id, near },
      });
      pools = result.suggestedPoolsForProgram;
    } catch (error) {
      // A region outside the coverage (an edited URL): say so at the region choice.
      if (!isNotFoundError(error)) throw error;
      nearRefused = true;
    }
  }

  const actions: PoolActions = {};
  for (const pool of pools) {
    if (leadsOf(pool).length === 0) continue;
    actions[pool.basis] = (
      <Link
        href={{
          pathname: `/programs/${encodeURIComponent(program.id)}/pools`,
          query: { near, pool: pool.basis },
          hash: 'pool-offer',
        }}
        className={LINK_BUTTON_CLASSES.primary}
        aria-label={page('offerThisLabel', { basis: suggestions(`basis.${pool.basis}`) })}
      >
        {page('offerThis')}
      </Link>
    );
  }
  const selected = pools.find((pool) => pool.basis === chosen);
  const leads = selected ? leadsOf(selected) : [];

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="max-w-4xl space-y-6">
        <SectionCard id="pool-program" title={program.name}>
          <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2" data-testid="pool-program">
            <div>
              <dt className="text-stone-600">{t('partner')}</dt>
              <dd className="font-medium">{program.partner.name}</dd>
            </div>
            <div>
              <dt className="text-stone-600">{t('commodity')}</dt>
              <dd className="font-medium">
                {program.commodity ? enums(`commodity.${program.commodity}`) : '—'}
              </dd>
            </div>
            <div>
              <dt className="text-stone-600">{t('minimumVolume')}</dt>
              <dd className="font-medium tabular-nums" data-testid="pool-program-minimum">
                {minimum
                  ? page('perMonth', {
                      quantity: formatDecimal(minimum.quantityPerMonth, locale),
                      unit: enums(`quantityUnit.${minimum.unit}`),
                    })
                  : '—'}
              </dd>
            </div>
            <div>
              <dt className="text-stone-600">{t('coverage')}</dt>
              <dd className="font-medium">
                {program.coverage.length > 0
                  ? program.coverage.map((region) => region.name).join(', ')
                  : t('allIndonesia')}
              </dd>
            </div>
            <div>
              <dt className="text-stone-600">{t('status')}</dt>
              <dd>
                <Badge tone={program.status === 'ACTIVE' ? 'positive' : 'neutral'}>
                  {enums(`programStatus.${program.status}`)}
                </Badge>
              </dd>
            </div>
          </dl>
        </SectionCard>

        {!poolable ? (
          <p role="status" className="rounded-md border border-stone-200 bg-white p-4 text-stone-700">
            {t('notPoolable')}
          </p>
        ) : (
          <>
            <form method="get" className="flex flex-wrap items-end gap-3" data-testid="pool-near">
              <ChoiceField
                name="near"
                label={t('nearLabel')}
                hint={t('nearHint')}
                defaultValue={near}
                options={places.map((place) => ({ value: place.code, label: place.name }))}
                error={nearRefused ? t('noNear') : undefined}
                className="min-w-64"
              />
              <button type="submit" className={BUTTON_CLASSES.secondary}>
                {t('nearApply')}
              </button>
            </form>

            {chosen && !selected ? (
              <p role="status" className="rounded-md border border-stone-200 bg-white p-4 text-stone-700">
                {page('poolGone')}
              </p>
            ) : null}

            {selected && leads.length > 0 && minimum ? (
              <SectionCard
                id="pool-offer"
                title={page('formTitle', { basis: suggestions(`basis.${selected.basis}`) })}
              >
                <WorkspaceMessages namespaces={['proposal', 'workspace', 'enums']}>
                  <PoolOfferForm
                    key={`${near}-${selected.basis}`}
                    answers={{ programId: program.id }}
                    partnerId={program.partner.id}
                    target={selected.target}
                    unit={selected.unit}
                    members={selected.members.map((member) => ({
                      cooperativeId: member.cooperative.id,
                      cooperativeName: member.cooperative.name,
                      offeringId: member.offering.id,
                      offeringTitle: member.offering.title,
                      quantityPerMonth: member.quantityPerMonth,
                    }))}
                    leadIds={leads}
                    boardIds={leads.filter((leadId) => boards.has(leadId))}
                    defaultTitle={clip(page('defaultTitle', { title: program.name }))}
                    defaultPrice={null}
                  />
                </WorkspaceMessages>
              </SectionCard>
            ) : null}

            <SectionCard id="suggested-pools" title={page('poolsTitle')}>
              <p className="mb-3 text-sm text-stone-600">{t('poolsIntro')}</p>
              {pools.length > 0 && Object.keys(actions).length === 0 ? (
                <p className="mb-3 text-sm text-stone-700" data-testid="pool-offer-who">
                  {page('whoMayOffer')}
                </p>
              ) : null}
              {near && !nearRefused ? (
                <SuggestedPools pools={pools} actions={actions} anchor="chosen" />
              ) : (
                <p className="text-stone-600">{t('noNear')}</p>
              )}
            </SectionCard>
          </>
        )}

        <p className="text-sm">
          <Link href={`/programs/${encodeURIComponent(program.id)}`}>{t('backToProgram')}</Link>
        </p>
      </div>
    </>
  );
}
