import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/relay';
import { toGlobalId } from '../../shared/global-id';
import { RegionLevel, VillageKind } from './region.entity';

registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: 'Level of an administrative region.',
  valuesConfig: {
    PROVINCE: { description: 'Provinsi (e.g. Kalimantan Barat).' },
    REGENCY: { description: 'Kabupaten (regency) or kota (city).' },
    DISTRICT: { description: 'Kecamatan.' },
    VILLAGE: { description: 'Desa or kelurahan.' },
  },
});

registerEnumType(VillageKind, {
  name: 'VillageKind',
  description: 'Kind of village, which decides the kind of its cooperative.',
  valuesConfig: {
    DESA: { description: 'Rural village; its cooperative is a KDMP.' },
    KELURAHAN: { description: 'Urban village; its cooperative is a KKMP.' },
  },
});

export interface RegionRow {
  code: string;
  level: RegionLevel;
  name: string;
  parent_code: string | null;
  village_kind: VillageKind | null;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'An administrative region with its official Kemendagri code.',
})
export class Region extends Node {
  @Field(() => String, {
    description:
      'Kemendagri code, dotted: "61" province, "61.03" regency, "61.03.05" district, "61.03.05.2001" village.',
  })
  code!: string;

  @Field(() => RegionLevel, { description: 'Province, regency, district or village.' })
  level!: RegionLevel;

  @Field(() => String, { description: 'Official name, e.g. "Kabupaten Sanggau".' })
  name!: string;

  @Field(() => VillageKind, { nullable: true, description: 'Desa or kelurahan; null above village level.' })
  villageKind!: VillageKind | null;

  parentCode!: string | null;

  static fromRow(row: RegionRow): Region {
    return Object.assign(new Region(), {
      id: toGlobalId('Region', row.code),
      code: row.code,
      level: row.level,
      name: row.name,
      villageKind: row.village_kind,
      parentCode: row.parent_code,
    });
  }
}
