import { getLocale, getTranslations } from 'next-intl/server';
import type { MatchGapFieldsFragment, MatchReasonFieldsFragment } from '@/graphql/generated/graphql';
import {
  formatDecimal,
  formatDuration,
  formatIdr,
  formatIdrRange,
  formatLocalDate,
  type NumberLocale,
} from '@/lib/format';

type Reason = MatchReasonFieldsFragment;
type Gap = MatchGapFieldsFragment;

/** The score of one recommendation as a compact badge ("Skor 92"). */
export async function MatchScore({ score }: { score: number }) {
  const t = await getTranslations('matching');
  const tone =
    score >= 75
      ? 'bg-emerald-50 text-emerald-800 ring-emerald-300'
      : score >= 50
        ? 'bg-amber-50 text-amber-900 ring-amber-300'
        : 'bg-stone-100 text-stone-800 ring-stone-300';
  return (
    <span
      aria-label={t('scoreLabel', { score })}
      className={`inline-flex shrink-0 items-center rounded-full px-2.5 py-1 text-sm font-semibold ring-1 ring-inset ${tone}`}
      data-testid="match-score"
    >
      {t('score', { score })}
    </span>
  );
}

/**
 * Why a recommendation fits (reasons with the points they add) and what would make it fit better
 * (gaps as a to-do list: "NPWP belum ada", "Unit simpan pinjam belum aktif").
 */
export async function MatchExplanation({ match }: { match: { reasons: Reason[]; gaps: Gap[] } }) {
  const [t, enums, locale] = await Promise.all([
    getTranslations('matching'),
    getTranslations('enums'),
    getLocale() as Promise<NumberLocale>,
  ]);
  const quantity = (value: string | null) => (value ? formatDecimal(value, locale) : '–');
  const unit = (item: Reason | Gap) => (item.quantityUnit ? enums(`quantityUnit.${item.quantityUnit}`) : '');

  const reasonText = (reason: Reason): string => {
    switch (reason.code) {
      case 'COMMODITY_MATCH':
        return t('reason.COMMODITY_MATCH', {
          commodity: reason.commodity ? enums(`commodity.${reason.commodity}`) : '',
        });
      case 'REGION_COVERAGE':
        return t('reason.REGION_COVERAGE', { region: reason.region?.name ?? '' });
      case 'QUANTITY_FIT':
        return t('reason.QUANTITY_FIT', {
          offered: quantity(reason.quantityOffered),
          needed: quantity(reason.quantityNeeded),
          unit: unit(reason),
        });
      case 'AMOUNT_IN_RANGE':
        return t('reason.AMOUNT_IN_RANGE', { amount: reason.amount ? formatIdr(reason.amount.amount) : '' });
      case 'ELIGIBLE_UNIT_ACTIVE':
        return t('reason.ELIGIBLE_UNIT_ACTIVE', {
          unit: reason.unitType ? enums(`unitType.${reason.unitType}`) : '',
        });
      case 'DOCUMENTS_COMPLETE':
        return t('reason.DOCUMENTS_COMPLETE', {
          held: reason.documentsHeld ?? 0,
          required: reason.documentsRequired ?? 0,
        });
      case 'VERIFICATION_LEVEL':
        return t('reason.VERIFICATION_LEVEL', {
          level: reason.verificationLevel ? enums(`verificationLevel.${reason.verificationLevel}`) : '',
        });
      case 'RESPONSIVENESS':
        return reason.medianResponseSeconds === null
          ? t('reason.RESPONSIVENESS_NEW')
          : t('reason.RESPONSIVENESS', { duration: formatDuration(reason.medianResponseSeconds, locale) });
    }
  };

  const gapText = (gap: Gap): string => {
    switch (gap.code) {
      case 'DOCUMENT_MISSING':
        return t('gap.DOCUMENT_MISSING', {
          document: gap.documentType ? enums(`documentType.${gap.documentType}`) : '',
        });
      case 'DOCUMENT_EXPIRED':
        return t('gap.DOCUMENT_EXPIRED', {
          document: gap.documentType ? enums(`documentType.${gap.documentType}`) : '',
          date: gap.expiredOn ? formatLocalDate(gap.expiredOn, locale) : '',
        });
      case 'UNIT_NOT_ACTIVE': {
        const unitName = gap.unitType ? enums(`unitType.${gap.unitType}`).toLowerCase() : '';
        return gap.unitStatus
          ? t('gap.UNIT_NOT_ACTIVE', {
              unit: unitName,
              status: enums(`unitStatus.${gap.unitStatus}`).toLowerCase(),
            })
          : t('gap.UNIT_MISSING', { unit: unitName });
      }
      case 'OUTSIDE_COVERAGE':
        return t('gap.OUTSIDE_COVERAGE', { region: gap.region?.name ?? '' });
      case 'AMOUNT_OUT_OF_RANGE':
        return t('gap.AMOUNT_OUT_OF_RANGE', {
          amount: gap.amount ? formatIdr(gap.amount.amount) : '',
          range: formatIdrRange(gap.amountMin?.amount, gap.amountMax?.amount) ?? '',
        });
      case 'QUANTITY_SHORT':
        return t('gap.QUANTITY_SHORT', {
          offered: quantity(gap.quantityOffered),
          needed: quantity(gap.quantityNeeded),
          unit: unit(gap),
        });
      case 'COMMODITY_MISMATCH':
        return t('gap.COMMODITY_MISMATCH', {
          commodity: gap.commodity ? enums(`commodity.${gap.commodity}`) : '',
        });
      case 'NOT_VERIFIED':
        return t('gap.NOT_VERIFIED');
      case 'SLOW_RESPONSE':
        return t('gap.SLOW_RESPONSE', {
          duration:
            gap.medianResponseSeconds === null ? '' : formatDuration(gap.medianResponseSeconds, locale),
        });
    }
  };

  return (
    <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2">
      <div>
        <h4 className="text-sm font-semibold text-stone-700">{t('reasonsTitle')}</h4>
        <ul className="mt-1 space-y-1 text-sm" data-testid="match-reasons">
          {match.reasons.map((reason) => (
            <li key={reason.code} className="flex items-start gap-2">
              <span aria-hidden="true" className="text-emerald-700">
                ✓
              </span>
              <span className="flex-1 text-stone-800">{reasonText(reason)}</span>
              <span className="text-xs font-medium text-emerald-800">
                {t('points', { points: reason.points })}
              </span>
            </li>
          ))}
        </ul>
      </div>
      {match.gaps.length > 0 ? (
        <div>
          <h4 className="text-sm font-semibold text-stone-700">{t('gapsTitle')}</h4>
          <ul className="mt-1 space-y-1 text-sm" data-testid="match-gaps">
            {match.gaps.map((gap, index) => (
              <li
                key={`${gap.code}-${gap.documentType ?? gap.unitType ?? index}`}
                className="flex items-start gap-2"
              >
                <span aria-hidden="true" className="text-amber-700">
                  ☐
                </span>
                <span className="flex-1 text-stone-800">{gapText(gap)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
