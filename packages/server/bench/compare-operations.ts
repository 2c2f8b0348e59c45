import { fromGlobalId, toGlobalId } from '../src/shared/global-id';
import { DISCOVERY_PAGE } from './operations';

/** The servers the comparison drives: our API, PostGraphile 5, and the one-statement floor. */
export const PEERS = ['ours', 'postgraphile', 'floor'] as const;
export type PeerName = (typeof PEERS)[number];

export const PEER_LABELS: Record<PeerName, string> = {
  ours: 'ours',
  postgraphile: 'PostGraphile 5',
  floor: 'floor',
};

/** One HTTP request: path on the peer's server and a JSON body (a GraphQL request for the GraphQL servers). */
export interface PeerRequest {
  path: string;
  body: string;
}

/** One read, written for each peer, and how to bring each answer to one comparable form. */
export interface CompareOperation {
  name: string;
  requests: Record<PeerName, PeerRequest>;
  /** The answer as plain rows: database ids, no cursors; scalars are normalised by `canonicalScalars`. */
  canonical: Record<PeerName, (payload: unknown) => unknown>;
}

const graphql = (query: string, variables: Record<string, unknown> = {}): PeerRequest => ({
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});

/* eslint-disable @typescript-eslint/no-explicit-any -- the answers are untyped JSON walked by hand */
type Json = any;

const dbId = (globalId: string): number => Number(fromGlobalId(globalId).key);
const amount = (money: Json): string | null => (money == null ? null : money.amount);

// ---------------------------------------------------------------------------------------------
// Q1: the discovery page, first 20 OPERATING cooperatives by name.

const POSTGRAPHILE_DISCOVERY = /* GraphQL */ `
  query DiscoveryPage {
    allCooperatives(first: 20, condition: { stage: "OPERATING" }, orderBy: [NAME_ASC, ROW_ID_ASC]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          rowId
          name
          kind
          stage
          verificationLevel
          memberCount
          regionByVillageCode {
            name
            regionByParentCode {
              name
              regionByParentCode {
                name
              }
            }
          }
          businessUnitsByCooperativeId(condition: { status: "ACTIVE" }, orderBy: [TYPE_ASC, ROW_ID_ASC]) {
            nodes {
              type
              status
            }
          }
          offeringsByCooperativeId(
            first: 5
            condition: { status: "PUBLISHED" }
            orderBy: [CREATED_AT_DESC, ROW_ID_DESC]
          ) {
            edges {
              node {
                rowId
                kind
                title
                commodity
                priceMin
              }
            }
          }
        }
      }
    }
  }
`;

function discoveryOurs(payload: Json) {
  const page = payload.data.cooperatives;
  return {
    totalCount: page.totalCount,
    hasNextPage: page.pageInfo.hasNextPage,
    hasEndCursor: page.pageInfo.endCursor != null,
    rows: page.edges.map(({ node }: Json) => ({
      id: dbId(node.id),
      name: node.name,
      kind: node.kind,
      stage: node.stage,
      verificationLevel: node.verificationLevel,
      memberCount: node.memberCount,
      village: node.village.name,
      district: node.village.parent?.name,
      regency: node.village.parent?.parent?.name,
      units: node.units.map((unit: Json) => ({ type: unit.type, status: unit.status })),
      offerings: node.offerings.edges.map(({ node: offering }: Json) => ({
        id: dbId(offering.id),
        kind: offering.kind,
        title: offering.title,
        commodity: offering.commodity,
        priceMin: amount(offering.priceMin),
        currency: offering.priceMin?.currency ?? null,
      })),
    })),
  };
}

