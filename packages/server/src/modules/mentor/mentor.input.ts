import { Field, ID, InputType } from 'type-graphql';
import { MutationInput } from '../../graphql/payload';
import { MentorRole } from './mentor.entity';

@InputType({ description: 'Filters for mentors; all given filters must match.' })
export class MentorFilter {
  @Field(() => MentorRole, { nullable: true, description: 'BA or PMO.' })
  role?: MentorRole | null;

  @Field(() => String, { nullable: true, description: 'Regency code, e.g. "61.03".' })
  regencyCode?: string | null;
}

@InputType({
  description:
    "Assign a business assistant (BA) to a cooperative of the BA's regency (admins only); the cooperative's previous assignment ends.",
})
export class AssignMentorInput extends MutationInput {
  @Field(() => ID, { description: 'The BA; a PMO supervises BAs and takes no caseload.' })
  mentorId!: string;

  @Field(() => ID, { description: "The cooperative, in the BA's regency." })
  cooperativeId!: string;
}

@InputType({ description: "End a cooperative's current mentor assignment (admins only)." })
export class EndMentorAssignmentInput extends MutationInput {
  @Field(() => ID, { description: 'The cooperative.' })
  cooperativeId!: string;
}
