import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DetailList } from '@/components/ui/detail-list';
import { PageHeader } from '@/components/ui/page-header';
import { EventTimeline } from '@/features/proposal/event-timeline';
import { MessageForm } from '@/features/proposal/message-form';
import { MessageThread } from '@/features/proposal/message-thread';
import { ProposalActions } from '@/features/proposal/proposal-actions';
import { PooledBadge, ProposalKindBadge, ProposalStatusBadge } from '@/features/proposal/proposal-badges';
import { PoolMembers } from '@/features/proposal/pool-members';
import { PoolShareActions } from '@/features/proposal/pool-share-actions';
import { TermsComparison } from '@/features/proposal/terms-comparison';
import { TermsSummary } from '@/features/proposal/terms-summary';
import { TurnInfo } from '@/features/proposal/turn-info';
import { SectionCard } from '@/components/ui/section-card';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { ProposalDetailDocument, type ProposalSide, type QuantityUnit } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { formatDateTime } from '@/lib/format';
import { loadOr404 } from '@/lib/load-or-404';
import { requiredTermsByKind } from '@/features/proposal/terms-form';
import { passportHref } from '@/features/readiness/readiness-levels';
import { LINK_BUTTON_CLASSES } from '@/components/ui/form-controls';

type Props = PageProps<'/[locale]/proposals/[id]'>;

/**
 * The proposal, with what each kind must state (for the terms forms). Metadata and page ask the
 * same query; the request's Apollo cache answers the second.
 */
