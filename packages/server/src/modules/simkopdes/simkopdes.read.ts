/**
 * Reads SIMKOPDES exports as a stream of rows, from one CSV file per table or from one XLSX
 * workbook with a sheet per table, without holding a file in memory.
 *
 * Why these parsers:
 * - csv-parse (7.x): a streaming RFC 4180 parser (quoted fields with commas and line breaks, a
 *   UTF-8 byte-order mark as Excel writes it), an async iterator of records, maintained for years
 *   and without dependencies.
 * - exceljs (4.4): the one maintained XLSX library for Node with a streaming reader
 *   (`stream.xlsx.WorkbookReader`: sheets and rows as async iterators) and a streaming writer
 *   (for sample files and a later export). SheetJS's community build reads whole workbooks into
 *   memory. Its reader keeps the workbook's shared-strings table in memory (Excel writes one;
 *   its size is the count of distinct texts) and spools a sheet to a temporary file when the
 *   sheet comes before that table in the zip; rows are never all in memory.
 *
 * Problems with a file (unknown table or column, missing required column, unreadable file) are
 * yielded as issues, never thrown: the caller reports them beside the rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import * as unzipper from 'unzipper';
import { requiredColumnsOf, SIMKOPDES_FORMAT, tableNamed, type SimkopdesTable } from './simkopdes.format';

/** One data row: its table, its row number as a spreadsheet shows it (the header is row 1). */
export interface SimkopdesRow {
  kind: 'row';
  table: SimkopdesTable;
  /** The file or sheet the row came from. */
  source: string;
  rowNumber: number;
  /** Known columns only, trimmed; a column the header lacks is absent. */
  values: Record<string, string>;
  /** The row has more or fewer fields than the header (CSV only). */
  fieldCountMismatch?: boolean;
}

export type FileIssueCode =
  | 'UNKNOWN_TABLE'
  | 'UNKNOWN_COLUMN'
  | 'MISSING_COLUMN'
  | 'DUPLICATE_TABLE'
  | 'EMPTY_FILE'
  | 'UNREADABLE_FILE';

export interface FileIssue {
  kind: 'issue';
  code: FileIssueCode;
  source: string;
  table: SimkopdesTable | null;
  column?: string;
  message: string;
}

export type SimkopdesReadEvent = SimkopdesRow | FileIssue;

/** Something that can be opened, possibly more than once (the dry run reads in two passes). */
export type OpenStream = () => Readable;

export type SimkopdesSource =
  | { kind: 'csv'; files: { name: string; open: OpenStream }[] }
  | { kind: 'xlsx'; name: string; open: OpenStream; sheetNames: () => Promise<Map<string, string>> };

/** CSV files on disk, each naming its table by its file name. */
export function csvFilesSource(files: string[]): SimkopdesSource {
  return {
    kind: 'csv',
    files: files.map((file) => ({ name: path.basename(file), open: () => fs.createReadStream(file) })),
  };
}

/** An XLSX workbook on disk. */
export function workbookFileSource(file: string): SimkopdesSource {
  return {
    kind: 'xlsx',
    name: path.basename(file),
    open: () => fs.createReadStream(file),
    sheetNames: () => sheetNamesOf(file),
  };
}

/**
 * The workbook's sheet names by the number of their part (`xl/worksheets/sheet3.xml` → "3"), read
 * from its index. exceljs's streaming reader names a sheet only when the workbook part came before
 * it in the zip; writers that put it last (exceljs's own streaming writer does) get "Sheet3" at
 * random, and a sheet read under that name would be skipped as an unknown table.
 */
export async function sheetNamesOf(file: string): Promise<Map<string, string>> {
  const directory = await unzipper.Open.file(file);
  const text = async (part: string) => {
    const entry = directory.files.find((candidate) => candidate.path === part);
    return entry ? (await entry.buffer()).toString('utf8') : '';
  };
  const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
  const targets = new Map<string, string>();
  for (const [tag] of (await text('xl/_rels/workbook.xml.rels')).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const number = /worksheets\/sheet(\d+)\.xml$/.exec(attribute(tag, 'Target') ?? '')?.[1];
    if (id && number) targets.set(id, number);
  }
  const names = new Map<string, string>();
  for (const [tag] of (await text('xl/workbook.xml')).matchAll(/<sheet\b[^>]*>/g)) {
    const number = targets.get(attribute(tag, 'r:id') ?? '');
    const name = attribute(tag, 'name');
    if (number && name !== null) names.set(number, decodeXmlText(name));
  }
  return names;
}

