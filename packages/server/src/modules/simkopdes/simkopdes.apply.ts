import { DocumentType } from '../document/document-type';
import { dryRunSimkopdes, type DryRunReport, type RowReport } from './simkopdes.dry-run';
import type { SimkopdesTable } from './simkopdes.format';
import {
  bankNameOf,
  businessUnitStatusOf,
  businessUnitTypeOf,
  comparable,
  documentTypeOf,
  isMasked,
  managementPatternOf,
  membershipStatusOf,
  officerRoleOf,
  readDate,
  villageCodeOf,
} from './simkopdes.normalise';
import type { SimkopdesSource } from './simkopdes.read';
import { SimkopdesConflictField } from './simkopdes.entity';
import { EDITED_IN_MITRADESA, markSynced } from './simkopdes.sync';

/**
 * Applies a SIMKOPDES import: the dry run decides every row (CREATE, UPDATE, UNCHANGED…) and
 * hands it over with its values; this writes the accepted rows in batches, one transaction per
 * batch, each statement set-based over the batch (`unnest` of arrays), never one per row.
 *
 * - Every record created or changed is logged in simkopdes_change with the values it had, so
 *   `undoSimkopdesApply` can put everything back.
 * - Each batch commits with the run's checkpoint (rows in reading order whose writes are done):
 *   a run restarted after a crash reads the files again and skips the writes of those rows.
 *   Rows already written are also decided UNCHANGED by the dry run, so a second run of the same
 *   files writes nothing at all.
 * - A value of a record MitraDesa edited since the last import (the profile's name and management
 *   pattern, an officer's name, a unit's status), or of one never imported, is not overwritten: it
 *   becomes a simkopdes_conflict row (the rule: simkopdes.sync.ts). The apply checks it again
 *   under lock, so an edit made after the dry run read the batch is not overwritten either.
 */

/** A connection that runs `$1` statements (a pg Client); the apply holds one for its run. */
export interface SqlConnection {
  query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

export interface ApplyOptions {
  importId: number;
  scope: readonly string[] | null;
  /** Rows already committed by an earlier attempt of this run. */
  checkpoint?: number;
  batchSize?: number;
}

export interface ApplySummary {
  rows: number;
  created: number;
  updated: number;
  conflicts: number;
  report: DryRunReport;
}

const DEFAULT_BATCH_SIZE = 2000;

interface Pending {
  report: RowReport;
  ordinal: number;
}

/** Applies `source`; the caller has claimed the run (see simkopdes.job.ts). */
export async function applySimkopdes(
  source: SimkopdesSource,
  db: SqlConnection,
  options: ApplyOptions,
): Promise<ApplySummary> {
  const applier = new Applier(db, options);
  const report = await dryRunSimkopdes(
    source,
    { query: async (text, values) => (await db.query(text, values)).rows as never },
    {
      batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
      scope: options.scope,
      withValues: true,
      sampleSize: 0,
      onRow: (row) => applier.add(row),
    },
  );
  await applier.finish();
  return { ...applier.summary, report };
}

/** The values of a profile field, as stored in our cooperative row. */
export function profileValueOf(field: SimkopdesConflictField, values: Record<string, string>): string | null {
  if (field === SimkopdesConflictField.NAME) return (values.nama_koperasi ?? '').trim() || null;
  return managementPatternOf(values.pola_pengelolaan ?? '');
}

/** The profile fields, with their cooperative columns. */
const PROFILE_FIELDS = [
  [SimkopdesConflictField.NAME, 'name'],
  [SimkopdesConflictField.MANAGEMENT_PATTERN, 'management_pattern'],
] as const;

/** A value of ours that differs from SIMKOPDES's and was kept: a conflict to raise. */
interface RaisedConflict {
  cooperativeId: number;
  field: SimkopdesConflictField;
  /** The officer role or unit type (null for a profile value). */
  subject: string | null;
  recordId: number | null;
  sourceRef: string | null;
  ours: string;
  theirs: string;
}

/**
 * Raises conflicts once: one still open, or answered KEEP_OURS, for the same value of the same
 * thing is not repeated. Officers are a role's holder, not a row (MitraDesa replaces a board's
 * rows on each edit); a unit is its row.
 */
async function raiseConflicts(
  db: SqlConnection,
  importId: number,
  conflicts: RaisedConflict[],
): Promise<number> {
  if (conflicts.length === 0) return 0;
  const { rows: raised } = await db.query(
    `insert into simkopdes_conflict (import_id, cooperative_id, field, subject, record_id, source_ref, ours, theirs)
     select $1, x.id, x.field, x.subject, x.record_id, x.source_ref, x.ours, x.theirs
       from unnest($2::int[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[])
            as x(id, field, subject, record_id, source_ref, ours, theirs)
      where not exists (
        select 1 from simkopdes_conflict k
         where k.cooperative_id = x.id and k.field = x.field and k.theirs = x.theirs
           and k.subject is not distinct from x.subject
           and (x.field <> 'UNIT_STATUS' or k.record_id = x.record_id)
           and (k.resolution is null or k.resolution = 'KEEP_OURS'))
     returning id`,
    [
      importId,
      conflicts.map((conflict) => conflict.cooperativeId),
      conflicts.map((conflict) => conflict.field),
      conflicts.map((conflict) => conflict.subject),
      conflicts.map((conflict) => conflict.recordId),
      conflicts.map((conflict) => conflict.sourceRef),
      conflicts.map((conflict) => conflict.ours),
      conflicts.map((conflict) => conflict.theirs),
    ],
  );
  return raised.length;
}

class Applier {
  private readonly batchSize: number;
  private readonly checkpoint: number;
  private ordinal = 0;
  private buffer: Pending[] = [];
  /** koperasi_ref → our cooperative, for every accepted link. */
  private readonly cooperativeOf = new Map<string, number>();
  private readonly createdHere = new Set<number>();
  private readonly outletTypes = new Map<string, string>();
  private readonly documentTypes = new Map<string, string>();
  private readonly approvedMembers = new Map<number, number>();
  readonly summary = { rows: 0, created: 0, updated: 0, conflicts: 0 };

