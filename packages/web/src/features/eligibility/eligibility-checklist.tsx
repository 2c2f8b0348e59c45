import { getTranslations } from 'next-intl/server';
import {
  EligibilityMentorCaseloadDocument,
  ProgramEligibilityDocument,
  type ProgramEligibilityQuery,
} from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { queryApi } from '@/lib/apollo/server-client';
import { parseMoneyInput } from '@/lib/decimal-input';
import { formatIdr, formatLocalDate } from '@/lib/format';
import { getViewer, type SignedInViewer } from '@/lib/session';
import { cooperativesOf, isAdmin } from '@/features/account/viewer-organisations';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { BUTTON_CLASSES, CONTROL_CLASSES } from '@/components/ui/form-controls';
import { SectionCard } from '@/components/ui/section-card';
import { REQUIREMENT_SIGNS } from './requirement-signs';

type Requirement = ProgramEligibilityQuery['eligibility']['requirements'][number];
type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || '';

const VERDICT_TONE: Record<ProgramEligibilityQuery['eligibility']['verdict'], BadgeTone> = {
  ELIGIBLE: 'positive',
  NOT_ELIGIBLE: 'progress',
  INCOMPLETE: 'neutral',
};

interface Choice {
  id: string;
  name: string;
  /** Chair or board (or a mentor): may add the missing documents. */
  mayAdd: boolean;
}

/** The cooperatives the viewer may check: those they are an officer of, and a mentor's caseload. */
async function choicesOf(viewer: SignedInViewer): Promise<Choice[]> {
  const own = cooperativesOf(viewer).map((cooperative) => ({
    id: cooperative.id,
    name: cooperative.name,
    mayAdd: cooperative.isBoard,
  }));
  if (!viewer.roles.includes('MENTOR') || isAdmin(viewer)) return own;
  const data = await queryApi({ query: EligibilityMentorCaseloadDocument }).catch(() => null);
  const caseload = (data?.viewer?.memberships ?? []).flatMap(
    (membership) => membership.mentor?.caseload.edges.map((edge) => edge.node) ?? [],
  );
  const known = new Set(own.map((choice) => choice.id));
  return [
    ...own,
    ...caseload
      .filter((node) => !known.has(node.id))
      .map((node) => ({ id: node.id, name: node.name, mayAdd: false })),
  ];
}

/**
 * "Can my cooperative get this?": each requirement of the program with ✓/✗/! and its evidence,
 * for a signed-in cooperative officer (or a mentor, for a cooperative of their caseload). A plain
 * GET form picks the cooperative and the amounts, so it works before any JavaScript arrives.
 */
