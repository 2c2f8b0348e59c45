import { getTranslations } from 'next-intl/server';
import { RecommendedCooperativesDocument } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { queryApi } from '@/lib/apollo/server-client';
import { placeOf } from '@/features/region/places';
import { getViewer } from '@/lib/session';
import { isAdmin, partnersOf } from '@/features/account/viewer-organisations';
import { SectionCard } from '@/components/ui/section-card';
import { ProposeLink } from '@/features/proposal/propose-link';
import { MatchExplanation, MatchScore } from './match-explanation';

/**
 * "Koperasi yang cocok" for a program or a request: cooperatives scored against it, with the
 * reasons and the gaps, and a button to propose to each. Only the owning partner's staff and
 * admins see it.
 */
export async function RecommendedCooperativesPanel({
  partnerId,
  programId,
  requestId,
}: {
  partnerId: string;
  programId?: string;
  requestId?: string;
}) {
  const viewer = await getViewer();
  if (!isAdmin(viewer) && !partnersOf(viewer).some((partner) => partner.id === partnerId)) return null;
  let matches;
  try {
    const data = await queryApi({
      query: RecommendedCooperativesDocument,
      variables: { programId, requestId, first: 10 },
    });
    matches = data.recommendedCooperatives;
  } catch {
    return null;
  }
  const t = await getTranslations('matching');
  return (
    <SectionCard id="recommended-cooperatives" title={t('cooperativesTitle')}>
      <p className="mb-3 text-sm text-stone-600">{t('intro')}</p>
      {matches.length === 0 ? (
        <p className="text-stone-600">{t('empty')}</p>
      ) : (
        <ol className="divide-y divide-stone-200" data-testid="recommended-cooperatives">
          {matches.map((match) => (
            <li key={match.cooperative.id} className="py-3">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <Link
                    className="font-semibold"
                    href={`/cooperatives/${encodeURIComponent(match.cooperative.id)}`}
                  >
                    {match.cooperative.name}
                  </Link>
                  <p className="text-sm text-stone-600">{placeOf(match.cooperative.village)}</p>
                  <p className="text-sm text-stone-600">
                    {match.offering ? (
                      <Link href={`/offerings/${encodeURIComponent(match.offering.id)}`}>
                        {t('viaOffering', { title: match.offering.title })}
                      </Link>
                    ) : (
                      t('wholeCooperative')
                    )}
                  </p>
                </div>
                <MatchScore score={match.score} />
              </div>
              <MatchExplanation match={match} />
              <p className="mt-2">
                {match.offering ? (
                  <ProposeLink from="offering" id={match.offering.id} />
                ) : (
                  <ProposeLink from="cooperative" id={match.cooperative.id} />
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </SectionCard>
  );
}
