import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getViewer, type SignedInViewer } from '@/lib/session';
import { cooperativesOf } from '@/features/account/viewer-organisations';
import { LINK_BUTTON_CLASSES } from '@/components/ui/form-controls';
import { passportHref } from './readiness-levels';

/**
 * Whether a viewer may try a cooperative's passport: its own officers, and mentors, the Dinas,
 * admins and partner staff (the passport page asks the API, which answers for each of them:
 * a partner only once the cooperative shares it or they discuss financing).
 */
export function mayTryPassport(viewer: SignedInViewer | null, cooperativeId: string): boolean {
  if (!viewer) return false;
  if (cooperativesOf(viewer).some((cooperative) => cooperative.id === cooperativeId)) return true;
  return viewer.roles.some(
    (role) => role === 'MENTOR' || role === 'DINAS' || role === 'ADMIN' || role === 'PARTNER',
  );
}

/** "Paspor pembiayaan" on a cooperative's public page, for the viewers who may try it; else nothing. */
export async function PassportLink({ cooperativeId }: { cooperativeId: string }) {
  if (!mayTryPassport(await getViewer(), cooperativeId)) return null;
  const t = await getTranslations('passport');
  return (
    <Link href={passportHref(cooperativeId)} className={LINK_BUTTON_CLASSES.secondary}>
      {t('link')}
    </Link>
  );
}