async function loadProposal(params: Props['params']) {
  const { id } = await params;
  return loadOr404(async () => {
    const data = await queryApi({ query: ProposalDetailDocument, variables: { id: decodeURIComponent(id) } });
    return data.proposal && { proposal: data.proposal, kindTerms: data.proposalKindTerms };
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const { proposal } = await loadProposal(params);
  return { title: proposal.title, robots: { index: false } };
}

/**
 * One proposal: whose turn it is, what this viewer may do (only the actions the API lists), the
 * terms versions side by side with their changes, the thread and the audit trail. Rendered on
 * the server with fresh data on every visit; the actions refresh it after they succeed.
 */
/** What a pool must reach a month: the request's quantity, else its offtake program's minimum volume. */
function poolTargetOf(proposal: {
  request?: { quantity: string; quantityUnit: QuantityUnit } | null;
  program?: { minimumVolume?: { quantityPerMonth: string; unit: QuantityUnit } | null } | null;
}): { quantity: string; quantityUnit: QuantityUnit } | null {
  if (proposal.request) return proposal.request;
  const volume = proposal.program?.minimumVolume;
  return volume ? { quantity: volume.quantityPerMonth, quantityUnit: volume.unit } : null;
}

export default async function ProposalPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, { proposal, kindTerms }] = await Promise.all([getTranslations('proposal'), loadProposal(params)]);
  const partyNames: Record<ProposalSide, string> = {
    COOPERATIVE: proposal.cooperative?.name ?? t('enums.side.COOPERATIVE'),
    PARTNER: proposal.partner?.name ?? t('enums.side.PARTNER'),
  };
  const versions = proposal.terms.edges.map((edge) => edge.node);
  const latestTerms =
    versions.find((terms) => terms.version === proposal.latestTermsVersion) ?? versions.at(-1);
  const accepted = versions.find((terms) => terms.version === proposal.acceptedTermsVersion);
  const canWrite = proposal.viewerActions.includes('SEND_MESSAGE');
  const messages = proposal.messages.edges.map((edge) => edge.node);
  const now = new Date();

  return (
    <WorkspaceMessages namespaces={['proposal', 'workspace', 'enums']}>
      <p className="mb-2 text-sm">
        <Link href="/proposals">← {t('backToInbox')}</Link>
      </p>
      <PageHeader title={proposal.title} lead={t('between', partyNames)}>
        <ProposalStatusBadge status={proposal.status} />
        <ProposalKindBadge kind={proposal.kind} />
        {proposal.isPooled ? <PooledBadge /> : null}
        {proposal.isAwaitingDraftApproval ? (
          <span className="text-sm text-stone-700">{t('awaitingApproval')}</span>
        ) : null}
      </PageHeader>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-4">
          <TurnInfo
            turn={proposal.turn ?? null}
            turnSince={proposal.turnSince ?? null}
            expiresAt={proposal.expiresAt ?? null}
            isYourTurn={proposal.isViewerTurn}
            partyNames={partyNames}
            now={now}
          />

          {accepted ? (
            <section
              aria-labelledby="accepted-title"
              className="rounded-lg border border-emerald-300 bg-emerald-50 p-4"
              data-testid="accepted-terms"
            >
              <h2 id="accepted-title" className="font-semibold text-emerald-900">
                {t('acceptedTitle', { version: accepted.version })}
              </h2>
              <p className="mt-1 text-emerald-950">
                <TermsSummary terms={accepted} />
              </p>
              <p className="mt-1 text-sm text-emerald-900">
                {t('acceptedBy', {
                  party: partyNames[accepted.authorSide === 'COOPERATIVE' ? 'PARTNER' : 'COOPERATIVE'],
                })}
              </p>
            </section>
          ) : null}

          <SectionCard id="actions" title={t('actionsTitle')}>
            {latestTerms ? (
              <ProposalActions
                proposalId={proposal.id}
                version={proposal.version}
                kind={proposal.kind}
                title={proposal.title}
                actions={proposal.viewerActions}
                requiredTerms={requiredTermsByKind(kindTerms)[proposal.kind] ?? []}
                latestTerms={latestTerms}
              />
            ) : null}
          </SectionCard>

          {proposal.pool ? (
            <SectionCard id="pool" title={t('pool.title')}>
              <div className="space-y-4">
                <p className="text-sm text-stone-600">{t('pool.intro')}</p>
                <PoolMembers
                  pool={proposal.pool}
                  target={poolTargetOf(proposal)}
                  viewerShareActions={
                    <PoolShareActions
                      proposalId={proposal.id}
                      version={proposal.version}
                      actions={proposal.viewerActions}
                    />
                  }
                />
              </div>
            </SectionCard>
          ) : null}

          <SectionCard id="terms" title={t('termsTitle')}>
            <TermsComparison
              versions={versions}
              acceptedVersion={proposal.acceptedTermsVersion ?? null}
              partyNames={partyNames}
            />
          </SectionCard>

          <SectionCard id="messages" title={t('messages.title')}>
            <div className="space-y-4">
              <MessageThread messages={messages} />
              {canWrite ? (
                <MessageForm proposalId={proposal.id} />
              ) : (
                <p className="text-sm text-stone-600">{t('messages.closed')}</p>
              )}
            </div>
          </SectionCard>
        </div>

        <div className="min-w-0 space-y-4">
          <SectionCard id="details" title={t('detailsTitle')}>
            <DetailList
              details={[
                {
                  label: t('cooperative'),
                  value: proposal.cooperative ? (
                    <Link href={`/cooperatives/${encodeURIComponent(proposal.cooperative.id)}`}>
                      {proposal.cooperative.name}
                    </Link>
                  ) : null,
                },
                { label: t('partner'), value: proposal.partner?.name },
                { label: t('startedBy'), value: t(`enums.side.${proposal.startedBy}`) },
                ...(proposal.offering
                  ? [
                      {
                        label: t('offering'),
                        value: (
                          <Link href={`/offerings/${encodeURIComponent(proposal.offering.id)}`}>
                            {proposal.offering.title}
                          </Link>
                        ),
                      },
                    ]
                  : []),
                ...(proposal.program
                  ? [
                      {
                        label: t('program'),
                        value: (
                          <Link href={`/programs/${encodeURIComponent(proposal.program.id)}`}>
                            {proposal.program.name}
                          </Link>
                        ),
                      },
                    ]
                  : []),
                ...(proposal.request ? [{ label: t('request'), value: proposal.request.title }] : []),
                ...(proposal.mentor ? [{ label: t('mentor'), value: proposal.mentor.name }] : []),
                { label: t('createdAt'), value: formatDateTime(proposal.createdAt, locale) },
                {
                  label: t('submittedAt'),
                  value: proposal.submittedAt ? formatDateTime(proposal.submittedAt, locale) : null,
                },
                ...(proposal.closedAt
                  ? [{ label: t('closedAt'), value: formatDateTime(proposal.closedAt, locale) }]
                  : []),
              ]}
            />
            {proposal.kind === 'FINANCING' && proposal.cooperative ? (
              <p className="mt-4">
                <Link href={passportHref(proposal.cooperative.id)} className={LINK_BUTTON_CLASSES.secondary}>
                  {t('passportLink')}
                </Link>
              </p>
            ) : null}
          </SectionCard>

          <SectionCard id="timeline" title={t('timeline.title')}>
            <EventTimeline events={proposal.events.edges.map((edge) => edge.node)} />
          </SectionCard>
        </div>
      </div>
    </WorkspaceMessages>
  );
}
