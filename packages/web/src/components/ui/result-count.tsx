/** The size of a filtered list, announced when the filters change it. */
export function ResultCount({ text }: { text: string }) {
  return (
    <p role="status" aria-live="polite" className="mb-3 text-sm font-medium text-stone-700">
      {text}
    </p>
  );
}
