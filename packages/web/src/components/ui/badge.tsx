import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'positive' | 'progress' | 'muted' | 'brand';

const TONE_CLASSES: Record<BadgeTone, string> = {
  neutral: 'bg-stone-100 text-stone-800 ring-stone-300',
  positive: 'bg-emerald-50 text-emerald-800 ring-emerald-300',
  progress: 'bg-amber-50 text-amber-900 ring-amber-300',
  muted: 'bg-white text-stone-600 ring-stone-300',
  brand: 'bg-brand-50 text-brand-800 ring-brand-100',
};

/** A small label; the colour only repeats what the text says, never replaces it. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE_CLASSES[tone]}`}
    >
      {children}
    </span>
  );
}
