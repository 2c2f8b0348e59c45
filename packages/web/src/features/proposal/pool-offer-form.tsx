'use client';

import { useMutation } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useRef, useState, useTransition, type FormEvent } from 'react';
import {
  CreateProposalDocument,
  SubmitProposalDocument,
  type QuantityUnit,
} from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { formatDecimal, type NumberLocale } from '@/lib/format';
import { parseMoneyInput } from '@/lib/decimal-input';
import { outcomeOf, type ActionProblem, type FieldProblem } from '@/lib/mutation-outcome';
import { ProblemAlert, useFocusFirstInvalid } from '@/components/ui/action-feedback';
import { ChoiceField, InputField } from '@/components/ui/form-controls';
import { SendOrDraftButtons, type ProposalIntent } from './send-or-draft-buttons';
import { MoneyInput } from './money-input';
import { defaultShares, readShare, tallyShares, type ShareDraft } from './pool-shares';

/** One cooperative of the suggested pool, with the offering its share comes out of. */
export interface PoolOfferMember {
  cooperativeId: string;
  cooperativeName: string;
  offeringId: string;
  offeringTitle: string;
  /** What the offering supplies a month, in the unit of the target. */
  quantityPerMonth: string;
}

/** What a pooled offer answers: a partner request, or an offtake program with a minimum volume. */
export type PoolAnswers = { requestId: string } | { programId: string };

export interface PoolOfferFormProps {
  answers: PoolAnswers;
  partnerId: string;
  /**
   * What it must reach a month (the request's quantity or the program's minimum volume), and its
   * unit (every quantity here is in it).
   */
  target: string;
  unit: QuantityUnit;
  members: readonly PoolOfferMember[];
  /** The members the viewer may lead the offer for (board or mentor), the first preselected. */
  leadIds: readonly string[];
  /** Of those, the ones whose board the viewer sits on: they may send at once, not only draft. */
  boardIds: readonly string[];
  defaultTitle: string;
  defaultPrice: string | null;
}

/** The problems the form shows: at a field, at a member's row, or for the form as a whole. */
export interface PoolOfferProblems {
  title?: string;
  price?: string;
  lead?: string;
  /** By the member's cooperative id. */
  rows: Record<string, string>;
  /** Whole-form problems, already in words (a summary line each). */
  general: string[];
}

const NO_PROBLEMS: PoolOfferProblems = { rows: {}, general: [] };

type Intent = ProposalIntent;

/**
 * Sorts the API's refusals of a pooled offer onto the form: `terms.poolShares.<i>.…` names the
 * i-th share sent, which is the i-th member included (not the i-th row), so `sentIds` maps it
 * back to the member's row.
 */
export function poolOfferProblemsOf(
  fields: Record<string, FieldProblem>,
  general: readonly FieldProblem[],
  sentIds: readonly string[],
  describe: (problem: FieldProblem) => string,
): PoolOfferProblems {
  const problems: PoolOfferProblems = { rows: {}, general: general.map(describe) };
  for (const [key, problem] of Object.entries(fields)) {
    const share = /^terms\.poolShares\.(\d+)(?:\.|$)/.exec(key);
    const memberId = share ? sentIds[Number(share[1])] : undefined;
    if (memberId) problems.rows[memberId] ??= describe(problem);
    else if (key === 'title') problems.title = describe(problem);
    else if (key === 'terms.pricePerUnit') problems.price = describe(problem);
    else if (key === 'cooperativeId') problems.lead = describe(problem);
    else problems.general.push(describe(problem));
  }
  return problems;
}

/**
 * "Ajukan penawaran gabungan": the lead, a title, the price per unit, and each member's share of
 * a suggested pool (included or not), with the running total against what the request (or the
 * program) wants.
 * Creates the pooled offtake proposal and, for a board of the lead, sends it; a mentor's stays a
 * draft the lead's board approves. Then opens the new proposal. The API's refusals show at the
 * member's row they name, and together in a summary at the top.
 */
