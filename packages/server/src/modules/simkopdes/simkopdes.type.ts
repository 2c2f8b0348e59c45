import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { toGlobalId } from '../../shared/global-id';
import { fromPgTimestamp } from '../../shared/time';
import { tablesInReadingOrder } from './simkopdes.format';
import { Node } from '../../graphql/relay';
import type { DryRunReport } from './simkopdes.dry-run';
import {
  SimkopdesConflictField,
  SimkopdesConflictResolution,
  SimkopdesFileFormat,
  SimkopdesImportStatus,
} from './simkopdes.entity';

registerEnumType(SimkopdesImportStatus, {
  name: 'SimkopdesImportStatus',
  valuesConfig: {
    UPLOADED: { description: 'Files stored; the dry run is waiting.' },
    CHECKING: { description: 'The dry run is running.' },
    CHECKED: { description: 'The dry run report is ready; the run may be applied.' },
    QUEUED: { description: 'Waiting for the apply job.' },
    APPLYING: { description: 'Being applied (see rowsDone).' },
    APPLIED: { description: 'Applied.' },
    FAILED: { description: 'The last attempt failed (see error); apply again to resume.' },
    UNDONE: { description: 'Applied, then undone.' },
    DISCARDED: { description: 'Dropped without applying.' },
  },
  description:
    'Where an import run stands: UPLOADED → CHECKING → CHECKED (dry run report ready) → QUEUED → APPLYING → APPLIED or FAILED (apply again to resume); APPLIED → UNDONE; DISCARDED.',
});
registerEnumType(SimkopdesFileFormat, {
  name: 'SimkopdesFileFormat',
  valuesConfig: {
    CSV: { description: 'One CSV file per table.' },
    XLSX: { description: 'One workbook, a sheet per table.' },
  },
  description: 'One CSV file per table, or one XLSX workbook with a sheet per table.',
});
registerEnumType(SimkopdesConflictField, {
  name: 'SimkopdesConflictField',
  valuesConfig: {
    NAME: { description: "The cooperative's name." },
    MANAGEMENT_PATTERN: { description: 'Conventional or sharia management.' },
    OFFICER_NAME: {
      description: "The name of an officer role's holder (the conflict's `subject` is the role).",
    },
    UNIT_STATUS: { description: "A business unit's status (the conflict's `subject` is the unit type)." },
  },
  description: 'A value an import does not overwrite once MitraDesa edited it.',
});
registerEnumType(SimkopdesConflictResolution, {
  name: 'SimkopdesConflictResolution',
  valuesConfig: {
    KEEP_OURS: { description: "MitraDesa's value stays." },
    TAKE_THEIRS: { description: "SIMKOPDES's value is written." },
  },
  description: "KEEP_OURS keeps MitraDesa's value; TAKE_THEIRS writes SIMKOPDES's.",
});

@ObjectType({ simpleResolvers: true, description: 'How many rows gave one code.' })
export class SimkopdesCodeCount {
  @Field(() => String, {
    description: 'The rejection or note code (e.g. UNKNOWN_VILLAGE_CODE, OUTSIDE_SCOPE).',
  })
  code!: string;

