import { useLocale, useTranslations } from 'next-intl';
import { PartnerFunnelDocument, type PartnerFunnelQuery } from '@/graphql/generated/graphql';
import { queryApi } from '@/lib/apollo/server-client';
import { formatDecimal } from '@/lib/format';
import { ProposalMonthsTable } from './proposal-months';

type Funnel = NonNullable<NonNullable<PartnerFunnelQuery['partner']>['proposalFunnel']>;

/**
 * How the partner's sent proposals move: each step with how many reached it (a bar against the
 * sent ones, and the number in words for those who do not see the bar) and how many dropped out
 * there; the median time to a decision; and the volume per month as a table that fits a phone.
 */
export function ProposalFunnelView({ funnel, partnerName }: { funnel: Funnel; partnerName: string }) {
  const t = useTranslations('partnerWorkspace.funnel');
  const statuses = useTranslations('roleWorkspaces.proposalStatus');
  const locale = useLocale();
  const sent = funnel.steps[0]?.reached ?? 0;
  return (
    <section aria-labelledby="funnel-title" className="min-w-0">
      <h2 id="funnel-title" className="mb-1 text-xl font-semibold">
        {t('title')}
      </h2>
      <p className="mb-3 text-sm text-stone-700">
        {funnel.medianDaysToDecision === null
          ? t('noDecisions')
          : t('medianToDecision', {
              days: formatDecimal(String(funnel.medianDaysToDecision), locale === 'en' ? 'en' : 'id'),
              decided: funnel.decided,
            })}
      </p>
      <ol aria-label={t('stepsLabel', { partner: partnerName })} className="space-y-2">
        {funnel.steps.map((step) => {
          const share = sent === 0 ? 0 : Math.round((step.reached / sent) * 100);
          return (
            <li key={step.status}>
              <div className="flex flex-wrap items-baseline justify-between gap-x-2 text-sm">
                <span className="font-medium">{statuses(step.status)}</span>
                <span className="tabular-nums">
                  {t('reached', { count: step.reached, share })}
                  {step.droppedOut > 0 ? ` · ${t('droppedOut', { count: step.droppedOut })}` : ''}
                </span>
              </div>
              <div aria-hidden="true" className="mt-1 h-2 rounded bg-stone-200">
                <div className="h-2 rounded bg-brand-700" style={{ width: `${share}%` }} />
              </div>
            </li>
          );
        })}
      </ol>
      <div className="mt-4">
        <ProposalMonthsTable months={funnel.byMonth} caption={t('monthsCaption')} />
      </div>
    </section>
  );
}

/**
 * The funnel of a partner, read on its own: the workspace streams it in when it comes (a partner
 * with tens of thousands of proposals takes a second or two), without holding up the rest.
 */
export async function PartnerFunnelSection({
  partnerId,
  partnerName,
}: {
  partnerId: string;
  partnerName: string;
}) {
  const funnel = (await queryApi({ query: PartnerFunnelDocument, variables: { partnerId } })).partner
    ?.proposalFunnel;
  return funnel ? <ProposalFunnelView funnel={funnel} partnerName={partnerName} /> : null;
}
