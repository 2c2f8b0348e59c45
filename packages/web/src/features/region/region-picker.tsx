'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { RegionLevel } from '@/graphql/generated/graphql';
import { RegionPickerLevelsDocument } from '@/graphql/generated/island-documents';
import { fetchGraphql } from '@/lib/graphql-fetch';
import { levelOfCode, levelWithin, REGION_LEVELS, REGION_PARAM, regionChain } from '@/lib/region-path';
import { pickerLevelsOf, pickerLevelsVariables, type PickerLevels, type RegionOption } from './picker-levels';
import { CONTROL_CLASSES } from '@/components/ui/form-controls';
import { RegionTypeahead, type Hit } from './region-typeahead';

const LEVEL_KEYS = {
  PROVINCE: { label: 'province', any: 'anyProvince', choose: 'chooseProvince', first: null },
  REGENCY: { label: 'regency', any: 'anyRegency', choose: 'chooseRegency', first: 'chooseProvinceFirst' },
  DISTRICT: { label: 'district', any: 'anyDistrict', choose: 'chooseDistrict', first: 'chooseRegencyFirst' },
  VILLAGE: { label: 'village', any: 'anyVillage', choose: 'chooseVillage', first: 'chooseDistrictFirst' },
} as const;

export type RegionPickerMode =
  /**
   * In a GET form: each level's select is named by REGION_PARAM, so the URL holds the path and the
   * form works without JavaScript (choose a province, Apply, then its regencies show). With
   * `submitOnPick` (a list's own filters), picking a search hit applies it at once.
   */
  | { kind: 'filter'; submitOnPick?: boolean }
  /**
   * In a form read with FormData: a hidden input `name` (if given) holds the deepest chosen code,
   * `onChange` hears every change, and the lists of the next level load from the API.
   */
  | {
      kind: 'field';
      name?: string;
      /** The chosen region (null for none) and the regions around it, province first. */
      onChange?: (region: RegionOption | null, ancestors: readonly RegionOption[]) => void;
    };

interface RegionPickerProps {
  legend: string;
  hint?: string;
  error?: string;
  mode: RegionPickerMode;
  /** The deepest level offered: coverage stops at districts, a place goes down to villages. */
  maxLevel: RegionLevel;
  /** The chosen region's code, or nothing. */
  value?: string;
  /** The lists the server already has: the provinces and the children of each chosen level. */
  levels: PickerLevels;
  /** When a choice is required (a request's delivery region), the empty option asks for one. */
  required?: boolean;
}

/**
 * The one region picker: a type-ahead over the names of all 91,599 regions of Indonesia (with the
 * regions around each hit, "Desa X, Kec. Y, Kabupaten Z, Prov. W", to tell namesakes apart) above
 * one select per level, province → regency → district → village. Rendered on the server with the
 * chosen path; the selects alone work without JavaScript.
 */
