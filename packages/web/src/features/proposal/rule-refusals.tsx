import { useTranslations } from 'next-intl';
import type { FieldProblem } from '@/lib/mutation-outcome';
import { isProgramRuleCode } from '@/lib/program-rule-codes';

/**
 * The program's refusals that belong to no terms input (the cooperative's region, the offering's
 * commodity, the kind of proposal), in the interface's words; those about a term show at it.
 */
export function RuleRefusals({ fields }: { fields: Record<string, FieldProblem> }) {
  const t = useTranslations('proposal.form');
  const problems = useTranslations('workspace.fieldProblems');
  const refusals = Object.entries(fields).filter(
    ([key, problem]) => !key.startsWith('terms.') && isProgramRuleCode(problem),
  );
  if (refusals.length === 0) return null;
  return (
    <div role="alert" className="rounded-md border border-brand-100 bg-brand-50 p-3 text-brand-800">
      <p className="font-medium">{t('ruleRefusals')}</p>
      <ul className="mt-1 list-disc pl-5" data-testid="rule-refusals">
        {refusals.map(([key, problem]) => (
          <li key={key} data-code={problem}>
            {problems(problem)}
          </li>
        ))}
      </ul>
    </div>
  );
}
