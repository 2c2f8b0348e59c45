import { useTranslations } from 'next-intl';
import type { SearchResultsQuery } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { Badge } from '@/components/ui/badge';
import { placeOf } from '@/features/region/places';
import { partnerHref } from '@/features/partner/partner-card';
import { requestHref } from '@/features/request/request-item';

export type SearchHit = SearchResultsQuery['search']['edges'][number]['node'];

/** Where a result leads: its own page. */
function hrefOf(hit: SearchHit): string {
  switch (hit.__typename) {
    case 'Cooperative':
      return `/cooperatives/${encodeURIComponent(hit.id)}`;
    case 'Offering':
      return `/offerings/${encodeURIComponent(hit.id)}`;
    case 'Program':
      return `/programs/${encodeURIComponent(hit.id)}`;
    case 'Partner':
      return partnerHref(hit.id);
    case 'PartnerRequest':
      return requestHref(hit.id);
  }
}

/** One search result: its kind, its name as a link, and a line of what it is and where. */
export function SearchResultCard({ hit }: { hit: SearchHit }) {
  const t = useTranslations('search');
  const enums = useTranslations('enums');
  let title: string;
  const facts: string[] = [];
  switch (hit.__typename) {
    case 'Cooperative':
      title = hit.name;
      facts.push([hit.village.name, hit.village.parent?.parent?.name].filter(Boolean).join(', '));
      break;
    case 'Offering':
      title = hit.title;
      facts.push(enums(`offeringKind.${hit.kind}`));
      if (hit.commodity) facts.push(enums(`commodity.${hit.commodity}`));
      facts.push(t('by', { name: hit.cooperative.name }));
      facts.push(placeOf(hit.cooperative.village));
      break;
    case 'Partner':
      title = hit.name;
      facts.push(enums(`partnerType.${hit.partnerType}`));
      break;
    case 'Program':
      title = hit.name;
      if (hit.programCommodity) facts.push(enums(`commodity.${hit.programCommodity}`));
      facts.push(t('by', { name: hit.partner.name }));
      break;
    case 'PartnerRequest':
      title = hit.title;
      if (hit.requestCommodity) facts.push(enums(`commodity.${hit.requestCommodity}`));
      facts.push(t('by', { name: hit.partner.name }));
      if (hit.deliveryRegion) facts.push(t('deliverTo', { region: hit.deliveryRegion.name }));
      break;
  }
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4" data-testid="search-result">
      <Badge tone="brand">{t(`kind.${hit.__typename}`)}</Badge>
      <h3 className="mt-2 text-base font-semibold">
        <Link href={hrefOf(hit)}>{title}</Link>
      </h3>
      <p className="mt-0.5 text-sm text-stone-600">{facts.join(' · ')}</p>
    </article>
  );
}
