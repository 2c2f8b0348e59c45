import 'reflect-metadata';
import { printSchema, type GraphQLSchema } from 'graphql';
import { ArgumentValidationError, buildSchema, type PubSub } from 'type-graphql';
import { validate } from 'class-validator';
import { authChecker } from '../graphql/access';
import { streamlineFieldResolvers } from '../graphql/field-resolvers';
import { MutationInput } from '../graphql/payload';
import { VALIDATOR_OPTIONS } from '../graphql/user-error';
import { NodeResolver } from './node.resolver';
import { RegionResolver } from '../modules/region/region.resolver';
import { RegionFields } from '../modules/region/region.fields';
import { CooperativeResolver } from '../modules/cooperative/cooperative.resolver';
import { CooperativeFields, MembershipCooperativeFields } from '../modules/cooperative/cooperative.fields';
import { OfferingResolver } from '../modules/offering/offering.resolver';
import { CooperativeOfferingsFields, OfferingFields } from '../modules/offering/offering.fields';
import { PartnerResolver } from '../modules/partner/partner.resolver';
import { MembershipPartnerFields, PartnerFields } from '../modules/partner/partner.fields';
import { ProgramResolver } from '../modules/program/program.resolver';
import { PartnerProgramsFields, ProgramFields } from '../modules/program/program.fields';
import { PartnerRequestResolver } from '../modules/request/partner-request.resolver';
import { PartnerRequestFields, PartnerRequestsFields } from '../modules/request/partner-request.fields';
import { MentorResolver } from '../modules/mentor/mentor.resolver';
import {
  CooperativeMentorFields,
  MembershipMentorFields,
  MentorFields,
} from '../modules/mentor/mentor.fields';
import { AccountResolver } from '../modules/account/account.resolver';
import { MembershipScopeFields } from '../modules/account/membership-scope.fields';
import { VerificationResolver } from '../modules/verification/verification.resolver';
import { DashboardResolver, DinasDashboardTrendField } from '../modules/dashboard/dashboard.resolver';
import { ProposalResolver } from '../modules/proposal/proposal.resolver';
import { SearchResolver } from '../modules/search/search.resolver';
import { NotificationResolver } from '../modules/notification/notification.resolver';
import { SavedSearchResolver } from '../modules/saved-search/saved-search.resolver';
import { MatchingResolver } from '../modules/matching/matching.resolver';
import {
  MatchGapFields,
  MatchReasonFields,
  RecommendedCooperativeFields,
  RecommendedPartnerFields,
  RecommendedRequestFields,
} from '../modules/matching/matching.fields';
import { DocumentResolver } from '../modules/document/document.resolver';
import { CooperativeDocumentFields } from '../modules/document/document.fields';
import { EligibilityResolver } from '../modules/eligibility/eligibility.resolver';
import { AttestationResolver } from '../modules/attestation/attestation.resolver';
import { ReadinessResolver } from '../modules/readiness/readiness.resolver';
import { SimkopdesResolver } from '../modules/simkopdes/simkopdes.resolver';
import { WebhookResolver } from '../modules/webhook/webhook.resolver';
import { EmailResolver } from '../modules/email/email.resolver';
import { TeamFields, TeamResolver } from '../modules/team/team.resolver';
import { AttestationFields, CooperativeAttestationFields } from '../modules/attestation/attestation.fields';
import {
  CooperativeProposalFields,
  OfferingPoolFields,
  PartnerProposalFields,
  PoolMemberFields,
  PoolShareFields,
  ProposalEventFields,
  ProposalFields,
  ProposalMessageFields,
  ProposalTermsFields,
} from '../modules/proposal/proposal.fields';

