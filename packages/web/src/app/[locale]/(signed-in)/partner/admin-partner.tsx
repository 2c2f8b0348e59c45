import type { ReactNode } from 'react';
import { AccessNotice } from '@/components/ui/access-notice';
import { PartnerChooser, type PartnerChoice } from '@/features/partner/partner-chooser';
import { Link, redirect } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { chosenPartner, partnerAccess } from './access';

/**
 * The partner a page for partner admins is about (tokens, webhooks): the `?partner=` one, or the
 * only one the viewer administers. Otherwise what to show instead: who manages this (for staff who
 * are not admins), or a choice of partners. Signed-out viewers go to sign-in.
 */
export async function adminPartnerOf(options: {
  locale: AppLocale;
  partnerParam: string | string[] | undefined;
  pathname: '/partner/tokens' | '/partner/webhooks';
  notice: { title: string; body: string; back: string };
}): Promise<{ partner: PartnerChoice } | { instead: ReactNode }> {
  const access = await partnerAccess();
  if (!access) return redirect({ href: '/sign-in', locale: options.locale });
  const adminOf = access.partners.filter((partner) => access.adminPartnerIds.includes(partner.id));
  if (adminOf.length === 0) {
    return {
      instead: (
        <AccessNotice title={options.notice.title} body={options.notice.body}>
          <Link href="/partner">{options.notice.back}</Link>
        </AccessNotice>
      ),
    };
  }
  const chosen = chosenPartner(options.partnerParam) ?? (adminOf.length === 1 ? adminOf[0].id : undefined);
  const partner = adminOf.find((candidate) => candidate.id === chosen);
  if (!partner) return { instead: <PartnerChooser partners={adminOf} pathname={options.pathname} /> };
  return { partner };
}
