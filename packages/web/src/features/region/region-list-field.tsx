'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { RegionLevel } from '@/graphql/generated/graphql';
import type { PickerLevels, RegionOption } from './picker-levels';
import { BUTTON_CLASSES } from '@/components/ui/form-controls';
import { RegionPicker } from './region-picker';
import { useRegionLabel } from './region-typeahead';

/** A chosen region with the regions around it, for its label. */
export interface ListedRegion extends RegionOption {
  ancestors: readonly RegionOption[];
}

/**
 * A list of regions (a program's coverage): pick one with the region picker, add it, remove any.
 * Each listed code is a hidden input `name`, read with FormData's getAll. An empty list is a
 * meaning of its own (`emptyText`, e.g. "open to all Indonesia").
 */
export function RegionListField({
  name,
  legend,
  hint,
  error,
  emptyText,
  maxLevel,
  levels,
  initial,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  emptyText: string;
  maxLevel: RegionLevel;
  levels: PickerLevels;
  initial: readonly ListedRegion[];
}) {
  const t = useTranslations('regionPicker');
  const label = useRegionLabel();
  const [listed, setListed] = useState<readonly ListedRegion[]>(initial);
  const [candidate, setCandidate] = useState<ListedRegion | null>(null);
  // A new picker after each addition, so it starts empty again.
  const [pickerKey, setPickerKey] = useState(0);

  function add() {
    if (!candidate) return;
    setListed((current) =>
      current.some((region) => region.code === candidate.code) ? current : [...current, candidate],
    );
    setCandidate(null);
    setPickerKey((key) => key + 1);
  }

  return (
    <div className="space-y-2">
      <RegionPicker
        key={pickerKey}
        legend={legend}
        hint={hint}
        error={error}
        maxLevel={maxLevel}
        levels={levels}
        mode={{
          kind: 'field',
          onChange: (region, ancestors) => setCandidate(region ? { ...region, ancestors } : null),
        }}
      />
      <button type="button" className={BUTTON_CLASSES.secondary} disabled={!candidate} onClick={add}>
        {candidate
          ? t('addRegion', { region: label(candidate, candidate.ancestors) })
          : t('addRegionDisabled')}
      </button>
      <p className="text-sm font-medium text-stone-800">{t('chosenRegions')}</p>
      {listed.length === 0 ? (
        <p className="text-sm text-stone-600">{emptyText}</p>
      ) : (
        <ul className="space-y-1">
          {listed.map((region) => (
            <li key={region.code} className="flex min-h-11 items-center justify-between gap-2 text-sm">
              <span className="min-w-0 wrap-anywhere">{label(region, region.ancestors)}</span>
              <input type="hidden" name={name} value={region.code} />
              <button
                type="button"
                className="min-h-11 shrink-0 px-2 text-brand-800 underline"
                onClick={() => setListed((current) => current.filter((item) => item.code !== region.code))}
                aria-label={t('removeRegion', { region: label(region, region.ancestors) })}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
