import type { Context } from '../../request-context';
import { ForbiddenError, NotFoundError } from '../../shared/domain-error';
import { todayInWib } from '../../shared/time';
import type { BusinessUnit, Cooperative as CooperativeNode } from '../cooperative/cooperative.type';
import { Cooperative } from '../cooperative/cooperative.entity';
import { Partner } from '../partner/partner.entity';
import { User } from '../account/account.entity';
import { cooperativeById, officersOfCooperative, unitsOfCooperative } from '../cooperative/cooperative.reads';
import type { CooperativeDocument } from '../document/document.type';
import { documentNumbersOf, documentsOfCooperative } from '../document/document.reads';
import { financingNeedAmountsOf } from '../offering/offering.reads';
import type { ProposalStatus } from '../proposal/proposal.entity';
import { proposalHistoryOfCooperative } from '../proposal/proposal.reads';
import { partnerById } from '../partner/partner.reads';
import { PassportShare } from './readiness.entity';
import { PassportError } from './readiness.errors';
import { assertMayManagePassportSharing, mayManagePassportSharing, maySeePassport } from './readiness.policy';
import { sharesOfCooperative, type PassportShareRow } from './readiness.reads';
import { loanHintOf, readinessOf, type LoanHint, type Readiness } from './readiness.rules';

/** Everything the passport shows that the cooperative's own fields do not. */
export interface FinancingPassportFacts {
  cooperative: CooperativeNode;
  asOf: string;
  readiness: Readiness<CooperativeDocument, BusinessUnit>;
  proposalHistory: Map<ProposalStatus, number>;
  loanHint: LoanHint;
  /** With whom it is shared; null when the viewer may not manage the sharing. */
  shares: PassportShareRow[] | null;
}

/**
 * A cooperative's financing passport: the PMK 49 requirements with the document behind each, its
 * board, its track record, its readiness level with the reasons, and the loan-size hint. NOT_FOUND
 * for no such cooperative, FORBIDDEN for a viewer who may not open it (readiness.policy.ts).
 * Batched reads, one statement each: cooperative, documents, units, officers, financing needs,
 * proposals, and the shares for those who manage them.
 */
export async function financingPassport(
  ctx: Context,
  cooperativeId: number,
): Promise<FinancingPassportFacts> {
  const cooperative = await cooperativeById(ctx, cooperativeId);
  if (!cooperative) throw new NotFoundError('There is no such cooperative.');
  if (!(await maySeePassport(ctx, { id: cooperativeId, villageCode: cooperative.villageCode }))) {
    throw new ForbiddenError(
      "Only this cooperative's officers and mentors, the Dinas of its region, admins, and partners it shares its passport with or has a financing proposal with may open its passport.",
    );
  }
  const [documents, units, officers, financingNeeds, proposalHistory, managesSharing] = await Promise.all([
    documentsOfCooperative(ctx, cooperativeId),
    unitsOfCooperative(ctx, cooperativeId),
    officersOfCooperative(ctx, cooperativeId),
    financingNeedAmountsOf(ctx, cooperativeId),
    proposalHistoryOfCooperative(ctx, cooperativeId),
    mayManagePassportSharing(ctx, cooperativeId),
  ]);
  const today = todayInWib();
  const readiness = readinessOf(
    {
      kind: cooperative.kind,
      villageCode: cooperative.villageCode,
      verificationLevel: cooperative.verificationLevel,
      documents,
      units,
      officerRoles: officers.map((officer) => officer.role),
    },
    today,
  );
  return {
    cooperative,
    asOf: today,
    readiness: await withEvidenceNumbers(ctx, cooperativeId, readiness),
    proposalHistory,
    loanHint: loanHintOf({
      units,
      financingNeeds,
      expectedMonthlyIncome: cooperative.expectedMonthlyIncome,
    }),
    shares: managesSharing ? await sharesOfCooperative(ctx, cooperativeId) : null,
  };
}

/**
 * Whoever may open the passport sees the number of each document behind its requirements (a
 * lender checks the NPWP or SK AHU it was shown), though a partner does not see the rest of a
 * document's private side. Copies, so the request's cached documents stay masked.
 */
async function withEvidenceNumbers(
  ctx: Context,
  cooperativeId: number,
  readiness: Readiness<CooperativeDocument, BusinessUnit>,
): Promise<Readiness<CooperativeDocument, BusinessUnit>> {
  const masked = readiness.requirements.filter(
    (result) => result.document && !result.document.viewerMaySeeDetails,
  );
  if (masked.length === 0) return readiness;
  const numbers = await documentNumbersOf(ctx, cooperativeId);
  return {
    ...readiness,
    requirements: readiness.requirements.map((result) => {
      const document = result.document;
      if (!document || document.viewerMaySeeDetails) return result;
      const withNumber = Object.assign(Object.create(Object.getPrototypeOf(document) as object), document, {
        number: numbers.get(document.dbId) ?? null,
      }) as CooperativeDocument;
      return { ...result, document: withNumber };
    }),
  };
}

export interface PassportSharing {
  cooperativeId: number;
  partnerId: number;
}

/**
 * Shares the passport with a partner (sharing it again changes nothing); by its board or mentor.
 * Two at once: one wins, the other gets DUPLICATE from the unique key.
 */
export async function sharePassport(ctx: Context, command: PassportSharing): Promise<number> {
  await assertMayManagePassportSharing(ctx, command.cooperativeId);
  if (!(await partnerById(ctx, command.partnerId))) throw PassportError.partnerNotFound();
  const where = { cooperative: command.cooperativeId, partner: command.partnerId };
  if (!(await ctx.em.findOne(PassportShare, where))) {
    ctx.em.create(PassportShare, {
      cooperative: ctx.em.getReference(Cooperative, command.cooperativeId),
      partner: ctx.em.getReference(Partner, command.partnerId),
      sharedBy: ctx.em.getReference(User, ctx.viewer!.userId),
    });
    await ctx.em.flush();
  }
  return command.cooperativeId;
}

/** Stops sharing the passport with a partner; NOT_FOUND when it was not shared with it. */
export async function stopSharingPassport(ctx: Context, command: PassportSharing): Promise<number> {
  await assertMayManagePassportSharing(ctx, command.cooperativeId);
  const share = await ctx.em.findOne(PassportShare, {
    cooperative: command.cooperativeId,
    partner: command.partnerId,
  });
  if (!share) throw PassportError.notShared();
  ctx.em.remove(share);
  await ctx.em.flush();
  return command.cooperativeId;
}
