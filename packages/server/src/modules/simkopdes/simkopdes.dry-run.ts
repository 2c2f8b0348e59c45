import { BusinessUnitType, OfficerRole } from '../cooperative/cooperative.entity';
import { DocumentType } from '../document/document-type';
import {
  SIMKOPDES_FORMAT,
  SIMKOPDES_TABLES,
  tablesInReadingOrder,
  type SimkopdesTable,
} from './simkopdes.format';
import {
  bankNameOf,
  businessUnitStatusOf,
  businessUnitTypeOf,
  comparable,
  documentTypeOf,
  isMasked,
  koperasiRefOf,
  managementPatternOf,
  membershipStatusOf,
  officerRoleOf,
  readDate,
  villageCodeOf,
  type MembershipStatus,
} from './simkopdes.normalise';
import { readSimkopdes, type FileIssue, type SimkopdesRow, type SimkopdesSource } from './simkopdes.read';
import { anyRegionCovers } from '../region/region-scope';
import { EDITED_IN_MITRADESA } from './simkopdes.sync';
import {
  checkRow,
  type Finding,
  type NoteCode,
  type RejectionCode,
  type RowCheck,
} from './simkopdes.validate';

/**
 * The dry run of a SIMKOPDES import: what importing a set of files would do, row by row, without
 * writing anything.
 *
 * How rows are matched. A SIMKOPDES cooperative is `koperasi_ref`; ours keeps the ref an import
 * linked it by (`cooperative.simkopdes_ref`) and is otherwise known by its village (one cooperative
 * per village, `cooperative.village_code`). So the links of referensi_koperasi_wilayah are read
 * first (pass 1), each checked against the `region` table (a known village) and the `cooperative`
 * table (by ref, then by village: matched, else created; a ref and village that disagree with
 * ours are refused). Every other row (pass 2) reaches its cooperative through that link and is
 * compared with what the cooperative already has (its profile, officers, units, documents); a
 * record MitraDesa edited since the last import is kept (CONFLICT, see simkopdes.sync.ts).
 *
 * Scale. Rows are read as a stream and decided in batches of a few thousand; each batch costs one
 * statement per kind of existing record it needs (`= any($1)`), never one per row. What stays in
 * memory is one small entry per cooperative (the ref → village link, needed to match every later
 * row), counts, and a capped sample of rejected rows; each row's report is handed to `onRow` and
 * dropped, so a caller can stream the full report out.
 */

/**
 * What importing the row would do. CONFLICT: its values differ from a record MitraDesa edited
 * since the last import, which is kept (a conflict is raised to resolve). COUNTED: a member row,
 * which adds to its cooperative's member count rather than becoming a record. SKIPPED: a valid row
 * with nothing of ours to become (a vice-chair).
 */
export type Outcome = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'CONFLICT' | 'COUNTED' | 'SKIPPED' | 'REJECTED';

export const OUTCOMES: readonly Outcome[] = [
  'CREATE',
  'UPDATE',
  'UNCHANGED',
  'CONFLICT',
  'COUNTED',
  'SKIPPED',
  'REJECTED',
];

export interface RowReport {
  table: SimkopdesTable;
  source: string;
  rowNumber: number;
  koperasiRef: string | null;
  outcome: Outcome;
  rejections: Finding<RejectionCode>[];
  notes: Finding<NoteCode>[];
  /** For UPDATE and CONFLICT: the SIMKOPDES columns whose values differ from ours. */
  changes?: string[];
  /** A link row's cooperative of ours, when matched (the apply writes the row's records into it). */
  cooperativeId?: number;
  /** The row's values, when the caller asked for them (`withValues`: the apply writes them). */
  values?: Record<string, string>;
}

export interface TableCounts {
  rows: number;
  outcomes: Record<Outcome, number>;
  rejections: Partial<Record<RejectionCode, number>>;
  notes: Partial<Record<NoteCode, number>>;
}

