import { BusinessUnitType } from '../cooperative/cooperative.entity';
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
 * - A profile value (name, management pattern) MitraDesa edited since the last import, or one
 *   never imported, is not overwritten: it becomes a simkopdes_conflict row.
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

/** The cooperative column of each profile field a conflict can be about. */
export const PROFILE_COLUMNS: Record<SimkopdesConflictField, 'name' | 'management_pattern'> = {
  [SimkopdesConflictField.NAME]: 'name',
  [SimkopdesConflictField.MANAGEMENT_PATTERN]: 'management_pattern',
};

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

  private async writeLinks(rows: RowReport[], fresh: Set<RowReport>): Promise<void> {
    const toCreate = rows.filter((row) => row.outcome === 'CREATE' && fresh.has(row));
    if (toCreate.length > 0) {
      // A new cooperative is named after its village until its profile row names it.
      const { rows: created } = await this.db.query<{ id: number }>(
        `insert into cooperative (kind, name, village_code, simkopdes_ref, simkopdes_synced_at)
         select case r.village_kind when 'KELURAHAN' then 'KKMP' else 'KDMP' end,
                left('KOPERASI ' || case r.village_kind when 'KELURAHAN' then 'KELURAHAN' else 'DESA' end
                     || ' MERAH PUTIH ' || upper(r.name), 200),
                r.code, x.ref, now()
           from unnest($1::text[], $2::text[]) as x(ref, code)
           join region r on r.code = x.code
         on conflict do nothing
         returning id`,
        [
          toCreate.map((row) => row.koperasiRef),
          toCreate.map((row) => villageCodeOf(row.values!.kode_wilayah)),
        ],
      );
      for (const { id } of created) this.createdHere.add(id);
      await this.logCreated(
        'cooperative',
        created.map(({ id }) => id),
      );
    }
    const codes = rows.map((row) => villageCodeOf(row.values!.kode_wilayah ?? ''));
    const { rows: ours } = await this.db.query<{
      id: number;
      village_code: string;
      simkopdes_ref: string | null;
    }>('select id, village_code, simkopdes_ref from cooperative where village_code = any($1::text[])', [
      codes,
    ]);
    const byVillage = new Map(ours.map((row) => [row.village_code, row]));
    const toLink: { id: number; ref: string }[] = [];
    rows.forEach((row, index) => {
      const cooperative = byVillage.get(codes[index] ?? '');
      if (!cooperative || !row.koperasiRef) return;
      this.cooperativeOf.set(row.koperasiRef, cooperative.id);
      if (cooperative.simkopdes_ref === null && fresh.has(row))
        toLink.push({ id: cooperative.id, ref: row.koperasiRef });
    });
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
      `select id, name, management_pattern,
              (simkopdes_synced_at is null or updated_at > simkopdes_synced_at) as edited
         from cooperative where id = any($1::int[]) for update`,
      [wanted.map((entry) => entry.id)],
    );
    const byId = new Map(ours.map((row) => [row.id, row]));
    const updates: { id: number; name: string; pattern: string }[] = [];
    const conflicts: { id: number; field: SimkopdesConflictField; ours: string; theirs: string }[] = [];
    for (const { id, values } of wanted) {
      const current = byId.get(id);
      if (!current) continue;
      const next = { name: current.name, pattern: current.management_pattern };
      let differs = false;
      for (const field of Object.values(SimkopdesConflictField)) {
        const theirs = profileValueOf(field, values);
        const mine = field === SimkopdesConflictField.NAME ? current.name : current.management_pattern;
        if (theirs === null || comparable(theirs) === comparable(mine)) continue;
        if (current.edited && !this.createdHere.has(id)) conflicts.push({ id, field, ours: mine, theirs });
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
    if (conflicts.length > 0) {
      // Raised once: an open conflict, or one answered KEEP_OURS, for the same value is not repeated.
      const { rows: raised } = await this.db.query(
        `insert into simkopdes_conflict (import_id, cooperative_id, field, ours, theirs)
         select $1, x.id, x.field, x.ours, x.theirs
           from unnest($2::int[], $3::text[], $4::text[], $5::text[]) as x(id, field, ours, theirs)
          where not exists (
            select 1 from simkopdes_conflict k
             where k.cooperative_id = x.id and k.field = x.field and k.theirs = x.theirs
               and (k.resolution is null or k.resolution = 'KEEP_OURS'))
         returning id`,
        [
          this.options.importId,
          conflicts.map((conflict) => conflict.id),
          conflicts.map((conflict) => conflict.field),
          conflicts.map((conflict) => conflict.ours),
          conflicts.map((conflict) => conflict.theirs),
        ],
      );
      this.summary.conflicts += raised.length;
    }
  }

  private async writeOfficers(rows: RowReport[]): Promise<void> {
    const create: { id: number; role: string; name: string }[] = [];
    const update: { id: number; role: string; name: string }[] = [];
    for (const row of rows) {
      const id = this.idOf(row);
      const mapping = officerRoleOf(row.values!.jabatan ?? '', row.values!.status ?? '');
      if (id === null || mapping.kind !== 'role') continue;
      const officer = { id, role: mapping.role, name: (row.values!.nama ?? '').trim().slice(0, 120) };
      if (row.outcome === 'CREATE') create.push(officer);
      else if (row.outcome === 'UPDATE') update.push(officer);
    }
    if (create.length > 0) {
      const { rows: created } = await this.db.query<{ id: number }>(
        `insert into cooperative_officer (cooperative_id, role, name)
         select * from unnest($1::int[], $2::text[], $3::text[]) returning id`,
        [create.map((o) => o.id), create.map((o) => o.role), create.map((o) => o.name)],
      );
      await this.logCreated(
        'cooperative_officer',
        created.map(({ id }) => id),
      );
    }
    if (update.length > 0) {
      // The chair, secretary and treasurer are one person each: the first holder is renamed.
      const { rows: logged } = await this.db.query(
        `with target as (
           select distinct on (o.cooperative_id, o.role) o.id, o.name as previous_name, x.name
             from unnest($1::int[], $2::text[], $3::text[]) as x(cooperative_id, role, name)
             join cooperative_officer o on o.cooperative_id = x.cooperative_id and o.role = x.role
            order by o.cooperative_id, o.role, o.id),
         changed as (update cooperative_officer o set name = t.name from target t where o.id = t.id returning o.id)
         insert into simkopdes_change (import_id, entity, entity_id, action, previous)
         select $4, 'cooperative_officer', t.id, 'UPDATED', jsonb_build_object('name', t.previous_name)
           from target t join changed using (id)
         returning id`,
        [
          update.map((o) => o.id),
          update.map((o) => o.role),
          update.map((o) => o.name),
          this.options.importId,
        ],
      );
      this.summary.updated += logged.length;
    }
  }

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
    const create = entries.filter((entry) => entry.row.outcome === 'CREATE');
    if (create.length > 0) {
      // Ids drawn first, so each OTHER unit can be linked to its gerai_ref.
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
      const others = create
        .map((entry, index) => ({ entry, unitId: ids[index].id }))
        .filter(({ entry, unitId }) => entry.type === BusinessUnitType.OTHER && inserted.has(unitId));
      if (others.length > 0)
        await this.db.query(
          `insert into simkopdes_record (source_table, source_ref, entity_id, import_id)
           select 'gerai_koperasi', ref, id, $3 from unnest($1::text[], $2::int[]) as x(ref, id)
           on conflict do nothing`,
          [others.map(({ entry }) => entry.ref), others.map(({ unitId }) => unitId), this.options.importId],
        );
      await this.logCreated('business_unit', [...inserted]);
    }
    const update = entries.filter((entry) => entry.row.outcome === 'UPDATE');
    if (update.length > 0) {
      const { rows: logged } = await this.db.query(
        `with x as (select * from unnest($1::int[], $2::text[], $3::text[], $4::text[]) as x(cooperative_id, type, status, ref)),
         target as (
           select u.id, u.status as previous_status, x.status
             from x join business_unit u on u.cooperative_id = x.cooperative_id and u.type = x.type
            where u.status <> x.status
              and (x.type <> 'OTHER' or u.id = (select r.entity_id from simkopdes_record r
                                                 where r.source_table = 'gerai_koperasi' and r.source_ref = x.ref))),
         changed as (update business_unit u set status = t.status, updated_at = now() from target t where u.id = t.id returning u.id)
         insert into simkopdes_change (import_id, entity, entity_id, action, previous)
         select $5, 'business_unit', t.id, 'UPDATED', jsonb_build_object('status', t.previous_status)
           from target t join changed using (id)
         returning id`,
        [
          update.map((e) => e.id),
          update.map((e) => e.type),
          update.map((e) => e.status),
          update.map((e) => e.ref),
          this.options.importId,
        ],
      );
      this.summary.updated += logged.length;
    }
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
  ['cooperative_document', 'number', 'text'],
  ['cooperative_document', 'issued_on', 'date'],
  ['cooperative_document', 'expires_on', 'date'],
];
