import type { ReactNode } from 'react';

/**
 * A page the viewer may not use, or that needs a choice first: says so plainly, as the page's
 * heading, with what to do next. Not an error: nothing failed.
 */
export function AccessNotice({
  title,
  body,
  children,
}: {
  title: string;
  body?: string;
  children?: ReactNode;
}) {
  return (
    <section
      aria-labelledby="access-notice-title"
      className="rounded-lg border border-amber-300 bg-amber-50 p-6 text-stone-800"
    >
      <h1 id="access-notice-title" className="text-xl font-semibold text-stone-900">
        {title}
      </h1>
      {body ? <p className="mt-2">{body}</p> : null}
      {children ? <div className="mt-4">{children}</div> : null}
    </section>
  );
}