  constructor(
    private readonly db: SqlConnection,
    private readonly options: ApplyOptions,
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.checkpoint = options.checkpoint ?? 0;
  }

  async add(report: RowReport): Promise<void> {
    // Batches follow the dry run's (same size, cut at each table): a batch is written before the
    // dry run reads the database for the next one.
    if (this.buffer.length > 0 && this.buffer[0].report.table !== report.table) await this.flush();
    this.ordinal += 1;
    this.buffer.push({ report, ordinal: this.ordinal });
    if (this.buffer.length >= this.batchSize) await this.flush();
  }

  async finish(): Promise<void> {
    await this.flush();
    await this.transaction(() => this.writeMemberCounts());
  }

  private async transaction(work: () => Promise<void>): Promise<void> {
    await this.db.query('begin');
    try {
      await work();
      await this.db.query('commit');
    } catch (error) {
      await this.db.query('rollback');
      throw error;
    }
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    const last = batch[batch.length - 1].ordinal;
    await this.transaction(async () => {
      // Rows committed by an earlier attempt only rebuild what later rows need to know.
      const fresh = batch.filter((pending) => pending.ordinal > this.checkpoint).map((p) => p.report);
      const all = batch.map((pending) => pending.report);
      await this.write(all[0].table, all, fresh);
      this.summary.rows = last;
      if (last > this.checkpoint)
        await this.db.query(
          `update simkopdes_import set rows_done = $2, checkpoint = $2, heartbeat_at = now() where id = $1`,
          [this.options.importId, last],
        );
    });
  }

  private async write(table: SimkopdesTable, all: RowReport[], fresh: RowReport[]): Promise<void> {
    const accepted = (rows: RowReport[]) => rows.filter((row) => row.outcome !== 'REJECTED');
    switch (table) {
      case 'referensi_koperasi_wilayah':
        return this.writeLinks(accepted(all), new Set(accepted(fresh)));
      case 'referensi_gerai_koperasi':
      case 'referensi_dokumen_koperasi': {
        const types = table === 'referensi_gerai_koperasi' ? this.outletTypes : this.documentTypes;
        const refColumn = table === 'referensi_gerai_koperasi' ? 'jenis_gerai_ref' : 'jenis_dokumen_ref';
        for (const row of accepted(all)) types.set(row.values![refColumn], row.values!.nama);
        return;
      }
      case 'anggota_koperasi':
        for (const row of accepted(all)) {
          const id = this.idOf(row);
          if (id !== null && membershipStatusOf(row.values!.status_keanggotaan ?? '') === 'APPROVED')
            this.approvedMembers.set(id, (this.approvedMembers.get(id) ?? 0) + 1);
        }
        return;
      case 'profil_koperasi':
        return this.writeProfiles(accepted(fresh));
      case 'pengurus_koperasi':
        return this.writeOfficers(accepted(fresh));
      case 'gerai_koperasi':
        return this.writeOutlets(accepted(fresh));
      case 'dokumen_koperasi':
        return this.writeDocuments(accepted(fresh));
      case 'akun_bank_koperasi':
        return this.writeBankAccounts(accepted(fresh));
    }
  }

