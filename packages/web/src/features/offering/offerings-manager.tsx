'use client';

import { useMutation } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import {
  CloseOfferingDocument,
  ConfirmOfferingStillValidDocument,
  PauseOfferingDocument,
  PublishOfferingDocument,
  type OfferingStatus,
  type WorkspaceOfferingFragment,
} from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { formatDate, formatDecimal, formatIdr, formatIdrRange } from '@/lib/format';
import { ProblemAlert, SuccessNote, useActionState } from '@/components/ui/action-feedback';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { AddOnDemand, EditableRecordList } from '@/components/ui/editable-record-list';
import { BUTTON_CLASSES } from '@/components/ui/form-controls';
import { OfferingForm } from './offering-form';

const STATUS_TONE: Record<OfferingStatus, BadgeTone> = {
  DRAFT: 'muted',
  PUBLISHED: 'positive',
  PAUSED: 'progress',
  EXPIRED: 'neutral',
  CLOSED: 'neutral',
};

type LifecycleAction = 'publish' | 'pause' | 'close' | 'confirm';

/** How long an offering may stand when published or confirmed (the API allows 1–180 days). */
const VALIDITY_CHOICES = [30, 60, 90, 180] as const;
const DEFAULT_VALIDITY_DAYS = 60;

/** What can be done to an offering in each status (the API's life cycle). */
const ACTIONS_BY_STATUS: Record<OfferingStatus, readonly LifecycleAction[]> = {
  DRAFT: ['publish', 'close'],
  PUBLISHED: ['confirm', 'pause', 'close'],
  PAUSED: ['publish', 'close'],
  EXPIRED: ['confirm', 'close'],
  CLOSED: [],
};

/** One offering with its status and the life-cycle actions its status allows. */
function OfferingItem({
  cooperativeId,
  offering,
}: {
  cooperativeId: string;
  offering: WorkspaceOfferingFragment;
}) {
  const t = useTranslations('cooperativeWorkspace.offerings');
  const common = useTranslations('cooperativeWorkspace');
  const enums = useTranslations('enums');
  const locale = useLocale();
  const [publish] = useMutation(PublishOfferingDocument);
  const [pause] = useMutation(PauseOfferingDocument);
  const [close] = useMutation(CloseOfferingDocument);
  const [confirm] = useMutation(ConfirmOfferingStillValidDocument);
  const { busy, problem, setProblem, done, setDone, run } = useActionState();
  const [editing, setEditing] = useState(false);
  const [validForDays, setValidForDays] = useState<number>(DEFAULT_VALIDITY_DAYS);
  const editButton = useRef<HTMLButtonElement>(null);
  const input = { id: offering.id, version: offering.version };
  const actions = offering.status === 'CLOSED' ? [] : ACTIONS_BY_STATUS[offering.status];
  const setsValidity = actions.includes('publish') || actions.includes('confirm');
  const unit = offering.quantityUnit ? enums(`quantityUnit.${offering.quantityUnit}`) : null;
  const price = formatIdrRange(offering.priceMin?.amount, offering.priceMax?.amount);

  function act(action: LifecycleAction) {
    const message = t(`done.${action}`, { title: offering.title });
    switch (action) {
      case 'publish':
        return run(
          action,
          async () =>
            (await publish({ variables: { input: { ...input, validForDays } } })).data?.publishOffering
              .userErrors,
          message,
        );
      case 'pause':
        return run(
          action,
          async () => (await pause({ variables: { input } })).data?.pauseOffering.userErrors,
          message,
        );
      case 'close':
        return run(
          action,
          async () => (await close({ variables: { input } })).data?.closeOffering.userErrors,
          message,
        );
      case 'confirm':
        return run(
          action,
          async () =>
            (await confirm({ variables: { input: { ...input, validForDays } } })).data
              ?.confirmOfferingStillValid.userErrors,
          message,
        );
    }
  }

  return (
    <article
      aria-labelledby={`offering-${offering.id}`}
      className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
    >
      <div className="flex flex-wrap gap-1.5">
        <Badge tone={STATUS_TONE[offering.status]}>{enums(`offeringStatus.${offering.status}`)}</Badge>
        <Badge tone="brand">{enums(`offeringKind.${offering.kind}`)}</Badge>
      </div>
      <h3 id={`offering-${offering.id}`} className="font-semibold break-words">
        {offering.status === 'DRAFT' ? (
          offering.title
        ) : (
          <Link href={`/offerings/${encodeURIComponent(offering.id)}`}>{offering.title}</Link>
        )}
      </h3>
      <p className="text-sm text-stone-600">
        {[
          offering.quantityPerMonth && unit
            ? t('perMonth', { quantity: formatDecimal(offering.quantityPerMonth, locale), unit })
            : null,
          price,
          offering.amountNeeded ? formatIdr(offering.amountNeeded.amount) : null,
          offering.validUntil ? t('validUntil', { date: formatDate(offering.validUntil, locale) }) : null,
          offering.lastConfirmedAt
            ? t('lastConfirmed', { date: formatDate(offering.lastConfirmedAt, locale) })
            : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <SuccessNote message={done} />
      <ProblemAlert
        problem={problem}
        conflictMessage={common('conflictOffering')}
        onReload={() => setProblem(null)}
      />
      {offering.status !== 'CLOSED' ? (
        <div className="flex flex-wrap items-end gap-2">
          {setsValidity ? (
            <label className="text-sm">
              <span className="block font-medium">{t('validFor')}</span>
              <select
                value={validForDays}
                onChange={(event) => setValidForDays(Number(event.target.value))}
                className="mt-1 min-h-11 rounded-md border border-stone-300 bg-white px-2"
              >
                {VALIDITY_CHOICES.map((days) => (
                  <option key={days} value={days}>
                    {t('validForDays', { days })}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              disabled={busy !== null}
              onClick={() => void act(action)}
              className={
                action === 'close'
                  ? BUTTON_CLASSES.danger
                  : action === 'publish' || action === 'confirm'
                    ? BUTTON_CLASSES.primary
                    : BUTTON_CLASSES.secondary
              }
              aria-describedby={`offering-${offering.id}`}
            >
              {busy === action ? common('saving') : t(`action.${action}`)}
            </button>
          ))}
          <button
            ref={editButton}
            type="button"
            aria-expanded={editing}
            onClick={() => setEditing((open) => !open)}
            className={BUTTON_CLASSES.secondary}
            aria-describedby={`offering-${offering.id}`}
          >
            {t('action.edit')}
          </button>
        </div>
      ) : null}
      {editing ? (
        <OfferingForm
          cooperativeId={cooperativeId}
          offering={offering}
          onDone={(message) => {
            setEditing(false);
            setDone(message);
          }}
          onCancel={() => {
            setEditing(false);
            editButton.current?.focus();
          }}
        />
      ) : null}
    </article>
  );
}

/** The cooperative's offerings, drafts included, with a form for a new draft. */
export function OfferingsManager({
  cooperativeId,
  offerings,
}: {
  cooperativeId: string;
  offerings: readonly WorkspaceOfferingFragment[];
}) {
  const t = useTranslations('cooperativeWorkspace.offerings');
  return (
    <EditableRecordList
      records={offerings}
      keyOf={(offering) => offering.id}
      renderRecord={(offering) => <OfferingItem cooperativeId={cooperativeId} offering={offering} />}
      emptyText={t('empty')}
      listClassName="space-y-3"
      addPlacement="above"
      add={<AddOnDemand openLabel={t('new')} Form={OfferingForm} formProps={{ cooperativeId }} />}
    />
  );
}
