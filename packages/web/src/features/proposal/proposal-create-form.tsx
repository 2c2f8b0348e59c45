'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useRef, useState, useTransition, type FormEvent } from 'react';
import {
  CreateProposalDocument,
  SubmitProposalDocument,
  type ProgramChoiceFragment,
  type ProposalKind,
} from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { outcomeOf, type ActionProblem } from '@/lib/mutation-outcome';
import { readTermsForm, type RequiredTerms, type TermsFormErrors } from './terms-form';
import { PROPOSAL_KINDS } from '@/lib/workspace-enum-values';
import { ProblemAlert, useFocusFirstInvalid } from '@/components/ui/action-feedback';
import { ChoiceField, InputField } from '@/components/ui/form-controls';
import { SendOrDraftButtons, type ProposalIntent } from './send-or-draft-buttons';
import { RuleRefusals } from './rule-refusals';
import type { TermsDefaults } from './terms-defaults';
import { TermsFields } from './terms-fields';
import { KIND_FOR_PROGRAM } from './program-kinds';
import { ProgramRules } from './program-rules';

interface Organisation {
  id: string;
  name: string;
}

export interface ProposalCreateFormProps {
  /** The cooperative(s) it may be for: one when given by the page, several for a chooser. */
  cooperatives: readonly Organisation[];
  partners: readonly Organisation[];
  offeringId?: string | null;
  programId?: string | null;
  requestId?: string | null;
  defaultKind: ProposalKind;
  defaultTitle: string;
  defaults: TermsDefaults;
  /** False for a mentor: their draft goes to the cooperative's board for approval instead. */
  canSubmitDirectly: boolean;
  /** What terms of each kind must state (`Query.proposalKindTerms`), checked before sending. */
  requiredTerms: RequiredTerms;
  /**
   * The partner's active programs to choose from (a partner proposing to a cooperative): the one
   * chosen sets the kind and the starting terms, and its rules are shown beside the terms.
   */
  programs?: readonly ProgramChoiceFragment[];
}

/** A program's terms as the terms form's starting values (the rate, the longest tenor). */
function defaultsOfProgram(program: ProgramChoiceFragment, defaults: TermsDefaults): TermsDefaults {
  return {
    ...defaults,
    ratePerYear: program.loanTerms?.ratePerYear ?? defaults.ratePerYear,
    tenorMonths: program.loanTerms?.maxTenorMonths ?? defaults.tenorMonths,
    graceMonths: program.loanTerms?.minGraceMonths ?? defaults.graceMonths,
  };
}

type Intent = ProposalIntent;

/**
 * Files a proposal: kind, subject and first terms, saved as a draft and — unless only a draft
 * is possible (a mentor's) — sent to the other party at once. Then opens the new proposal.
 */
