import type { Metadata } from 'next';
import { requestHref } from '@/features/request/request-item';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '@/components/ui/access-notice';
import { PageHeader } from '@/components/ui/page-header';
import { ProposalCreateForm, type ProposalCreateFormProps } from '@/features/proposal/proposal-create-form';
import { SectionCard } from '@/components/ui/section-card';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import {
  NewProposalForCooperativeDocument,
  NewProposalFromOfferingDocument,
  NewProposalFromProgramDocument,
  NewProposalFromRequestDocument,
  NewProposalPartnerProgramsDocument,
  NewProposalPartnersDocument,
  ProposalKindTermsDocument,
  type OfferingKind,
  type ProgramChoiceFragment,
  type ProposalKind,
} from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { loadOr404 } from '@/lib/load-or-404';
import { requiredTermsByKind } from '@/features/proposal/terms-form';
import { KIND_FOR_PROGRAM } from '@/features/proposal/program-kinds';
import type { RawSearchParams } from '@/lib/search-params';
import { getViewer } from '@/lib/session';
import { cooperativesOf, isAdmin, partnersOf } from '@/features/account/viewer-organisations';

type Props = PageProps<'/[locale]/proposals/new'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'proposal.create' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** What a partner proposes when it answers a cooperative's offering. */
const KIND_FOR_OFFERING: Record<OfferingKind, ProposalKind> = {
  FINANCING_NEED: 'FINANCING',
  SUPPLY: 'OFFTAKE',
  SERVICE: 'OFFTAKE',
  PARTNERSHIP_INTEREST: 'AGENCY',
};

function param(raw: RawSearchParams, key: string): string | undefined {
  const value = raw[key];
  const first = (Array.isArray(value) ? value[0] : value)?.trim();
  return first || undefined;
}

const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

type FormSetup = Omit<ProposalCreateFormProps, 'canSubmitDirectly' | 'requiredTerms'> & {
  /** What the proposal answers, for the page's lead ("Menanggapi penawaran …"). */
  context: { label: string; href?: string };
};

/**
 * Files a proposal from where it starts: a partner from a cooperative's profile
 * (`?cooperative=`) or offering (`?offering=`), a cooperative's board from a partner's program
 * (`?program=`) or request (`?request=`). The other party comes from that record; the viewer's
 * own organisation from their memberships (a chooser when they have several).
 */
