import { SIMKOPDES_FORMAT, type ColumnSpec, type SimkopdesTable } from './simkopdes.format';
import {
  comparable,
  coordinatesOf,
  decimalOf,
  isMasked,
  koperasiRefOf,
  readDate,
  villageCodeOf,
} from './simkopdes.normalise';

/**
 * The checks a row passes on its own, by the rules of its columns in simkopdes.format.ts: no
 * database and no other row. Matching against the database and other rows is the dry run's.
 */

/** Why a row cannot be imported. */
export type RejectionCode =
  | 'MALFORMED_ROW'
  | 'MISSING_REQUIRED'
  | 'MASKED_VALUE_REQUIRED'
  | 'MALFORMED_REF'
  | 'MALFORMED_VILLAGE_CODE'
  | 'UNKNOWN_VILLAGE_CODE'
  /** The village lies outside the regions the importing Dinas office oversees. */
  | 'OUTSIDE_SCOPE'
  | 'VILLAGE_ALREADY_TAKEN'
  /** The ref is the external id of a cooperative of ours in another village than the row names. */
  | 'REF_VILLAGE_MISMATCH'
  /** The village's cooperative of ours carries another ref from an earlier import. */
  | 'VILLAGE_LINKED_TO_OTHER_REF'
  | 'DUPLICATE_KOPERASI_REF'
  | 'DUPLICATE_TYPE_REF'
  | 'UNKNOWN_COOPERATIVE_REF'
  | 'UNKNOWN_TYPE_REF'
  | 'BAD_DATE'
  | 'BAD_NUMBER'
  | 'UNKNOWN_VALUE';

/** Something about a row worth knowing that does not stop its import. */
export type NoteCode =
  | 'DATE_MASKED'
  | 'DATE_ZERO'
  | 'UNKNOWN_VALUE'
  | 'UNKNOWN_BANK_NAME'
  | 'UNKNOWN_OUTLET_TYPE'
  | 'UNKNOWN_DOCUMENT_TYPE'
  | 'BAD_COORDINATES'
  | 'NO_COUNTERPART'
  /**
   * A value MitraDesa edited since the last import (profile, officer name, unit status): kept, and
   * raised as a conflict.
   */
  | 'CONFLICT_WITH_MITRADESA'
  /** A document recorded in MitraDesa (not by an import): kept as it is. */
  | 'KEPT_IN_MITRADESA';

export interface Finding<Code extends string> {
  code: Code;
  /** The SIMKOPDES column, when one column is at fault. */
  column?: string;
  message: string;
}

export interface RowCheck {
  rejections: Finding<RejectionCode>[];
  notes: Finding<NoteCode>[];
}

function checkColumn(column: string, spec: ColumnSpec, value: string, check: RowCheck): void {
  const reject = (code: RejectionCode, message: string) => check.rejections.push({ code, column, message });
  const note = (code: NoteCode, message: string) => check.notes.push({ code, column, message });
  if (value === '') {
    if (spec.filled) reject('MISSING_REQUIRED', `${column} is empty.`);
    return;
  }
  if (spec.kind !== 'personal' && spec.filled && isMasked(value)) {
    reject(
      'MASKED_VALUE_REQUIRED',
      `${column} is masked ("${value}"); a masked value cannot be imported here.`,
    );
    return;
  }
  switch (spec.kind) {
    case 'koperasi-ref':
      if (!koperasiRefOf(value))
        reject('MALFORMED_REF', `${column} "${value}" is not KOP- followed by 12 hex digits.`);
      return;
    case 'region-code':
      if (!villageCodeOf(value))
        reject('MALFORMED_VILLAGE_CODE', `${column} "${value}" is not a village code like 32.01.01.2001.`);
      return;
    case 'date': {
      const reading = readDate(value);
      if (reading.kind === 'bad') reject('BAD_DATE', `${column} "${value}" is not a date.`);
      else if (reading.kind === 'masked') note('DATE_MASKED', `${column} is masked; it is left empty.`);
      else if (reading.kind === 'zero')
        note('DATE_ZERO', `${column} is 0000-00-00 (not known); it is left empty.`);
      return;
    }
    case 'number':
      if (!decimalOf(value)) reject('BAD_NUMBER', `${column} "${value}" is not a number.`);
      return;
    case 'coordinates':
      if (!coordinatesOf(value))
        note('BAD_COORDINATES', `${column} "${value}" is not "latitude, longitude".`);
      return;
    case 'enum': {
      const key = comparable(value);
      if (spec.values && !spec.values.some((known) => comparable(known) === key)) {
        if (spec.unknownValue === 'reject')
          reject('UNKNOWN_VALUE', `${column} "${value}" is none of: ${spec.values.join(', ')}.`);
        else note('UNKNOWN_VALUE', `${column} "${value}" is not a known value; it is kept as typed.`);
      }
      return;
    }
    default:
      return;
  }
}

/** The findings on one row's own values. */
export function checkRow(
  table: SimkopdesTable,
  values: Record<string, string>,
  fieldCountMismatch = false,
): RowCheck {
  const check: RowCheck = { rejections: [], notes: [] };
  if (fieldCountMismatch)
    check.rejections.push({
      code: 'MALFORMED_ROW',
      message: 'The row has another number of fields than the header.',
    });
  for (const [column, spec] of Object.entries(SIMKOPDES_FORMAT[table].columns)) {
    const value = values[column];
    // A column the header lacks: its absence was reported once for the file (or it is optional).
    if (value === undefined) continue;
    checkColumn(column, spec, value, check);
  }
  return check;
}