export interface DryRunReport {
  tables: Record<SimkopdesTable, TableCounts>;
  /** Problems with whole files or sheets (unknown tables and columns, missing columns). */
  issues: FileIssue[];
  /** The first rejected rows, in reading order. */
  rejectedSample: RowReport[];
  /** One example of each rejection code, so a rare one is shown even after the sample is full. */
  firstRejectionByCode: Partial<Record<RejectionCode, RowReport>>;
  cooperatives: { linked: number; new: number; matched: number };
  /** Cooperatives with member rows whose approved count differs from ours (new ones excluded). */
  memberCounts: { counted: number; differing: number };
  members: Record<MembershipStatus, number>;
  banks: { canonical: Record<string, number>; unknownSpellings: Record<string, number> };
  elapsedMs: number;
}

/** Reads the database with `$1` parameters: a pg Pool or Client fits (see `sqlReaderOf`). */
export interface SqlReader {
  query<R>(text: string, values: unknown[]): Promise<R[]>;
}

export function sqlReaderOf(client: {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}): SqlReader {
  return {
    async query<R>(text: string, values: unknown[]) {
      return (await client.query(text, values)).rows as R[];
    },
  };
}

export interface DryRunOptions {
  /** Rows decided per database round trip (default 2,000). */
  batchSize?: number;
  /** Rejected rows kept in the report (default 100). */
  sampleSize?: number;
  /** Every row's report, in reading order; awaited, so a slow writer slows the reading. */
  onRow?: (row: RowReport) => void | Promise<void>;
  /** Hand each row's values to `onRow` too (the apply reads them; a report keeps them out). */
  withValues?: boolean;
  /**
   * The regions the importer oversees (a Dinas office): links to villages elsewhere are rejected
   * as OUTSIDE_SCOPE, and with them the cooperative's other rows. Absent or null: everywhere.
   */
  scope?: readonly string[] | null;
}

/** A SIMKOPDES cooperative as the links table named it. */
interface CooperativeLink {
  villageCode: string | null;
  /** Ours in that village, if any. */
  cooperativeId: number | null;
  /** False when its link row was rejected: its other rows are rejected too. */
  accepted: boolean;
  profileSeen: boolean;
  approvedMembers: number;
}

/** Distinct spellings of unknown banks kept for the report; more are counted under "(other)". */
const UNKNOWN_BANK_SPELLINGS_KEPT = 200;

const DEFAULT_BATCH_SIZE = 2000;
const DEFAULT_SAMPLE_SIZE = 100;

/** What importing the source would do, checked against the database `db`. */
export async function dryRunSimkopdes(
  source: SimkopdesSource,
  db: SqlReader,
  options: DryRunOptions = {},
): Promise<DryRunReport> {
  const run = new DryRun(db, options);
  return run.run(source);
}

function emptyCounts(): TableCounts {
  return {
    rows: 0,
    outcomes: Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Record<Outcome, number>,
    rejections: {},
    notes: {},
  };
}

/** A row with its own checks done, waiting in a batch for the database. */
interface PendingRow {
  row: SimkopdesRow;
  check: RowCheck;
  ref: string | null;
}

class DryRun {
  private readonly batchSize: number;
  private readonly sampleSize: number;
  private readonly links = new Map<string, CooperativeLink>();
  /** village code → the ref that claimed it first in the file. */
  private readonly villageClaims = new Map<string, string>();
  private readonly outletTypes = new Map<string, string>();
  private readonly documentTypes = new Map<string, string>();
  private readonly report: DryRunReport;

  constructor(
    private readonly db: SqlReader,
    private readonly options: DryRunOptions,
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.sampleSize = options.sampleSize ?? DEFAULT_SAMPLE_SIZE;
    this.report = {
      tables: Object.fromEntries(SIMKOPDES_TABLES.map((table) => [table, emptyCounts()])) as Record<
        SimkopdesTable,
        TableCounts
      >,
      issues: [],
      rejectedSample: [],
      firstRejectionByCode: {},
      cooperatives: { linked: 0, new: 0, matched: 0 },
      memberCounts: { counted: 0, differing: 0 },
      members: { APPROVED: 0, REQUESTED: 0, REJECTED: 0 },
      banks: { canonical: {}, unknownSpellings: {} },
      elapsedMs: 0,
    };
  }

