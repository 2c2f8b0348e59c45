'use client';

import { useMutation } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import {
  SharePassportDocument,
  StopSharingPassportDocument,
  type PartnerType,
} from '@/graphql/generated/graphql';
import { formatDate } from '@/lib/format';
import { ProblemAlert, SuccessNote, useActionState } from '@/components/ui/action-feedback';
import { BUTTON_CLASSES, CONTROL_CLASSES, FormAlert } from '@/components/ui/form-controls';

export interface SharingPartner {
  id: string;
  name: string;
  type: PartnerType;
}

export interface PassportShareEntry {
  partner: { id: string; name: string };
  sharedAt: string;
}

/** The partners a cooperative most often opens its passport to: those that lend. */
const FINANCIER_TYPES: readonly PartnerType[] = ['STATE_BANK', 'REGIONAL_BANK', 'PUBLIC_FUND'];

/**
 * Who may open the passport besides its own people: a partner to share it with (lenders first)
 * and the partners it is shared with, each with "stop sharing". For its board, its mentor and
 * admins, the viewers the API gives `shares` to; the API checks again.
 */
export function PassportSharing({
  cooperativeId,
  shares,
  partners,
}: {
  cooperativeId: string;
  shares: readonly PassportShareEntry[];
  partners: readonly SharingPartner[];
}) {
  const t = useTranslations('passport.sharing');
  const locale = useLocale();
  const selectId = useId();
  const [share] = useMutation(SharePassportDocument);
  const [stop] = useMutation(StopSharingPassportDocument);
  const { busy, problem, setProblem, done, run } = useActionState();
  const [missingChoice, setMissingChoice] = useState(false);
  const [lastAction, setLastAction] = useState<'share' | 'stop'>('share');

  const sharedIds = new Set(shares.map((entry) => entry.partner.id));
  const available = partners.filter((partner) => !sharedIds.has(partner.id));
  const financiers = available.filter((partner) => FINANCIER_TYPES.includes(partner.type));
  const others = available.filter((partner) => !FINANCIER_TYPES.includes(partner.type));
  // The API refuses with NOT_FOUND at `partnerId`: no such partner, or (stopping) not shared with it.
  const refused =
    problem?.kind === 'invalid' ? (lastAction === 'stop' ? t('notShared') : t('partnerNotFound')) : null;
  const selectError = missingChoice ? t('choosePartner') : null;

  async function onShare(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const partnerId = String(new FormData(event.currentTarget).get('partnerId') ?? '');
    const partner = available.find((candidate) => candidate.id === partnerId);
    setMissingChoice(!partner);
    if (!partner) return;
    setLastAction('share');
    await run(
      'share',
      async () =>
        (await share({ variables: { input: { cooperativeId, partnerId } } })).data?.sharePassport.userErrors,
      t('shared', { partner: partner.name }),
    );
  }

  async function onStop(entry: PassportShareEntry) {
    setLastAction('stop');
    setMissingChoice(false);
    await run(
      `stop-${entry.partner.id}`,
      async () =>
        (await stop({ variables: { input: { cooperativeId, partnerId: entry.partner.id } } })).data
          ?.stopSharingPassport.userErrors,
      t('stopped', { partner: entry.partner.name }),
    );
  }

  return (
    <div className="space-y-4">
      <p className="text-stone-700">{t('lead')}</p>
      <SuccessNote message={done} />
      {refused ? <FormAlert id={`${selectId}-refused`}>{refused}</FormAlert> : null}
      <ProblemAlert
        problem={problem?.kind === 'invalid' ? null : problem}
        conflictMessage={t('conflict')}
        onReload={() => setProblem(null)}
      />

      <form
        onSubmit={onShare}
        noValidate
        aria-label={t('formLabel')}
        className="flex flex-wrap items-end gap-3"
      >
        <div className="min-w-0 flex-1 basis-64">
          <label htmlFor={selectId} className="block text-sm font-medium text-stone-800">
            {t('partner')}
          </label>
          <select
            id={selectId}
            name="partnerId"
            defaultValue=""
            aria-invalid={selectError ? true : undefined}
            aria-describedby={selectError ? `${selectId}-error` : undefined}
            className={`${CONTROL_CLASSES} ${selectError ? 'border-brand-700 ring-1 ring-brand-700' : ''}`}
          >
            <option value="">{t('choose')}</option>
            {financiers.length > 0 ? (
              <optgroup label={t('financiers')}>
                {financiers.map((partner) => (
                  <option key={partner.id} value={partner.id}>
                    {partner.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {others.length > 0 ? (
              <optgroup label={t('others')}>
                {others.map((partner) => (
                  <option key={partner.id} value={partner.id}>
                    {partner.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
          {selectError ? (
            <p id={`${selectId}-error`} className="mt-1 text-sm font-medium text-brand-800">
              {selectError}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={busy !== null} className={BUTTON_CLASSES.primary}>
          {busy === 'share' ? t('sharingNow') : t('share')}
        </button>
      </form>

      <div>
        <h3 id={`${selectId}-current`} className="font-semibold text-stone-900">
          {t('current')}
        </h3>
        {shares.length === 0 ? (
          <p className="mt-1 text-stone-600">{t('none')}</p>
        ) : (
          <ul aria-labelledby={`${selectId}-current`} className="mt-1 divide-y divide-stone-200">
            {shares.map((entry) => (
              <li
                key={entry.partner.id}
                data-partner={entry.partner.id}
                className="flex flex-wrap items-center justify-between gap-2 py-2"
              >
                <div className="min-w-0">
                  <span className="font-medium">{entry.partner.name}</span>
                  <span className="block text-xs text-stone-600">
                    {t('since', { date: formatDate(entry.sharedAt, locale) })}
                  </span>
                </div>
                <button
                  type="button"
                  disabled={busy !== null}
                  aria-label={t('stopLabel', { partner: entry.partner.name })}
                  onClick={() => onStop(entry)}
                  className={`${BUTTON_CLASSES.danger} text-sm`}
                >
                  {busy === `stop-${entry.partner.id}` ? t('stopping') : t('stop')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
