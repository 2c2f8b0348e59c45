/**
 * Reads SIMKOPDES exports as a stream of rows, from one CSV file per table or from one XLSX
 * workbook with a sheet per table, without holding a file in memory.
 *
 * Why these parsers:
 * - csv-parse (7.x): a streaming RFC 4180 parser (quoted fields with commas and line breaks, a
 *   UTF-8 byte-order mark as Excel writes it), an async iterator of records, maintained for years
 *   and without dependencies.
 * - exceljs (4.4): the one maintained XLSX library for Node that parses a sheet row by row
 *   (its streaming `WorksheetReader`) and writes workbooks as a stream (sample files, exports).
 *   SheetJS's community build reads whole workbooks into memory. We do not let exceljs walk the
 *   zip itself: its `WorkbookReader` reads the parts in one streaming pass that now and then ends
 *   early under load (exceljs#3064), losing the last parts (the workbook index, when exceljs's
 *   own writer made the file) or, in another writer's order, whole sheets. We open the parts
 *   through the zip's central directory instead (unzipper's `Open.file`) and hand each to the
 *   reader's part parsers in the order they depend on: relations, index, shared strings, styles,
 *   then the sheets. Only the shared-strings table (one entry per distinct text) is held in
 *   memory; rows never are.
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
  { kind: 'csv'; files: { name: string; open: OpenStream }[] } | { kind: 'xlsx'; name: string; file: string };

/** CSV files on disk, each naming its table by its file name. */
export function csvFilesSource(files: string[]): SimkopdesSource {
  return {
    kind: 'csv',
    files: files.map((file) => ({ name: path.basename(file), open: () => fs.createReadStream(file) })),
  };
}

/** An XLSX workbook on disk (read by random access, hence a file rather than a stream). */
export function workbookFileSource(file: string): SimkopdesSource {
  return { kind: 'xlsx', name: path.basename(file), file };
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
  else yield* readWorkbook(source.name, source.file, options);
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

/** A sheet's rows, as exceljs's worksheet reader parses them from the sheet's part. */
type WorksheetStream = AsyncIterable<ExcelJS.Row>;

/**
 * The part parsers of exceljs's `WorkbookReader` (4.4), which its `parse` calls for each zip part
 * and which we call for the parts we open (see the header). Each takes the part's text as a
 * stream; the worksheet parser returns the sheet's row reader, named from the index.
 */
interface WorkbookPartParsers {
  model?: { sheets?: { name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncIterable<unknown>;
  _parseStyles(part: Readable): Promise<void>;
  _parseWorksheet(part: Readable, sheetNumber: string): Iterable<{ value: WorksheetStream }>;
}

/**
 * The workbook's sheets in the order its index lists them; `rows` opens a sheet's part (a sheet
 * that is skipped is never opened).
 */
async function* worksheetsOf(file: string): AsyncGenerator<{ name: string; rows: () => WorksheetStream }> {
  const directory = await unzipper.Open.file(file);
  const parts = new Map(directory.files.map((entry) => [entry.path, entry]));
  // As text, decoded across chunk boundaries (a character's bytes may span two chunks).
  const open = (partPath: string) => {
    const part = parts.get(partPath);
    if (!part) return null;
    const stream = part.stream();
    stream.setEncoding('utf8');
    return stream;
  };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell which numbers are dates.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as WorkbookPartParsers;
  const rels = open('xl/_rels/workbook.xml.rels');
  const index = open('xl/workbook.xml');
  if (!rels || !index) throw new Error('it has no workbook index (xl/workbook.xml); is it an XLSX file?');
  await reader._parseRels(rels);
  await reader._parseWorkbook(index);
  const sharedStrings = open('xl/sharedStrings.xml');
  if (sharedStrings)
    for await (const _string of reader._parseSharedStrings(sharedStrings)) {
      // cached by the reader
    }
  const styles = open('xl/styles.xml');
  if (styles) await reader._parseStyles(styles);
  const targets = new Map((reader.workbookRels ?? []).map((rel) => [rel.Id, rel.Target]));
  for (const { name, rId } of reader.model?.sheets ?? []) {
    const target = targets.get(rId) ?? '';
    const number = /^\/?(?:xl\/)?worksheets\/sheet(\d+)\.xml$/.exec(target)?.[1];
    const partPath = `xl/worksheets/sheet${number}.xml`;
    if (!number || !parts.has(partPath)) throw new Error(`sheet "${name}" has no worksheet part`);
    const rows = () => {
      for (const { value } of reader._parseWorksheet(open(partPath)!, number)) return value;
      throw new Error(`sheet "${name}" could not be opened`);
    };
    yield { name, rows };
  }
}

async function* readWorkbook(
  name: string,
  file: string,
  options: ReadOptions,
): AsyncGenerator<SimkopdesReadEvent> {
  const reportUnknown = options.reportUnknownTables ?? true;
  const seen = new Set<SimkopdesTable>();
  let current: SimkopdesTable | null = null;
  try {
    for await (const { name: sheetName, rows } of worksheetsOf(file)) {
      const source = `${name}#${sheetName}`;
      const table = tableNamed(sheetName);
      current = table;
      if (!table) {
        if (reportUnknown) yield unknownTable(source);
        continue;
      }
      if (options.tables && !options.tables.has(table)) continue;
      if (seen.has(table)) {
        if (reportUnknown)
          yield {
            kind: 'issue',
            code: 'DUPLICATE_TABLE',
            source,
            table,
            message: `A second sheet for ${table}; only the first is read.`,
          };
        continue;
      }
      seen.add(table);
      let header: HeaderReading | null = null;
      for await (const row of rows()) {
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
