import { useTranslations } from 'next-intl';
import type {
  PartnerProfileFragment,
  PartnersListQuery,
  ProgramSummaryFragment,
  RequestSummaryFragment,
} from '@/graphql/generated/graphql';
import { Badge } from '@/components/ui/badge';
import { Link } from '@/i18n/navigation';
import { BuildPoolLink } from '@/features/proposal/build-pool-link';
import { ProposeLink } from '@/features/proposal/propose-link';
import { ProgramItem } from '@/features/program/program-item';
import { RequestItem } from '@/features/request/request-item';
import { VerificationBadge } from '@/components/ui/status-badges';

type Partner = PartnersListQuery['partners']['edges'][number]['node'];

/** What the partners list and a partner's page both show of a partner (the PartnerProfile fragment). */
type PartnerProfile = PartnerProfileFragment;

/** A partner's page: where the list's heading and its "and 3 more" lead. */
export const partnerHref = (id: string) => `/partners/${encodeURIComponent(id)}`;

/** A page of a partner's programs or requests, as the queries select it. */
interface ListingPage<T> {
  totalCount?: number | null;
  edges: readonly { node: T }[];
}

/** What more a list holds than it shows: "and 3 more programs". */
function remaining(totalCount: number | null | undefined, shown: number): number {
  return Math.max((totalCount ?? shown) - shown, 0);
}

/** A partner's kind, verification, description, coverage, commodities and website. */
export function PartnerFacts({ partner }: { partner: PartnerProfile }) {
  const t = useTranslations('partners');
  const enums = useTranslations('enums');
  return (
    <>
      <div className="mt-1 flex flex-wrap gap-1.5">
        <Badge tone="brand">{enums(`partnerType.${partner.type}`)}</Badge>
        <VerificationBadge level={partner.verificationLevel} />
      </div>
      <p className="mt-2 text-stone-700">{partner.description}</p>
      <dl className="mt-2 space-y-1 text-sm">
        <div>
          <dt className="inline text-stone-600">{t('coverage')}: </dt>
          <dd className="inline">
            {partner.coverage.length > 0
              ? partner.coverage.map((region) => region.name).join(', ')
              : t('allIndonesia')}
          </dd>
        </div>
        {partner.commodities.length > 0 ? (
          <div>
            <dt className="inline text-stone-600">{t('commodities')}: </dt>
            <dd className="inline">
              {partner.commodities.map((commodity) => enums(`commodity.${commodity}`)).join(', ')}
            </dd>
          </div>
        ) : null}
        {partner.website ? (
          <div>
            <dt className="inline text-stone-600">{t('website')}: </dt>
            <dd className="inline break-all">
              <a href={partner.website} rel="noopener noreferrer" target="_blank">
                {partner.website}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}

/**
 * A partner's active programs and open requests, each request with the ways to answer it. When the
 * lists hold more than shown, "and N more" leads to the partner's page, which shows them all.
 */
export function PartnerListings({
  partner,
}: {
  partner: Pick<PartnerProfile, 'id' | 'name'> & {
    programs: ListingPage<ProgramSummaryFragment>;
    requests: ListingPage<RequestSummaryFragment>;
  };
}) {
  const t = useTranslations('partners');
  const programs = partner.programs.edges.map((edge) => edge.node);
  const requests = partner.requests.edges.map((edge) => edge.node);
  const morePrograms = remaining(partner.programs.totalCount, programs.length);
  const moreRequests = remaining(partner.requests.totalCount, requests.length);
  return (
    <div className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2">
      <section aria-label={`${t('programsTitle')} — ${partner.name}`}>
        <h3 className="mb-2 font-semibold">{t('programsTitle')}</h3>
        {programs.length === 0 ? (
          <p className="text-sm text-stone-600">{t('noPrograms')}</p>
        ) : (
          <ul className="space-y-2">
            {programs.map((program) => (
              <li key={program.id}>
                <ProgramItem program={program} />
              </li>
            ))}
          </ul>
        )}
        {morePrograms > 0 ? (
          <p className="mt-2 text-sm">
            <Link href={partnerHref(partner.id)}>{t('morePrograms', { count: morePrograms })}</Link>
          </p>
        ) : null}
      </section>
      <section aria-label={`${t('requestsTitle')} — ${partner.name}`}>
        <h3 className="mb-2 font-semibold">{t('requestsTitle')}</h3>
        {requests.length === 0 ? (
          <p className="text-sm text-stone-600">{t('noRequests')}</p>
        ) : (
          <ul className="space-y-2">
            {requests.map((request) => (
              <li key={request.id}>
                <RequestItem request={request} />
                <p className="flex flex-wrap gap-x-4 gap-y-1">
                  <ProposeLink from="request" id={request.id} />
                  <BuildPoolLink requestId={request.id} />
                </p>
              </li>
            ))}
          </ul>
        )}
        {moreRequests > 0 ? (
          <p className="mt-2 text-sm">
            <Link href={partnerHref(partner.id)}>{t('moreRequests', { count: moreRequests })}</Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}

/** A partner in the list, with a few of its programs and open requests; its name opens its page. */
export function PartnerCard({ partner }: { partner: Partner }) {
  const headingId = `partner-${partner.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
      <h2 id={headingId} className="text-lg font-semibold">
        <Link href={partnerHref(partner.id)}>{partner.name}</Link>
      </h2>
      <PartnerFacts partner={partner} />
      <PartnerListings partner={partner} />
    </article>
  );
}
