import type { ReactNode } from 'react';

/** What a list shows when it has nothing: say so, and what to try next. */
export function EmptyState({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: string;
  children?: ReactNode;
}) {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center">
      <p className="font-medium text-stone-800">{title}</p>
      {hint ? <p className="mt-1 text-sm text-stone-600">{hint}</p> : null}
      {children ? <div className="mt-3">{children}</div> : null}
    </div>
  );
}
