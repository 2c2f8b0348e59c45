import type { EntityName, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BusinessUnit, Cooperative, CooperativeOfficer } from '../../modules/cooperative/cooperative.entity';
import { CooperativeDocument } from '../../modules/document/document.entity';
import { Mentor, MentorAssignment } from '../../modules/mentor/mentor.entity';
import { Offering, OfferingDeliveryRegion } from '../../modules/offering/offering.entity';
import { Partner, PartnerCoverage } from '../../modules/partner/partner.entity';
import { Program, ProgramCoverage } from '../../modules/program/program.entity';
import { PartnerRequest } from '../../modules/request/partner-request.entity';
import { Membership, User } from '../../modules/account/account.entity';
import {
  Proposal,
  ProposalEvent,
  ProposalMessage,
  ProposalTerms,
} from '../../modules/proposal/proposal.entity';
import { buildCooperatives, type CooperativeSeed } from './cooperatives';
import { buildDocuments, shapeDemoCooperativeDocuments } from './documents';
import { insertDemoUsers } from './demo-users';
import { loadGeography, SECOND_PROVINCE_CODE, SECOND_PROVINCE_REGENCIES, type Geography } from './geography';
import { buildMentors, type MentorSeed } from './mentors';
import { buildOfferings, type OfferingSeed } from './offerings';
import { buildPartners, type PartnerSeed } from './partners';
import { buildProposals, demoParties } from './proposals';
import { REFRESH_MATCH_RESPONSIVENESS_SQL } from '../../modules/matching/matching.responsiveness';

export interface SeedSummary {
  cooperatives: number;
  units: number;
  officers: number;
  offerings: number;
  partners: number;
  programs: number;
  requests: number;
  mentors: number;
  assignments: number;
  users: number;
  proposals: number;
  /** Wall-clock time of the whole seed, in milliseconds. */
  ms: number;
}

/**
 * Every table the seed fills, parents before children (the insert order). The regions are not
 * among them: they are reference data, loaded with the migrations (db/regions.ts).
 */
const SEEDED_ENTITIES = [
  Cooperative,
  BusinessUnit,
  CooperativeOfficer,
  CooperativeDocument,
  Partner,
  PartnerCoverage,
  Program,
  ProgramCoverage,
  PartnerRequest,
  Offering,
  OfferingDeliveryRegion,
  Mentor,
  MentorAssignment,
  User,
  Membership,
  Proposal,
  ProposalTerms,
  ProposalEvent,
  ProposalMessage,
] as const;

/** Rows per INSERT statement: well below PostgreSQL's 65,535 bind parameters for the widest table. */
const CHUNK_SIZE = 1000;

/** Serialises concurrent seeders (e.g. the server's start-up seed and `pnpm seed`). */
const LOCK_SQL = "select pg_advisory_xact_lock(hashtext('mitradesa:demo-seed'))";

interface DemoData {
  geography: Geography;
  cooperatives: CooperativeSeed;
  /** Cooperatives of the second province (ids after West Kalimantan's): no offerings, mentors or stories. */
  secondProvince: CooperativeSeed;
  partners: PartnerSeed;
  offerings: OfferingSeed;
  mentors: MentorSeed;
}

/**
 * The demo data is present once there are cooperatives (everything else hangs off them).
 * Pass a forked EntityManager: the global one is not allowed (`allowGlobalContext: false`).
 */
export async function isDemoSeeded(em: EntityManager): Promise<boolean> {
  return (await em.count(Cooperative, {})) > 0;
}

/** Every search document from the rows (the function comes from migration 20261128083947). */
const REBUILD_SEARCH_DOCUMENTS_SQL = `select search_document_rebuild(t)
  from unnest(array['COOPERATIVE', 'OFFERING', 'PARTNER', 'PROGRAM', 'REQUEST']) as t`;

/**
 * Loads the deterministic demo data in one transaction. Without `reset` an already seeded database
 * is left alone (returns null); with `reset` the seeded tables (and whatever references them) are
 * truncated first, so every run yields identical rows and ids.
 */
export async function seedDemoData(
  em: EntityManager,
  options: { reset: boolean },
): Promise<SeedSummary | null> {
  const started = Date.now();
  const counts = await em.transactional(async (tx) => {
    await tx.execute(LOCK_SQL);
    // The search documents are built once at the end rather than after every inserted chunk.
    await tx.execute(`set local mitradesa.defer_search_documents = 'on'`);
    if (options.reset) await truncateSeededTables(tx);
    else if (await isDemoSeeded(tx)) return null;
    const data = buildDemoData();
    await insertDemoData(tx, data);
    const users = await insertDemoUsers(tx);
    await shapeDemoCooperativeDocuments(tx);
    const proposals = await insertProposals(tx, data);
    await resetSequences(tx);
    await tx.execute(`set local mitradesa.defer_search_documents = 'off'`);
    await tx.execute(REBUILD_SEARCH_DOCUMENTS_SQL);
    await tx.execute(REFRESH_MATCH_RESPONSIVENESS_SQL);
    return { ...countRows(data), users, proposals };
  });
  // Measured after the commit, so the figure is what a caller waits for.
  return counts && { ...counts, ms: Date.now() - started };
}

