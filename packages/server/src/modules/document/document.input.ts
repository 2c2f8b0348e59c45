import { Field, ID, InputType } from 'type-graphql';
import { Length, MaxLength } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { MutationInput, VersionField } from '../../graphql/payload';
import { KEEP_OR_CLEAR, NotBlank, NotInFuture } from '../../graphql/validation';
import { DocumentType } from './document-type.type';

const NUMBER = 'The number printed on it (at most 120 characters); an NPWP has 15 or 16 digits, a NIB 13.';
const ISSUED_ON = 'When it was issued; not in the future.';
const EXPIRES_ON = 'When it lapses, not before it was issued; leave empty when it does not expire.';
const NOTE = 'A note for the officers and mentors (at most 2000 characters).';

@InputType({ description: 'A document to put on record for a cooperative (its board, mentor or an admin).' })
export class AddCooperativeDocumentInput extends MutationInput {
  @Field(() => ID, { description: 'The cooperative.' })
  cooperativeId!: string;

  @Field(() => DocumentType, { description: 'Which kind of document.' })
  type!: DocumentType;

  @Field(() => String, { nullable: true, description: NUMBER })
  @Length(1, 120)
  @NotBlank()
  number?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: ISSUED_ON })
  @NotInFuture()
  issuedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: EXPIRES_ON })
  expiresOn?: string | null;

  @Field(() => String, { nullable: true, description: NOTE })
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: "Changes to a document's number, dates or note." })
export class UpdateCooperativeDocumentInput extends MutationInput {
  @Field(() => ID, { description: 'The document.' })
  id!: string;

  @VersionField('document')
  version!: number;

  @Field(() => String, { nullable: true, description: `${NUMBER} ${KEEP_OR_CLEAR}` })
  @Length(1, 120)
  @NotBlank()
  number?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: `${ISSUED_ON} ${KEEP_OR_CLEAR}` })
  @NotInFuture()
  issuedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: `${EXPIRES_ON} ${KEEP_OR_CLEAR}` })
  expiresOn?: string | null;

  @Field(() => String, { nullable: true, description: `${NOTE} ${KEEP_OR_CLEAR}` })
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'A document to remove, with its file.' })
export class RemoveCooperativeDocumentInput extends MutationInput {
  @Field(() => ID, { description: 'The document.' })
  id!: string;

  @VersionField('document')
  version!: number;
}
