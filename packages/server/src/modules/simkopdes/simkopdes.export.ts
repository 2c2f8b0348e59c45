import type { Knex } from '@mikro-orm/postgresql';
import { BusinessUnitStatus, BusinessUnitType, OfficerRole } from '../cooperative/cooperative.entity';
import { DocumentType } from '../document/document-type';
import { BANK_ACCOUNT_NOTE } from './simkopdes.apply';
import { columnsOf, DOCUMENT_TYPE_NAMES, OUTLET_TYPE_NAMES, type SimkopdesTable } from './simkopdes.format';
import { BUSINESS_UNIT_TYPE_OF_OUTLET, DOCUMENT_TYPE_OF_SIMKOPDES } from './simkopdes.normalise';
import { RECORD_SOURCE } from './simkopdes.sync';
import { regionCoversSql } from '../region/region-scope';

/**
 * Our cooperatives in SIMKOPDES's shape, table by table, read in pages of cooperatives (keyset on
 * id) so a whole country streams in flat memory. Importing an export changes nothing: every row
 * is matched as it is (refs kept from the import, or made from our ids: `KOP-` + the id in hex).
 * What SIMKOPDES has no place for (business units and documents of our own kinds) is left out.
 */

const PAGE = 2000;
type Row = Record<string, string>;

const outletTypeRef = (index: number) => `JG-${String(index + 1).padStart(2, '0')}`;
const documentTypeRef = (index: number) => `JD-${String(index + 1).padStart(2, '0')}`;

/** The first SIMKOPDES type name of each of our kinds (an amended deed is written as a deed). */
function firstNameOf<T extends string>(map: Readonly<Record<string, T>>): Map<T, string> {
  const names = new Map<T, string>();
  for (const [name, ours] of Object.entries(map)) if (!names.has(ours)) names.set(ours, name);
  return names;
}
const OUTLET_NAME_OF = firstNameOf(BUSINESS_UNIT_TYPE_OF_OUTLET);
const DOCUMENT_NAME_OF = firstNameOf(DOCUMENT_TYPE_OF_SIMKOPDES);
DOCUMENT_NAME_OF.set(DocumentType.OTHER, '-');

const BOARD: Record<OfficerRole, [string, string]> = {
  [OfficerRole.KETUA]: ['KETUA', 'PENGURUS'],
  [OfficerRole.SEKRETARIS]: ['SEKRETARIS', 'PENGURUS'],
  [OfficerRole.BENDAHARA]: ['BENDAHARA', 'PENGURUS'],
  [OfficerRole.PENGAWAS]: ['ANGGOTA', 'PENGAWAS'],
};

export function koperasiRefOfCooperative(id: number, simkopdesRef: string | null): string {
  return simkopdesRef ?? `KOP-${id.toString(16).toUpperCase().padStart(12, '0')}`;
}

interface CooperativePage {
  id: number;
  name: string;
  village_code: string;
  management_pattern: string;
  member_count: number;
  simkopdes_ref: string | null;
}

/** The rows of `table` for the cooperatives in `region` (null: all), page by page. */
export async function* exportRows(
  knex: Knex,
  table: SimkopdesTable,
  region: string | null,
): AsyncGenerator<Row> {
  if (table === 'referensi_gerai_koperasi') {
    yield* OUTLET_TYPE_NAMES.map((nama, index) => ({ jenis_gerai_ref: outletTypeRef(index), nama }));
    return;
  }
  if (table === 'referensi_dokumen_koperasi') {
    yield* DOCUMENT_TYPE_NAMES.map((nama, index) => ({ jenis_dokumen_ref: documentTypeRef(index), nama }));
    return;
  }
  let after = 0;
  for (;;) {
    const query = knex('cooperative as c')
      .select('c.id', 'c.name', 'c.village_code', 'c.management_pattern', 'c.member_count', 'c.simkopdes_ref')
      .where('c.id', '>', after)
      .orderBy('c.id')
      .limit(PAGE);
    if (region) {
      const covers = regionCoversSql([region], 'c.village_code');
      query.whereRaw(covers.sql, covers.bindings);
    }
    const page = (await query) as CooperativePage[];
    if (page.length === 0) return;
    after = page[page.length - 1].id;
    yield* await rowsOfPage(knex, table, page);
    if (page.length < PAGE) return;
  }
}

interface OfficerRow {
  id: number;
  cooperative_id: number;
  role: OfficerRole;
  name: string;
  source_ref: string | null;
}

