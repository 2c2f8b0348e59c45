'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import {
  UpdateCooperativeProfileDocument,
  type CooperativeStage,
  type ManagementPattern,
} from '@/graphql/generated/graphql';
import { parseMoneyInput, parseWholeNumberInput } from '@/lib/decimal-input';
import { formatDecimal } from '@/lib/format';
import { COOPERATIVE_STAGES } from '@/lib/enum-values';
import { MANAGEMENT_PATTERNS } from '@/lib/workspace-enum-values';
import {
  ProblemAlert,
  SuccessNote,
  useActionState,
  useFieldProblemText,
  useFocusFirstInvalid,
} from '@/components/ui/action-feedback';
import { BUTTON_CLASSES, ChoiceField, InputField } from '@/components/ui/form-controls';

export interface ProfileValues {
  id: string;
  version: number;
  name: string;
  managementPattern: ManagementPattern;
  memberCount: number;
  /** What its units are expected to earn a month (a decimal string); null: not stated. */
  expectedMonthlyIncome: string | null;
  stage: CooperativeStage;
}

/**
 * Name, management pattern, member count, expected monthly income (for the financing passport's
 * debt-service check; empty clears it) and stage; only the chair and board may change them.
 */
export function ProfileForm({ cooperative, canEdit }: { cooperative: ProfileValues; canEdit: boolean }) {
  const t = useTranslations('cooperativeWorkspace');
  const enums = useTranslations('enums');
  const problemText = useFieldProblemText();
  const [update] = useMutation(UpdateCooperativeProfileDocument);
  const { busy, problem, setProblem, done, run } = useActionState();
  const [local, setLocal] = useState<{ name?: string; memberCount?: string; expectedMonthlyIncome?: string }>(
    {},
  );
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);
  const fields = problem?.kind === 'invalid' ? problem.fields : {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name') ?? '').trim();
    const memberCount = parseWholeNumberInput(String(form.get('memberCount') ?? ''));
    const income = parseMoneyInput(String(form.get('expectedMonthlyIncome') ?? ''));
    const errors: typeof local = {};
    if (name.length < 3 || name.length > 200) errors.name = t('problems.name');
    if (memberCount === null || Number.isNaN(memberCount) || memberCount < 0 || memberCount > 1_000_000) {
      errors.memberCount = t('problems.memberCount');
    }
    if (!income.ok) errors.expectedMonthlyIncome = t(`offerings.problems.${income.problem}`);
    setLocal(errors);
    if (Object.keys(errors).length > 0) {
      focusInvalid();
      return;
    }
    const ok = await run(
      'profile',
      async () =>
        (
          await update({
            variables: {
              input: {
                id: cooperative.id,
                version: cooperative.version,
                name,
                memberCount,
                // Empty clears the figure: null, not left out.
                expectedMonthlyIncome: income.ok ? income.value : null,
                managementPattern: String(form.get('managementPattern')) as ManagementPattern,
                stage: String(form.get('stage')) as CooperativeStage,
              },
            },
          })
        ).data?.updateCooperativeProfile.userErrors,
      t('saved'),
    );
    if (!ok) focusInvalid();
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={t('profileTitle')} className="space-y-4">
      <SuccessNote message={done} />
      <ProblemAlert problem={problem} conflictMessage={t('conflict')} onReload={() => setProblem(null)} />
      {!canEdit ? <p className="text-sm text-stone-700">{t('boardOnly')}</p> : null}
      <fieldset disabled={!canEdit} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <InputField
          name="name"
          label={t('fields.name')}
          defaultValue={cooperative.name}
          maxLength={200}
          error={local.name ?? problemText(fields.name)}
          wrapperClassName="sm:col-span-2"
        />
        <ChoiceField
          name="managementPattern"
          label={t('fields.managementPattern')}
          defaultValue={cooperative.managementPattern}
          options={MANAGEMENT_PATTERNS.map((value) => ({
            value,
            label: enums(`managementPattern.${value}`),
          }))}
          error={problemText(fields.managementPattern)}
        />
        <InputField
          name="memberCount"
          label={t('fields.memberCount')}
          inputMode="numeric"
          defaultValue={String(cooperative.memberCount)}
          error={local.memberCount ?? problemText(fields.memberCount)}
        />
        <InputField
          name="expectedMonthlyIncome"
          label={t('fields.expectedMonthlyIncome')}
          labelNote={t('optional')}
          inputMode="numeric"
          defaultValue={
            cooperative.expectedMonthlyIncome ? formatDecimal(cooperative.expectedMonthlyIncome, 'id') : ''
          }
          error={local.expectedMonthlyIncome ?? problemText(fields.expectedMonthlyIncome)}
          hint={t('expectedIncomeHint')}
        />
        <ChoiceField
          name="stage"
          label={t('fields.stage')}
          defaultValue={cooperative.stage}
          options={COOPERATIVE_STAGES.map((value) => ({ value, label: enums(`stage.${value}`) }))}
          error={problemText(fields.stage)}
          hint={t('stageHint')}
        />
      </fieldset>
      {canEdit ? (
        <button type="submit" disabled={busy !== null} className={BUTTON_CLASSES.primary}>
          {busy ? t('saving') : t('saveProfile')}
        </button>
      ) : null}
    </form>
  );
}
