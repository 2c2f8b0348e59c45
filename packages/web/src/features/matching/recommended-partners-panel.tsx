import { getTranslations } from 'next-intl/server';
import { RecommendedPartnersDocument } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { queryApi } from '@/lib/apollo/server-client';
import { getViewer } from '@/lib/session';
import { SectionCard } from '@/components/ui/section-card';
import { BuildPoolLink } from '@/features/proposal/build-pool-link';
import { ProposeLink } from '@/features/proposal/propose-link';
import { MatchExplanation, MatchScore } from './match-explanation';

/** Roles that may see a cooperative's recommendations (the API decides for the cooperative itself). */
const MAY_ASK = ['COOPERATIVE', 'MENTOR', 'DINAS', 'ADMIN'];

/**
 * "Mitra yang cocok" on an offering page: partners whose programs or requests fit the offering,
 * with the score, the reasons and the gaps as a to-do list, and a button to file a proposal.
 * Shown to the cooperative's officers, its mentor, Dinas and admins; nothing for anyone else
 * (the API answers FORBIDDEN, and anonymous visitors cost no call).
 */
export async function RecommendedPartnersPanel({ offeringId }: { offeringId: string }) {
  const viewer = await getViewer();
  if (!viewer?.roles.some((role) => MAY_ASK.includes(role))) return null;
  let matches;
  try {
    const data = await queryApi({ query: RecommendedPartnersDocument, variables: { offeringId, first: 10 } });
    matches = data.recommendedPartners;
  } catch {
    return null;
  }
  const t = await getTranslations('matching');
  return (
    <SectionCard id="recommended-partners" title={t('partnersTitle')}>
      <p className="mb-3 text-sm text-stone-600">{t('intro')}</p>
      {matches.length === 0 ? (
        <p className="text-stone-600">{t('empty')}</p>
      ) : (
        <ol className="divide-y divide-stone-200" data-testid="recommended-partners">
          {matches.map((match) => (
            <li key={match.partner.id} className="py-3">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <p className="font-semibold text-stone-900">{match.partner.name}</p>
                  <p className="text-sm text-stone-600">
                    {match.program ? (
                      <Link href={`/programs/${encodeURIComponent(match.program.id)}`}>
                        {t('viaProgram', { name: match.program.name })}
                      </Link>
                    ) : match.request ? (
                      t('viaRequest', { title: match.request.title })
                    ) : (
                      t('viaPartner')
                    )}
                  </p>
                </div>
                <MatchScore score={match.score} />
              </div>
              <MatchExplanation match={match} />
              {match.program ? (
                <p className="mt-2">
                  <ProposeLink from="program" id={match.program.id} />
                </p>
              ) : match.request ? (
                <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
                  <ProposeLink from="request" id={match.request.id} />
                  <BuildPoolLink requestId={match.request.id} />
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </SectionCard>
  );
}
