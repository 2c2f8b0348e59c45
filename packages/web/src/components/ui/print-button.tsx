'use client';

import { BUTTON_CLASSES } from './form-controls';

/** Opens the browser's print dialog; the page's print styles decide what goes on paper. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className={`${BUTTON_CLASSES.secondary} print:hidden`}
    >
      {label}
    </button>
  );
}