  async run(source: SimkopdesSource): Promise<DryRunReport> {
    const started = Date.now();
    const order = tablesInReadingOrder();
    const referenceTables = new Set(order.filter((table) => SIMKOPDES_FORMAT[table].phase === 'reference'));
    const detailTables = new Set(order.filter((table) => SIMKOPDES_FORMAT[table].phase === 'detail'));
    // Within a pass the order of files or sheets does not matter: the links are all read first.
    await this.pass(source, referenceTables, false);
    await this.pass(source, detailTables, true);
    await this.compareMemberCounts();
    this.report.elapsedMs = Date.now() - started;
    return this.report;
  }

  private async pass(
    source: SimkopdesSource,
    tables: ReadonlySet<SimkopdesTable>,
    reportUnknownTables: boolean,
  ) {
    let batch: PendingRow[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const rows = batch;
      batch = [];
      await this.decideBatch(rows[0].row.table, rows);
    };
    for await (const event of readSimkopdes(source, { tables, reportUnknownTables })) {
      if (event.kind === 'issue') {
        this.report.issues.push(event);
        continue;
      }
      if (batch.length > 0 && batch[0].row.table !== event.table) await flush();
      const cooperativeColumn = SIMKOPDES_FORMAT[event.table].cooperativeColumn;
      const ref = cooperativeColumn ? koperasiRefOf(event.values[cooperativeColumn] ?? '') : null;
      batch.push({ row: event, check: checkRow(event.table, event.values, event.fieldCountMismatch), ref });
      if (batch.length >= this.batchSize) await flush();
    }
    await flush();
  }