/** Generates every row in memory; ids are assigned here so relations can refer to them. */
function buildDemoData(): DemoData {
  const geography = loadGeography();
  const cooperatives = buildCooperatives(geography);
  return {
    geography,
    cooperatives,
    secondProvince: buildCooperatives(loadGeography([SECOND_PROVINCE_CODE], SECOND_PROVINCE_REGENCIES), {
      stream: 'cooperatives-second-province',
      after: cooperatives,
    }),
    partners: buildPartners(geography),
    offerings: buildOfferings(cooperatives.profiles),
    mentors: buildMentors(geography, cooperatives.profiles),
  };
}

async function insertDemoData(tx: EntityManager, data: DemoData): Promise<void> {
  const both = [data.cooperatives, data.secondProvince];
  await insertInChunks(
    tx,
    Cooperative,
    both.flatMap((seed) => seed.cooperatives),
  );
  await insertInChunks(
    tx,
    BusinessUnit,
    both.flatMap((seed) => seed.units),
  );
  await insertInChunks(
    tx,
    CooperativeOfficer,
    both.flatMap((seed) => seed.officers),
  );
  await insertInChunks(
    tx,
    CooperativeDocument,
    buildDocuments(
      both.flatMap((seed) => seed.cooperatives),
      both.flatMap((seed) => seed.profiles),
    ),
  );
  await insertInChunks(tx, Partner, data.partners.partners);
  await insertInChunks(tx, PartnerCoverage, data.partners.partnerCoverage);
  await insertInChunks(tx, Program, data.partners.programs);
  await insertInChunks(tx, ProgramCoverage, data.partners.programCoverage);
  await insertInChunks(tx, PartnerRequest, data.partners.requests);
  await insertInChunks(tx, Offering, data.offerings.offerings);
  await insertInChunks(tx, OfferingDeliveryRegion, data.offerings.deliveryRegions);
  await insertInChunks(tx, Mentor, data.mentors.mentors);
  await insertInChunks(tx, MentorAssignment, data.mentors.assignments);
}

/** Proposals come last: their stories involve the demo accounts, who exist only now. */
async function insertProposals(tx: EntityManager, data: DemoData): Promise<number> {
  const seed = buildProposals({
    cooperatives: data.cooperatives.profiles,
    offerings: data.offerings.offerings,
    partners: data.partners.partners,
    partnerCoverage: data.partners.partnerCoverage,
    programCoverage: data.partners.programCoverage,
    programs: data.partners.programs,
    requests: data.partners.requests,
    assignments: data.mentors.assignments,
    demo: await demoParties(tx),
  });
  await insertInChunks(tx, Proposal, seed.proposals);
  await insertInChunks(tx, ProposalTerms, seed.terms);
  await insertInChunks(tx, ProposalEvent, seed.events);
  await insertInChunks(tx, ProposalMessage, seed.messages);
  return seed.proposals.length;
}

/** Bulk inserts of plain rows: no entity instances, no unit of work, one statement per chunk. */
async function insertInChunks<T extends object>(
  tx: EntityManager,
  entity: EntityName<T>,
  rows: RequiredEntityData<T>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    await tx.insertMany<T>(entity, rows.slice(start, start + CHUNK_SIZE));
  }
}

function tableNames(tx: EntityManager): string[] {
  return SEEDED_ENTITIES.map(
    (entity) => tx.getMetadata().find(entity.name)?.tableName ?? missingMetadata(entity.name),
  );
}

/** `restart identity` resets the serial sequences, so the reloaded ids start at 1 again. */
async function truncateSeededTables(tx: EntityManager): Promise<void> {
  const tables = tableNames(tx)
    .map((table) => `"${table}"`)
    .join(', ');
  await tx.execute(`truncate table ${tables} restart identity cascade`);
}

/**
 * The seed writes explicit ids, which does not advance the serial sequences; move each one past the
 * highest id so that rows created later through the API get fresh ids.
 */
async function resetSequences(tx: EntityManager): Promise<void> {
  for (const entity of SEEDED_ENTITIES) {
    const meta = tx.getMetadata().find(entity.name) ?? missingMetadata(entity.name);
    const serial = meta.primaryKeys.map((key) => meta.properties[key]).find((prop) => prop.autoincrement);
    if (!serial) continue;
    const [table, column] = [meta.tableName, serial.fieldNames[0]];
    await tx.execute(
      `select setval(pg_get_serial_sequence('"${table}"', '${column}'), ` +
        `coalesce((select max("${column}") from "${table}"), 1), ` +
        `(select count(*) > 0 from "${table}"))`,
    );
  }
}

function missingMetadata(name: string): never {
  throw new Error(`No MikroORM metadata for ${name}; is it listed in src/db/entities.ts?`);
}

function countRows(data: DemoData): Omit<SeedSummary, 'ms' | 'users' | 'proposals'> {
  return {
    cooperatives: data.cooperatives.cooperatives.length + data.secondProvince.cooperatives.length,
    units: data.cooperatives.units.length + data.secondProvince.units.length,
    officers: data.cooperatives.officers.length + data.secondProvince.officers.length,
    offerings: data.offerings.offerings.length,
    partners: data.partners.partners.length,
    programs: data.partners.programs.length,
    requests: data.partners.requests.length,
    mentors: data.mentors.mentors.length,
    assignments: data.mentors.assignments.length,
  };
}