async function rowsOfPage(knex: Knex, table: SimkopdesTable, page: CooperativePage[]): Promise<Row[]> {
  const refOf = new Map(page.map((c) => [c.id, koperasiRefOfCooperative(c.id, c.simkopdes_ref)]));
  const ids = page.map((c) => c.id);
  switch (table) {
    case 'referensi_koperasi_wilayah':
      return page.map((c) => ({ koperasi_ref: refOf.get(c.id)!, kode_wilayah: c.village_code }));
    case 'profil_koperasi':
      return page.map((c) => ({
        koperasi_ref: refOf.get(c.id)!,
        nama_koperasi: c.name,
        status_registrasi: 'Approved',
        bentuk_koperasi: 'Primer',
        pola_pengelolaan: c.management_pattern === 'SYARIAH' ? 'Syariah' : 'Konvensional',
      }));
    case 'pengurus_koperasi': {
      // An officer an import wrote keeps its pengurus_ref, so the file matches SIMKOPDES's rows.
      const officers = await knex('cooperative_officer as o')
        .leftJoin('simkopdes_record as r', function () {
          this.on('r.entity_id', 'o.id').andOnVal('r.source_table', RECORD_SOURCE.cooperative_officer);
        })
        .whereIn('o.cooperative_id', ids)
        .orderBy('o.id')
        .select('o.id', 'o.cooperative_id', 'o.role', 'o.name', 'r.source_ref');
      return officers.map((o: OfficerRow) => ({
        pengurus_ref: o.source_ref ?? `PGR-${o.id}`,
        koperasi_ref: refOf.get(o.cooperative_id)!,
        nama: o.name,
        jabatan: BOARD[o.role][0],
        status: BOARD[o.role][1],
      }));
    }
    case 'gerai_koperasi': {
      const units = await knex('business_unit as u')
        .leftJoin('simkopdes_record as r', function () {
          this.on('r.entity_id', 'u.id').andOnVal('r.source_table', RECORD_SOURCE.business_unit);
        })
        .whereIn('u.cooperative_id', ids)
        .orderBy('u.id')
        .select('u.id', 'u.cooperative_id', 'u.type', 'u.status', 'r.source_ref');
      return units.flatMap(
        (u: {
          id: number;
          cooperative_id: number;
          type: BusinessUnitType;
          status: string;
          source_ref: string | null;
        }) => {
          const name = OUTLET_NAME_OF.get(u.type);
          if (!name) return [];
          return [
            {
              gerai_ref: u.source_ref ?? `GRI-${u.id}`,
              koperasi_ref: refOf.get(u.cooperative_id)!,
              jenis_gerai_ref: outletTypeRef(OUTLET_TYPE_NAMES.indexOf(name as never)),
              status_gerai: u.status === BusinessUnitStatus.ACTIVE ? 'Aktif' : 'Belum Aktif',
            },
          ];
        },
      );
    }
    case 'dokumen_koperasi': {
      const documents = await knex('cooperative_document')
        .whereIn('cooperative_id', ids)
        .whereNot('type', DocumentType.BANK_ACCOUNT)
        .orderBy('id')
        .select(
          'id',
          'cooperative_id',
          'type',
          'number',
          knex.raw('issued_on::text as issued_on'),
          knex.raw('expires_on::text as expires_on'),
        );
      return documents.flatMap(
        (d: {
          id: number;
          cooperative_id: number;
          type: DocumentType;
          number: string | null;
          issued_on: string | null;
          expires_on: string | null;
        }) => {
          const name = DOCUMENT_NAME_OF.get(d.type);
          if (!name) return [];
          return [
            {
              dokumen_ref: `DOK-${d.id}`,
              koperasi_ref: refOf.get(d.cooperative_id)!,
              jenis_dokumen_ref: documentTypeRef(DOCUMENT_TYPE_NAMES.indexOf(name as never)),
              nomor: d.number ?? '',
              tanggal_berlaku: d.issued_on ?? '',
              tanggal_kadaluarsa: d.expires_on ?? '',
            },
          ];
        },
      );
    }
    case 'akun_bank_koperasi': {
      const accounts = await knex('cooperative_document')
        .whereIn('cooperative_id', ids)
        .where('type', DocumentType.BANK_ACCOUNT)
        .orderBy('id')
        .select('id', 'cooperative_id', 'note');
      return accounts.map((a: { id: number; cooperative_id: number; note: string | null }) => {
        const match = BANK_ACCOUNT_NOTE.exec(a.note ?? '');
        return {
          akun_bank_ref: `BNK-${a.id}`,
          koperasi_ref: refOf.get(a.cooperative_id)!,
          nama_rekening: match?.[2] ?? '',
          nama_bank: match?.[1] ?? (a.note || 'Lainnya'),
        };
      });
    }
    case 'anggota_koperasi':
      // We keep a count, not members: one approved row per member, so the count survives a round trip.
      return page.flatMap((c) =>
        Array.from({ length: c.member_count }, (_, index) => ({
          anggota_ref: `AGT-${c.id}-${index + 1}`,
          koperasi_ref: refOf.get(c.id)!,
          status_keanggotaan: 'Approved',
        })),
      );
    default:
      return [];
  }
}

/** A row as a CSV line in the table's column order (RFC 4180 quoting). */
export function csvLine(table: SimkopdesTable, row: Row | null): string {
  const fields = columnsOf(table).map((column) => (row ? (row[column] ?? '') : column));
  return `${fields.map((field) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(',')}\r\n`;
}