export default async function NewProposalPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const raw = await searchParams;
  const [t, kinds, viewer] = await Promise.all([
    getTranslations('proposal.create'),
    getTranslations('proposal.enums.kind'),
    getViewer(),
  ]);
  const myPartners = partnersOf(viewer).map(({ id, name }) => ({ id, name }));
  const myBoards = cooperativesOf(viewer)
    .filter((cooperative) => cooperative.isBoard)
    .map(({ id, name }) => ({ id, name }));
  const isMentor = Boolean(viewer?.roles.includes('MENTOR')) && !isAdmin(viewer);

  const offeringId = param(raw, 'offering');
  const programId = param(raw, 'program');
  const requestId = param(raw, 'request');
  const cooperativeId = param(raw, 'cooperative');

  const notAllowed = (body: string) => (
    <AccessNotice title={t('notAllowedTitle')} body={body}>
      <Link href="/proposals">{t('toInbox')}</Link>
    </AccessNotice>
  );

  let setup: FormSetup | null = null;
  if (offeringId) {
    const offering = await loadOr404(
      async () =>
        (await queryApi({ query: NewProposalFromOfferingDocument, variables: { id: offeringId } })).offering,
    );
    if (myPartners.length === 0) return notAllowed(t('partnersOnly'));
    const kind = KIND_FOR_OFFERING[offering.kind];
    setup = {
      cooperatives: [offering.cooperative],
      partners: myPartners,
      offeringId: offering.id,
      defaultKind: kind,
      defaultTitle: clip(`${kinds(kind)}: ${offering.title}`),
      defaults: {
        amount: offering.amountNeeded?.amount,
        tenorMonths: offering.wantedTenorMonths,
        quantity: offering.quantityPerMonth,
        quantityUnit: offering.quantityUnit,
        pricePerUnit: offering.priceMin?.amount,
      },
      context: {
        label: t('answersOffering', { title: offering.title, cooperative: offering.cooperative.name }),
        href: `/offerings/${encodeURIComponent(offering.id)}`,
      },
    };
  } else if (programId || requestId) {
    const cooperatives = cooperativeId
      ? [
          await loadOr404(
            async () =>
              (await queryApi({ query: NewProposalForCooperativeDocument, variables: { id: cooperativeId } }))
                .cooperative,
          ),
        ]
      : myBoards;
    if (cooperatives.length === 0) return notAllowed(t('boardsOnly'));
    if (programId) {
      const program = await loadOr404(
        async () =>
          (await queryApi({ query: NewProposalFromProgramDocument, variables: { id: programId } })).program,
      );
      const kind = KIND_FOR_PROGRAM[program.kind];
      setup = {
        cooperatives,
        partners: [program.partner],
        programId: program.id,
        defaultKind: kind,
        defaultTitle: clip(
          cooperatives.length === 1 ? `${program.name} — ${cooperatives[0].name}` : program.name,
        ),
        defaults: {
          ratePerYear: program.loanTerms?.ratePerYear,
          tenorMonths: program.loanTerms?.maxTenorMonths,
        },
        context: {
          label: t('appliesToProgram', { program: program.name, partner: program.partner.name }),
          href: `/programs/${encodeURIComponent(program.id)}`,
        },
      };
    } else {
      const request = await loadOr404(
        async () =>
          (await queryApi({ query: NewProposalFromRequestDocument, variables: { id: requestId! } })).request,
      );
      setup = {
        cooperatives,
        partners: [request.partner],
        requestId: request.id,
        defaultKind: 'OFFTAKE',
        defaultTitle: clip(t('answerTitle', { title: request.title })),
        defaults: {
          quantity: request.quantity,
          quantityUnit: request.quantityUnit,
          pricePerUnit: request.priceHint?.amount,
          delivery: t('deliverTo', { region: request.deliveryRegion.name }),
          deliveryRegionCode: request.deliveryRegion.code,
        },
        context: {
          label: t('answersRequest', { title: request.title, partner: request.partner.name }),
          href: requestHref(request.id),
        },
      };
    }
  } else if (cooperativeId) {
    const cooperative = await loadOr404(
      async () =>
        (await queryApi({ query: NewProposalForCooperativeDocument, variables: { id: cooperativeId } }))
          .cooperative,
    );
    // Partner staff propose to it; a mentor drafts for it with a partner of their choice (the API
    // checks that it is in their caseload).
    if (myPartners.length === 0 && !isMentor) return notAllowed(t('partnersOnly'));
    const partners =
      myPartners.length > 0
        ? myPartners
        : (await queryApi({ query: NewProposalPartnersDocument })).partners.edges.map((edge) => edge.node);
    setup = {
      cooperatives: [cooperative],
      partners,
      defaultKind: 'FINANCING',
      defaultTitle: clip(
        t('forCooperativeTitle', { kind: kinds('FINANCING'), cooperative: cooperative.name }),
      ),
      defaults: {},
      context: {
        label: t('forCooperative', { cooperative: cooperative.name }),
        href: `/cooperatives/${encodeURIComponent(cooperative.id)}`,
      },
    };
  }

  if (!setup) {
    return (
      <AccessNotice title={t('startTitle')} body={t('startBody')}>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <Link href="/cooperatives">{t('findCooperatives')}</Link>
          </li>
          <li>
            <Link href="/partners">{t('findPartners')}</Link>
          </li>
        </ul>
      </AccessNotice>
    );
  }

  const { context, ...form } = setup;
  // A partner proposing on its own account may put it under one of its programs.
  const programs: ProgramChoiceFragment[] =
    form.programId || form.requestId || myPartners.length === 0
      ? []
      : (
          await Promise.all(
            myPartners.map(
              async (partner) =>
                (
                  await queryApi({
                    query: NewProposalPartnerProgramsDocument,
                    variables: { partnerId: partner.id },
                  })
                ).partner?.programs.edges.map((edge) => edge.node) ?? [],
            ),
          )
        ).flat();
  // A mentor's draft needs the board's approval; everyone else may send it at once.
  const isBoardOfIt = form.cooperatives.some((cooperative) =>
    myBoards.some((board) => board.id === cooperative.id),
  );
  const canSubmitDirectly = !(isMentor && myPartners.length === 0 && !isBoardOfIt);
  const { proposalKindTerms } = await queryApi({ query: ProposalKindTermsDocument });

  return (
    <WorkspaceMessages namespaces={['proposal', 'workspace', 'enums']}>
      <PageHeader title={t('title')} lead={t('lead')} />
      <p className="mb-4 text-stone-700">
        {context.href ? <Link href={context.href}>{context.label}</Link> : context.label}
      </p>
      <SectionCard id="new-proposal" title={t('formTitle')}>
        <ProposalCreateForm
          {...form}
          canSubmitDirectly={canSubmitDirectly}
          requiredTerms={requiredTermsByKind(proposalKindTerms)}
          programs={programs}
        />
      </SectionCard>
    </WorkspaceMessages>
  );
}
