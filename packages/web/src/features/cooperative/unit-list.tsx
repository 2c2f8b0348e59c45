import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { CooperativeUnitItemFragment } from '@/graphql/generated/graphql';
import { formatLocalDate } from '@/lib/format';
import { UnitStatusBadge } from '@/components/ui/status-badges';

type Unit = CooperativeUnitItemFragment;

/** A cooperative's business units with their status; each item reads "<unit> <status>". */
export function UnitList({ units, actionOf }: { units: Unit[]; actionOf?: (unit: Unit) => ReactNode }) {
  const t = useTranslations('cooperative');
  const enums = useTranslations('enums');
  const locale = useLocale();
  if (units.length === 0) return <p className="text-stone-600">{t('noUnits')}</p>;
  return (
    <ul aria-label={t('unitsTitle')} className="divide-y divide-stone-200">
      {units.map((unit) => (
        <li key={unit.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <div className="min-w-0">
            <span className="font-medium">{enums(`unitType.${unit.type}`)}</span>
            {unit.name ? <span className="text-stone-600"> — {unit.name}</span> : null}
            {unit.activeSince ? (
              <span className="block text-xs text-stone-600">
                {t('activeSince', { date: formatLocalDate(unit.activeSince, locale) })}
              </span>
            ) : null}
            {unit.capacityNotes ? (
              <span className="block text-xs text-stone-600">{unit.capacityNotes}</span>
            ) : null}
          </div>
          <UnitStatusBadge status={unit.status} />
          {actionOf ? <div className="basis-full">{actionOf(unit)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
