import { toGlobalId } from '../src/shared/global-id';
import type { Fixtures } from './fixtures';
import { webOperation } from './web-operations';

/**
 * What a read must achieve at national size, p95 with one connection. `signed-in` reads (a
 * workspace, an inbox, a provincial dashboard) have no stated budget: they are reported only.
 */
export type BudgetGroup = 'public' | 'recommendation' | 'national-dashboard' | 'home' | 'signed-in';

export const P95_BUDGET_MS: Record<BudgetGroup, number | null> = {
  public: 50,
  recommendation: 100,
  'national-dashboard': 200,
  home: 50,
  'signed-in': null,
};

/** One read the benchmark drives. */
export interface BenchOperation {
  name: string;
  group: BudgetGroup;
  query: string;
  variables: Record<string, unknown>;
  /** Each request takes the next of these variables in turn (e.g. every cooperative), instead of `variables`. */
  rotate?: Record<string, unknown>[];
  /** Sent as `Authorization: Bearer …` (operations that need a signed-in viewer). */
  token?: string;
}

export const DISCOVERY_PAGE = /* GraphQL */ `
  query DiscoveryPage($filter: CooperativeFilter) {
    cooperatives(first: 20, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          stage
          verificationLevel
          memberCount
          village {
            name
            parent {
              name
              parent {
                name
              }
            }
          }
          units(status: ACTIVE) {
            type
            status
          }
          offerings(first: 5) {
            edges {
              node {
                id
                kind
                title
                commodity
                priceMin {
                  amount
                  currency
                }
              }
            }
          }
        }
      }
    }
  }
`;

export const COOPERATIVE_DETAIL = /* GraphQL */ `
  query CooperativeDetail($id: ID!) {
    cooperative(id: $id) {
      id
      name
      kind
      stage
      verificationLevel
      memberCount
      managementPattern
      version
      updatedAt
      legal {
        skAhuNumber
        skAhuDate
        nikKoperasi
        nib
        npwp
        deedNumber
        deedDate
      }
      village {
        code
        name
        villageKind
        parent {
          name
          parent {
            name
          }
        }
      }
      officers {
        role
        name
      }
      units {
        type
        name
        status
        capacityNotes
        activeSince
      }
      offerings(first: 10) {
        totalCount
        edges {
          node {
            id
            kind
            title
            description
            commodity
            quantityPerMonth
            quantityUnit
            priceMin {
              amount
            }
            priceMax {
              amount
            }
            amountNeeded {
              amount
            }
            validUntil
          }
        }
      }
      mentor {
        id
        name
        phone
        supervisor {
          name
        }
      }
    }
  }
`;

export const OFFERINGS_FILTER = /* GraphQL */ `
  query OfferingsByCommodity($filter: OfferingFilter) {
    offerings(first: 20, filter: $filter) {
      totalCount
      edges {
        node {
          id
          kind
          title
          commodity
          quantityPerMonth
          quantityUnit
          priceMin {
            amount
          }
          priceMax {
            amount
          }
          validUntil
          cooperative {
            id
            name
            village {
              name
              parent {
                name
                parent {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`;

/** The search results page: one ranked page over every kind of object, with the total. */
export const SEARCH_PAGE = /* GraphQL */ `
  query SearchPage($q: String!, $types: [SearchType!], $first: Int) {
    search(q: $q, types: $types, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          __typename
          ... on Cooperative {
            id
            name
            village {
              name
              parent {
                name
                parent {
                  name
                }
              }
            }
          }
          ... on Offering {
            id
            title
            commodity
            cooperative {
              id
              name
            }
          }
          ... on Partner {
            id
            name
            type
          }
          ... on Program {
            id
            name
            commodity
          }
          ... on PartnerRequest {
            id
            title
            requestCommodity: commodity
          }
        }
      }
    }
  }
`;

