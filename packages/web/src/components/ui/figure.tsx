/** One headline number with its label. */
export function Figure({ value, label, hint }: { value: string; label: string; hint?: string }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="mt-1 text-3xl font-bold text-stone-900 tabular-nums">{value}</dd>
      {hint ? <dd className="mt-1 text-xs text-stone-600">{hint}</dd> : null}
    </div>
  );
}
