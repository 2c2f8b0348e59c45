import type { Metadata } from 'next';
import { PartnerProgramForm } from '@/features/program/partner-program-form';
import { programFormOptions } from '@/app/[locale]/(signed-in)/partner/access';
import { newRecordMetadata, newRecordPage } from '@/app/[locale]/(signed-in)/partner/new-record';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/partner/programs/new'>): Promise<Metadata> {
  return newRecordMetadata(params, 'program');
}

/** A new program of the chosen partner (`?partner=`); it starts as a draft only its staff see. */
export default async function NewProgramPage(props: PageProps<'/[locale]/partner/programs/new'>) {
  return newRecordPage(props, 'program', async (partnerId, provinces) => (
    <PartnerProgramForm partnerId={partnerId} options={await programFormOptions(provinces)} />
  ));
}