export async function EligibilityChecklist({
  programId,
  searchParams,
  locale,
}: {
  programId: string;
  searchParams: SearchParams;
  locale: 'id' | 'en';
}) {
  const viewer = await getViewer();
  if (!viewer) return null;
  const choices = await choicesOf(viewer);
  if (choices.length === 0) return null;
  const t = await getTranslations('program.checklist');
  const enums = await getTranslations('enums');
  const requested = first(searchParams.cooperative);
  const chosen = choices.find((choice) => choice.id === requested) ?? choices[0];
  const amountText = first(searchParams.amount);
  const operatingText = first(searchParams.operatingCost);
  const amount = amountText ? parseMoneyInput(amountText) : null;
  const operating = operatingText ? parseMoneyInput(operatingText) : null;
  const report = await queryApi({
    query: ProgramEligibilityDocument,
    variables: {
      cooperativeId: chosen.id,
      programId,
      amount: amount?.ok ? amount.value : null,
      operatingCostAmount: operating?.ok ? operating.value : null,
    },
  })
    .then((data) => data.eligibility)
    .catch(() => null);
  const date = (value: string) => formatLocalDate(value, locale);

  function labelOf(requirement: Requirement): string {
    if (requirement.documentType) return enums(`documentType.${requirement.documentType}`);
    if (requirement.kind === 'BUSINESS_UNIT') return t('unit');
    if (requirement.kind === 'AMOUNT') return t('amount');
    if (requirement.kind === 'OPERATING_COST') return t('operatingCost');
    return t('region');
  }

  function evidenceOf(requirement: Requirement): string | null {
    const { document, businessUnit } = requirement;
    switch (requirement.status) {
      case 'MET':
        if (document) {
          const validity = document.expiresOn
            ? t('validUntil', { date: date(document.expiresOn) })
            : t('noExpiry');
          return [document.number, validity, enums(`verificationLevel.${document.verificationLevel}`)]
            .filter(Boolean)
            .join(' · ');
        }
        if (businessUnit)
          return `${enums(`unitType.${businessUnit.type}`)} — ${enums(`unitStatus.${businessUnit.status}`)}`;
        if (requirement.given && requirement.maximum) {
          return t('withinLimit', {
            given: formatIdr(requirement.given.amount),
            limit: formatIdr(requirement.maximum.amount),
          });
        }
        return null;
      case 'EXPIRED':
        return document?.expiresOn ? t('expiredOn', { date: date(document.expiresOn) }) : null;
      case 'MISSING':
        if (businessUnit)
          return t('unitNotActive', {
            unit: enums(`unitType.${businessUnit.type}`),
            status: enums(`unitStatus.${businessUnit.status}`),
          });
        return requirement.kind === 'BUSINESS_UNIT' ? t('noUnit') : t('missing');
      case 'NOT_MET':
        if (requirement.given && requirement.maximum) {
          return t('aboveLimit', {
            given: formatIdr(requirement.given.amount),
            limit: formatIdr(requirement.maximum.amount),
          });
        }
        return requirement.kind === 'REGION' ? t('regionNotCovered') : t('notMet');
      case 'UNKNOWN':
        return requirement.maximum
          ? t('giveAmount', { limit: formatIdr(requirement.maximum.amount) })
          : t('giveAmountPlain');
    }
  }

  return (
    <div className="mb-6">
      <SectionCard id="checklist" title={t('title')}>
        <form method="get" action="#checklist" className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-3">
          {choices.length > 1 ? (
            <label className="block text-sm font-medium text-stone-800">
              {t('cooperative')}
              <select name="cooperative" defaultValue={chosen.id} className={CONTROL_CLASSES}>
                {choices.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <input type="hidden" name="cooperative" value={chosen.id} />
          )}
          <label className="block text-sm font-medium text-stone-800">
            {t('amountInput')} <span className="font-normal text-stone-600">{t('optional')}</span>
            <input
              name="amount"
              inputMode="numeric"
              defaultValue={amountText}
              placeholder="1.500.000.000"
              className={CONTROL_CLASSES}
            />
          </label>
          <label className="block text-sm font-medium text-stone-800">
            {t('operatingCostInput')} <span className="font-normal text-stone-600">{t('optional')}</span>
            <input
              name="operatingCost"
              inputMode="numeric"
              defaultValue={operatingText}
              placeholder="300.000.000"
              className={CONTROL_CLASSES}
            />
          </label>
          <div className="sm:col-span-3">
            <button type="submit" className={BUTTON_CLASSES.secondary}>
              {t('check')}
            </button>
            {(amount && !amount.ok) || (operating && !operating.ok) ? (
              <p role="alert" className="mt-2 text-sm text-brand-800">
                {t('badAmount')}
              </p>
            ) : null}
          </div>
        </form>
        {report ? (
          <>
            <p className="mb-3 flex flex-wrap items-center gap-2">
              <span className="font-semibold">{report.cooperative.name}</span>
              <Badge tone={VERDICT_TONE[report.verdict]}>{t(`verdict.${report.verdict}`)}</Badge>
              <span className="text-sm text-stone-600">
                {t('metCount', { met: report.metCount, total: report.requirements.length })}
              </span>
            </p>
            <ul className="space-y-2" aria-label={t('listLabel')}>
              {report.requirements.map((requirement) => {
                const sign = REQUIREMENT_SIGNS[requirement.status];
                const evidence = evidenceOf(requirement);
                const canAdd =
                  chosen.mayAdd &&
                  requirement.documentType !== null &&
                  requirement.documentType !== undefined &&
                  (requirement.status === 'MISSING' || requirement.status === 'EXPIRED');
                return (
                  <li
                    key={requirement.key}
                    data-requirement={requirement.key}
                    data-status={requirement.status}
                    className="flex gap-3 rounded-md border border-stone-200 p-3"
                  >
                    <span aria-hidden="true" className={`w-5 text-lg font-bold ${sign.tone}`}>
                      {sign.sign}
                    </span>
                    <div className="min-w-0">
                      <p className="font-medium">
                        {labelOf(requirement)}{' '}
                        <span className="text-sm font-normal text-stone-600">
                          ({t(`status.${requirement.status}`)})
                        </span>
                      </p>
                      {evidence ? <p className="text-sm break-words text-stone-700">{evidence}</p> : null}
                      {canAdd ? (
                        <Link
                          href={{
                            pathname: '/cooperative',
                            query: { id: chosen.id, addDocument: requirement.documentType },
                            hash: 'documents',
                          }}
                          className="text-sm"
                        >
                          {t('addDocument', { document: labelOf(requirement) })}
                        </Link>
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <p className="text-stone-600">{t('unavailable')}</p>
        )}
      </SectionCard>
    </div>
  );
}
