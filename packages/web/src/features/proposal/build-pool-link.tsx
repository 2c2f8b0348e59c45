import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getViewer } from '@/lib/session';
import { cooperativesOf } from '@/features/account/viewer-organisations';
import { LINK_BUTTON_CLASSES } from '@/components/ui/form-controls';

/**
 * "Susun penawaran gabungan" beside an open request, or "Tawarkan bersama koperasi lain" on an
 * offtake program with a minimum volume, for the viewers who may lead a pooled offer: a
 * cooperative's chair or board, or a mentor (for their caseload). The pools page shows which
 * suggested pools they may offer; nothing here for anyone else.
 */
export async function BuildPoolLink(answers: { requestId: string } | { programId: string }) {
  const viewer = await getViewer();
  const may =
    cooperativesOf(viewer).some((cooperative) => cooperative.isBoard) ||
    Boolean(viewer?.roles.includes('MENTOR'));
  if (!may) return null;
  const t = await getTranslations('proposal.poolOffer');
  if ('programId' in answers) {
    return (
      <Link
        href={`/programs/${encodeURIComponent(answers.programId)}/pools`}
        className={LINK_BUTTON_CLASSES.secondary}
      >
        {t('program.link')}
      </Link>
    );
  }
  return (
    <Link href={`/requests/${encodeURIComponent(answers.requestId)}/pools`} className="text-sm font-medium">
      {t('buildLink')}
    </Link>
  );
}