function discoveryPostGraphile(payload: Json) {
  const page = payload.data.allCooperatives;
  return {
    totalCount: page.totalCount,
    hasNextPage: page.pageInfo.hasNextPage,
    hasEndCursor: page.pageInfo.endCursor != null,
    rows: page.edges.map(({ node }: Json) => ({
      id: node.rowId,
      name: node.name,
      kind: node.kind,
      stage: node.stage,
      verificationLevel: node.verificationLevel,
      memberCount: node.memberCount,
      village: node.regionByVillageCode.name,
      district: node.regionByVillageCode.regionByParentCode?.name,
      regency: node.regionByVillageCode.regionByParentCode?.regionByParentCode?.name,
      units: node.businessUnitsByCooperativeId.nodes.map((unit: Json) => ({
        type: unit.type,
        status: unit.status,
      })),
      offerings: node.offeringsByCooperativeId.edges.map(({ node: offering }: Json) => ({
        id: offering.rowId,
        kind: offering.kind,
        title: offering.title,
        commodity: offering.commodity,
        priceMin: offering.priceMin,
        // PostGraphile has no money type: the currency is implied (IDR) where there is an amount.
        currency: offering.priceMin == null ? null : 'IDR',
      })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// A cooperative's page: a subset of bench COOPERATIVE_DETAIL (no officers, whose order is by
// role rank, and no mentor, which goes through assignments): the columns, legal data, place,
// units and the 10 newest published offerings with their count.

const OURS_DETAIL = /* GraphQL */ `
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
    }
  }
`;

const POSTGRAPHILE_DETAIL = /* GraphQL */ `
  query CooperativeDetail($rowId: Int!) {
    cooperativeByRowId(rowId: $rowId) {
      rowId
      name
      kind
      stage
      verificationLevel
      memberCount
      managementPattern
      version
      updatedAt
      skAhuNumber
      skAhuDate
      nikKoperasi
      nib
      npwp
      deedNumber
      deedDate
      regionByVillageCode {
        code
        name
        villageKind
        regionByParentCode {
          name
          regionByParentCode {
            name
          }
        }
      }
      businessUnitsByCooperativeId(orderBy: [TYPE_ASC, ROW_ID_ASC]) {
        nodes {
          type
          name
          status
          capacityNotes
          activeSince
        }
      }
      offeringsByCooperativeId(
        first: 10
        condition: { status: "PUBLISHED" }
        orderBy: [CREATED_AT_DESC, ROW_ID_DESC]
      ) {
        totalCount
        edges {
          node {
            rowId
            kind
            title
            description
            commodity
            quantityPerMonth
            quantityUnit
            priceMin
            priceMax
            amountNeeded
            validUntil
          }
        }
      }
    }
  }
`;

const UNIT_FIELDS = ['type', 'name', 'status', 'capacityNotes', 'activeSince'] as const;
const pick = (row: Json, fields: readonly string[]) =>
  Object.fromEntries(fields.map((field) => [field, row[field] ?? null]));

function detailOurs(payload: Json) {
  const c = payload.data.cooperative;
  return {
    id: dbId(c.id),
    ...pick(c, ['name', 'kind', 'stage', 'verificationLevel', 'memberCount', 'managementPattern', 'version']),
    updatedAt: c.updatedAt,
    ...pick(c.legal, ['skAhuNumber', 'skAhuDate', 'nikKoperasi', 'nib', 'npwp', 'deedNumber', 'deedDate']),
    village: pick(c.village, ['code', 'name', 'villageKind']),
    district: c.village.parent?.name,
    regency: c.village.parent?.parent?.name,
    units: c.units.map((unit: Json) => pick(unit, UNIT_FIELDS)),
    offeringCount: c.offerings.totalCount,
    offerings: c.offerings.edges.map(({ node: o }: Json) => ({
      id: dbId(o.id),
      ...pick(o, ['kind', 'title', 'description', 'commodity', 'quantityPerMonth', 'quantityUnit']),
      priceMin: amount(o.priceMin),
      priceMax: amount(o.priceMax),
      amountNeeded: amount(o.amountNeeded),
      validUntil: o.validUntil,
    })),
  };
}

function detailPostGraphile(payload: Json) {
  const c = payload.data.cooperativeByRowId;
  const village = c.regionByVillageCode;
  return {
    id: c.rowId,
    ...pick(c, ['name', 'kind', 'stage', 'verificationLevel', 'memberCount', 'managementPattern', 'version']),
    updatedAt: c.updatedAt,
    ...pick(c, ['skAhuNumber', 'skAhuDate', 'nikKoperasi', 'nib', 'npwp', 'deedNumber', 'deedDate']),
    village: pick(village, ['code', 'name', 'villageKind']),
    district: village.regionByParentCode?.name,
    regency: village.regionByParentCode?.regionByParentCode?.name,
    units: c.businessUnitsByCooperativeId.nodes.map((unit: Json) => pick(unit, UNIT_FIELDS)),
    offeringCount: c.offeringsByCooperativeId.totalCount,
    offerings: c.offeringsByCooperativeId.edges.map(({ node: o }: Json) => ({
      id: o.rowId,
      ...pick(o, ['kind', 'title', 'description', 'commodity', 'quantityPerMonth', 'quantityUnit']),
      ...pick(o, ['priceMin', 'priceMax', 'amountNeeded']),
      validUntil: o.validUntil,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// The offerings list: the 20 newest published offerings, each with its cooperative's name.

const OURS_OFFERINGS = /* GraphQL */ `
  query OfferingsList {
    offerings(first: 20) {
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
          }
        }
      }
    }
  }
`;

const POSTGRAPHILE_OFFERINGS = /* GraphQL */ `
  query OfferingsList {
    allOfferings(first: 20, condition: { status: "PUBLISHED" }, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) {
      edges {
        node {
          rowId
          kind
          title
          commodity
          quantityPerMonth
          quantityUnit
          priceMin
          priceMax
          validUntil
          cooperativeByCooperativeId {
            rowId
            name
          }
        }
      }
    }
  }
`;

const OFFERING_FIELDS = ['kind', 'title', 'commodity', 'quantityPerMonth', 'quantityUnit', 'validUntil'];

const offeringsOurs = (payload: Json) =>
  payload.data.offerings.edges.map(({ node: o }: Json) => ({
    id: dbId(o.id),
    ...pick(o, OFFERING_FIELDS),
    priceMin: amount(o.priceMin),
    priceMax: amount(o.priceMax),
    cooperative: { id: dbId(o.cooperative.id), name: o.cooperative.name },
  }));

const offeringsPostGraphile = (payload: Json) =>
  payload.data.allOfferings.edges.map(({ node: o }: Json) => ({
    id: o.rowId,
    ...pick(o, OFFERING_FIELDS),
    ...pick(o, ['priceMin', 'priceMax']),
    cooperative: { id: o.cooperativeByCooperativeId.rowId, name: o.cooperativeByCooperativeId.name },
  }));
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The compared reads; `cooperativeId` is the cooperative whose page is read (the one with most offerings). */
export function compareOperations(cooperativeId: number): CompareOperation[] {
  return [
    {
      name: 'discovery page (Q1)',
      requests: {
        ours: graphql(DISCOVERY_PAGE, { filter: { stages: ['OPERATING'] } }),
        postgraphile: graphql(POSTGRAPHILE_DISCOVERY),
        floor: { path: '/discovery', body: '{}' },
      },
      // The floor answers in our API's shape.
      canonical: { ours: discoveryOurs, postgraphile: discoveryPostGraphile, floor: discoveryOurs },
    },
    {
      name: 'cooperative detail',
      requests: {
        ours: graphql(OURS_DETAIL, { id: toGlobalId('Cooperative', cooperativeId) }),
        postgraphile: graphql(POSTGRAPHILE_DETAIL, { rowId: cooperativeId }),
        floor: { path: `/cooperative?id=${cooperativeId}`, body: '{}' },
      },
      canonical: { ours: detailOurs, postgraphile: detailPostGraphile, floor: detailOurs },
    },
    {
      name: 'offerings list',
      requests: {
        ours: graphql(OURS_OFFERINGS),
        postgraphile: graphql(POSTGRAPHILE_OFFERINGS),
        floor: { path: '/offerings', body: '{}' },
      },
      canonical: { ours: offeringsOurs, postgraphile: offeringsPostGraphile, floor: offeringsOurs },
    },
  ];
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Scalars in one form: decimals (numeric strings or numbers) without trailing zeros, timestamps
 * as ISO in UTC with milliseconds (PostgreSQL writes microseconds and +00:00). Dates stay as they are.
 */
export function canonicalScalars(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalScalars);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, canonicalScalars(inner)]),
    );
  if (typeof value === 'number') return canonicalDecimal(String(value));
  if (typeof value === 'string' && DECIMAL.test(value)) return canonicalDecimal(value);
  if (typeof value === 'string' && TIMESTAMP.test(value)) return new Date(value).toISOString();
  return value;
}

function canonicalDecimal(value: string): string {
  if (!value.includes('.')) return value;
  const trimmed = value.replace(/0+$/, '').replace(/\.$/, '');
  return trimmed === '' || trimmed === '-' ? '0' : trimmed;
}

/** The first place where two canonical answers differ, as a path and both values; null when equal. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
      const found = firstDifference(a[index], b[index], `${at}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${at}.${key}`,
      );
      if (found) return found;
    }
    return null;
  }
  return a === b ? null : `${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}