  @Field(() => Int, { description: 'Rows with this code.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "One table's rows by what importing them does." })
export class SimkopdesTableReport {
  @Field(() => String, { description: 'The SIMKOPDES table.' })
  table!: string;

  @Field(() => Int, { description: 'Rows read.' })
  rows!: number;

  @Field(() => Int, { description: 'Rows that create a record.' })
  create!: number;

  @Field(() => Int, { description: 'Rows that change a record.' })
  update!: number;

  @Field(() => Int, { description: 'Rows that match a record as it is.' })
  unchanged!: number;

  @Field(() => Int, {
    description:
      'Rows that differ from a record MitraDesa edited since the last import: ours is kept and a conflict is raised to resolve (CONFLICT_WITH_MITRADESA).',
  })
  conflict!: number;

  @Field(() => Int, { description: "Member rows, counted into their cooperative's member count." })
  counted!: number;

  @Field(() => Int, { description: 'Valid rows with nothing of ours to become.' })
  skipped!: number;

  @Field(() => Int, { description: 'Rows refused; the others are imported all the same.' })
  rejected!: number;

  @Field(() => [SimkopdesCodeCount], { description: 'Rejected rows by reason.' })
  rejections!: SimkopdesCodeCount[];

  @Field(() => [SimkopdesCodeCount], {
    description:
      'Rows with a remark that did not refuse them, by code (e.g. DATE_MASKED, UNKNOWN_BANK_NAME, CONFLICT_WITH_MITRADESA, KEPT_IN_MITRADESA).',
  })
  notes!: SimkopdesCodeCount[];
}

@ObjectType({ simpleResolvers: true, description: 'Why a row was refused.' })
export class SimkopdesFinding {
  @Field(() => String, { description: 'The reason code.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'The SIMKOPDES column at fault, if one.' })
  column!: string | null;

  @Field(() => String, { description: 'What is wrong, in words.' })
  message!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A rejected row, as a sample of the report.' })
export class SimkopdesRejectedRow {
  @Field(() => String, { description: 'The SIMKOPDES table.' })
  table!: string;

  @Field(() => String, { description: 'The file or sheet.' })
  source!: string;

  @Field(() => Int, { description: 'Its row number as a spreadsheet shows it (the header is row 1).' })
  rowNumber!: number;

  @Field(() => String, { nullable: true, description: 'Its koperasi_ref, if it names one.' })
  koperasiRef!: string | null;

  @Field(() => [SimkopdesFinding], { description: 'Why it was refused.' })
  reasons!: SimkopdesFinding[];
}

@ObjectType({ simpleResolvers: true, description: 'A problem with a whole file or sheet.' })
export class SimkopdesFileIssue {
  @Field(() => String, {
    description:
      'UNKNOWN_TABLE, UNKNOWN_COLUMN, MISSING_COLUMN, DUPLICATE_TABLE, EMPTY_FILE or UNREADABLE_FILE.',
  })
  code!: string;

  @Field(() => String, { description: 'The file or sheet.' })
  source!: string;

  @Field(() => String, { description: 'What is wrong, in words.' })
  message!: string;
}

@ObjectType({ simpleResolvers: true, description: "The dry run's report: what applying the files does." })
export class SimkopdesReport {
  @Field(() => [SimkopdesTableReport], { description: 'Each table, in reading order.' })
  tables!: SimkopdesTableReport[];

  @Field(() => [SimkopdesFileIssue], { description: 'Problems with whole files or sheets.' })
  issues!: SimkopdesFileIssue[];

  @Field(() => [SimkopdesRejectedRow], {
    description: 'The first rejected rows, and one of each further reason.',
  })
  rejectedSample!: SimkopdesRejectedRow[];

  @Field(() => Int, { description: 'Cooperatives to be created (villages without one).' })
  newCooperatives!: number;

  @Field(() => Int, { description: 'Cooperatives matched by their village.' })
  matchedCooperatives!: number;

  static of(report: DryRunReport): SimkopdesReport {
    const sample = [...report.rejectedSample];
    for (const row of Object.values(report.firstRejectionByCode))
      if (row && !sample.some((kept) => kept.source === row.source && kept.rowNumber === row.rowNumber))
        sample.push(row);
    return Object.assign(new SimkopdesReport(), {
      // In reading order: the report is stored as jsonb, which keeps its keys in an order of its own.
      tables: tablesInReadingOrder()
        .filter((table) => report.tables[table] !== undefined)
        .map((table) => [table, report.tables[table]] as const)
        .map(([table, counts]) => ({
          table,
          rows: counts.rows,
          create: counts.outcomes.CREATE,
          update: counts.outcomes.UPDATE,
          unchanged: counts.outcomes.UNCHANGED,
          // Reports stored before conflicts were counted apart have none.
          conflict: counts.outcomes.CONFLICT ?? 0,
          counted: counts.outcomes.COUNTED,
          skipped: counts.outcomes.SKIPPED,
          rejected: counts.outcomes.REJECTED,
          rejections: Object.entries(counts.rejections).map(([code, count]) => ({ code, count: count ?? 0 })),
          notes: Object.entries(counts.notes ?? {}).map(([code, count]) => ({ code, count: count ?? 0 })),
        })),
      issues: report.issues.map((issue) => ({
        code: issue.code,
        source: issue.source,
        message: issue.message,
      })),
      rejectedSample: sample.map((row) => ({
        table: row.table,
        source: row.source,
        rowNumber: row.rowNumber,
        koperasiRef: row.koperasiRef,
        reasons: row.rejections.map((finding) => ({
          code: finding.code,
          column: finding.column ?? null,
          message: finding.message,
        })),
      })),
      newCooperatives: report.cooperatives.new,
      matchedCooperatives: report.cooperatives.matched,
    });
  }
}

export interface SimkopdesConflictRow {
  id: number;
  import_id: number;
  cooperative_id: number;
  cooperative_name: string;
  field: SimkopdesConflictField;
  subject: string | null;
  ours: string | null;
  theirs: string;
  resolution: SimkopdesConflictResolution | null;
  resolved_at: string | null;
}

@ObjectType('SimkopdesConflict', {
  implements: Node,
  simpleResolvers: true,
  description:
    'A value SIMKOPDES and MitraDesa disagree on (a profile value, an officer name, a unit status), where MitraDesa edited it since the last import: kept until resolved.',
})
export class SimkopdesConflictType extends Node {
  @Field(() => ID, { description: 'The cooperative.' })
  cooperativeId!: string;

  @Field(() => String, { description: "The cooperative's name in MitraDesa." })
  cooperativeName!: string;

  @Field(() => SimkopdesConflictField, { description: 'The value in conflict.' })
  field!: SimkopdesConflictField;

  @Field(() => String, {
    nullable: true,
    description:
      'Which one: the officer role (OfficerRole) for OFFICER_NAME, the unit type (BusinessUnitType) for UNIT_STATUS; null for a profile value.',
  })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: "MitraDesa's value when the conflict was raised." })
  ours!: string | null;

  @Field(() => String, { description: "SIMKOPDES's value." })
  theirs!: string;

  @Field(() => SimkopdesConflictResolution, {
    nullable: true,
    description: 'How it was resolved; null while open.',
  })
  resolution!: SimkopdesConflictResolution | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was resolved.' })
  resolvedAt!: Date | null;

  static fromRow(row: SimkopdesConflictRow): SimkopdesConflictType {
    return Object.assign(new SimkopdesConflictType(), {
      id: toGlobalId('SimkopdesConflict', row.id),
      cooperativeId: toGlobalId('Cooperative', row.cooperative_id),
      cooperativeName: row.cooperative_name,
      field: row.field,
      subject: row.subject,
      ours: row.ours,
      theirs: row.theirs,
      resolution: row.resolution,
      resolvedAt: fromPgTimestamp(row.resolved_at),
    });
  }
}

export interface SimkopdesImportRow {
  id: number;
  status: SimkopdesImportStatus;
  format: SimkopdesFileFormat;
  file_names: string[];
  scope_region_codes: string[] | null;
  report: DryRunReport | null;
  rows_done: number;
  rows_total: number;
  error: string | null;
  created_at: string;
  checked_at: string | null;
  applied_at: string | null;
  undone_at: string | null;
  created_by_name: string | null;
}

@ObjectType('SimkopdesImport', {
  implements: Node,
  simpleResolvers: true,
  description: 'One upload of SIMKOPDES exports and what became of it.',
})
export class SimkopdesImportType extends Node {
  databaseId!: number;

  @Field(() => SimkopdesImportStatus, { description: 'Where the run stands.' })
  status!: SimkopdesImportStatus;

  @Field(() => SimkopdesFileFormat, { description: 'CSV files or one workbook.' })
  format!: SimkopdesFileFormat;

  @Field(() => [String], { description: 'The uploaded files, by name.' })
  fileNames!: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'The regions its rows must lie in (the importing Dinas office); null: everywhere (an admin).',
  })
  scopeRegionCodes!: string[] | null;

  @Field(() => SimkopdesReport, { nullable: true, description: "The dry run's report, once CHECKED." })
  report!: SimkopdesReport | null;

  @Field(() => Int, { description: 'Rows applied so far.' })
  rowsDone!: number;

  @Field(() => Int, { description: 'Rows to apply (known once CHECKED).' })
  rowsTotal!: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  error!: string | null;

  @Field(() => String, { nullable: true, description: 'Who uploaded it.' })
  createdByName!: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When it was uploaded.' })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the dry run finished.' })
  checkedAt!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was applied.' })
  appliedAt!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was undone.' })
  undoneAt!: Date | null;

  static fromRow(row: SimkopdesImportRow): SimkopdesImportType {
    return Object.assign(new SimkopdesImportType(), {
      id: toGlobalId('SimkopdesImport', row.id),
      databaseId: row.id,
      status: row.status,
      format: row.format,
      fileNames: row.file_names,
      scopeRegionCodes: row.scope_region_codes,
      report: row.report ? SimkopdesReport.of(row.report) : null,
      rowsDone: row.rows_done,
      rowsTotal: row.rows_total,
      error: row.error,
      createdByName: row.created_by_name,
      createdAt: fromPgTimestamp(row.created_at),
      checkedAt: fromPgTimestamp(row.checked_at),
      appliedAt: fromPgTimestamp(row.applied_at),
      undoneAt: fromPgTimestamp(row.undone_at),
    });
  }
}