  private async decideBatch(table: SimkopdesTable, rows: PendingRow[]): Promise<void> {
    switch (table) {
      case 'referensi_koperasi_wilayah':
        return this.decideLinks(rows);
      case 'referensi_gerai_koperasi':
        return this.decideTypeList(rows, 'jenis_gerai_ref', this.outletTypes, (name) => {
          const { known } = businessUnitTypeOf(name);
          return known ? null : 'UNKNOWN_OUTLET_TYPE';
        });
      case 'referensi_dokumen_koperasi':
        return this.decideTypeList(rows, 'jenis_dokumen_ref', this.documentTypes, (name) => {
          const { known } = documentTypeOf(name);
          return known ? null : 'UNKNOWN_DOCUMENT_TYPE';
        });
      case 'profil_koperasi':
        return this.decideProfiles(rows);
      case 'pengurus_koperasi':
        return this.decideOfficers(rows);
      case 'gerai_koperasi':
        return this.decideOutlets(rows);
      case 'dokumen_koperasi':
        return this.decideDocuments(rows);
      case 'akun_bank_koperasi':
        return this.decideBankAccounts(rows);
      case 'anggota_koperasi':
        return this.decideMembers(rows);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Pass 1: the links and the two type lists

  /**
   * A link row finds its cooperative by the ref first (the external id an earlier import kept),
   * then by the village. Where the two disagree the row is refused rather than a cooperative moved
   * or relinked: the ref's cooperative in another village (REF_VILLAGE_MISMATCH), or the village's
   * cooperative linked to another ref (VILLAGE_LINKED_TO_OTHER_REF).
   */
  private async decideLinks(rows: PendingRow[]): Promise<void> {
    const codes = [
      ...new Set(
        rows.map(({ row }) => villageCodeOf(row.values.kode_wilayah ?? '')).filter((code) => code !== null),
      ),
    ];
    const refs = [...new Set(rows.map(({ ref }) => ref).filter((ref) => ref !== null))];
    const [found, linked] = await Promise.all([
      this.db.query<{ code: string; level: string; cooperative_id: number | null; ref: string | null }>(
        `select r.code, r.level, c.id as cooperative_id, c.simkopdes_ref as ref
           from region r left join cooperative c on c.village_code = r.code
          where r.code = any($1::text[])`,
        [codes],
      ),
      this.db.query<{ id: number; ref: string; village_code: string }>(
        'select id, simkopdes_ref as ref, village_code from cooperative where simkopdes_ref = any($1::text[])',
        [refs],
      ),
    ]);
    const villages = new Map(found.map((village) => [village.code, village]));
    const byRef = new Map(linked.map((cooperative) => [cooperative.ref, cooperative]));
    for (const pending of rows) {
      const { row, check, ref } = pending;
      const code = villageCodeOf(row.values.kode_wilayah ?? '');
      const reject = (rejection: RejectionCode, column: string, message: string) =>
        check.rejections.push({ code: rejection, column, message });
      const village = code ? villages.get(code) : undefined;
      const ours = ref ? byRef.get(ref) : undefined;
      if (ref && this.links.has(ref)) {
        reject('DUPLICATE_KOPERASI_REF', 'koperasi_ref', `${ref} is linked to a village by an earlier row.`);
      } else if (check.rejections.length === 0 && code) {
        const claimedBy = this.villageClaims.get(code);
        if (!village || village.level !== 'VILLAGE')
          reject(
            'UNKNOWN_VILLAGE_CODE',
            'kode_wilayah',
            `${code} is not a village in the Kemendagri regions.`,
          );
        else if (this.options.scope && !anyRegionCovers(this.options.scope, code))
          reject(
            'OUTSIDE_SCOPE',
            'kode_wilayah',
            `${code} lies outside the regions you oversee (${this.options.scope.join(', ')}).`,
          );
        else if (claimedBy)
          reject(
            'VILLAGE_ALREADY_TAKEN',
            'kode_wilayah',
            `${code} is already the village of ${claimedBy}; a village has one cooperative.`,
          );
        else if (ours && ours.village_code !== code)
          reject(
            'REF_VILLAGE_MISMATCH',
            'kode_wilayah',
            `${ref} is the cooperative of village ${ours.village_code} in MitraDesa, but this row places it in ${code}; a cooperative is not moved by an import (correct the village in SIMKOPDES or in MitraDesa).`,
          );
        else if (!ours && village.ref !== null && village.ref !== ref)
          reject(
            'VILLAGE_LINKED_TO_OTHER_REF',
            'koperasi_ref',
            `The cooperative of village ${code} in MitraDesa is SIMKOPDES's ${village.ref}, not ${ref}; one village has one cooperative.`,
          );
      }
      // A well-formed ref is remembered even when its row is refused, so its other rows are
      // refused with the reason and a repeat of it is a duplicate.
      const accepted = check.rejections.length === 0;
      const cooperativeId = accepted && code ? (ours?.id ?? village?.cooperative_id ?? null) : null;
      if (ref && !this.links.has(ref))
        this.links.set(ref, {
          villageCode: accepted ? code : null,
          cooperativeId,
          accepted,
          profileSeen: false,
          approvedMembers: 0,
        });
      if (accepted && code && ref) {
        this.villageClaims.set(code, ref);
        this.report.cooperatives.linked += 1;
        if (cooperativeId === null) this.report.cooperatives.new += 1;
        else this.report.cooperatives.matched += 1;
      }
      await this.record(
        pending,
        accepted ? (cooperativeId === null ? 'CREATE' : 'UNCHANGED') : 'REJECTED',
        undefined,
        cooperativeId ?? undefined,
      );
    }
  }

  /** A type list row names no record of ours: it is UNCHANGED (known) or noted (unknown). */
  private async decideTypeList(
    rows: PendingRow[],
    refColumn: string,
    types: Map<string, string>,
    unknownNote: (name: string) => NoteCode | null,
  ): Promise<void> {
    for (const pending of rows) {
      const { row, check } = pending;
      const typeRef = row.values[refColumn] ?? '';
      const name = row.values.nama ?? '';
      if (check.rejections.length === 0 && types.has(typeRef))
        check.rejections.push({
          code: 'DUPLICATE_TYPE_REF',
          column: refColumn,
          message: `${typeRef} is listed by an earlier row.`,
        });
      if (check.rejections.length === 0) {
        types.set(typeRef, name);
        const note = unknownNote(name);
        // The enum check already noted the unknown name; this says what becomes of it.
        if (note)
          check.notes.push({ code: note, column: 'nama', message: `"${name}" is imported as OTHER.` });
      }
      await this.record(pending, check.rejections.length === 0 ? 'UNCHANGED' : 'REJECTED');
    }
  }

  // -------------------------------------------------------------------------------------------
  // Pass 2: rows of a cooperative

  /**
   * The row's cooperative link, or null after rejecting the row for an unknown or refused ref.
   * Rows already refused by their own checks also answer null.
   */
  private linkOf(pending: PendingRow): CooperativeLink | null {
    const { check, ref } = pending;
    if (check.rejections.length > 0 || !ref) return null;
    const link = this.links.get(ref);
    if (!link || !link.accepted) {
      check.rejections.push({
        code: 'UNKNOWN_COOPERATIVE_REF',
        column: 'koperasi_ref',
        message: link
          ? `${ref}'s row in referensi_koperasi_wilayah was rejected.`
          : `${ref} has no row in referensi_koperasi_wilayah.`,
      });
      return null;
    }
    return link;
  }

  /** Ids of the existing cooperatives the batch's rows belong to (for the batch's one query). */
  private existingIds(rows: PendingRow[]): number[] {
    const ids = new Set<number>();
    for (const { ref, check } of rows) {
      if (!ref || check.rejections.length > 0) continue;
      const link = this.links.get(ref);
      if (link?.accepted && link.cooperativeId !== null) ids.add(link.cooperativeId);
    }
    return [...ids];
  }

  private async grouped<R extends { cooperative_id: number }>(
    sql: string,
    ids: number[],
    extra: unknown[] = [],
  ): Promise<Map<number, R[]>> {
    const byCooperative = new Map<number, R[]>();
    if (ids.length === 0) return byCooperative;
    for (const record of await this.db.query<R>(sql, [ids, ...extra])) {
      const list = byCooperative.get(record.cooperative_id);
      if (list) list.push(record);
      else byCooperative.set(record.cooperative_id, [record]);
    }
    return byCooperative;
  }

  private async decideProfiles(rows: PendingRow[]): Promise<void> {
    // `edited`: changed in MitraDesa since the last import (the apply raises conflicts by it).
    const existing = await this.grouped<{
      cooperative_id: number;
      name: string;
      management_pattern: string;
      edited: boolean;
    }>(
      `select c.id as cooperative_id, c.name, c.management_pattern, ${EDITED_IN_MITRADESA.profile} as edited
         from cooperative c where c.id = any($1::int[])`,
      this.existingIds(rows),
    );
    for (const pending of rows) {
      const link = this.linkOf(pending);
      if (!link) {
        await this.record(pending, 'REJECTED');
        continue;
      }
      if (link.profileSeen) {
        pending.check.rejections.push({
          code: 'DUPLICATE_KOPERASI_REF',
          column: 'koperasi_ref',
          message: `${pending.ref} has a profile in an earlier row.`,
        });
        await this.record(pending, 'REJECTED');
        continue;
      }
      link.profileSeen = true;
      const ours = link.cooperativeId === null ? undefined : existing.get(link.cooperativeId)?.[0];
      if (!ours) {
        await this.record(pending, 'CREATE');
        continue;
      }
      const { values } = pending.row;
      const changes: string[] = [];
      if (comparable(values.nama_koperasi) !== comparable(ours.name)) changes.push('nama_koperasi');
      const pattern = managementPatternOf(values.pola_pengelolaan ?? '');
      if (pattern && pattern !== ours.management_pattern) changes.push('pola_pengelolaan');
      if (changes.length > 0 && ours.edited) {
        await this.recordConflict(pending, changes);
        continue;
      }
      await this.record(pending, changes.length > 0 ? 'UPDATE' : 'UNCHANGED', changes);
    }
  }

  /**
   * The apply keeps MitraDesa's values and raises them as conflicts: nothing changes for the row.
   */
  private async recordConflict(pending: PendingRow, changes: string[]): Promise<void> {
    pending.check.notes.push({
      code: 'CONFLICT_WITH_MITRADESA',
      column: changes[0],
      message: `Edited in MitraDesa since the last import (${changes.join(', ')}): kept, and raised as a conflict to resolve.`,
    });
    await this.record(pending, 'CONFLICT', changes);
  }

  private async decideOfficers(rows: PendingRow[]): Promise<void> {
    // In id order: a role's first holder is the one an import renames (as the apply does).
    const existing = await this.grouped<{
      cooperative_id: number;
      role: OfficerRole;
      name: string;
      edited: boolean;
    }>(
      `select o.cooperative_id, o.role, o.name, ${EDITED_IN_MITRADESA.officer} as edited
         from cooperative_officer o where o.cooperative_id = any($1::int[]) order by o.id`,
      this.existingIds(rows),
    );
    for (const pending of rows) {
      const link = this.linkOf(pending);
      if (!link) {
        await this.record(pending, 'REJECTED');
        continue;
      }
      const { values } = pending.row;
      const mapping = officerRoleOf(values.jabatan, values.status);
      if (mapping.kind !== 'role') {
        // Unknown values were refused by the row's own checks; what is left has no counterpart.
        pending.check.notes.push({
          code: 'NO_COUNTERPART',
          column: 'jabatan',
          message: `${values.jabatan} (${values.status}) has no officer role of ours.`,
        });
        await this.record(pending, 'SKIPPED');
        continue;
      }
      if (link.cooperativeId === null) {
        await this.record(pending, 'CREATE');
        continue;
      }
      const holders = (existing.get(link.cooperativeId) ?? []).filter(
        (officer) => officer.role === mapping.role,
      );
      const name = comparable(values.nama);
      if (holders.some((officer) => comparable(officer.name) === name))
        await this.record(pending, 'UNCHANGED');
      // The chair, secretary and treasurer are one person each: another name replaces ours,
      // unless MitraDesa named ours since the last import.
      else if (holders.length > 0 && mapping.role !== OfficerRole.PENGAWAS) {
        if (holders[0].edited) await this.recordConflict(pending, ['nama']);
        else await this.record(pending, 'UPDATE', ['nama']);
      } else await this.record(pending, 'CREATE');
    }
  }

  /** A type named through its list (by ref), or by its name where an export puts the name. */
  private typeNameOf(pending: PendingRow, column: string, types: Map<string, string>): string | null {
    const value = pending.row.values[column] ?? '';
    const name = types.get(value) ?? value;
    const known = column === 'jenis_gerai_ref' ? businessUnitTypeOf(name).known : documentTypeOf(name).known;
    if (types.has(value) || known) return name;
    pending.check.rejections.push({
      code: 'UNKNOWN_TYPE_REF',
      column,
      message: `${column} "${value}" is in no row of its type list.`,
    });
    return null;
  }

  private async decideOutlets(rows: PendingRow[]): Promise<void> {
    // An OTHER unit is known by the gerai_ref an import linked it to (simkopdes_record).
    const existing = await this.grouped<{
      cooperative_id: number;
      type: BusinessUnitType;
      status: string;
      gerai_ref: string | null;
      edited: boolean;
    }>(
      `select u.cooperative_id, u.type, u.status, r.source_ref as gerai_ref, ${EDITED_IN_MITRADESA.unit} as edited
         from business_unit u
         left join simkopdes_record r on r.source_table = 'gerai_koperasi' and r.entity_id = u.id
        where u.cooperative_id = any($1::int[])`,
      this.existingIds(rows),
    );
    for (const pending of rows) {
      const link = this.linkOf(pending);
      const typeName = link ? this.typeNameOf(pending, 'jenis_gerai_ref', this.outletTypes) : null;
      if (!link || typeName === null) {
        await this.record(pending, 'REJECTED');
        continue;
      }
      const { type } = businessUnitTypeOf(typeName);
      const status = businessUnitStatusOf(pending.row.values.status_gerai);
      // OTHER units are several per cooperative: one is matched only by the gerai_ref it came from.
      const geraiRef = pending.row.values.gerai_ref ?? '';
      const ours =
        link.cooperativeId === null
          ? undefined
          : existing
              .get(link.cooperativeId)
              ?.find((unit) =>
                type === BusinessUnitType.OTHER ? unit.gerai_ref === geraiRef : unit.type === type,
              );
      if (!ours) await this.record(pending, 'CREATE');
      else if (ours.status === status) await this.record(pending, 'UNCHANGED');
      else if (ours.edited) await this.recordConflict(pending, ['status_gerai']);
      else await this.record(pending, 'UPDATE', ['status_gerai']);
    }
  }

  private async decideDocuments(rows: PendingRow[]): Promise<void> {
    const existing = await this.grouped<{
      cooperative_id: number;
      type: DocumentType;
      number: string | null;
      issued_on: string | null;
      expires_on: string | null;
      source: string;
    }>(
      `select cooperative_id, type, number, issued_on::text as issued_on, expires_on::text as expires_on, source
         from cooperative_document where cooperative_id = any($1::int[]) order by id`,
      this.existingIds(rows),
    );
    for (const pending of rows) {
      const link = this.linkOf(pending);
      const typeName = link ? this.typeNameOf(pending, 'jenis_dokumen_ref', this.documentTypes) : null;
      const { values } = pending.row;
      const issued = dateOrNull(values.tanggal_berlaku);
      const expires = dateOrNull(values.tanggal_kadaluarsa);
      if (link && typeName !== null && issued && expires && expires < issued)
        pending.check.rejections.push({
          code: 'BAD_DATE',
          column: 'tanggal_kadaluarsa',
          message: `The document expires (${expires}) before it takes effect (${issued}).`,
        });
      if (!link || typeName === null || pending.check.rejections.length > 0) {
        await this.record(pending, 'REJECTED');
        continue;
      }
      const { type } = documentTypeOf(typeName);
      const number = values.nomor && !isMasked(values.nomor) ? comparable(values.nomor) : null;
      const ofType = link.cooperativeId === null ? [] : (existing.get(link.cooperativeId) ?? []);
      const candidates = ofType.filter((document) => document.type === type);
      const same = candidates.find(
        (document) =>
          (document.number === null ? null : comparable(document.number)) === number &&
          document.issued_on === issued &&
          document.expires_on === expires,
      );
      if (same) await this.record(pending, 'UNCHANGED');
      // A typed document is one per kind; OTHER documents are many and are only ever added. Only
      // one an import recorded is updated by the next (as the apply does); the others are kept.
      else if (candidates.length > 0 && type !== DocumentType.OTHER) {
        if (candidates[0].source === 'REGISTRY_IMPORT')
          await this.record(
            pending,
            'UPDATE',
            changedDocumentColumns(candidates[0], number, issued, expires),
          );
        else {
          pending.check.notes.push({
            code: 'KEPT_IN_MITRADESA',
            column: 'nomor',
            message: 'Recorded in MitraDesa by the cooperative, its mentor or an admin: kept as it is.',
          });
          await this.record(pending, 'UNCHANGED');
        }
      } else await this.record(pending, 'CREATE');
    }
  }

  private async decideBankAccounts(rows: PendingRow[]): Promise<void> {
    // SIMKOPDES gives the bank and the account's name, no number: ours is a BANK_ACCOUNT document.
    const existing = await this.grouped<{ cooperative_id: number }>(
      `select distinct cooperative_id from cooperative_document
        where cooperative_id = any($1::int[]) and type = $2`,
      this.existingIds(rows),
      [DocumentType.BANK_ACCOUNT],
    );
    for (const pending of rows) {
      const link = this.linkOf(pending);
      if (!link) {
        await this.record(pending, 'REJECTED');
        continue;
      }
      const bank = bankNameOf(pending.row.values.nama_bank);
      this.countBank(bank.known, bank.name);
      if (!bank.known)
        pending.check.notes.push({
          code: 'UNKNOWN_BANK_NAME',
          column: 'nama_bank',
          message: `"${bank.name}" is no bank we know; it is kept as typed.`,
        });
      const hasAccount = link.cooperativeId !== null && existing.has(link.cooperativeId);
      await this.record(pending, hasAccount ? 'UNCHANGED' : 'CREATE');
    }
  }

  private async decideMembers(rows: PendingRow[]): Promise<void> {
    for (const pending of rows) {
      const link = this.linkOf(pending);
      const status = membershipStatusOf(pending.row.values.status_keanggotaan ?? '');
      if (!link || !status) {
        await this.record(pending, 'REJECTED');
        continue;
      }
      this.report.members[status] += 1;
      if (status === 'APPROVED') link.approvedMembers += 1;
      await this.record(pending, 'COUNTED');
    }
  }

  /** Approved members per matched cooperative against our member_count, in batches. */
  private async compareMemberCounts(): Promise<void> {
    let batch: [number, number][] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const counted = new Map(batch);
      batch = [];
      const ours = await this.db.query<{ id: number; member_count: number }>(
        'select id, member_count from cooperative where id = any($1::int[])',
        [[...counted.keys()]],
      );
      for (const { id, member_count } of ours)
        if (counted.get(id) !== member_count) this.report.memberCounts.differing += 1;
    };
    for (const link of this.links.values()) {
      if (!link.accepted || link.approvedMembers === 0) continue;
      this.report.memberCounts.counted += 1;
      if (link.cooperativeId === null) continue;
      batch.push([link.cooperativeId, link.approvedMembers]);
      if (batch.length >= this.batchSize) await flush();
    }
    await flush();
  }

  // -------------------------------------------------------------------------------------------
  // The report

  private countBank(known: boolean, name: string): void {
    const { canonical, unknownSpellings } = this.report.banks;
    if (known) {
      canonical[name] = (canonical[name] ?? 0) + 1;
      return;
    }
    const key =
      name in unknownSpellings || Object.keys(unknownSpellings).length < UNKNOWN_BANK_SPELLINGS_KEPT
        ? name
        : '(other)';
    unknownSpellings[key] = (unknownSpellings[key] ?? 0) + 1;
  }

  private async record(
    pending: PendingRow,
    decided: Outcome,
    changes?: string[],
    cooperativeId?: number,
  ): Promise<void> {
    const { row, check, ref } = pending;
    // Any rejection wins over what the row would otherwise have done.
    const outcome: Outcome = check.rejections.length > 0 ? 'REJECTED' : decided;
    const counts = this.report.tables[row.table];
    counts.rows += 1;
    counts.outcomes[outcome] += 1;
    for (const { code } of check.rejections) counts.rejections[code] = (counts.rejections[code] ?? 0) + 1;
    for (const { code } of check.notes) counts.notes[code] = (counts.notes[code] ?? 0) + 1;
    const report: RowReport = {
      table: row.table,
      source: row.source,
      rowNumber: row.rowNumber,
      koperasiRef: ref ?? (row.values.koperasi_ref || null),
      outcome,
      rejections: check.rejections,
      notes: check.notes,
      ...(changes && changes.length > 0 && (outcome === 'UPDATE' || outcome === 'CONFLICT')
        ? { changes }
        : {}),
      ...(cooperativeId !== undefined && outcome !== 'REJECTED' ? { cooperativeId } : {}),
    };
    if (outcome === 'REJECTED') {
      if (this.report.rejectedSample.length < this.sampleSize) this.report.rejectedSample.push(report);
      for (const { code } of check.rejections) this.report.firstRejectionByCode[code] ??= report;
    }
    if (this.options.onRow)
      await this.options.onRow(this.options.withValues ? { ...report, values: row.values } : report);
  }
}

function dateOrNull(value: string | undefined): string | null {
  const reading = readDate(value ?? '');
  return reading.kind === 'date' ? reading.iso : null;
}

function changedDocumentColumns(
  ours: { number: string | null; issued_on: string | null; expires_on: string | null },
  number: string | null,
  issued: string | null,
  expires: string | null,
): string[] {
  const changes: string[] = [];
  if ((ours.number === null ? null : comparable(ours.number)) !== number) changes.push('nomor');
  if (ours.issued_on !== issued) changes.push('tanggal_berlaku');
  if (ours.expires_on !== expires) changes.push('tanggal_kadaluarsa');
  return changes;
}