export function ProposalCreateForm({
  cooperatives,
  partners,
  offeringId,
  programId,
  requestId,
  defaultKind,
  defaultTitle,
  defaults,
  canSubmitDirectly,
  requiredTerms,
  programs = [],
}: ProposalCreateFormProps) {
  const t = useTranslations('proposal.create');
  const kinds = useTranslations('proposal.enums.kind');
  const fieldProblem = useTranslations('workspace.fieldProblems');
  const router = useRouter();
  const [create] = useMutation(CreateProposalDocument);
  const [submit] = useMutation(SubmitProposalDocument);
  const [kind, setKind] = useState<ProposalKind>(defaultKind);
  const [chosenProgramId, setChosenProgramId] = useState<string>('');
  const [partnerId, setPartnerId] = useState<string>(partners[0]?.id ?? '');
  const partnerPrograms = programs.filter((program) => program.partner.id === partnerId);
  const chosenProgram = partnerPrograms.find((program) => program.id === chosenProgramId) ?? null;
  const [busy, setBusy] = useState<Intent | null>(null);
  const [navigating, startTransition] = useTransition();
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const [termsErrors, setTermsErrors] = useState<TermsFormErrors>({});
  const [titleError, setTitleError] = useState<string | undefined>();
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);

  const apiFields = problem?.kind === 'invalid' ? problem.fields : {};
  const termsApiErrors = Object.fromEntries(
    Object.entries(apiFields)
      .filter(([key]) => key.startsWith('terms.'))
      .map(([key, value]) => [key.slice('terms.'.length), value]),
  );
  const apiError = (key: string) => (apiFields[key] ? fieldProblem(apiFields[key]) : undefined);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const intent: Intent =
      submitter?.getAttribute('value') === 'draft' || !canSubmitDirectly ? 'draft' : 'submit';
    const form = new FormData(event.currentTarget);
    const title = String(form.get('title') ?? '').trim();
    const { terms, errors } = readTermsForm(form, kind, requiredTerms[kind] ?? []);
    const localTitleError = title.length < 3 || title.length > 200 ? t('subjectProblem') : undefined;
    setTitleError(localTitleError);
    setTermsErrors(errors);
    setProblem(null);
    if (localTitleError || Object.keys(errors).length > 0) {
      setProblem({ kind: 'invalid', fields: {}, general: [] });
      focusInvalid();
      return;
    }

    setBusy(intent);
    let createdId: string | null = null;
    let createdVersion = 0;
    const created = await outcomeOf(async () => {
      const { data } = await create({
        variables: {
          input: {
            kind,
            title,
            terms,
            cooperativeId: String(form.get('cooperativeId') ?? cooperatives[0]?.id ?? ''),
            partnerId: String(form.get('partnerId') ?? partners[0]?.id ?? ''),
            offeringId: offeringId ?? null,
            programId: programId ?? chosenProgram?.id ?? null,
            requestId: requestId ?? null,
          },
        },
      });
      createdId = data?.createProposal.proposal?.id ?? null;
      createdVersion = data?.createProposal.proposal?.version ?? 0;
      return data?.createProposal.errors;
    });
    if (created || !createdId) {
      setBusy(null);
      setProblem(created ?? { kind: 'failed' });
      if (created?.kind === 'invalid') focusInvalid();
      return;
    }
    const id: string = createdId;
    if (intent === 'submit') {
      // A refusal here leaves a draft, which the proposal page offers to send again.
      await outcomeOf(
        async () =>
          (await submit({ variables: { input: { proposalId: id, version: createdVersion } } })).data
            ?.submitProposal.errors,
      );
    }
    startTransition(() => router.push(`/proposals/${encodeURIComponent(id)}`));
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t('formLabel')}>
      <ProblemAlert
        problem={problem && problem.kind !== 'invalid' ? problem : null}
        conflictMessage={t('conflict')}
        onReload={() => setProblem(null)}
      />
      {problem?.kind === 'invalid' ? (
        <p
          role="alert"
          className="rounded-md border border-brand-100 bg-brand-50 p-3 font-medium text-brand-800"
        >
          {t('fixProblems')}
        </p>
      ) : null}
      {problem?.kind === 'invalid' ? <RuleRefusals fields={problem.fields} /> : null}

      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {cooperatives.length > 1 ? (
          <ChoiceField
            name="cooperativeId"
            label={t('cooperative')}
            options={cooperatives.map((cooperative) => ({ value: cooperative.id, label: cooperative.name }))}
            error={apiError('cooperativeId')}
          />
        ) : (
          <input type="hidden" name="cooperativeId" value={cooperatives[0]?.id ?? ''} />
        )}
        {partners.length > 1 ? (
          <ChoiceField
            name="partnerId"
            label={t('partner')}
            options={partners.map((partner) => ({ value: partner.id, label: partner.name }))}
            value={partnerId}
            onChange={(event) => {
              setPartnerId(event.target.value);
              setChosenProgramId('');
            }}
            error={apiError('partnerId')}
          />
        ) : (
          <input type="hidden" name="partnerId" value={partners[0]?.id ?? ''} />
        )}
        {!programId && partnerPrograms.length > 0 ? (
          <ChoiceField
            name="program"
            label={t('program')}
            emptyLabel={t('noProgram')}
            options={partnerPrograms.map((program) => ({ value: program.id, label: program.name }))}
            value={chosenProgramId}
            onChange={(event) => {
              const program = partnerPrograms.find((candidate) => candidate.id === event.target.value);
              setChosenProgramId(event.target.value);
              if (program) setKind(KIND_FOR_PROGRAM[program.kind]);
            }}
            hint={t('programHint')}
            error={apiError('programId')}
          />
        ) : null}
        <ChoiceField
          name="kind"
          label={t('kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as ProposalKind)}
          options={PROPOSAL_KINDS.map((value) => ({ value, label: kinds(value) }))}
          hint={t(`kindHint.${kind}`)}
          error={apiError('kind')}
        />
        <InputField
          name="title"
          label={t('subject')}
          defaultValue={defaultTitle}
          maxLength={200}
          required
          hint={t('subjectHint')}
          error={titleError ?? apiError('title')}
        />
      </div>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t('termsLegend')}</legend>
        <p className="text-sm text-stone-600">{t('termsLead')}</p>
        {chosenProgram ? <ProgramRules program={chosenProgram} /> : null}
        {/* A program chosen starts the terms from its own (a fresh form for each program). */}
        <TermsFields
          key={chosenProgram?.id ?? ''}
          kind={kind}
          required={requiredTerms[kind] ?? []}
          defaults={chosenProgram ? defaultsOfProgram(chosenProgram, defaults) : defaults}
          errors={termsErrors}
          apiErrors={termsApiErrors}
        />
      </fieldset>

      <SendOrDraftButtons
        canSubmit={canSubmitDirectly}
        submitLabel={t('submit')}
        busy={busy}
        navigating={navigating}
      />
    </form>
  );
}