const RESOLVERS = [
  NodeResolver,
  RegionResolver,
  RegionFields,
  CooperativeResolver,
  CooperativeFields,
  OfferingResolver,
  OfferingFields,
  CooperativeOfferingsFields,
  PartnerResolver,
  PartnerFields,
  ProgramResolver,
  ProgramFields,
  PartnerProgramsFields,
  PartnerRequestResolver,
  PartnerRequestFields,
  PartnerRequestsFields,
  MentorResolver,
  MentorFields,
  AccountResolver,
  MembershipCooperativeFields,
  MembershipPartnerFields,
  MembershipMentorFields,
  CooperativeMentorFields,
  MembershipScopeFields,
  VerificationResolver,
  ProposalResolver,
  ProposalFields,
  ProposalTermsFields,
  PoolShareFields,
  PoolMemberFields,
  ProposalEventFields,
  ProposalMessageFields,
  CooperativeProposalFields,
  PartnerProposalFields,
  OfferingPoolFields,
  DashboardResolver,
  DinasDashboardTrendField,
  SearchResolver,
  NotificationResolver,
  SavedSearchResolver,
  MatchingResolver,
  RecommendedPartnerFields,
  RecommendedCooperativeFields,
  RecommendedRequestFields,
  MatchReasonFields,
  MatchGapFields,
  DocumentResolver,
  CooperativeDocumentFields,
  EligibilityResolver,
  AttestationResolver,
  ReadinessResolver,
  SimkopdesResolver,
  WebhookResolver,
  EmailResolver,
  CooperativeAttestationFields,
  AttestationFields,
  TeamResolver,
  TeamFields,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/**
 * type-graphql insists on a pubSub once a subscription exists, but ours bring their own `subscribe`
 * (the notification bus in AppServices, reached through the context); topics are not used.
 */
const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error(
      'Subscriptions publish through their own bus (see AppServices), not type-graphql topics.',
    );
  },
  subscribe: () => {
    throw new Error(
      'Subscriptions subscribe through their own bus (see AppServices), not type-graphql topics.',
    );
  },
};

/**
 * Argument values already found valid, by class and value: a page of 20 cooperatives asks for
 * `offerings(first: 5)` 20 times, and class-validator would check the same object each time.
 * Validation depends on the values alone; only successes are kept, so refusals are reported anew.
 */
const validArguments = {
  keys: new Set<string>(),
  keyOf: (value: object) => `${value.constructor.name}\u0000${JSON.stringify(value)}`,
  has(key: string) {
    return this.keys.has(key);
  },
  add(key: string) {
    // A bound on memory: argument values vary with user input (filters, cursors).
    if (this.keys.size >= 10_000) this.keys.clear();
    this.keys.add(key);
  },
};

/** Builds the schema once per process (type-graphql metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    pubSub: NO_TOPICS,
    validateFn: async (argValue) => {
      // Mutation inputs are validated by mutate() into payload userErrors; other arguments
      // (filters, pagination) fail the whole request with BAD_USER_INPUT.
      if (argValue === null || typeof argValue !== 'object' || argValue instanceof MutationInput) return;
      const key = validArguments.keyOf(argValue);
      if (validArguments.has(key)) return;
      const errors = await validate(argValue, VALIDATOR_OPTIONS);
      if (errors.length > 0) throw new ArgumentValidationError(errors);
      validArguments.add(key);
    },
  }).then((schema) => {
    // type-graphql gives the root types no description; the schema is the API's manual.
    schema.getQueryType()!.description =
      'Read access to MitraDesa: regions, cooperatives, offerings, partners, programs, requests, mentors, proposals and the viewer.';
    schema.getMutationType()!.description =
      'Changes to MitraDesa. Each takes one `input` and returns a payload whose `userErrors` say why it was refused.';
    schema.getSubscriptionType()!.description =
      'Live updates for the signed-in user, over WebSocket (graphql-ws protocol) on the same /graphql path.';
    streamlineFieldResolvers(schema);
    return schema;
  });
  return built;
}

/** The SDL committed as schema.graphql (declaration order, so enums keep their meaningful order). */
export async function printedSchema(): Promise<string> {
  return `${printSchema(await getSchema())}\n`;
}
