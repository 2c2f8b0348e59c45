/** The operations the benchmark drives: the reads a partner does most. */
export interface BenchOperation {
  name: string;
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
  query RecommendedPartners($cooperativeId: ID!) {
    recommendedPartners(cooperativeId: $cooperativeId, first: 20) {
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
