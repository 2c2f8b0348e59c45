import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../request-context';
import { Cooperative } from '../cooperative/cooperative.type';
import { CooperativeDocument } from './document.type';
import { documentsOfCooperative } from './document.reads';

@Resolver(() => Cooperative)
export class CooperativeDocumentFields {
  @FieldResolver(() => [CooperativeDocument], {
    description:
      'Its documents by type, newest first within a type. Everyone sees which are held, in force and verified; numbers, notes and files only its officers, mentors, its Dinas and admins.',
  })
  documents(@Root() cooperative: Cooperative, @Ctx() ctx: Context) {
    return documentsOfCooperative(ctx, cooperative.dbId);
  }
}
