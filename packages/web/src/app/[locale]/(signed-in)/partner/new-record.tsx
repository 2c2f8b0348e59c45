import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AccessNotice } from '@/components/ui/access-notice';
import { PageHeader } from '@/components/ui/page-header';
import { PartnerFormOptionsDocument } from '@/graphql/generated/graphql';
import { Link, redirect } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { loadOr404 } from '@/lib/load-or-404';
import type { RegionOption } from '@/features/region/picker-levels';
import { chosenPartner, mayOpenPartner, partnerAccess } from './access';

/*
 * The pages that create a program or a request (programs/new, requests/new): the same page
 * around a different form.
 */

type NewRecord = 'program' | 'request';

const TEXTS = {
  program: { title: 'newProgramTitle', lead: 'newProgramLead' },
  request: { title: 'newRequestTitle', lead: 'newRequestLead' },
} as const;

export async function newRecordMetadata(
  params: Promise<{ locale: string }>,
  record: NewRecord,
): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'partnerWorkspace' });
  return { title: t(TEXTS[record].title) };
}

/**
 * A new record of the chosen partner (`?partner=`, or the viewer's only one): sign-in first
 * when the session has ended, a notice for a partner the viewer does not work for.
 */
export async function newRecordPage(
  {
    params,
    searchParams,
  }: {
    params: Promise<{ locale: string }>;
    searchParams: Promise<Record<string, string | string[] | undefined>>;
  },
  record: NewRecord,
  /** The form, for the partner and with the provinces its region pickers start from. */
  form: (partnerId: string, provinces: readonly RegionOption[]) => Promise<ReactNode>,
) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const [t, access] = await Promise.all([getTranslations('partnerWorkspace'), partnerAccess()]);
  if (!access) return redirect({ href: '/sign-in', locale });
  const partnerId =
    chosenPartner(raw.partner) ?? (access.partners.length === 1 ? access.partners[0].id : undefined);
  if (!partnerId || !mayOpenPartner(access, partnerId)) {
    return (
      <AccessNotice title={t('notYourPartnerTitle')} body={t('notYourPartnerBody')}>
        <Link href="/partner">{t('backToWorkspace')}</Link>
      </AccessNotice>
    );
  }
  const data = await loadOr404(async () => {
    const result = await queryApi({ query: PartnerFormOptionsDocument, variables: { partnerId } });
    return result.partner ? { ...result, partner: result.partner } : null;
  });
  const recordForm = await form(
    partnerId,
    data.provinces.edges.map((edge) => edge.node),
  );

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={{ pathname: '/partner', query: { partner: partnerId } }}>
          ← {t('backTo', { partner: data.partner.name })}
        </Link>
      </p>
      <PageHeader
        title={t(TEXTS[record].title)}
        lead={t(TEXTS[record].lead, { partner: data.partner.name })}
      />
      <div className="max-w-3xl rounded-lg border border-stone-200 bg-white p-4 sm:p-6">{recordForm}</div>
    </>
  );
}
