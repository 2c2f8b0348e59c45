import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '@/components/ui/access-notice';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { Link } from '@/i18n/navigation';
import type { PartnerType } from '@/graphql/generated/graphql';

/** A partner the viewer works for. */
export interface PartnerChoice {
  id: string;
  name: string;
  type: PartnerType;
}

/** Several partners: which one's workspace (or a page of it, `pathname`) to open. */
export async function PartnerChooser({
  partners,
  pathname = '/partner',
}: {
  partners: PartnerChoice[];
  pathname?: '/partner' | '/partner/tokens' | '/partner/webhooks';
}) {
  const [t, enums] = await Promise.all([getTranslations('partnerWorkspace'), getTranslations('enums')]);
  if (partners.length === 0) {
    return <AccessNotice title={t('adminTitle')} body={t('adminBody')} />;
  }
  return (
    <>
      <PageHeader title={t('chooseTitle')} lead={t('chooseLead')} />
      <ul className="space-y-3">
        {partners.map((partner) => (
          <li key={partner.id}>
            <Link
              href={{ pathname, query: { partner: partner.id } }}
              className="flex min-h-11 flex-wrap items-center gap-2 rounded-lg border border-stone-200 bg-white p-4 font-semibold"
            >
              {partner.name}
              <Badge tone="muted">{enums(`partnerType.${partner.type}`)}</Badge>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
