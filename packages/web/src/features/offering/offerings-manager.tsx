'use client';

import { useMutation } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  CloseOfferingDocument,
  ConfirmOfferingStillValidDocument,
  CreateOfferingDocument,
  PauseOfferingDocument,
  PublishOfferingDocument,
  UpdateOfferingDocument,
  type BusinessUnitType,
  type Commodity,
  type OfferingKind,
  type OfferingStatus,
  type QuantityUnit,
  type WorkspaceOfferingFragment,
} from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { parseMoneyInput, parseWholeNumberInput } from '@/lib/decimal-input';
import { BUSINESS_UNIT_TYPES, COMMODITIES, OFFERING_KINDS } from '@/lib/enum-values';
import { formatDate, formatDecimal, formatIdr, formatIdrRange } from '@/lib/format';
import { QUANTITY_UNITS } from '@/lib/workspace-enum-values';
import {
  ProblemAlert,
  SuccessNote,
  useActionState,
  useFieldProblemText,
  useFocusFirstInvalid,
} from '@/components/ui/action-feedback';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { BUTTON_CLASSES, ChoiceField, InputField, TextAreaField } from '@/components/ui/form-controls';

type OfferingField =
  | 'commodity'
  | 'quantityPerMonth'
  | 'quantityUnit'
  | 'priceMin'
  | 'priceMax'
  | 'amountNeeded'
  | 'financingPurpose'
  | 'wantedTenorMonths'
  | 'unitType';

/** The fields each kind of offering states (the API refuses the financing ones elsewhere). */
const FIELDS_BY_KIND: Record<OfferingKind, readonly OfferingField[]> = {
  SUPPLY: ['commodity', 'quantityPerMonth', 'quantityUnit', 'priceMin', 'priceMax', 'unitType'],
  FINANCING_NEED: ['amountNeeded', 'financingPurpose', 'wantedTenorMonths', 'unitType'],
  SERVICE: ['unitType', 'quantityPerMonth', 'quantityUnit', 'priceMin', 'priceMax'],
  PARTNERSHIP_INTEREST: ['unitType', 'commodity'],
};

const REQUIRED_BY_KIND: Record<OfferingKind, readonly OfferingField[]> = {
  SUPPLY: ['commodity', 'quantityPerMonth', 'quantityUnit'],
  FINANCING_NEED: ['amountNeeded', 'financingPurpose'],
  SERVICE: [],
  PARTNERSHIP_INTEREST: [],
};

const STATUS_TONE: Record<OfferingStatus, BadgeTone> = {
  DRAFT: 'muted',
  PUBLISHED: 'positive',
  PAUSED: 'progress',
  EXPIRED: 'neutral',
  CLOSED: 'neutral',
};

type LifecycleAction = 'publish' | 'pause' | 'close' | 'confirm';

/** What can be done to an offering in each status (the API's life cycle). */
const ACTIONS_BY_STATUS: Record<OfferingStatus, readonly LifecycleAction[]> = {
  DRAFT: ['publish', 'close'],
  PUBLISHED: ['confirm', 'pause', 'close'],
  PAUSED: ['publish', 'close'],
  EXPIRED: ['confirm', 'close'],
  CLOSED: [],
};

type LocalErrors = Partial<Record<OfferingField | 'title' | 'description', string>>;

