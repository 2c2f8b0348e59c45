import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '@/components/ui/access-notice';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { PartnerProgramForm } from '@/features/program/partner-program-form';
import { ProgramStatusActions } from '@/features/program/program-status-actions';
import { SectionCard } from '@/components/ui/section-card';
import { PartnerProgramEditDocument } from '@/graphql/generated/graphql';
import { Link, redirect } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { loadOr404 } from '@/lib/load-or-404';
import { mayOpenPartner, partnerAccess, programFormOptions } from '@/app/[locale]/(signed-in)/partner/access';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/partner/programs/[id]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'partnerWorkspace' });
  return { title: t('editProgramTitle') };
}

/** One program of the viewer's partner: its status moves and its details to change. */
export default async function EditProgramPage({ params }: PageProps<'/[locale]/partner/programs/[id]'>) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const [t, enums, access] = await Promise.all([
    getTranslations('partnerWorkspace'),
    getTranslations('enums'),
    partnerAccess(),
  ]);
  if (!access) return redirect({ href: '/sign-in', locale });
  // A draft of another partner reads as missing (the API hides it): the 404 page.
  const data = await loadOr404(async () => {
    const result = await queryApi({
      query: PartnerProgramEditDocument,
      variables: { id: decodeURIComponent(id) },
    });
    return result.program ? { ...result, program: result.program } : null;
  });
  const program = data.program;
  if (!mayOpenPartner(access, program.partner.id)) {
    return (
      <AccessNotice title={t('notYourPartnerTitle')} body={t('notYourProgramBody')}>
        <Link href="/partner">{t('backToWorkspace')}</Link>
      </AccessNotice>
    );
  }
  const options = await programFormOptions(data.provinces.edges.map((edge) => edge.node));

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={{ pathname: '/partner', query: { partner: program.partner.id } }}>
          ← {t('backTo', { partner: program.partner.name })}
        </Link>
      </p>
      <PageHeader title={program.name}>
        <Badge tone="brand">{enums(`programStatus.${program.status}`)}</Badge>
        <Badge tone="muted">{enums(`programKind.${program.kind}`)}</Badge>
      </PageHeader>
      <div className="max-w-3xl space-y-6">
        <SectionCard id="program-status" title={t('statusTitle')}>
          <p className="mb-3 text-sm text-stone-700">{t(`statusHint.${program.status}`)}</p>
          <ProgramStatusActions programId={program.id} version={program.version} status={program.status} />
        </SectionCard>
        <SectionCard id="program-details" title={t('detailsTitle')}>
          {program.status === 'CLOSED' ? (
            <p className="text-sm text-stone-700">{t('closedProgram')}</p>
          ) : (
            <PartnerProgramForm partnerId={program.partner.id} program={program} options={options} />
          )}
        </SectionCard>
      </div>
    </>
  );
}
