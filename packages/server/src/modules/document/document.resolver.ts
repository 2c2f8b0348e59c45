import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access';
import { inTransaction, type Context } from '../../request-context';
import { mutate, mutateAndReadBack, PayloadType, readBack } from '../../graphql/payload';
import { decodeIdOf, toGlobalId } from '../../shared/global-id';
import { UserError } from '../../graphql/user-error';
import { AccessRole } from '../../shared/access-role';
import { Cooperative } from '../cooperative/cooperative.type';
import { cooperativeById } from '../cooperative/cooperative.reads';
import { CooperativeDocument } from './document.type';
import {
  AddCooperativeDocumentInput,
  RemoveCooperativeDocumentInput,
  UpdateCooperativeDocumentInput,
} from './document.input';
import { documentById } from './document.reads';
import * as documents from './document.service';

const AddCooperativeDocumentPayload = PayloadType(
  'AddCooperativeDocumentPayload',
  'document',
  CooperativeDocument,
  'Result of addCooperativeDocument.',
);
const UpdateCooperativeDocumentPayload = PayloadType(
  'UpdateCooperativeDocumentPayload',
  'document',
  CooperativeDocument,
  'Result of updateCooperativeDocument.',
);

@ObjectType({ simpleResolvers: true, description: 'Result of removeCooperativeDocument.' })
class RemoveCooperativeDocumentPayload {
  @Field(() => ID, { nullable: true, description: 'ID of the removed document; null when refused.' })
  removedDocumentId!: string | null;

  @Field(() => Cooperative, {
    nullable: true,
    description: 'Its cooperative as it is now; null when refused.',
  })
  cooperative!: Cooperative | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty when it succeeded.' })
  userErrors!: UserError[];
}

const WHO = "the cooperative's chair or board, its mentor, or an admin";

@Resolver()
export class DocumentResolver {
  @Allow(AccessRole.COOPERATIVE, AccessRole.MENTOR)
  @Mutation(() => AddCooperativeDocumentPayload, {
    description: `Puts a document on record for a cooperative (${WHO}); upload its file with POST /documents/{id}/file.`,
  })
  addCooperativeDocument(
    @Ctx() ctx: Context,
    @Arg('input', () => AddCooperativeDocumentInput, { description: 'The document.' })
    input: AddCooperativeDocumentInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'document',
      (tx) =>
        documents.addCooperativeDocument(tx, {
          ...input,
          cooperativeId: decodeIdOf('Cooperative', input.cooperativeId),
        }),
      documentById,
    );
  }

  @Allow(AccessRole.COOPERATIVE, AccessRole.MENTOR)
  @Mutation(() => UpdateCooperativeDocumentPayload, {
    description: `Changes a document's number, dates or note (${WHO}).`,
  })
  updateCooperativeDocument(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateCooperativeDocumentInput, { description: 'The changes.' })
    input: UpdateCooperativeDocumentInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'document',
      (tx) =>
        documents.updateCooperativeDocument(tx, {
          ...input,
          id: decodeIdOf('CooperativeDocument', input.id),
        }),
      documentById,
    );
  }

  @Allow(AccessRole.COOPERATIVE, AccessRole.MENTOR)
  @Mutation(() => RemoveCooperativeDocumentPayload, {
    description: `Removes a document and its file (${WHO}).`,
  })
  removeCooperativeDocument(
    @Ctx() ctx: Context,
    @Arg('input', () => RemoveCooperativeDocumentInput, { description: 'The document.' })
    input: RemoveCooperativeDocumentInput,
  ) {
    return mutate(input, async () => {
      const id = decodeIdOf('CooperativeDocument', input.id);
      const removed = await inTransaction(ctx, (tx) =>
        documents.removeCooperativeDocument(tx, { id, version: input.version }),
      );
      // Only once the row is gone for good: a rolled-back removal keeps its file.
      await ctx.services.documentStorage.discard(removed.fileKey);
      return {
        removedDocumentId: toGlobalId('CooperativeDocument', id),
        cooperative: await readBack(ctx, () => cooperativeById(ctx, removed.cooperativeId)),
      };
    });
  }
}
