import { createUnionType, Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/relay';
import { Cooperative } from '../cooperative/cooperative.type';
import { Offering } from '../offering/offering.type';
import { Partner } from '../partner/partner.type';
import { Program } from '../program/program.type';
import { PartnerRequest } from '../request/partner-request.type';
import { SEARCH_COUNT_CAP_TEXT } from '../text-search/text-search.terms';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'Something `search` found.',
  types: () => [Cooperative, Offering, Partner, Program, PartnerRequest] as const,
});

export type SearchNode = Cooperative | Offering | Partner | Program | PartnerRequest;

@ObjectType({ simpleResolvers: true, description: 'One search result in a page, with its cursor.' })
export class SearchEdge {
  @Field(() => String, { description: 'Opaque cursor of this edge, for `after`.' })
  cursor!: string;

  @Field(() => SearchResult, { description: 'The object found.' })
  node!: SearchNode;

  @Field(() => Float, {
    description:
      'Relevance (higher first): per query word 1 for a stemmed full-text match plus its trigram similarity, plus the similarity of the query to the name.',
  })
  score!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A page of search results, most relevant first (Relay cursor connection).',
})
export class SearchConnection {
  @Field(() => [SearchEdge], { description: 'The results of this page, in order.' })
  edges!: SearchEdge[];

  @Field(() => PageInfo, { description: 'Whether there are more pages, and their cursors.' })
  pageInfo!: PageInfo;

  @Field(() => Int, {
    nullable: true,
    description: `How many objects match in all, counted exactly up to ${SEARCH_COUNT_CAP_TEXT}; when more match it is ${SEARCH_COUNT_CAP_TEXT} and \`isTotalCountCapped\` is true (show "${SEARCH_COUNT_CAP_TEXT}+"). Pages then end after about ${SEARCH_COUNT_CAP_TEXT} results, ranked among a spread of the matches: narrow the query or filter to see others.`,
  })
  totalCount!: number;

  @Field(() => Boolean, {
    description: `True when more objects match than \`totalCount\` says: counting stopped at ${SEARCH_COUNT_CAP_TEXT}.`,
  })
  isTotalCountCapped!: boolean;

  @Field(() => Boolean, {
    description:
      'False when no object matched every word of `q`: the results are then the objects matching the most words (`wordsMatched` of `wordCount`), and a client should say so. True when they match every word, or when nothing was found.',
  })
  matchesEveryWord!: boolean;

  @Field(() => Int, {
    description:
      'How many of the query’s words each result matches at least (`wordCount` unless `matchesEveryWord` is false).',
  })
  wordsMatched!: number;

  @Field(() => Int, { description: 'How many distinct words of `q` the search used (at most 8).' })
  wordCount!: number;
}
