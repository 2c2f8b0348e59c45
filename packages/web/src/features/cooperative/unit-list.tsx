import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { BusinessUnitType, CooperativeUnitItemFragment } from '@/graphql/generated/graphql';
import { STANDARD_UNIT_TYPES } from '@/lib/enum-values';
import { formatLocalDate } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { UnitStatusBadge } from '@/components/ui/status-badges';

type Unit = CooperativeUnitItemFragment;

const isStandard = (type: BusinessUnitType) =>
  (STANDARD_UNIT_TYPES as readonly BusinessUnitType[]).includes(type);

/**
 * A cooperative's business units as a checklist of the seven standard ones (recorded or not, and
 * each one's status), then the other units it runs. Each item reads "<unit> <status>". `compact`
 * (the workspace, above its unit editors) gives the checklist alone, as a row of short items.
 */
export function UnitList({
  units,
  actionOf,
  compact = false,
}: {
  units: readonly Unit[];
  actionOf?: (unit: Unit) => ReactNode;
  compact?: boolean;
}) {
  const t = useTranslations('cooperative');
  const enums = useTranslations('enums');
  const standard = STANDARD_UNIT_TYPES.map((type) => ({
    type,
    unit: units.find((unit) => unit.type === type),
  }));
  const others = units.filter((unit) => !isStandard(unit.type));
  const recorded = standard.filter(({ unit }) => unit);
  const active = recorded.filter(({ unit }) => unit!.status === 'ACTIVE');
  if (compact) {
    return (
      <>
        <p className="mb-1 text-sm text-stone-700">
          {t('standardUnitsSummary', { recorded: recorded.length, active: active.length })}
        </p>
        <ul aria-label={t('standardUnitsTitle')} className="flex flex-wrap gap-2">
          {standard.map(({ type, unit }) => (
            <li
              key={type}
              className={`rounded-md border px-2 py-1 text-sm ${unit ? 'border-emerald-300 bg-emerald-50' : 'border-stone-300 bg-white text-stone-600'}`}
            >
              <span aria-hidden="true">{unit ? '✓ ' : '○ '}</span>
              {enums(`unitType.${type}`)} · {unit ? enums(`unitStatus.${unit.status}`) : t('unitNotRecorded')}
            </li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <>
      <p className="mb-1 text-sm text-stone-700">
        {t('standardUnitsSummary', { recorded: recorded.length, active: active.length })}
      </p>
      <ul aria-label={t('standardUnitsTitle')} className="divide-y divide-stone-200">
        {standard.map(({ type, unit }) =>
          unit ? (
            <UnitItem key={type} unit={unit} action={actionOf?.(unit)} />
          ) : (
            <MissingUnitItem key={type} type={type} />
          ),
        )}
      </ul>
      {others.length > 0 ? (
        <>
          <h3 className="mt-4 text-sm font-semibold">{t('otherUnitsTitle')}</h3>
          <ul aria-label={t('otherUnitsTitle')} className="divide-y divide-stone-200">
            {others.map((unit) => (
              <UnitItem key={unit.id} unit={unit} action={actionOf?.(unit)} />
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function UnitItem({ unit, action }: { unit: Unit; action?: ReactNode }) {
  const t = useTranslations('cooperative');
  const enums = useTranslations('enums');
  const locale = useLocale();
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2">
      <div className="min-w-0">
        <span aria-hidden="true" className="mr-1.5 text-emerald-700">
          ✓
        </span>
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
      {action ? <div className="basis-full">{action}</div> : null}
    </li>
  );
}

/** A standard unit the cooperative has not recorded: named, so what is missing shows. */
function MissingUnitItem({ type }: { type: BusinessUnitType }) {
  const t = useTranslations('cooperative');
  const enums = useTranslations('enums');
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2 text-stone-600">
      <div className="min-w-0">
        <span aria-hidden="true" className="mr-1.5">
          ○
        </span>
        <span>{enums(`unitType.${type}`)}</span>
      </div>
      <Badge tone="muted">{t('unitNotRecorded')}</Badge>
    </li>
  );
}
