import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  type Rel,
} from '@mikro-orm/core';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  REGENCY = 'REGENCY',
  DISTRICT = 'DISTRICT',
  VILLAGE = 'VILLAGE',
}

/** Desa (rural village, its cooperative is a KDMP) or kelurahan (urban village, a KKMP). */
export enum VillageKind {
  DESA = 'DESA',
  KELURAHAN = 'KELURAHAN',
}

/** An administrative region keyed by its official Kemendagri code, e.g. "61.03.05.2001". */
@Entity({ tableName: 'region' })
@Index({ properties: ['level', 'name'] })
// Search: trigram similarity for typos and partial names.
@Index({
  name: 'region_name_trgm',
  expression: 'create index region_name_trgm on region using gin (name gin_trgm_ops)',
})
// Type-ahead: each level's names by prefix, as typed (see Migration20261204173000).
@Index({
  name: 'region_name_key_index',
  expression:
    'create index region_name_key_index on region (level, region_name_key(level, name) text_pattern_ops)',
})
export class Region {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 13 })
  code!: string;

  @Enum({ items: () => RegionLevel })
  level!: RegionLevel;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @ManyToOne({ entity: () => Region, nullable: true, fieldName: 'parent_code', index: true })
  parent?: Rel<Region> | null;

  @Enum({ items: () => VillageKind, nullable: true })
  villageKind?: VillageKind | null;
}
