import { getTranslations } from 'next-intl/server';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { CALL_TO_ACTION_CLASSES } from '@/components/ui/form-controls';
import type { PartnerWorkspaceQuery, ProgramStatus } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { formatIdr } from '@/lib/format';

type WorkspaceProgram = NonNullable<PartnerWorkspaceQuery['partner']>['programs']['edges'][number]['node'];

const PROGRAM_TONE: Record<ProgramStatus, BadgeTone> = {
  DRAFT: 'muted',
  ACTIVE: 'positive',
  PAUSED: 'progress',
  CLOSED: 'neutral',
};

/** The partner's programs in its workspace, each linked to its editor, and a link to a new one. */
export async function WorkspacePrograms({
  partnerId,
  programs,
}: {
  partnerId: string;
  programs: readonly WorkspaceProgram[];
}) {
  const [t, enums] = await Promise.all([getTranslations('partnerWorkspace'), getTranslations('enums')]);
  return (
    <section aria-labelledby="programs-title">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id="programs-title" className="text-xl font-semibold">
          {t('programsTitle')}
        </h2>
        <Link
          href={{ pathname: '/partner/programs/new', query: { partner: partnerId } }}
          className={CALL_TO_ACTION_CLASSES}
        >
          {t('newProgram')}
        </Link>
      </div>
      {programs.length === 0 ? (
        <EmptyState title={t('noPrograms')} hint={t('noProgramsHint')} />
      ) : (
        <ul className="space-y-3">
          {programs.map((program) => (
            <li key={program.id}>
              <article
                className="rounded-lg border border-stone-200 bg-white p-4"
                data-testid="workspace-program"
              >
                <h3 className="font-semibold">
                  <Link href={`/partner/programs/${encodeURIComponent(program.id)}`}>{program.name}</Link>
                </h3>
                <div className="mt-2 flex flex-wrap items-center gap-1.5">
                  <Badge tone={PROGRAM_TONE[program.status]}>
                    {enums(`programStatus.${program.status}`)}
                  </Badge>
                  <Badge tone="muted">{enums(`programKind.${program.kind}`)}</Badge>
                  {program.commodity ? (
                    <Badge tone="muted">{enums(`commodity.${program.commodity}`)}</Badge>
                  ) : null}
                </div>
                <p className="mt-2 text-sm text-stone-700">
                  {program.loanTerms?.maxAmount
                    ? `${t('upTo', { amount: formatIdr(program.loanTerms.maxAmount.amount) })} · `
                    : ''}
                  {program.coverage.length === 0
                    ? t('allIndonesia')
                    : program.coverage.length > 3
                      ? t('regionCount', { count: program.coverage.length })
                      : program.coverage.map((region) => region.name).join(', ')}
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
