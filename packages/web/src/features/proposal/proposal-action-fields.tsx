'use client';

import { useTranslations } from 'next-intl';
import type {
  ProposalKind,
  ProposalTermsField,
  ProposalTermsFieldsFragment,
} from '@/graphql/generated/graphql';
import type { FieldProblem } from '@/lib/mutation-outcome';
import { InputField, TextAreaField } from '@/components/ui/form-controls';
import type { TermsFormErrors } from './terms-form';
import { defaultsOfTerms } from './terms-defaults';
import { TermsFields } from './terms-fields';

/** The actions whose panel asks "are you sure?", with an optional remark. */
export const CONFIRMED = ['ACCEPT', 'WITHDRAW', 'COMPLETE'] as const;
/** The actions that need a reason, which the other party reads. */
export const WITH_REASON = ['DECLINE', 'REJECT_DRAFT', 'CANCEL'] as const;

/** The actions that open a panel of fields. */
export type PanelAction =
  (typeof CONFIRMED)[number] | (typeof WITH_REASON)[number] | 'COUNTER' | 'UPDATE_DRAFT';

interface ProposalActionFieldsProps {
  action: PanelAction;
  kind: ProposalKind;
  /** What terms of this kind must state (`ProposalKindTerms.requiredTerms`). */
  requiredTerms: readonly ProposalTermsField[];
  /** The proposal's title, changed by UPDATE_DRAFT. */
  title: string;
  latestTerms: ProposalTermsFieldsFragment;
  /** The terms form's own checks. */
  termsErrors: TermsFormErrors;
  /** The API's problems by field key (`reason`, `title`, `terms.amount`, …). */
  apiFields: Record<string, FieldProblem>;
  /** Whether a reason was required and left empty. */
  reasonMissing: boolean;
}

/** What an action's panel asks: a confirmation and remark, a reason, or a title and new terms. */
export function ProposalActionFields({
  action,
  kind,
  requiredTerms,
  title,
  latestTerms,
  termsErrors,
  apiFields,
  reasonMissing,
}: ProposalActionFieldsProps) {
  const t = useTranslations('proposal.actions');
  const problems = useTranslations('workspace');
  const termsApiErrors = Object.fromEntries(
    Object.entries(apiFields)
      .filter(([key]) => key.startsWith('terms.'))
      .map(([key, value]) => [key.slice('terms.'.length), value]),
  );
  const fieldProblemText = (key: string) =>
    apiFields[key] ? problems(`fieldProblems.${apiFields[key]}`) : undefined;

  return (
    <>
      {isOneOf(action, CONFIRMED) ? (
        <>
          <p className="text-stone-700">
            {action === 'ACCEPT'
              ? t('confirm.ACCEPT', { version: latestTerms.version })
              : t(`confirm.${action}`)}
          </p>
          <TextAreaField
            name="note"
            label={t('remark')}
            labelNote={t('optional')}
            rows={2}
            maxLength={2000}
          />
        </>
      ) : null}
      {isOneOf(action, WITH_REASON) ? (
        <TextAreaField
          name="reason"
          label={t('reason')}
          hint={t('reasonHint')}
          rows={3}
          maxLength={2000}
          required
          error={reasonMissing ? t('reasonMissing') : fieldProblemText('reason')}
        />
      ) : null}
      {action === 'UPDATE_DRAFT' ? (
        <InputField
          name="title"
          label={t('title')}
          defaultValue={title}
          minLength={3}
          maxLength={200}
          error={fieldProblemText('title')}
        />
      ) : null}
      {action === 'COUNTER' || action === 'UPDATE_DRAFT' ? (
        <>
          <p className="text-sm text-stone-700">
            {action === 'COUNTER' ? t('counterLead', { version: latestTerms.version }) : t('updateLead')}
          </p>
          <TermsFields
            kind={kind}
            required={requiredTerms}
            defaults={defaultsOfTerms(latestTerms)}
            errors={termsErrors}
            apiErrors={termsApiErrors}
          />
          {action === 'COUNTER' ? (
            <TextAreaField
              name="remark"
              label={t('remark')}
              labelNote={t('optional')}
              rows={2}
              maxLength={2000}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** Whether `action` is one of `list` (narrowing it). */
export function isOneOf<T extends string>(action: string, list: readonly T[]): action is T {
  return (list as readonly string[]).includes(action);
}