const MATCH_EXPLANATION = /* GraphQL */ `
  score
  reasons {
    code
    points
    maxPoints
    commodity
    unitType
    region {
      name
    }
  }
  gaps {
    code
    pointsMissed
    documentType
    unitType
    unitStatus
    region {
      name
    }
  }
`;

export const RECOMMENDED_PARTNERS = /* GraphQL */ `
  query RecommendedPartners($cooperativeId: ID, $offeringId: ID) {
    recommendedPartners(cooperativeId: $cooperativeId, offeringId: $offeringId, first: 20) {
      partner {
        id
        name
      }
      program {
        id
        name
      }
      request {
        id
        title
      }
      ${MATCH_EXPLANATION}
    }
  }
`;

export const RECOMMENDED_COOPERATIVES = /* GraphQL */ `
  query RecommendedCooperatives($programId: ID, $requestId: ID) {
    recommendedCooperatives(programId: $programId, requestId: $requestId, first: 20) {
      cooperative {
        id
        name
        village {
          name
        }
      }
      offering {
        id
        title
      }
      ${MATCH_EXPLANATION}
    }
  }
`;

export const RECOMMENDED_REQUESTS = /* GraphQL */ `
  query RecommendedRequests($offeringId: ID!) {
    recommendedRequests(offeringId: $offeringId, first: 20) {
      request {
        id
        title
        quantity
        quantityUnit
      }
      ${MATCH_EXPLANATION}
    }
  }
`;

export const SUGGESTED_POOLS = /* GraphQL */ `
  query SuggestedPools($requestId: ID!) {
    suggestedPools(requestId: $requestId) {
      basis
      target
      unit
      total
      members {
        quantityPerMonth
        sharePercent
        proximity
        verificationLevel
        cooperative {
          id
          name
        }
        offering {
          id
          title
        }
      }
    }
  }
`;

export const PARTNER_PIPELINE = /* GraphQL */ `
  query PartnerPipeline($id: ID!) {
    partner(id: $id) {
      id
      name
      proposalPipeline {
        total
        awaitingResponse
        byStatus {
          status
          count
        }
      }
    }
  }
`;

/** Search words: common ones, a rare one, a typo ("karret" for karet, rubber) and a place. */
const SEARCH_WORDS = {
  common: ['koperasi', 'desa'],
  rare: 'lidah',
  typo: 'karret',
  place: 'Sanggau',
};

