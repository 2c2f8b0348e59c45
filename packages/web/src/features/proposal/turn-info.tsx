import { useLocale, useTranslations } from 'next-intl';
import type { ProposalSide } from '@/graphql/generated/graphql';
import { daysSince, formatDateTime } from '@/lib/format';

interface TurnInfoProps {
  turn: ProposalSide | null;
  turnSince: string | null;
  expiresAt: string | null;
  /** Whether the party on turn is the viewer's own. */
  isYourTurn: boolean;
  partyNames: Record<ProposalSide, string>;
  /** The moment the page was rendered, for "waiting N days". */
  now: Date;
  /** Compact: one line, for list items. */
  compact?: boolean;
}

/** Whose turn it is and since when ("Giliran Anda sejak 21 Okt 2026, 14.05 WIB · 3 hari"). */
export function TurnInfo({
  turn,
  turnSince,
  expiresAt,
  isYourTurn,
  partyNames,
  now,
  compact,
}: TurnInfoProps) {
  const t = useTranslations('proposal.turn');
  const locale = useLocale();
  if (!turn) {
    return compact ? (
      <p className="text-sm text-stone-600">{t('nobody')}</p>
    ) : (
      <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-700" data-testid="turn-info">
        {t('nobody')}
      </p>
    );
  }
  const who = isYourTurn ? t('yours') : t('theirs', { party: partyNames[turn] });
  const since = turnSince
    ? t('since', { date: formatDateTime(turnSince, locale), days: daysSince(turnSince, now) })
    : null;
  if (compact) {
    return (
      <p className={`text-sm ${isYourTurn ? 'font-semibold text-brand-800' : 'text-stone-700'}`}>
        {who}
        {since ? <span className="font-normal text-stone-600"> · {since}</span> : null}
      </p>
    );
  }
  return (
    <div
      className={`rounded-lg border p-4 ${isYourTurn ? 'border-brand-600 bg-brand-50' : 'border-stone-200 bg-white'}`}
      data-testid="turn-info"
    >
      <p className={`text-lg font-semibold ${isYourTurn ? 'text-brand-800' : 'text-stone-900'}`}>{who}</p>
      {since ? <p className="text-stone-700">{since}</p> : null}
      {expiresAt ? (
        <p className="mt-1 text-sm text-stone-600">
          {t('expiresAt', { date: formatDateTime(expiresAt, locale) })}
        </p>
      ) : null}
    </div>
  );
}
