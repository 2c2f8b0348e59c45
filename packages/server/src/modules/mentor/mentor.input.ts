import { Field, InputType } from 'type-graphql';
import { MentorRole } from './mentor.entity';

@InputType({ description: 'Filters for mentors; all given filters must match.' })
export class MentorFilter {
  @Field(() => MentorRole, { nullable: true, description: 'BA or PMO.' })
  role?: MentorRole | null;

  @Field(() => String, { nullable: true, description: 'Regency code, e.g. "61.03".' })
  regencyCode?: string | null;
}