function decodeXmlText(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface ReadOptions {
  /** Read only these tables (others are skipped without issues); all when absent. */
  tables?: ReadonlySet<SimkopdesTable>;
  /**
   * Report files or sheets that name no table, and second files for a table (default true; a
   * second pass over the same source turns it off so they are reported once).
   */
  reportUnknownTables?: boolean;
}

/** Rows and issues of a source, table by table in the source's order. */
export async function* readSimkopdes(
  source: SimkopdesSource,
  options: ReadOptions = {},
): AsyncGenerator<SimkopdesReadEvent> {
  if (source.kind === 'csv') yield* readCsvFiles(source.files, options);
  else yield* readWorkbook(source.name, source.open, await source.sheetNames(), options);
}

/** What a header row tells: the table's columns by position, or why the table is not read. */
interface HeaderReading {
  /** Column name by field position; null for a column we do not know. */
  columns: (string | null)[];
  issues: FileIssue[];
  readable: boolean;
}

function readHeader(table: SimkopdesTable, source: string, header: string[]): HeaderReading {
  const known = SIMKOPDES_FORMAT[table].columns;
  const issues: FileIssue[] = [];
  const columns = header.map((raw) => {
    const name = raw
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase();
    if (Object.hasOwn(known, name)) return name;
    if (name !== '')
      issues.push({
        kind: 'issue',
        code: 'UNKNOWN_COLUMN',
        source,
        table,
        column: name,
        message: `Column "${name}" is not a column of ${table}; it is ignored.`,
      });
    return null;
  });
  const missing = requiredColumnsOf(table).filter((column) => !columns.includes(column));
  for (const column of missing)
    issues.push({
      kind: 'issue',
      code: 'MISSING_COLUMN',
      source,
      table,
      column,
      message: `${table} needs the column "${column}"; the file's rows are not read.`,
    });
  return { columns, issues, readable: missing.length === 0 };
}

function rowValues(columns: (string | null)[], fields: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  columns.forEach((column, index) => {
    if (column !== null) values[column] = (fields[index] ?? '').trim();
  });
  return values;
}

function unknownTable(source: string): FileIssue {
  return {
    kind: 'issue',
    code: 'UNKNOWN_TABLE',
    source,
    table: null,
    message: `"${source}" names no SIMKOPDES table an import reads; it is skipped.`,
  };
}

function unreadable(source: string, table: SimkopdesTable | null, error: unknown): FileIssue {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    kind: 'issue',
    code: 'UNREADABLE_FILE',
    source,
    table,
    message: `"${source}" could not be read to the end: ${reason}`,
  };
}

async function* readCsvFiles(
  files: { name: string; open: OpenStream }[],
  options: ReadOptions,
): AsyncGenerator<SimkopdesReadEvent> {
  const reportUnknown = options.reportUnknownTables ?? true;
  const seen = new Set<SimkopdesTable>();
  for (const file of files) {
    const table = tableNamed(file.name);
    if (!table) {
      if (reportUnknown) yield unknownTable(file.name);
      continue;
    }
    if (options.tables && !options.tables.has(table)) continue;
    if (seen.has(table)) {
      if (reportUnknown)
        yield {
          kind: 'issue',
          code: 'DUPLICATE_TABLE',
          source: file.name,
          table,
          message: `A second file for ${table}; only the first is read.`,
        };
      continue;
    }
    seen.add(table);
    yield* readCsvFile(file.name, table, file.open);
  }
}

