import { registerEnumType } from 'type-graphql';

/** The kinds of object the text search matches (their rows in search_document). */
export enum SearchType {
  COOPERATIVE = 'COOPERATIVE',
  OFFERING = 'OFFERING',
  PARTNER = 'PARTNER',
  PROGRAM = 'PROGRAM',
  REQUEST = 'REQUEST',
}

registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'A kind of object that `search` finds.',
  valuesConfig: {
    COOPERATIVE: { description: 'Cooperatives (by name and the names of their village, district, regency).' },
    OFFERING: { description: 'Published offerings (text, commodity, and their cooperative and its places).' },
    PARTNER: { description: 'Partners (name, description, commodities).' },
    PROGRAM: { description: 'Active programs (text, commodity, partner name).' },
    REQUEST: { description: 'Open partner requests (text, commodity, partner, delivery region).' },
  },
});
