import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/relay';
import { toGlobalId } from '../../shared/global-id';
import { MentorRole } from './mentor.entity';

registerEnumType(MentorRole, {
  name: 'MentorRole',
  description: 'Role of a mentor (pendamping).',
  valuesConfig: {
    BA: { description: 'Business assistant with a caseload of cooperatives.' },
    PMO: { description: 'Project management officer supervising business assistants.' },
  },
});

export interface MentorRow {
  id: number;
  role: MentorRole;
  name: string;
  phone: string | null;
  regency_code: string | null;
  supervisor_id: number | null;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'A mentor (pendamping): a business assistant or a project management officer.',
})
export class Mentor extends Node {
  dbId!: number;
  regencyCode!: string | null;
  supervisorId!: number | null;

  @Field(() => MentorRole, { description: 'BA or PMO.' })
  role!: MentorRole;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Work phone number.' })
  phone!: string | null;

  static fromRow(row: MentorRow): Mentor {
    return Object.assign(new Mentor(), {
      id: toGlobalId('Mentor', row.id),
      dbId: row.id,
      regencyCode: row.regency_code,
      supervisorId: row.supervisor_id,
      role: row.role,
      name: row.name,
      phone: row.phone,
    });
  }
}