interface OfferingFormProps {
  cooperativeId: string;
  /** Absent: a new draft. */
  offering?: WorkspaceOfferingFragment;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Creates a draft offering or edits one; only the fields of its kind are shown and sent. */
function OfferingForm({ cooperativeId, offering, onDone, onCancel }: OfferingFormProps) {
  const t = useTranslations('cooperativeWorkspace.offerings');
  const common = useTranslations('cooperativeWorkspace');
  const enums = useTranslations('enums');
  const problemText = useFieldProblemText();
  const [create] = useMutation(CreateOfferingDocument);
  const [update] = useMutation(UpdateOfferingDocument);
  const { busy, problem, setProblem, run } = useActionState();
  const [kind, setKind] = useState<OfferingKind>(offering?.kind ?? 'SUPPLY');
  const [local, setLocal] = useState<LocalErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);
  const apiFields = problem?.kind === 'invalid' ? problem.fields : {};
  const shown = FIELDS_BY_KIND[kind];
  const required = REQUIRED_BY_KIND[kind];

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, []);

  const errorOf = (name: OfferingField | 'title' | 'description') =>
    local[name] ?? problemText(apiFields[name]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const errors: LocalErrors = {};
    const values: Record<string, string | number | null> = {};
    const title = text('title');
    if (title.length < 3 || title.length > 200) errors.title = t('problems.title');
    for (const field of shown) {
      const raw = text(field);
      if (
        field === 'quantityPerMonth' ||
        field === 'priceMin' ||
        field === 'priceMax' ||
        field === 'amountNeeded'
      ) {
        const parsed = parseMoneyInput(raw);
        if (!parsed.ok) errors[field] = t(`problems.${parsed.problem}`);
        else values[field] = parsed.value;
      } else if (field === 'wantedTenorMonths') {
        const months = parseWholeNumberInput(raw);
        if (months !== null && (Number.isNaN(months) || months < 1 || months > 240))
          errors[field] = t('problems.tenor');
        else values[field] = months;
      } else {
        values[field] = raw || null;
      }
      if (!errors[field] && required.includes(field) && (values[field] === null || values[field] === '')) {
        errors[field] = t('problems.required');
      }
    }
    setLocal(errors);
    if (Object.keys(errors).length > 0) {
      focusInvalid();
      return;
    }
    const changes = {
      title,
      description: text('description'),
      commodity: (values.commodity as Commodity | null | undefined) ?? null,
      quantityPerMonth: (values.quantityPerMonth as string | null | undefined) ?? null,
      quantityUnit: (values.quantityUnit as QuantityUnit | null | undefined) ?? null,
      priceMin: (values.priceMin as string | null | undefined) ?? null,
      priceMax: (values.priceMax as string | null | undefined) ?? null,
      unitType: (values.unitType as BusinessUnitType | null | undefined) ?? null,
      ...(kind === 'FINANCING_NEED'
        ? {
            amountNeeded: (values.amountNeeded as string | null) ?? null,
            financingPurpose: (values.financingPurpose as string | null) ?? null,
            wantedTenorMonths: (values.wantedTenorMonths as number | null) ?? null,
          }
        : {}),
    };
    const message = offering ? t('updated', { title }) : t('created', { title });
    const ok = offering
      ? await run(
          'save',
          async () =>
            (
              await update({
                variables: { input: { id: offering.id, version: offering.version, ...changes } },
              })
            ).data?.updateOffering.userErrors,
          message,
        )
      : await run(
          'save',
          async () =>
            (await create({ variables: { input: { cooperativeId, kind, ...changes } } })).data?.createOffering
              .userErrors,
          message,
        );
    if (ok) onDone(message);
    else focusInvalid();
  }

  const amountField = (name: 'quantityPerMonth' | 'priceMin' | 'priceMax' | 'amountNeeded') => (
    <InputField
      key={name}
      name={name}
      label={t(`fields.${name}`)}
      labelNote={required.includes(name) ? undefined : common('optional')}
      inputMode="decimal"
      defaultValue={
        name === 'quantityPerMonth'
          ? offering?.quantityPerMonth
            ? formatDecimal(offering.quantityPerMonth, 'id')
            : ''
          : offering?.[name]
            ? formatDecimal(offering[name]!.amount, 'id')
            : ''
      }
      hint={name === 'quantityPerMonth' ? undefined : t('moneyHint')}
      error={errorOf(name)}
    />
  );

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-label={offering ? t('editTitle', { title: offering.title }) : t('createTitle')}
      className="space-y-4 rounded-lg border border-stone-300 bg-stone-50 p-4"
    >
      <h3 className="font-semibold">
        {offering ? t('editTitle', { title: offering.title }) : t('createTitle')}
      </h3>
      <ProblemAlert
        problem={problem}
        conflictMessage={common('conflictOffering')}
        onReload={() => setProblem(null)}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {offering ? null : (
          <ChoiceField
            name="kind"
            label={t('fields.kind')}
            value={kind}
            onChange={(event) => setKind(event.target.value as OfferingKind)}
            options={OFFERING_KINDS.map((value) => ({ value, label: enums(`offeringKind.${value}`) }))}
          />
        )}
        <InputField
          name="title"
          label={t('fields.title')}
          defaultValue={offering?.title ?? ''}
          maxLength={200}
          error={errorOf('title')}
          wrapperClassName={offering ? 'sm:col-span-2' : undefined}
        />
        <TextAreaField
          name="description"
          label={t('fields.description')}
          labelNote={common('optional')}
          defaultValue={offering?.description ?? ''}
          maxLength={5000}
          rows={3}
          error={errorOf('description')}
          wrapperClassName="sm:col-span-2"
        />
        {shown.map((field) => {
          switch (field) {
            case 'commodity':
              return (
                <ChoiceField
                  key={field}
                  name={field}
                  label={t('fields.commodity')}
                  labelNote={required.includes(field) ? undefined : common('optional')}
                  emptyLabel={t('none')}
                  defaultValue={offering?.commodity ?? ''}
                  options={COMMODITIES.map((value) => ({ value, label: enums(`commodity.${value}`) }))}
                  error={errorOf(field)}
                />
              );
            case 'quantityUnit':
              return (
                <ChoiceField
                  key={field}
                  name={field}
                  label={t('fields.quantityUnit')}
                  labelNote={required.includes(field) ? undefined : common('optional')}
                  emptyLabel={t('none')}
                  defaultValue={offering?.quantityUnit ?? ''}
                  options={QUANTITY_UNITS.map((value) => ({ value, label: enums(`quantityUnit.${value}`) }))}
                  error={errorOf(field)}
                />
              );
            case 'unitType':
              return (
                <ChoiceField
                  key={field}
                  name={field}
                  label={t('fields.unitType')}
                  labelNote={common('optional')}
                  emptyLabel={t('none')}
                  defaultValue={offering?.unitType ?? ''}
                  options={BUSINESS_UNIT_TYPES.map((value) => ({ value, label: enums(`unitType.${value}`) }))}
                  error={errorOf(field)}
                />
              );
            case 'financingPurpose':
              return (
                <TextAreaField
                  key={field}
                  name={field}
                  label={t('fields.financingPurpose')}
                  defaultValue={offering?.financingPurpose ?? ''}
                  maxLength={2000}
                  rows={2}
                  error={errorOf(field)}
                  wrapperClassName="sm:col-span-2"
                />
              );
            case 'wantedTenorMonths':
              return (
                <InputField
                  key={field}
                  name={field}
                  label={t('fields.wantedTenorMonths')}
                  labelNote={common('optional')}
                  inputMode="numeric"
                  defaultValue={offering?.wantedTenorMonths ?? ''}
                  error={errorOf(field)}
                />
              );
            default:
              return amountField(field);
          }
        })}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={busy !== null} className={BUTTON_CLASSES.primary}>
          {busy ? common('saving') : offering ? t('save') : t('createDraft')}
        </button>
        <button type="button" onClick={onCancel} className={BUTTON_CLASSES.secondary}>
          {common('cancel')}
        </button>
      </div>
    </form>
  );
}

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
  const editButton = useRef<HTMLButtonElement>(null);
  const input = { id: offering.id, version: offering.version };
  const unit = offering.quantityUnit ? enums(`quantityUnit.${offering.quantityUnit}`) : null;
  const price = formatIdrRange(offering.priceMin?.amount, offering.priceMax?.amount);

  function act(action: LifecycleAction) {
    const message = t(`done.${action}`, { title: offering.title });
    switch (action) {
      case 'publish':
        return run(
          action,
          async () => (await publish({ variables: { input } })).data?.publishOffering.userErrors,
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
          async () => (await confirm({ variables: { input } })).data?.confirmOfferingStillValid.userErrors,
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
        <div className="flex flex-wrap gap-2">
          {ACTIONS_BY_STATUS[offering.status].map((action) => (
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
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  return (
    <div className="space-y-4">
      <SuccessNote message={created} />
      {creating ? (
        <OfferingForm
          cooperativeId={cooperativeId}
          onDone={(message) => {
            setCreating(false);
            setCreated(message);
          }}
          onCancel={() => {
            setCreating(false);
            requestAnimationFrame(() => createButton.current?.focus());
          }}
        />
      ) : (
        <button
          ref={createButton}
          type="button"
          onClick={() => {
            setCreated(null);
            setCreating(true);
          }}
          className={BUTTON_CLASSES.primary}
        >
          {t('new')}
        </button>
      )}
      {offerings.length === 0 ? <p className="text-stone-600">{t('empty')}</p> : null}
      <ul className="space-y-3">
        {offerings.map((offering) => (
          <li key={offering.id}>
            <OfferingItem cooperativeId={cooperativeId} offering={offering} />
          </li>
        ))}
      </ul>
    </div>
  );
}
