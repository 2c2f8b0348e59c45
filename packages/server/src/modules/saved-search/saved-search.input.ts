import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, Length } from 'class-validator';
import { MutationInput } from '../../graphql/payload';
import { NotBlank } from '../../graphql/validation';
import { SearchFilter } from '../search/search.input';
import { Q_DESCRIPTION } from '../text-search/text-search.input';
import { MAX_QUERY_LENGTH } from '../text-search/text-search.terms';
import { SearchType } from '../text-search/text-search.type';

@InputType({ description: 'A search to save under a name.' })
export class SaveSearchInput extends MutationInput {
  @Field(() => String, { description: 'A name for it (1–80 characters), unique among your saved searches.' })
  @Length(1, 80)
  @NotBlank()
  name!: string;

  @Field(() => String, { description: Q_DESCRIPTION })
  @Length(1, MAX_QUERY_LENGTH)
  q!: string;

  @Field(() => [SearchType], { nullable: true, description: 'Only these kinds of objects (default: all).' })
  @ArrayMaxSize(5)
  types?: SearchType[] | null;

  @Field(() => SearchFilter, { nullable: true, description: 'Region and/or commodity filter.' })
  filter?: SearchFilter | null;
}

@InputType({ description: 'A saved search to delete.' })
export class DeleteSavedSearchInput extends MutationInput {
  @Field(() => ID, { description: 'The saved search; it must be yours.' })
  id!: string;
}
