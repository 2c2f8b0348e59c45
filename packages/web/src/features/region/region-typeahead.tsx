'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { RegionLevel, RegionPickerSearchQuery } from '@/graphql/generated/graphql';
import { RegionPickerSearchDocument } from '@/graphql/generated/island-documents';
import { fetchGraphql } from '@/lib/graphql-fetch';
import { CONTROL_CLASSES } from '@/components/ui/form-controls';
import { levelWithin } from '@/lib/region-path';
import type { RegionOption } from './picker-levels';

/** A match of the type-ahead, with its ancestors. */
export type Hit = RegionPickerSearchQuery['regions']['edges'][number]['node'];

/** Wait this long after the last keystroke before asking the API (a slow phone types slowly too). */
const TYPING_PAUSE_MS = 200;
const MIN_SEARCH_LENGTH = 2;
const HITS_SHOWN = 8;

/** "Desa Tambakreja, Kec. Kedungreja, Kabupaten Cilacap, Prov. Jawa Tengah": a hit and its ancestors. */
export function useRegionLabel() {
  const t = useTranslations('regionPicker.place');
  return (region: RegionOption, ancestors: readonly RegionOption[] = []) =>
    [region, ...[...ancestors].reverse()]
      .map((place) => {
        if (place.level === 'PROVINCE') return t('province', { name: place.name });
        if (place.level === 'DISTRICT') return t('district', { name: place.name });
        if (place.level === 'VILLAGE')
          return t(place.villageKind === 'KELURAHAN' ? 'kelurahan' : 'desa', { name: place.name });
        return place.name;
      })
      .join(', ');
}

/**
 * The type-ahead: a combobox (WAI-ARIA 1.2, list autocomplete) whose options are the API's best
 * matches. Arrow keys move through them, Enter picks, Escape closes; the count is announced.
 */
export function RegionTypeahead({ maxLevel, onPick }: { maxLevel: RegionLevel; onPick: (hit: Hit) => void }) {
  const t = useTranslations('regionPicker');
  const label = useRegionLabel();
  const id = useId();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<'idle' | 'searching' | 'done' | 'failed'>('idle');
  const request = useRef<AbortController | null>(null);

  useEffect(() => {
    const search = text.trim();
    request.current?.abort();
    if (search.length < MIN_SEARCH_LENGTH) return;
    const controller = new AbortController();
    request.current = controller;
    const timer = setTimeout(async () => {
      setStatus('searching');
      try {
        // A few more than shown, as hits below the picker's deepest level are left out.
        const data = await fetchGraphql(
          RegionPickerSearchDocument,
          { search, first: HITS_SHOWN + 4 },
          controller.signal,
        );
        const found = data.regions.edges
          .map((edge) => edge.node)
          .filter((hit) => levelWithin(hit.level, maxLevel))
          .slice(0, HITS_SHOWN);
        setHits(found);
        setActive(found.length > 0 ? 0 : -1);
        setOpen(true);
        setStatus('done');
      } catch {
        if (!controller.signal.aborted) {
          setHits([]);
          setStatus('failed');
        }
      }
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, maxLevel]);

  function pick(hit: Hit) {
    onPick(hit);
    setText('');
    setHits([]);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      // Enter picks instead of submitting the surrounding form.
      if (open && active >= 0 && hits[active]) {
        event.preventDefault();
        pick(hits[active]);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else {
        setText('');
      }
    }
  }

  const listId = `${id}-list`;
  const expanded = open && hits.length > 0;
  const announcement =
    status === 'searching'
      ? t('searching')
      : status === 'failed'
        ? t('searchFailed')
        : status === 'done'
          ? t('results', { count: hits.length })
          : '';

  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="block text-sm font-medium text-stone-800">
        {t('search')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-hit-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        maxLength={60}
        placeholder={t('searchPlaceholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value.trim().length < MIN_SEARCH_LENGTH) {
            setHits([]);
            setStatus('idle');
          }
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        className={CONTROL_CLASSES}
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-stone-600">
        {t('searchHint')}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('search')}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-stone-300 bg-white shadow-lg"
      >
        {hits.map((hit, index) => (
          <li
            key={hit.code}
            id={`${id}-hit-${index}`}
            role="option"
            aria-selected={index === active}
            // Keep focus in the input, so the list does not close before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(hit)}
            className={`min-h-11 cursor-pointer px-3 py-2 text-sm wrap-anywhere ${
              index === active ? 'bg-brand-50 text-brand-900' : 'text-stone-800'
            }`}
          >
            {label(hit, hit.ancestors)}
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