  private idOf(row: RowReport): number | null {
    return row.koperasiRef ? (this.cooperativeOf.get(row.koperasiRef) ?? null) : null;
  }

  private async logCreated(entity: string, ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    this.summary.created += ids.length;
    await this.db.query(
      `insert into simkopdes_change (import_id, entity, entity_id, action)
       select $1, $2, id, 'CREATED' from unnest($3::int[]) as x(id)`,
      [this.options.importId, entity, ids],
    );
  }

  /**
   * Links: the dry run matched each accepted row to our cooperative (by ref, then by village:
   * `cooperativeId`) or found none (CREATE). New ones are created here; a matched one that has no
   * ref yet keeps this one as its external id.
   */
  private async writeLinks(rows: RowReport[], fresh: Set<RowReport>): Promise<void> {
    const toCreate = rows.filter((row) => row.outcome === 'CREATE' && fresh.has(row));
    if (toCreate.length > 0) {
      // A new cooperative is named after its village until its profile row names it.
      const { rows: created } = await this.db.query<{ id: number; ref: string }>(
        `insert into cooperative (kind, name, village_code, simkopdes_ref, simkopdes_synced_at)
         select case r.village_kind when 'KELURAHAN' then 'KKMP' else 'KDMP' end,
                left('KOPERASI ' || case r.village_kind when 'KELURAHAN' then 'KELURAHAN' else 'DESA' end
                     || ' MERAH PUTIH ' || upper(r.name), 200),
                r.code, x.ref, now()
           from unnest($1::text[], $2::text[]) as x(ref, code)
           join region r on r.code = x.code
         on conflict do nothing
         returning id, simkopdes_ref as ref`,
        [
          toCreate.map((row) => row.koperasiRef),
          toCreate.map((row) => villageCodeOf(row.values!.kode_wilayah)),
        ],
      );
      for (const { id, ref } of created) {
        this.createdHere.add(id);
        this.cooperativeOf.set(ref, id);
      }
      await this.logCreated(
        'cooperative',
        created.map(({ id }) => id),
      );
    }
    const toLink: { id: number; ref: string }[] = [];
    for (const row of rows) {
      if (row.outcome === 'CREATE' || row.cooperativeId == null || !row.koperasiRef) continue;
      this.cooperativeOf.set(row.koperasiRef, row.cooperativeId);
      if (fresh.has(row)) toLink.push({ id: row.cooperativeId, ref: row.koperasiRef });
    }
    if (toLink.length > 0) {
      // The ref is kept as the cooperative's external id, unless another cooperative holds it.
      const { rows: linked } = await this.db.query<{ id: number }>(
        `with linked as (
           update cooperative c set simkopdes_ref = x.ref
             from unnest($1::int[], $2::text[]) as x(id, ref)
            where c.id = x.id and c.simkopdes_ref is null
              and not exists (select 1 from cooperative o where o.simkopdes_ref = x.ref)
           returning c.id)
         insert into simkopdes_change (import_id, entity, entity_id, action, previous)
         select $3, 'cooperative', id, 'UPDATED', '{"simkopdes_ref": null}'::jsonb from linked
         returning entity_id as id`,
        [toLink.map((link) => link.id), toLink.map((link) => link.ref), this.options.importId],
      );
      this.summary.updated += linked.length;
    }
  }

