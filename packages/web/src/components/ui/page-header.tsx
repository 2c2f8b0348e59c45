import type { ReactNode } from 'react';

/** The page's one h1, with an optional lead paragraph and extra content (badges, links). */
export function PageHeader({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: string;
  children?: ReactNode;
}) {
  return (
    <header className="mb-6">
      <h1 className="text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{title}</h1>
      {lead ? <p className="mt-2 max-w-3xl text-stone-700">{lead}</p> : null}
      {children ? <div className="mt-3 flex flex-wrap items-center gap-2">{children}</div> : null}
    </header>
  );
}
