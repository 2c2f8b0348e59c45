import { useTranslations } from 'next-intl';
import type { FieldProblem } from '@/lib/mutation-outcome';
import { isPoolRuleCode } from '@/lib/pool-rule-codes';
import { isProgramRuleCode } from '@/lib/program-rule-codes';

function isRuleRefusal(problem: FieldProblem): boolean {
  return isProgramRuleCode(problem) || isPoolRuleCode(problem);
}

/**
 * The program's and the pool's refusals that belong to no terms input (the cooperative's region,
 * the offering's commodity, the kind of proposal, a pool short of the request or not yet approved
 * by every member), in the interface's words; those about a term show at it. `general` holds the
 * refusals that name no field at all (the pool's, when the API refuses the action as a whole).
 */
export function RuleRefusals({
  fields,
  general = [],
}: {
  fields: Record<string, FieldProblem>;
  general?: readonly FieldProblem[];
}) {
  const t = useTranslations('proposal.form');
  const problems = useTranslations('workspace.fieldProblems');
  const refusals = [
    ...Object.entries(fields).filter(([key, problem]) => !key.startsWith('terms.') && isRuleRefusal(problem)),
    ...[...new Set(general.filter(isRuleRefusal))].map((problem) => [`general-${problem}`, problem] as const),
  ];
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
