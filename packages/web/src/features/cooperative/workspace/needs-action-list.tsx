import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { formatDate, formatLocalDate } from '@/lib/format';
import type { WorkspaceAction } from './needs-action';

/**
 * What needs action, first in the workspace, each leading where it is done: the proposals waiting
 * for the cooperative, the offerings section, or the documents section (a missing document opens
 * its form with the type chosen).
 */
export function NeedsActionList({
  cooperativeId,
  actions,
}: {
  cooperativeId: string;
  actions: WorkspaceAction[];
}) {
  const t = useTranslations('cooperativeWorkspace.needsAction');
  const documentTypes = useTranslations('enums.documentType');
  const locale = useLocale();
  if (actions.length === 0) return <p className="text-stone-700">{t('none')}</p>;
  const workspace = (hash: string, query: Record<string, string> = {}) => ({
    pathname: '/cooperative' as const,
    query: { id: cooperativeId, ...query },
    hash,
  });
  return (
    <ul aria-label={t('title')} className="space-y-2">
      {actions.map((action, index) => {
        const [text, href] = (() => {
          switch (action.kind) {
            case 'proposalsWaiting':
              return [
                t('proposalsWaiting', { count: action.count }),
                { pathname: '/proposals' as const, query: { cooperative: cooperativeId } },
              ];
            case 'offeringExpired':
              return [t('offeringExpired', { title: action.title }), workspace('offerings')];
            case 'offeringEndsSoon':
              return [
                t('offeringEndsSoon', { title: action.title, date: formatDate(action.validUntil, locale) }),
                workspace('offerings'),
              ];
            case 'documentExpired':
              return [t('documentExpired', { document: documentTypes(action.type) }), workspace('documents')];
            case 'documentLapsesSoon':
              return [
                t('documentLapsesSoon', {
                  document: documentTypes(action.type),
                  date: formatLocalDate(action.expiresOn, locale),
                }),
                workspace('documents'),
              ];
            case 'documentMissing':
              return [
                t('documentMissing', { document: documentTypes(action.type) }),
                workspace('documents', { addDocument: action.type }),
              ];
          }
        })();
        return (
          <li key={index} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
            <Link href={href} className="text-amber-950">
              {text}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
