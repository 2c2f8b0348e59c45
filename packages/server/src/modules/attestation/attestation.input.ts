import { Field, ID, InputType } from 'type-graphql';
import { Length, MaxLength } from 'class-validator';
import { MutationInput } from '../../graphql/payload';
import { NotBlank } from '../../graphql/validation';
import { AttestationSubject } from './attestation.entity';

@InputType({ description: 'A fact a mentor saw about a cooperative they are assigned to.' })
export class AttestCooperativeFactInput extends MutationInput {
  @Field(() => ID, { description: 'The cooperative.' })
  cooperativeId!: string;

  @Field(() => AttestationSubject, { description: 'What is attested.' })
  subject!: AttestationSubject;

  @Field(() => ID, { nullable: true, description: 'For UNIT_ACTIVE: the business unit that is trading.' })
  businessUnitId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For DOCUMENT_SEEN: the document whose original was seen.',
  })
  documentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A note (at most 1000 characters); required for FACT, where it states the fact.',
  })
  @Length(1, 1000)
  @NotBlank()
  @MaxLength(1000)
  note?: string | null;
}
