import { BusinessUnitType, type CooperativeKind } from '../cooperative/cooperative.entity';
import { DocumentType } from '../document/document-type';
import { APPROVALS, APPROVAL_OF_KIND } from '../program/program.requirements';

/**
 * Document and unit types as bits of an integer, so that "which required documents are in force"
 * is one AND and a bit count per pair instead of array work (the program mode scores every
 * cooperative). The order is the enums' declaration order; the statements matching builds take
 * their type arrays from these lists and the mapper decodes with them. The database keeps its own
 * copy for the masks its triggers store (`match_unit_types()`, `match_document_types()`, see
 * migration 20261128095000); test/matching.spec.ts checks that copy equals these lists.
 */
export const DOCUMENT_BITS: readonly DocumentType[] = Object.values(DocumentType);
export const UNIT_BITS: readonly BusinessUnitType[] = Object.values(BusinessUnitType);

/** The bit of a document type in a mask. */
export const documentBit = (type: DocumentType): number => 1 << DOCUMENT_BITS.indexOf(type);

/** The mask of a list of document types. */
export const documentMask = (types: Iterable<DocumentType>): number =>
  [...types].reduce((mask, type) => mask | documentBit(type), 0);

/**
 * SQL: the mask of the documents a program whose required mask is `required` asks of a cooperative
 * of kind `kind` (both SQL expressions). Generated from eligibility's rule (APPROVALS and
 * APPROVAL_OF_KIND in program.requirements.ts, as requirementsOf applies it): a program asking
 * for any approval asks for the one that fits the cooperative's kind instead (a KDMP its village
 * head's, a KKMP its regent's or mayor's). test/approval-rule.spec.ts checks on PostgreSQL that this
 * answers as requirementsOf does for every kind.
 */
export function requiredDocumentsMaskSql(required: string, kind: string): string {
  const approvals = documentMask(APPROVALS);
  const fitting = (Object.entries(APPROVAL_OF_KIND) as [CooperativeKind, DocumentType][])
    .map(([cooperativeKind, approval]) => `when '${cooperativeKind}' then ${documentBit(approval)}`)
    .join(' ');
  return `(case when (${required}) & ${approvals} <> 0
             then ((${required}) & ~${approvals}) | (case ${kind} ${fitting} else 0 end)
             else (${required}) end)`;
}