export function PoolOfferForm({
  answers,
  partnerId,
  target,
  unit,
  members,
  leadIds,
  boardIds,
  defaultTitle,
  defaultPrice,
}: PoolOfferFormProps) {
  const t = useTranslations('proposal.poolOffer');
  const create = useTranslations('proposal.create');
  const form = useTranslations('proposal.form');
  const enums = useTranslations('enums');
  const fieldProblem = useTranslations('workspace.fieldProblems');
  const locale = useLocale() as NumberLocale;
  const router = useRouter();
  const [createProposal] = useMutation(CreateProposalDocument);
  const [submitProposal] = useMutation(SubmitProposalDocument);
  const [rows, setRows] = useState<ShareDraft[]>(() =>
    defaultShares(
      members.map((member) => member.quantityPerMonth),
      target,
    ).map((share) => ({ included: true, typed: formatDecimal(share, 'id') })),
  );
  const [leadId, setLeadId] = useState(leadIds[0] ?? '');
  const [problems, setProblems] = useState<PoolOfferProblems>(NO_PROBLEMS);
  const [outcome, setOutcome] = useState<ActionProblem | null>(null);
  const [busy, setBusy] = useState<Intent | null>(null);
  const [navigating, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);
  const summaryId = useId();

  const unitName = enums(`quantityUnit.${unit}`);
  const quantity = (value: string) => formatDecimal(value, locale);
  const tally = tallyShares(rows, target);
  const canSubmit = boardIds.includes(leadId);
  const nameOf = (id: string) => members.find((member) => member.cooperativeId === id)?.cooperativeName ?? id;
  const hasProblems =
    Boolean(problems.title || problems.price || problems.lead) ||
    Object.keys(problems.rows).length > 0 ||
    problems.general.length > 0;

  function update(index: number, change: Partial<ShareDraft>) {
    setRows((current) => current.map((row, at) => (at === index ? { ...row, ...change } : row)));
  }

  /** What the form itself can tell before sending: the API checks the rest (capacity, offerings). */
  function localProblems(title: string, price: string): PoolOfferProblems {
    const found: PoolOfferProblems = { rows: {}, general: [] };
    if (title.length < 3 || title.length > 200) found.title = create('subjectProblem');
    const parsedPrice = parseMoneyInput(price);
    if (!parsedPrice.ok) found.price = form(`problems.${parsedPrice.problem}`);
    else if (parsedPrice.value === null) found.price = t('priceRequired');
    rows.forEach((row, index) => {
      if (row.included && readShare(row.typed) === null) {
        found.rows[members[index].cooperativeId] = t('shareProblem');
      }
    });
    const leadIndex = members.findIndex((member) => member.cooperativeId === leadId);
    if (leadIndex >= 0 && !rows[leadIndex].included) {
      found.rows[leadId] = fieldProblem('POOL_LEAD_NOT_MEMBER');
    }
    if (tally.included < 2) found.general.push(t('tooFewMembers'));
    if (!tally.reached) found.general.push(fieldProblem('POOL_BELOW_MINIMUM'));
    return found;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const intent: Intent = submitter?.getAttribute('value') === 'draft' || !canSubmit ? 'draft' : 'submit';
    const data = new FormData(event.currentTarget);
    const title = String(data.get('title') ?? '').trim();
    const price = String(data.get('pricePerUnit') ?? '');
    setOutcome(null);
    const found = localProblems(title, price);
    setProblems(found);
    if (found.title || found.price || Object.keys(found.rows).length > 0 || found.general.length > 0) {
      focusInvalid();
      return;
    }

    const parsedPrice = parseMoneyInput(price);
    const shares = members.flatMap((member, index) =>
      rows[index].included
        ? [
            {
              cooperativeId: member.cooperativeId,
              offeringId: member.offeringId,
              quantity: readShare(rows[index].typed) ?? '0',
            },
          ]
        : [],
    );
    const sentIds = shares.map((share) => share.cooperativeId);
    setBusy(intent);
    let created: { id: string; version: number } | null = null;
    const problem = await outcomeOf(async () => {
      const result = await createProposal({
        variables: {
          input: {
            kind: 'OFFTAKE',
            cooperativeId: leadId,
            partnerId,
            ...answers,
            title,
            terms: {
              pricePerUnit: parsedPrice.ok ? parsedPrice.value : null,
              poolShares: shares,
            },
          },
        },
      });
      const proposal = result.data?.createProposal.proposal;
      if (proposal) created = { id: proposal.id, version: proposal.version };
      return result.data?.createProposal.errors;
    });
    if (problem || !created) {
      setBusy(null);
      if (problem?.kind === 'invalid') {
        setProblems(
          poolOfferProblemsOf(problem.fields, problem.general, sentIds, (code) => fieldProblem(code)),
        );
        focusInvalid();
      } else {
        setOutcome(problem ?? { kind: 'failed' });
      }
      return;
    }
    const { id, version } = created as { id: string; version: number };
    if (intent === 'submit') {
      // A refusal here leaves a draft, which the proposal page offers to send again.
      await outcomeOf(
        async () =>
          (await submitProposal({ variables: { input: { proposalId: id, version } } })).data?.submitProposal
            .errors,
      );
    }
    startTransition(() => router.push(`/proposals/${encodeURIComponent(id)}`));
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="space-y-5"
      aria-label={t('formLabel')}
      data-testid="pool-offer-form"
    >
      <ProblemAlert
        problem={outcome}
        conflictMessage={create('conflict')}
        onReload={() => setOutcome(null)}
      />
      {hasProblems ? (
        <div
          id={summaryId}
          role="alert"
          className="rounded-md border border-brand-100 bg-brand-50 p-3 text-brand-800"
          data-testid="pool-offer-problems"
        >
          <p className="font-medium">{create('fixProblems')}</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.general.map((text) => (
              <li key={text}>{text}</li>
            ))}
            {Object.entries(problems.rows).map(([id, text]) => (
              <li key={id}>{t('rowProblem', { cooperative: nameOf(id), problem: text })}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {leadIds.length > 1 ? (
          <ChoiceField
            name="leadId"
            label={t('leadCooperative')}
            hint={t('leadHint')}
            value={leadId}
            onChange={(event) => setLeadId(event.target.value)}
            options={leadIds.map((id) => ({ value: id, label: nameOf(id) }))}
            error={problems.lead}
          />
        ) : (
          <div>
            <p className="text-sm font-medium text-stone-800">{t('leadCooperative')}</p>
            <p className="mt-1 font-semibold" data-testid="pool-offer-lead">
              {nameOf(leadId)}
            </p>
            <p className="mt-1 text-xs text-stone-600">{t('leadHint')}</p>
            {problems.lead ? (
              <p className="mt-1 text-sm font-medium text-brand-800">{problems.lead}</p>
            ) : null}
          </div>
        )}
        <InputField
          name="title"
          label={create('subject')}
          defaultValue={defaultTitle}
          maxLength={200}
          required
          hint={create('subjectHint')}
          error={problems.title}
        />
        <MoneyInput
          name="pricePerUnit"
          label={t('price', { unit: unitName })}
          defaultValue={defaultPrice}
          optional={false}
          error={problems.price}
        />
      </div>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t('membersLegend')}</legend>
        <p className="text-sm text-stone-600">{t('membersHint')}</p>
        <ul className="space-y-3" aria-label={t('membersLegend')}>
          {members.map((member, index) => {
            const row = rows[index];
            const error = problems.rows[member.cooperativeId];
            const isLead = member.cooperativeId === leadId;
            return (
              <li
                key={member.cooperativeId}
                className={`rounded-md border p-3 ${error ? 'border-brand-700' : 'border-stone-200'} ${
                  row.included ? 'bg-white' : 'bg-stone-50'
                }`}
                data-testid="pool-offer-member"
                data-included={row.included}
              >
                <fieldset className="grid grid-cols-1 gap-3 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)] md:items-start">
                  <legend className="sr-only">{member.cooperativeName}</legend>
                  <div className="min-w-0">
                    <label className="flex min-h-11 items-start gap-2">
                      <input
                        type="checkbox"
                        className="mt-1 h-5 w-5 shrink-0"
                        checked={row.included}
                        onChange={(event) => update(index, { included: event.target.checked })}
                        aria-describedby={`${summaryId}-offering-${index}`}
                      />
                      <span className="font-semibold break-words">
                        {t('include', { cooperative: member.cooperativeName })}
                        {isLead ? (
                          <span className="ml-1.5 text-sm font-normal">({t('leadMark')})</span>
                        ) : null}
                      </span>
                    </label>
                    <p
                      id={`${summaryId}-offering-${index}`}
                      className="mt-1 text-sm break-words text-stone-600"
                    >
                      {t('offering', { title: member.offeringTitle })}
                    </p>
                  </div>
                  <p className="text-sm">
                    <span className="block text-xs text-stone-600">{t('supplies')}</span>
                    <span className="font-medium tabular-nums">
                      {t('perMonth', { quantity: quantity(member.quantityPerMonth), unit: unitName })}
                    </span>
                  </p>
                  <InputField
                    name={`share-${index}`}
                    label={t('share', { unit: unitName })}
                    inputMode="decimal"
                    autoComplete="off"
                    value={row.typed}
                    disabled={!row.included}
                    onChange={(event) => update(index, { typed: event.target.value })}
                    error={error}
                    className="tabular-nums"
                  />
                </fieldset>
              </li>
            );
          })}
        </ul>
        <p
          aria-live="polite"
          className={`rounded-md p-3 text-sm font-medium ${tally.reached ? 'bg-emerald-50 text-emerald-900' : 'bg-amber-50 text-amber-900'}`}
          data-testid="pool-offer-tally"
          data-reached={tally.reached}
        >
          {t('tally', { total: quantity(tally.total), target: quantity(target), unit: unitName })}{' '}
          {tally.reached
            ? tally.surplus !== '0'
              ? t('tallySurplus', { quantity: quantity(tally.surplus), unit: unitName })
              : t('tallyReached')
            : t('tallyMissing', { quantity: quantity(tally.missing), unit: unitName })}
        </p>
      </fieldset>

      <SendOrDraftButtons
        canSubmit={canSubmit}
        submitLabel={t('submit')}
        busy={busy}
        navigating={navigating}
      />
    </form>
  );
}
