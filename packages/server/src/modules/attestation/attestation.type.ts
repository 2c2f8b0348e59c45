import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay';
import { toGlobalId } from '../../shared/global-id';
import { fromPgTimestamp } from '../../shared/time';
import { AttestationSubject } from './attestation.entity';

registerEnumType(AttestationSubject, {
  name: 'AttestationSubject',
  description: 'What a mentor attested about a cooperative.',
  valuesConfig: {
    UNIT_ACTIVE: { description: 'A business unit is trading (the unit is marked ACTIVE).' },
    DOCUMENT_SEEN: { description: 'The mentor saw the original of a document on record.' },
    FACT: { description: 'Another fact, stated in the note.' },
  },
});

export interface AttestationRow {
  id: number;
  cooperative_id: number;
  mentor_id: number;
  subject: AttestationSubject;
  business_unit_id: number | null;
  document_id: number | null;
  note: string | null;
  attested_at: string;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    "A mentor's statement that they saw a fact about a cooperative in the field: a unit trading, a document's original, or another fact. Public: it is what raised the verification levels.",
})
export class CooperativeAttestation extends Node {
  mentorId!: number;
  businessUnitId!: number | null;
  documentId!: number | null;

  @Field(() => AttestationSubject, { description: 'What was attested.' })
  subject!: AttestationSubject;

  @Field(() => String, { nullable: true, description: "The mentor's note; for FACT, the fact itself." })
  note!: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When it was attested.' })
  attestedAt!: Date;

  static fromRow(row: AttestationRow): CooperativeAttestation {
    return Object.assign(new CooperativeAttestation(), {
      id: toGlobalId('CooperativeAttestation', row.id),
      mentorId: row.mentor_id,
      businessUnitId: row.business_unit_id,
      documentId: row.document_id,
      subject: row.subject,
      note: row.note,
      attestedAt: fromPgTimestamp(row.attested_at),
    });
  }
}