export function RegionPicker({
  legend,
  hint,
  error,
  mode,
  maxLevel,
  value,
  levels,
  required,
}: RegionPickerProps) {
  const t = useTranslations('regionPicker');
  const id = useId();
  const [chosen, setChosen] = useState<string | undefined>(value);
  const [lists, setLists] = useState<PickerLevels>(levels);
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const chain = regionChain(chosen);
  const offered = REGION_LEVELS.filter((level) => levelWithin(level, maxLevel));
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');

  // A field's picker that starts with a choice fetches the sibling lists the server did not send.
  useEffect(() => {
    if (mode.kind !== 'field' || !value) return;
    const missing = regionChain(value).some((_, index) => {
      const level = REGION_LEVELS[index + 1];
      return level && levelWithin(level, maxLevel) && !levels[level];
    });
    if (missing) void loadLevels(value);
    // Only the first render's choice; later choices load their lists where they are made.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function loadLevels(code: string | undefined) {
    try {
      const data = await fetchGraphql(RegionPickerLevelsDocument, pickerLevelsVariables(code, maxLevel));
      setLists(pickerLevelsOf(data));
    } catch {
      // The lists stay as they were; the type-ahead still reaches every region.
    }
  }

  function choose(code: string | undefined, region: RegionOption | null, ancestors: readonly RegionOption[]) {
    setChosen(code);
    if (mode.kind === 'field') mode.onChange?.(region, ancestors);
    // A list's filters reload the page with the new lists; elsewhere they come from the API.
    if (!(mode.kind === 'filter' && mode.submitOnPick)) void loadLevels(code);
  }

  function onSelect(level: RegionLevel, code: string) {
    const index = REGION_LEVELS.indexOf(level);
    // "Any" at a level chooses the level above it.
    const next = code || chain[index - 1];
    const nextLevel = next ? levelOfCode(next) : null;
    const region =
      next && nextLevel ? (lists[nextLevel]?.find((option) => option.code === next) ?? null) : null;
    const ancestors = regionChain(next)
      .slice(0, -1)
      .map((code, depth) => lists[REGION_LEVELS[depth]]?.find((option) => option.code === code))
      .filter((option): option is RegionOption => option !== undefined);
    // Deeper lists belonged to the old choice.
    setLists((current) => {
      const kept: PickerLevels = { ...current };
      for (const deeper of REGION_LEVELS.slice(index + 1)) delete kept[deeper];
      return kept;
    });
    choose(next, region, ancestors);
  }

  function onPick(hit: Hit) {
    // Show the hit's path at once: each level's list keeps its options, or holds the one on the path.
    const path = [...hit.ancestors, hit];
    const show = () => {
      setLists((current) => {
        const next: PickerLevels = {};
        for (const region of path) {
          const known = current[region.level];
          next[region.level] = known?.some((option) => option.code === region.code) ? known : [region];
        }
        next.PROVINCE = current.PROVINCE;
        return next;
      });
      choose(hit.code, hit, hit.ancestors);
    };
    if (mode.kind === 'filter' && mode.submitOnPick) {
      // The selects must hold the path before the form reads them.
      flushSync(show);
      fieldset.current?.form?.requestSubmit();
    } else {
      show();
    }
  }

  return (
    <fieldset
      ref={fieldset}
      aria-describedby={describedBy || undefined}
      className="min-w-0 space-y-3 rounded-md border border-stone-200 p-3"
    >
      <legend className="px-1 text-sm font-medium text-stone-800">{legend}</legend>
      <RegionTypeahead maxLevel={maxLevel} onPick={onPick} />
      {offered.map((level, index) => {
        const parent = index === 0 ? null : chain[index - 1];
        const options = lists[level] ?? [];
        const disabled = index > 0 && !parent;
        const keys = LEVEL_KEYS[level];
        const selectId = `${id}-${level}`;
        const selected = chain[index] ?? '';
        return (
          <div key={level}>
            <label htmlFor={selectId} className="block text-sm font-medium text-stone-800">
              {t(keys.label)}
            </label>
            <select
              id={selectId}
              name={mode.kind === 'filter' ? REGION_PARAM[level] : undefined}
              value={selected}
              disabled={disabled}
              aria-invalid={error && index === 0 ? true : undefined}
              aria-describedby={
                [
                  disabled && keys.first ? `${selectId}-hint` : null,
                  error && index === 0 ? `${id}-error` : null,
                ]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
              onChange={(event) => onSelect(level, event.target.value)}
              className={CONTROL_CLASSES}
            >
              <option value="">{index === 0 && required ? t(keys.choose) : t(keys.any)}</option>
              {options.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </select>
            {disabled && keys.first ? (
              <p id={`${selectId}-hint`} className="mt-1 text-xs text-stone-600">
                {t(keys.first)}
              </p>
            ) : null}
          </div>
        );
      })}
      {mode.kind === 'field' && mode.name ? (
        <input type="hidden" name={mode.name} value={chosen ?? ''} />
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-brand-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