/** The operations of one data set, in the order they run; names are the same at every scale. */
export function benchOperations(fixtures: Fixtures): BenchOperation[] {
  const discovery = (name: string, filter: Record<string, unknown>): BenchOperation => ({
    name: `discovery: ${name}`,
    group: 'public',
    query: DISCOVERY_PAGE,
    variables: { filter },
  });
  const offerings = (name: string, filter: Record<string, unknown>): BenchOperation => ({
    name: `offerings: ${name}`,
    group: 'public',
    query: OFFERINGS_FILTER,
    variables: { filter },
  });
  const search = (name: string, variables: Record<string, unknown>): BenchOperation => ({
    name: `search: ${name}`,
    group: 'public',
    query: SEARCH_PAGE,
    variables: { first: 20, ...variables },
  });
  const recommended = (
    name: string,
    query: string,
    argument: string,
    type: Parameters<typeof toGlobalId>[0],
    ids: number[],
  ): BenchOperation => ({
    name: `recommended ${name}`,
    group: 'recommendation',
    query,
    variables: {},
    rotate: ids.map((id) => ({ [argument]: toGlobalId(type, id) })),
    token: fixtures.tokens.admin,
  });
  return [
    discovery('no filter', {}),
    discovery('province', { regionCode: fixtures.province }),
    discovery('regency', { regionCode: fixtures.regency }),
    discovery('district', { regionCode: fixtures.district }),
    discovery('village', { regionCode: fixtures.village }),
    discovery('stage OPERATING', { stages: ['OPERATING'] }),
    discovery('active savings & loan unit', { unitType: 'SAVINGS_AND_LOAN', unitStatus: 'ACTIVE' }),
    discovery('unit type grocery kiosk', { unitType: 'GROCERY_KIOSK' }),
    discovery('commodity most offered', { commodity: fixtures.commodity }),
    discovery('documents verified or better', { minVerificationLevel: 'DOCUMENTS_VERIFIED' }),
    {
      name: 'cooperative detail',
      group: 'public',
      query: COOPERATIVE_DETAIL,
      variables: { id: toGlobalId('Cooperative', fixtures.busiestCooperative) },
    },
    offerings('no filter', {}),
    offerings('commodity most offered', { commodity: fixtures.commodity }),
    offerings('regency', { regionCode: fixtures.regency }),
    offerings('commodity + regency', { commodity: fixtures.commodity, regionCode: fixtures.regency }),
    offerings('ticket size 50–500 M IDR', {
      kinds: ['FINANCING_NEED'],
      amountMin: '50000000',
      amountMax: '500000000',
    }),
    ...SEARCH_WORDS.common.map((word) => search(`"${word}" (common)`, { q: word })),
    search(`"${SEARCH_WORDS.rare}" (rare)`, { q: SEARCH_WORDS.rare }),
    search(`"${SEARCH_WORDS.typo}" (typo)`, { q: SEARCH_WORDS.typo }),
    search(`"${SEARCH_WORDS.place}" (place)`, { q: SEARCH_WORDS.place }),
    search(`"sawit ${SEARCH_WORDS.place}" (commodity + place)`, { q: `sawit ${SEARCH_WORDS.place}` }),
    search('"Bank Mandri" (typo), partners', { q: 'Bank Mandri', types: ['PARTNER'] }),
    recommended(
      'partners for cooperatives',
      RECOMMENDED_PARTNERS,
      'cooperativeId',
      'Cooperative',
      fixtures.cooperatives,
    ),
    recommended(
      'partners for offerings',
      RECOMMENDED_PARTNERS,
      'offeringId',
      'Offering',
      fixtures.publishedOfferings,
    ),
    recommended(
      'cooperatives for programs',
      RECOMMENDED_COOPERATIVES,
      'programId',
      'Program',
      fixtures.programs,
    ),
    recommended(
      'cooperatives for requests',
      RECOMMENDED_COOPERATIVES,
      'requestId',
      'PartnerRequest',
      fixtures.requests,
    ),
    recommended('pools for requests', SUGGESTED_POOLS, 'requestId', 'PartnerRequest', fixtures.requests),
    recommended(
      'requests for offerings',
      RECOMMENDED_REQUESTS,
      'offeringId',
      'Offering',
      fixtures.supplyOfferings,
    ),
    {
      name: 'home page figures, nation by province',
      group: 'home',
      query: webOperation('HomeFigures'),
      variables: { drillDown: false },
    },
    {
      name: 'home page figures, busiest province by regency',
      group: 'home',
      query: webOperation('HomeFigures'),
      variables: { regionCode: fixtures.province, drillDown: true },
    },
    {
      name: 'Dinas dashboard, national (admin)',
      group: 'national-dashboard',
      query: webOperation('DinasDashboard'),
      variables: {},
      token: fixtures.tokens.admin,
    },
    {
      name: 'Dinas dashboard, busiest province',
      group: 'signed-in',
      query: webOperation('DinasDashboard'),
      variables: { regionCode: fixtures.province },
      token: fixtures.tokens.provinceDinas,
    },
    {
      name: 'partner pipeline, busiest partner',
      group: 'signed-in',
      query: PARTNER_PIPELINE,
      variables: { id: toGlobalId('Partner', fixtures.busiestPartner.id) },
      token: fixtures.tokens.partnerOfficer,
    },
    {
      name: 'proposal inbox, officer of busiest partner',
      group: 'signed-in',
      query: webOperation('ProposalInbox'),
      variables: { yourTurn: { isMyTurn: true }, others: { isMyTurn: false }, first: 20 },
      token: fixtures.tokens.partnerOfficer,
    },
  ];
}
