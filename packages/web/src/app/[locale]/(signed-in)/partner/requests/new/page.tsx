import type { Metadata } from 'next';
import { PartnerRequestForm } from '@/features/request/partner-request-form';
import { requestFormOptions } from '@/app/[locale]/(signed-in)/partner/access';
import { newRecordMetadata, newRecordPage } from '@/app/[locale]/(signed-in)/partner/new-record';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/partner/requests/new'>): Promise<Metadata> {
  return newRecordMetadata(params, 'request');
}

/** A new request of the chosen partner (`?partner=`): what it wants to buy, where and by when. */
export default async function NewRequestPage(props: PageProps<'/[locale]/partner/requests/new'>) {
  return newRecordPage(props, 'request', async (partnerId, provinces) => (
    <PartnerRequestForm partnerId={partnerId} options={await requestFormOptions(provinces)} />
  ));
}
