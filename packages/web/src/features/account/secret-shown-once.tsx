'use client';

import { useState } from 'react';
import { STEP_BUTTON } from '@/components/ui/final-step';

/**
 * A secret the API returns once (an API token, a webhook signing secret): shown in full with a
 * copy button, announced as a status, and gone once the page is rendered again.
 */
export function SecretShownOnce({
  title,
  body,
  secret,
  testId,
  copyLabel,
  copiedLabel,
}: {
  title: string;
  body: string;
  secret: string;
  testId: string;
  copyLabel: string;
  copiedLabel: string;
}) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <section
      role="status"
      aria-labelledby={`${testId}-title`}
      className="space-y-2 rounded-md border border-emerald-300 bg-emerald-50 p-4 text-emerald-950"
    >
      <h2 id={`${testId}-title`} className="font-semibold">
        {title}
      </h2>
      <p>{body}</p>
      <code
        data-testid={testId}
        className="block overflow-x-auto rounded bg-white p-2 font-mono text-sm break-all"
      >
        {secret}
      </code>
      <button type="button" className={STEP_BUTTON} onClick={copy}>
        {copied ? copiedLabel : copyLabel}
      </button>
    </section>
  );
}
