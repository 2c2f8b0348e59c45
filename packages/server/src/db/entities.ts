import { Region } from '../modules/region/region.entity';
import { BusinessUnit, Cooperative, CooperativeOfficer } from '../modules/cooperative/cooperative.entity';
import { Offering, OfferingDeliveryRegion } from '../modules/offering/offering.entity';
import { Partner, PartnerCoverage } from '../modules/partner/partner.entity';
import { Program, ProgramCoverage } from '../modules/program/program.entity';
import { PartnerRequest } from '../modules/request/partner-request.entity';
import { Mentor, MentorAssignment } from '../modules/mentor/mentor.entity';
import { ApiToken, Membership, Session, User } from '../modules/account/account.entity';
import { CooperativeDocument } from '../modules/document/document.entity';
import { CooperativeAttestation } from '../modules/attestation/attestation.entity';
import {
  Proposal,
  ProposalEvent,
  ProposalMessage,
  ProposalPoolMember,
  ProposalTerms,
} from '../modules/proposal/proposal.entity';
import { Notification } from '../modules/notification/notification.entity';
import { SavedSearch } from '../modules/saved-search/saved-search.entity';
import { PassportShare } from '../modules/readiness/readiness.entity';
import {
  SimkopdesChange,
  SimkopdesConflict,
  SimkopdesImport,
  SimkopdesRecord,
} from '../modules/simkopdes/simkopdes.entity';
import { WebhookDelivery, WebhookEndpoint } from '../modules/webhook/webhook.entity';
import { ListingMatch } from '../modules/matching/listing-match.entity';
import { DeadlineReminder } from '../modules/notification/deadline-reminder.entity';
import { TeamEvent, TeamInvitation } from '../modules/team/team.entity';

/** Every MikroORM entity, listed explicitly so no folder scanning happens at start. */
export const ENTITIES = [
  Region,
  Cooperative,
  BusinessUnit,
  CooperativeOfficer,
  CooperativeDocument,
  CooperativeAttestation,
  Offering,
  OfferingDeliveryRegion,
  Partner,
  PartnerCoverage,
  Program,
  ProgramCoverage,
  PartnerRequest,
  Mentor,
  MentorAssignment,
  User,
  Membership,
  Session,
  ApiToken,
  Proposal,
  ProposalTerms,
  ProposalEvent,
  ProposalMessage,
  ProposalPoolMember,
  Notification,
  SavedSearch,
  PassportShare,
  SimkopdesImport,
  SimkopdesChange,
  SimkopdesConflict,
  SimkopdesRecord,
  WebhookEndpoint,
  WebhookDelivery,
  ListingMatch,
  DeadlineReminder,
  TeamInvitation,
  TeamEvent,
];