  /**
   * Profiles: a value that differs is written when MitraDesa did not edit the profile since the
   * last import (updated_at ≤ simkopdes_synced_at); otherwise it is raised as a conflict, once.
   */
  private async writeProfiles(rows: RowReport[]): Promise<void> {
    const wanted = rows
      .map((row) => ({ id: this.idOf(row), values: row.values! }))
      .filter((entry): entry is { id: number; values: Record<string, string> } => entry.id !== null);
    if (wanted.length === 0) return;
    const { rows: ours } = await this.db.query<{
      id: number;
      name: string;
      management_pattern: string;
      edited: boolean;
    }>(
      `select c.id, c.name, c.management_pattern, ${EDITED_IN_MITRADESA.profile} as edited
         from cooperative c where c.id = any($1::int[]) for update`,
      [wanted.map((entry) => entry.id)],
    );
    const byId = new Map(ours.map((row) => [row.id, row]));
    const updates: { id: number; name: string; pattern: string }[] = [];
    const conflicts: RaisedConflict[] = [];
    for (const { id, values } of wanted) {
      const current = byId.get(id);
      if (!current) continue;
      const next = { name: current.name, pattern: current.management_pattern };
      let differs = false;
      for (const [field, column] of PROFILE_FIELDS) {
        const theirs = profileValueOf(field, values);
        const mine = current[column];
        if (theirs === null || comparable(theirs) === comparable(mine)) continue;
        if (current.edited && !this.createdHere.has(id))
          conflicts.push({
            cooperativeId: id,
            field,
            subject: null,
            recordId: null,
            sourceRef: null,
            ours: mine,
            theirs,
          });
        else {
          differs = true;
          if (field === SimkopdesConflictField.NAME) next.name = theirs;
          else next.pattern = theirs;
        }
      }
      if (differs) updates.push({ id, ...next });
    }
    if (updates.length > 0) {
      const { rows: logged } = await this.db.query(
        `with previous as (
           select c.id, c.name, c.management_pattern, c.simkopdes_synced_at, c.updated_at
             from cooperative c where c.id = any($1::int[])),
         changed as (
           update cooperative c
              set name = x.name, management_pattern = x.pattern, version = c.version + 1,
                  updated_at = now(), simkopdes_synced_at = now()
             from unnest($1::int[], $2::text[], $3::text[]) as x(id, name, pattern)
            where c.id = x.id
           returning c.id)
         insert into simkopdes_change (import_id, entity, entity_id, action, previous)
         select $4, 'cooperative', p.id, 'UPDATED',
                jsonb_build_object('name', p.name, 'management_pattern', p.management_pattern,
                                   'simkopdes_synced_at', p.simkopdes_synced_at, 'updated_at', p.updated_at)
           from previous p join changed using (id)
          where p.id = any($5::int[])
         returning id`,
        [
          updates.map((update) => update.id),
          updates.map((update) => update.name),
          updates.map((update) => update.pattern),
          this.options.importId,
          // A cooperative this run created is undone by deleting it: its profile needs no log.
          updates.filter((update) => !this.createdHere.has(update.id)).map((update) => update.id),
        ],
      );
      this.summary.updated += logged.length;
    }
    this.summary.conflicts += await raiseConflicts(this.db, this.options.importId, conflicts);
  }

  /**
   * Officers: new ones are added; a chair, secretary or treasurer SIMKOPDES names otherwise
   * (UPDATE or CONFLICT in the dry run) is renamed when an import wrote ours last, else raised
   * as a conflict. Each officer written is recorded as synced (simkopdes_record).
   */
  private async writeOfficers(rows: RowReport[]): Promise<void> {
    const create: { id: number; role: string; name: string; ref: string }[] = [];
    const rename: { id: number; role: string; name: string; ref: string }[] = [];
    for (const row of rows) {
      const id = this.idOf(row);
      const mapping = officerRoleOf(row.values!.jabatan ?? '', row.values!.status ?? '');
      if (id === null || mapping.kind !== 'role') continue;
      const officer = {
        id,
        role: mapping.role,
        name: (row.values!.nama ?? '').trim().slice(0, 120),
        ref: row.values!.pengurus_ref ?? '',
      };
      if (row.outcome === 'CREATE') create.push(officer);
      else if (row.outcome === 'UPDATE' || row.outcome === 'CONFLICT') rename.push(officer);
    }
    const synced: { id: number; ref: string }[] = [];
    if (create.length > 0) {
      // Ids drawn first, so each officer is linked to its pengurus_ref.
      const { rows: ids } = await this.db.query<{ id: number }>(
        `select nextval('cooperative_officer_id_seq')::int as id from generate_series(1, $1)`,
        [create.length],
      );
      await this.db.query(
        `insert into cooperative_officer (id, cooperative_id, role, name)
         select * from unnest($1::int[], $2::int[], $3::text[], $4::text[])`,
        [
          ids.map((row) => row.id),
          create.map((o) => o.id),
          create.map((o) => o.role),
          create.map((o) => o.name),
        ],
      );
      await this.logCreated(
        'cooperative_officer',
        ids.map(({ id }) => id),
      );
      create.forEach((officer, index) => synced.push({ id: ids[index].id, ref: officer.ref }));
    }
    if (rename.length > 0) {
      // The chair, secretary and treasurer are one person each: the first holder is the one.
      const { rows: holders } = await this.db.query<{
        id: number;
        cooperative_id: number;
        role: string;
        name: string;
        edited: boolean;
      }>(
        `select o.id, o.cooperative_id, o.role, o.name, ${EDITED_IN_MITRADESA.officer} as edited
           from cooperative_officer o
          where o.id in (select min(h.id) from cooperative_officer h
                           join unnest($1::int[], $2::text[]) as x(cooperative_id, role)
                             on h.cooperative_id = x.cooperative_id and h.role = x.role
                          group by h.cooperative_id, h.role)
          for update of o`,
        [rename.map((o) => o.id), rename.map((o) => o.role)],
      );
      const holderOf = new Map(holders.map((holder) => [`${holder.cooperative_id}:${holder.role}`, holder]));
      const update: { id: number; name: string; ref: string }[] = [];
      const conflicts: RaisedConflict[] = [];
      for (const officer of rename) {
        const holder = holderOf.get(`${officer.id}:${officer.role}`);
        if (!holder || comparable(holder.name) === comparable(officer.name)) continue;
        if (holder.edited && !this.createdHere.has(officer.id))
          conflicts.push({
            cooperativeId: officer.id,
            field: SimkopdesConflictField.OFFICER_NAME,
            subject: officer.role,
            recordId: holder.id,
            sourceRef: officer.ref,
            ours: holder.name,
            theirs: officer.name,
          });
        else update.push({ id: holder.id, name: officer.name, ref: officer.ref });
      }
      if (update.length > 0) {
        const { rows: logged } = await this.db.query(
          `with previous as (select o.id, o.name from cooperative_officer o where o.id = any($1::int[])),
           changed as (
             update cooperative_officer o set name = x.name
               from unnest($1::int[], $2::text[]) as x(id, name) where o.id = x.id returning o.id)
           insert into simkopdes_change (import_id, entity, entity_id, action, previous)
           select $3, 'cooperative_officer', p.id, 'UPDATED', jsonb_build_object('name', p.name)
             from previous p join changed using (id)
           returning id`,
          [update.map((o) => o.id), update.map((o) => o.name), this.options.importId],
        );
        this.summary.updated += logged.length;
        synced.push(...update);
      }
      this.summary.conflicts += await raiseConflicts(this.db, this.options.importId, conflicts);
    }
    await markSynced(this.db, 'cooperative_officer', this.options.importId, synced);
  }

