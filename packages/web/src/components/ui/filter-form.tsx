'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type ChangeEvent, type FormEvent, type ReactNode } from 'react';

/** The form's non-empty fields as a query string; an empty one means "any", so it is left out. */
export function queryOfForm(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim());
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

interface FilterFormProps {
  /** The list's localised path; the form GETs it, so filters end up in the (shareable) URL. */
  action: string;
  label: string;
  /**
   * Given, the fields fold behind one button on a phone, labelled with this (how many filters are
   * active, `filters.toggle`), so that the results come first; on wider screens they are always
   * shown. The caller formats it on the server: a count in a message is the page's only use of
   * Intl at hydration, whose first use (ICU's locale data) cost 6–9 ms of the phone's main thread.
   */
  foldLabel?: string;
  children: ReactNode;
}

/**
 * A GET form that works without JavaScript (its Apply button submits it). With JavaScript, a
 * changed select applies at once through the router, without a full page load; text fields
 * apply on Enter or Apply, not on every keystroke. Changing filters starts again at page one.
 */
export function FilterForm({ action, label, foldLabel, children }: FilterFormProps) {
  const router = useRouter();
  const t = useTranslations('common');
  const [isPending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  const fieldsId = useId();
  const folds = foldLabel !== undefined;

  function apply(form: HTMLFormElement) {
    startTransition(() => router.push(`${action}${queryOfForm(form)}`, { scroll: false }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply(event.currentTarget);
  }

  function onChange(event: ChangeEvent<HTMLFormElement>) {
    if (event.target instanceof HTMLSelectElement) apply(event.currentTarget);
  }

  return (
    <form
      method="get"
      action={action}
      aria-label={label}
      aria-busy={isPending}
      onSubmit={onSubmit}
      onChange={onChange}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 md:sticky md:top-4 md:self-start"
    >
      {folds ? (
        <button
          type="button"
          aria-expanded={open}
          aria-controls={fieldsId}
          onClick={() => setOpen((shown) => !shown)}
          className="min-h-11 w-full rounded-md border border-stone-300 bg-white px-4 text-left font-medium md:hidden"
        >
          <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
          {foldLabel}
        </button>
      ) : null}
      {/* Without JavaScript the button cannot open them: the layout's noscript style shows them. */}
      <div id={fieldsId} className={folds && !open ? 'filter-fields hidden space-y-4 md:block' : 'space-y-4'}>
        {children}
      </div>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-stone-600">
        {isPending ? t('loading') : ''}
      </p>
    </form>
  );
}
