/** Source code to read and copy: kept as written, scrolled sideways inside its box on a phone. */
export function CodeBlock({ label, code }: { label: string; code: string }) {
  return (
    <figure className="min-w-0">
      <figcaption className="mb-1 text-sm font-medium text-stone-700">{label}</figcaption>
      <pre
        tabIndex={0}
        aria-label={label}
        className="max-w-full overflow-x-auto rounded-md bg-stone-900 p-3 text-xs leading-relaxed text-stone-50"
      >
        <code>{code}</code>
      </pre>
    </figure>
  );
}
