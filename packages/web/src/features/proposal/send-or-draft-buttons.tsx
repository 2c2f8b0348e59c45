'use client';

import { useTranslations } from 'next-intl';
import { BUTTON_CLASSES } from '@/components/ui/form-controls';

/** What a new proposal's form was sent for: to the other party at once, or kept as a draft. */
export type ProposalIntent = 'submit' | 'draft';

/**
 * The end of a new-proposal form: "send" for those who may send at once (a board, partner staff),
 * "save as draft" for everyone, with the hint that a mentor's draft goes to the board first. The
 * form reads the pressed button's `intent` from its submit event.
 */
export function SendOrDraftButtons({
  canSubmit,
  submitLabel,
  busy,
  navigating,
}: {
  canSubmit: boolean;
  submitLabel: string;
  busy: ProposalIntent | null;
  navigating: boolean;
}) {
  const t = useTranslations('proposal.create');
  const working = busy !== null || navigating;
  return (
    <>
      {!canSubmit ? <p className="text-sm text-stone-700">{t('draftOnlyHint')}</p> : null}
      <div className="flex flex-wrap gap-2">
        {canSubmit ? (
          <button
            type="submit"
            name="intent"
            value="submit"
            disabled={working}
            className={BUTTON_CLASSES.primary}
          >
            {busy === 'submit' || (navigating && busy !== 'draft') ? t('sending') : submitLabel}
          </button>
        ) : null}
        <button
          type="submit"
          name="intent"
          value="draft"
          disabled={working}
          className={canSubmit ? BUTTON_CLASSES.secondary : BUTTON_CLASSES.primary}
        >
          {busy === 'draft' ? t('saving') : t('saveDraft')}
        </button>
      </div>
    </>
  );
}