  /**
   * Units: new ones are added; a status SIMKOPDES gives otherwise is written when an import wrote
   * the unit last, else raised as a conflict. Each unit written is recorded as synced; an OTHER
   * unit is matched again by that link (its gerai_ref), a standard one by its type.
   */
  private async writeOutlets(rows: RowReport[]): Promise<void> {
    const entries = rows.flatMap((row) => {
      const id = this.idOf(row);
      const values = row.values!;
      const typeName = this.outletTypes.get(values.jenis_gerai_ref) ?? values.jenis_gerai_ref;
      const status = businessUnitStatusOf(values.status_gerai ?? '');
      if (id === null || !status) return [];
      const { type, known } = businessUnitTypeOf(typeName);
      return [{ row, id, type, status, ref: values.gerai_ref, name: known ? null : typeName.slice(0, 120) }];
    });
    const synced: { id: number; ref: string }[] = [];
    const create = entries.filter((entry) => entry.row.outcome === 'CREATE');
    if (create.length > 0) {
      // Ids drawn first, so each unit can be linked to its gerai_ref.
      const { rows: ids } = await this.db.query<{ id: number }>(
        `select nextval('business_unit_id_seq')::int as id from generate_series(1, $1)`,
        [create.length],
      );
      const { rows: created } = await this.db.query<{ id: number }>(
        `insert into business_unit (id, cooperative_id, type, status, name)
         select * from unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[])
         on conflict do nothing returning id`,
        [
          ids.map((row) => row.id),
          create.map((e) => e.id),
          create.map((e) => e.type),
          create.map((e) => e.status),
          create.map((e) => e.name),
        ],
      );
      const inserted = new Set(created.map((row) => row.id));
      create.forEach((entry, index) => {
        if (inserted.has(ids[index].id)) synced.push({ id: ids[index].id, ref: entry.ref });
      });
      await this.logCreated('business_unit', [...inserted]);
    }
    const change = entries.filter(
      (entry) => entry.row.outcome === 'UPDATE' || entry.row.outcome === 'CONFLICT',
    );
    if (change.length > 0) {
      const { rows: units } = await this.db.query<{
        id: number;
        status: string;
        edited: boolean;
        ordinal: number;
      }>(
        `select u.id, u.status, ${EDITED_IN_MITRADESA.unit} as edited, x.ordinal::int as ordinal
           from unnest($1::int[], $2::text[], $3::text[]) with ordinality as x(cooperative_id, type, ref, ordinal)
           join business_unit u on u.cooperative_id = x.cooperative_id and u.type = x.type
          where x.type <> 'OTHER' or u.id = (select l.entity_id from simkopdes_record l
                                              where l.source_table = 'gerai_koperasi' and l.source_ref = x.ref)
          for update of u`,
        [change.map((e) => e.id), change.map((e) => e.type), change.map((e) => e.ref)],
      );
      const update: { id: number; status: string; ref: string }[] = [];
      const conflicts: RaisedConflict[] = [];
      for (const unit of units) {
        const entry = change[unit.ordinal - 1];
        if (unit.status === entry.status) continue;
        if (unit.edited && !this.createdHere.has(entry.id))
          conflicts.push({
            cooperativeId: entry.id,
            field: SimkopdesConflictField.UNIT_STATUS,
            subject: entry.type,
            recordId: unit.id,
            sourceRef: entry.ref,
            ours: unit.status,
            theirs: entry.status,
          });
        else update.push({ id: unit.id, status: entry.status, ref: entry.ref });
      }
      if (update.length > 0) {
        const { rows: logged } = await this.db.query(
          `with previous as (select u.id, u.status, u.updated_at from business_unit u where u.id = any($1::int[])),
           changed as (
             update business_unit u set status = x.status, updated_at = now()
               from unnest($1::int[], $2::text[]) as x(id, status) where u.id = x.id returning u.id)
           insert into simkopdes_change (import_id, entity, entity_id, action, previous)
           select $3, 'business_unit', p.id, 'UPDATED',
                  jsonb_build_object('status', p.status, 'updated_at', p.updated_at)
             from previous p join changed using (id)
           returning id`,
          [update.map((u) => u.id), update.map((u) => u.status), this.options.importId],
        );
        this.summary.updated += logged.length;
        synced.push(...update);
      }
      this.summary.conflicts += await raiseConflicts(this.db, this.options.importId, conflicts);
    }
    await markSynced(this.db, 'business_unit', this.options.importId, synced);
  }