async function* readCsvFile(
  source: string,
  table: SimkopdesTable,
  open: OpenStream,
): AsyncGenerator<SimkopdesReadEvent> {
  const input = open();
  const parser = input.pipe(
    parse({
      bom: true,
      // Rows with too few or too many fields are reported as such, not as a parse failure.
      relax_column_count: true,
      skip_empty_lines: true,
    }),
  );
  // A failing input (a missing file) ends the parser with the input's error.
  input.on('error', (error) => parser.destroy(error));
  let header: HeaderReading | null = null;
  let rowNumber = 0;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      rowNumber += 1;
      if (!header) {
        header = readHeader(table, source, fields);
        yield* header.issues;
        if (!header.readable) break;
        continue;
      }
      yield {
        kind: 'row',
        table,
        source,
        rowNumber,
        values: rowValues(header.columns, fields),
        ...(fields.length !== header.columns.length ? { fieldCountMismatch: true } : {}),
      };
    }
    if (!header)
      yield { kind: 'issue', code: 'EMPTY_FILE', source, table, message: `"${source}" has no header row.` };
  } catch (error) {
    yield unreadable(source, table, error);
  } finally {
    input.destroy();
  }
}

/** The parts of exceljs's worksheet reader we use; its type declarations lack `name`. */
interface WorksheetStream extends AsyncIterable<ExcelJS.Row> {
  /** The part's number ("3" for xl/worksheets/sheet3.xml), or the sheet's id once it is named. */
  id?: string | number;
  name?: string;
}

async function* readWorkbook(
  name: string,
  open: OpenStream,
  sheetNames: Map<string, string>,
  options: ReadOptions,
): AsyncGenerator<SimkopdesReadEvent> {
  const reportUnknown = options.reportUnknownTables ?? true;
  const input = open();
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell which numbers are dates.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const seen = new Set<SimkopdesTable>();
  let current: SimkopdesTable | null = null;
  try {
    for await (const sheet of workbook as AsyncIterable<WorksheetStream>) {
      // The reader's "Sheet<n>" is its guess for a sheet it met before the workbook part; the
      // workbook's index names it then (see sheetNamesOf). A matched sheet keeps the reader's name.
      const guessed = sheet.name === `Sheet${sheet.id}`;
      const sheetName = (guessed ? sheetNames.get(String(sheet.id)) : undefined) ?? sheet.name ?? '';
      const source = `${name}#${sheetName}`;
      const table = tableNamed(sheetName);
      current = table;
      if (!table) {
        if (reportUnknown) yield unknownTable(source);
        await drain(sheet);
        continue;
      }
      if (options.tables && !options.tables.has(table)) {
        await drain(sheet);
        continue;
      }
      if (seen.has(table)) {
        if (reportUnknown)
          yield {
            kind: 'issue',
            code: 'DUPLICATE_TABLE',
            source,
            table,
            message: `A second sheet for ${table}; only the first is read.`,
          };
        await drain(sheet);
        continue;
      }
      seen.add(table);
      let header: HeaderReading | null = null;
      for await (const row of sheet) {
        const fields = cellTexts(row);
        if (!header) {
          if (fields.every((field) => field === '')) continue;
          header = readHeader(table, source, fields);
          yield* header.issues;
          if (!header.readable) break;
          continue;
        }
        if (fields.every((field) => field === '')) continue;
        yield {
          kind: 'row',
          table,
          source,
          rowNumber: row.number,
          values: rowValues(header.columns, fields),
        };
      }
      if (!header)
        yield {
          kind: 'issue',
          code: 'EMPTY_FILE',
          source,
          table,
          message: `Sheet "${sheetName}" has no header row.`,
        };
    }
  } catch (error) {
    yield unreadable(name, current, error);
  } finally {
    input.destroy();
  }
}

/**
 * Reads a skipped sheet to its end. exceljs removes a sheet's temporary file (see the header)
 * as soon as the next sheet is asked for, before an unread sheet's file stream has opened it;
 * reading it first keeps that stream from failing on a missing file.
 */
async function drain(sheet: WorksheetStream): Promise<void> {
  for await (const _row of sheet) {
    // nothing to keep
  }
}

/** A row's cells as text, by position (column A is index 0). */
function cellTexts(row: ExcelJS.Row): string[] {
  // row.values is 1-based with a hole at 0.
  const values = row.values as ExcelJS.CellValue[];
  const fields: string[] = [];
  for (let index = 1; index < values.length; index += 1) fields.push(cellText(values[index]));
  return fields;
}

function isoOf(date: Date): string {
  const iso = date.toISOString();
  // A date cell without a time is written as the day alone, as a CSV export writes it.
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/** A cell as the text a CSV export of it would hold. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoOf(value);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result);
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  // Errors (#N/A) and anything else carry no value.
  return '';
}
