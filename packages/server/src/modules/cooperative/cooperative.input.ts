import { Field, InputType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { VerificationLevel } from '../../graphql/shared-enums';
import { Commodity } from '../commodity/commodity.type';
import {
  BusinessUnitStatus,
  BusinessUnitType,
  CooperativeKind,
  CooperativeStage,
} from './cooperative.entity';

export enum CooperativeOrder {
  NAME = 'NAME',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}

registerEnumType(CooperativeOrder, {
  name: 'CooperativeOrder',
  description: 'Order of a list of cooperatives.',
  valuesConfig: {
    NAME: { description: 'By name, A to Z.' },
    RECENTLY_UPDATED: { description: 'Most recently updated first.' },
  },
});

@InputType({ description: 'Filters for discovering cooperatives; all given filters must match.' })
export class CooperativeFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'A regency, district or village code; matches cooperatives inside it (e.g. "61.03" for Kabupaten Sanggau).',
  })
  regionCode?: string | null;

  @Field(() => CooperativeKind, { nullable: true, description: 'KDMP or KKMP.' })
  kind?: CooperativeKind | null;

  @Field(() => [CooperativeStage], { nullable: true, description: 'Any of these stages.' })
  stages?: CooperativeStage[] | null;

  @Field(() => BusinessUnitType, {
    nullable: true,
    description: 'Has a unit of this type (with `unitStatus`, in that status).',
  })
  unitType?: BusinessUnitType | null;

  @Field(() => BusinessUnitStatus, {
    nullable: true,
    description: 'Has a unit in this status (of `unitType`, if given).',
  })
  unitStatus?: BusinessUnitStatus | null;

  @Field(() => Commodity, { nullable: true, description: 'Has a public offering of this commodity.' })
  commodity?: Commodity | null;

  @Field(() => VerificationLevel, { nullable: true, description: 'Verified at least this far.' })
  minVerificationLevel?: VerificationLevel | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, case-insensitive (at most 100 characters).',
  })
  @MaxLength(100, { message: 'nameContains must be at most 100 characters' })
  nameContains?: string | null;
}