  private async writeDocuments(rows: RowReport[]): Promise<void> {
    const entries = rows.flatMap((row) => {
      const id = this.idOf(row);
      const values = row.values!;
      if (id === null) return [];
      const typeName = this.documentTypes.get(values.jenis_dokumen_ref) ?? values.jenis_dokumen_ref;
      const number = values.nomor && !isMasked(values.nomor) ? values.nomor.trim().slice(0, 120) : null;
      return [
        {
          row,
          id,
          type: documentTypeOf(typeName).type,
          number,
          issued: dateOf(values.tanggal_berlaku),
          expires: dateOf(values.tanggal_kadaluarsa),
        },
      ];
    });
    const create = entries.filter((entry) => entry.row.outcome === 'CREATE');
    if (create.length > 0) {
      const { rows: created } = await this.db.query<{ id: number }>(
        `insert into cooperative_document (cooperative_id, type, number, issued_on, expires_on, source)
         select x.*, 'REGISTRY_IMPORT' from unnest($1::int[], $2::text[], $3::text[], $4::date[], $5::date[]) as x
         returning id`,
        [
          create.map((e) => e.id),
          create.map((e) => e.type),
          create.map((e) => e.number),
          create.map((e) => e.issued),
          create.map((e) => e.expires),
        ],
      );
      await this.logCreated(
        'cooperative_document',
        created.map(({ id }) => id),
      );
    }
    // A document recorded here by the cooperative, its mentor or an admin is theirs: only one an
    // import recorded is updated by the next.
    const update = entries.filter(
      (entry) => entry.row.outcome === 'UPDATE' && entry.type !== DocumentType.OTHER,
    );
    if (update.length > 0) {
      const { rows: logged } = await this.db.query(
        `with target as (
           select distinct on (d.cooperative_id, d.type) d.id, d.number as pn, d.issued_on as pi, d.expires_on as pe,
                  x.number, x.issued, x.expires
             from unnest($1::int[], $2::text[], $3::text[], $4::date[], $5::date[]) as x(cooperative_id, type, number, issued, expires)
             join cooperative_document d on d.cooperative_id = x.cooperative_id and d.type = x.type
            where d.source = 'REGISTRY_IMPORT'
            order by d.cooperative_id, d.type, d.id),
         changed as (
           update cooperative_document d set number = t.number, issued_on = t.issued, expires_on = t.expires,
                  updated_at = now(), version = d.version + 1
             from target t where d.id = t.id returning d.id)
         insert into simkopdes_change (import_id, entity, entity_id, action, previous)
         select $6, 'cooperative_document', t.id, 'UPDATED',
                jsonb_build_object('number', t.pn, 'issued_on', t.pi, 'expires_on', t.pe)
           from target t join changed using (id)
         returning id`,
        [
          update.map((e) => e.id),
          update.map((e) => e.type),
          update.map((e) => e.number),
          update.map((e) => e.issued),
          update.map((e) => e.expires),
          this.options.importId,
        ],
      );
      this.summary.updated += logged.length;
    }
  }

