import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getViewer } from '@/lib/session';
import { cooperativesOf, partnersOf } from '@/features/account/viewer-organisations';
import { LINK_BUTTON_CLASSES } from '@/components/ui/form-controls';

/** Where a proposal can be filed from: partners answer cooperatives, cooperatives partners. */
export type ProposalSource = 'cooperative' | 'offering' | 'program' | 'request';

const PARTNER_SOURCES: readonly ProposalSource[] = ['cooperative', 'offering'];

/**
 * "Ajukan proposal" on a public page, for the viewers who may file one from it: partner staff on
 * a cooperative or its offering, a cooperative's chair or board on a program or request. Nothing
 * for anyone else (and no client code: a plain link to the create form).
 */
export async function ProposeLink({ from, id, label }: { from: ProposalSource; id: string; label?: string }) {
  const viewer = await getViewer();
  const may = PARTNER_SOURCES.includes(from)
    ? partnersOf(viewer).length > 0
    : cooperativesOf(viewer).some((cooperative) => cooperative.isBoard);
  if (!may) return null;
  const t = await getTranslations('proposal');
  return (
    <Link
      href={{ pathname: '/proposals/new', query: { [from]: id } }}
      className={from === 'request' ? 'text-sm font-medium' : LINK_BUTTON_CLASSES.primary}
    >
      {label ?? t('create.cta')}
    </Link>
  );
}
