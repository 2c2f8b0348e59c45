import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Public } from '../graphql/access';
import type { Context } from '../request-context';
import { badUserInput } from '../graphql/errors';
import { Node } from '../graphql/relay';
import { fromGlobalId, type NodeTypeName } from '../shared/global-id';
import { MAX_PAGE_SIZE } from '../shared/paging';
import { regionByCode } from '../modules/region/region.reads';
import { businessUnitById, cooperativeById } from '../modules/cooperative/cooperative.reads';
import { offeringById } from '../modules/offering/offering.reads';
import { partnerById } from '../modules/partner/partner.reads';
import { programById } from '../modules/program/program.reads';
import { requestById } from '../modules/request/partner-request.reads';
import { mentorById } from '../modules/mentor/mentor.reads';
import { apiTokenById, userById } from '../modules/account/account.reads';
import { proposalById } from '../modules/proposal/proposal.reads';
import { notificationById } from '../modules/notification/notification.reads';
import { savedSearchById } from '../modules/saved-search/saved-search.reads';
import { documentById } from '../modules/document/document.reads';
import { attestationById } from '../modules/attestation/attestation.reads';
import { simkopdesConflictById, simkopdesImportById } from '../modules/simkopdes/simkopdes.reads';
import { webhookDeliveryById, webhookEndpointById } from '../modules/webhook/webhook.reads';
import { teamInvitationById, teamMemberById } from '../modules/team/team.reads';

/**
 * Each node type is fetched through the same batched, visibility-aware read its own query uses,
 * so `node(id)` can never show what `offering(id)` would hide.
 */
const FETCH: Record<NodeTypeName, (ctx: Context, key: never) => Promise<Node | null>> = {
  Region: async (ctx, code: string) => regionByCode(ctx, code),
  Cooperative: (ctx, id: number) => cooperativeById(ctx, id),
  BusinessUnit: (ctx, id: number) => businessUnitById(ctx, id),
  Offering: (ctx, id: number) => offeringById(ctx, id),
  Partner: (ctx, id: number) => partnerById(ctx, id),
  Program: (ctx, id: number) => programById(ctx, id),
  PartnerRequest: (ctx, id: number) => requestById(ctx, id),
  Mentor: (ctx, id: number) => mentorById(ctx, id),
  User: (ctx, id: number) => userById(ctx, id),
  ApiToken: (ctx, id: number) => apiTokenById(ctx, id),
  Proposal: (ctx, id: number) => proposalById(ctx, id),
  Notification: (ctx, id: number) => notificationById(ctx, id),
  SavedSearch: (ctx, id: number) => savedSearchById(ctx, id),
  CooperativeDocument: (ctx, id: number) => documentById(ctx, id),
  CooperativeAttestation: (ctx, id: number) => attestationById(ctx, id),
  SimkopdesImport: (ctx, id: number) => simkopdesImportById(ctx, id),
  SimkopdesConflict: (ctx, id: number) => simkopdesConflictById(ctx, id),
  WebhookEndpoint: (ctx, id: number) => webhookEndpointById(ctx, id),
  WebhookDelivery: (ctx, id: number) => webhookDeliveryById(ctx, id),
  TeamMember: (ctx, id: number) => teamMemberById(ctx, id),
  TeamInvitation: (ctx, id: number) => teamInvitationById(ctx, id),
};

function fetchNode(ctx: Context, id: string): Promise<Node | null> {
  const { type, key } = fromGlobalId(id);
  return FETCH[type](ctx, key as never);
}

@Resolver()
export class NodeResolver {
  @Public()
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global ID; null when it does not exist or is not visible to you.',
  })
  node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'A global ID.' }) id: string) {
    return fetchNode(ctx, id);
  }

  @Public()
  @Query(() => [Node], {
    nullable: 'items',
    description: `Several objects by global ID (at most ${MAX_PAGE_SIZE}), in the order asked; null for any that does not exist or is not visible.`,
  })
  nodes(@Ctx() ctx: Context, @Arg('ids', () => [ID], { description: 'Global IDs.' }) ids: string[]) {
    if (ids.length > MAX_PAGE_SIZE) {
      throw badUserInput(`Ask for at most ${MAX_PAGE_SIZE} IDs at once; got ${ids.length}.`, 'ids');
    }
    ids.forEach((id) => fromGlobalId(id)); // reject a malformed ID before fetching any
    return Promise.all(ids.map((id) => fetchNode(ctx, id)));
  }
}