  private async writeBankAccounts(rows: RowReport[]): Promise<void> {
    // SIMKOPDES has no account number: ours is a BANK_ACCOUNT document naming the bank and holder.
    const seen = new Set<number>();
    const create = rows.flatMap((row) => {
      const id = this.idOf(row);
      if (id === null || row.outcome !== 'CREATE' || seen.has(id)) return [];
      seen.add(id);
      return [
        {
          id,
          note: bankAccountNote(
            bankNameOf(row.values!.nama_bank ?? '').name,
            row.values!.nama_rekening ?? '',
          ),
        },
      ];
    });
    if (create.length === 0) return;
    const { rows: created } = await this.db.query<{ id: number }>(
      `insert into cooperative_document (cooperative_id, type, note, source)
       select x.id, 'BANK_ACCOUNT', x.note, 'REGISTRY_IMPORT' from unnest($1::int[], $2::text[]) as x(id, note)
        where not exists (select 1 from cooperative_document d where d.cooperative_id = x.id and d.type = 'BANK_ACCOUNT')
       returning id`,
      [create.map((e) => e.id), create.map((e) => e.note)],
    );
    await this.logCreated(
      'cooperative_document',
      created.map(({ id }) => id),
    );
  }

  /** Approved members per cooperative become its member count, in batches. */
  private async writeMemberCounts(): Promise<void> {
    const entries = [...this.approvedMembers];
    for (let start = 0; start < entries.length; start += this.batchSize) {
      const slice = entries.slice(start, start + this.batchSize);
      const { rows: logged } = await this.db.query(
        `with target as (
           select c.id, c.member_count as previous, x.count
             from unnest($1::int[], $2::int[]) as x(id, count) join cooperative c on c.id = x.id
            where c.member_count <> x.count),
         changed as (update cooperative c set member_count = t.count from target t where c.id = t.id returning c.id)
         insert into simkopdes_change (import_id, entity, entity_id, action, previous)
         select $3, 'cooperative', t.id, 'UPDATED', jsonb_build_object('member_count', t.previous)
           from target t join changed using (id)
         returning id`,
        [slice.map(([id]) => id), slice.map(([, count]) => count), this.options.importId],
      );
      this.summary.updated += logged.length;
    }
  }
}

function dateOf(value: string | undefined): string | null {
  const reading = readDate(value ?? '');
  return reading.kind === 'date' ? reading.iso : null;
}

/** The note of a BANK_ACCOUNT document an import records (the export reads the bank back). */
export function bankAccountNote(bank: string, holder: string): string {
  return `Rekening ${bank.trim()} a.n. ${holder.trim()}`.trim();
}

export const BANK_ACCOUNT_NOTE = /^Rekening (.+?) a\.n\. ?(.*)$/;

/** A conflict as TAKE_THEIRS reads it. */
export interface ConflictToTake {
  import_id: number;
  cooperative_id: number;
  field: SimkopdesConflictField;
  subject: string | null;
  record_id: number | null;
  source_ref: string | null;
  theirs: string;
}

/**
 * Writes SIMKOPDES's value of a conflict into the table it is about, logged in the conflict's
 * run (undoing the run puts ours back), and marks the record synced so that SIMKOPDES's next
 * change of it is taken without a conflict. Returns false when the record is gone (a unit removed
 * since, a board without that role): there is nothing to write.
 */
export async function takeTheirs(db: SqlConnection, conflict: ConflictToTake): Promise<boolean> {
  const profileColumn = PROFILE_FIELDS.find(([field]) => field === conflict.field)?.[1];
  if (profileColumn) {
    const { rows } = await db.query(
      `with previous as (select id, ${profileColumn} as value, simkopdes_synced_at, updated_at from cooperative where id = $1),
       changed as (update cooperative set ${profileColumn} = $2, version = version + 1, updated_at = now(),
                     simkopdes_synced_at = now() where id = $1 returning id)
       insert into simkopdes_change (import_id, entity, entity_id, action, previous)
       select $3, 'cooperative', p.id, 'UPDATED',
              jsonb_build_object('${profileColumn}', p.value, 'simkopdes_synced_at', p.simkopdes_synced_at, 'updated_at', p.updated_at)
         from previous p join changed using (id)
       returning id`,
      [conflict.cooperative_id, conflict.theirs, conflict.import_id],
    );
    return rows.length > 0;
  }
  if (conflict.field === SimkopdesConflictField.OFFICER_NAME) {
    // The role's holder now: MitraDesa may have replaced the board's rows since the conflict.
    const { rows } = await db.query<{ id: number }>(
      `with target as (
         select o.id, o.name from cooperative_officer o
          where o.cooperative_id = $1 and o.role = $2 order by coalesce(o.id = $3, false) desc, o.id limit 1 for update),
       changed as (update cooperative_officer o set name = $4 from target t where o.id = t.id returning o.id)
       insert into simkopdes_change (import_id, entity, entity_id, action, previous)
       select $5, 'cooperative_officer', t.id, 'UPDATED', jsonb_build_object('name', t.name)
         from target t join changed using (id)
       returning entity_id as id`,
      [conflict.cooperative_id, conflict.subject, conflict.record_id, conflict.theirs, conflict.import_id],
    );
    if (rows.length === 0) return false;
    await markSynced(db, 'cooperative_officer', conflict.import_id, [
      { id: rows[0].id, ref: conflict.source_ref ?? '' },
    ]);
    return true;
  }
  const { rows } = await db.query<{ id: number }>(
    `with target as (select u.id, u.status, u.updated_at from business_unit u
                      where u.id = $1 and u.cooperative_id = $2 for update),
     changed as (update business_unit u set status = $3, updated_at = now() from target t where u.id = t.id returning u.id)
     insert into simkopdes_change (import_id, entity, entity_id, action, previous)
     select $4, 'business_unit', t.id, 'UPDATED', jsonb_build_object('status', t.status, 'updated_at', t.updated_at)
       from target t join changed using (id)
     returning entity_id as id`,
    [conflict.record_id, conflict.cooperative_id, conflict.theirs, conflict.import_id],
  );
  if (rows.length === 0) return false;
  await markSynced(db, 'business_unit', conflict.import_id, [
    { id: rows[0].id, ref: conflict.source_ref ?? '' },
  ]);
  return true;
}

/**
 * Puts back everything an applied run changed, in one transaction: updated values first (the
 * earliest previous value of each record and column), then the records it created (a created
 * cooperative takes its officers, units and documents along).
 */
export async function undoSimkopdesApply(db: SqlConnection, importId: number): Promise<void> {
  const revert = async (table: string, column: string, cast: string) =>
    db.query(
      `update ${table} t set ${column} = (f.previous->>'${column}')::${cast}
         from (select distinct on (entity_id) entity_id, previous from simkopdes_change
                where import_id = $1 and entity = $2 and action = 'UPDATED' and previous ? $3
                order by entity_id, id) f
        where t.id = f.entity_id`,
      [importId, table, column],
    );
  for (const [table, column, cast] of REVERTIBLE) await revert(table, column, cast);
  for (const table of ['cooperative_officer', 'business_unit', 'cooperative_document', 'cooperative'])
    await db.query(
      `delete from ${table} where id in (select entity_id from simkopdes_change
        where import_id = $1 and entity = $2 and action = 'CREATED')`,
      [importId, table],
    );
  await db.query('delete from simkopdes_record where import_id = $1', [importId]);
  await db.query('delete from simkopdes_conflict where import_id = $1 and resolution is null', [importId]);
  await db.query(
    `update cooperative set version = version + 1 where id in (select entity_id from simkopdes_change
      where import_id = $1 and entity = 'cooperative' and action = 'UPDATED')`,
    [importId],
  );
}

/** Columns an apply may change, with their SQL types (see the `previous` values it logs). */
const REVERTIBLE: readonly [string, string, string][] = [
  ['cooperative', 'name', 'text'],
  ['cooperative', 'management_pattern', 'text'],
  ['cooperative', 'member_count', 'int'],
  ['cooperative', 'simkopdes_ref', 'text'],
  ['cooperative', 'simkopdes_synced_at', 'timestamptz'],
  ['cooperative', 'updated_at', 'timestamptz'],
  ['cooperative_officer', 'name', 'text'],
  ['business_unit', 'status', 'text'],
  ['business_unit', 'updated_at', 'timestamptz'],
  ['simkopdes_record', 'entity_id', 'int'],
  ['simkopdes_record', 'synced_at', 'timestamptz'],
  ['cooperative_document', 'number', 'text'],
  ['cooperative_document', 'issued_on', 'date'],
  ['cooperative_document', 'expires_on', 'date'],
];
