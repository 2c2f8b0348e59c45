import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/relay';
import { toGlobalId } from '../../shared/global-id';
import { VerificationLevel } from '../../graphql/shared-enums';
import { Commodity } from '../commodity/commodity.type';
import { PartnerType } from './partner.entity';

registerEnumType(PartnerType, {
  name: 'PartnerType',
  description: 'Kind of partner institution.',
  valuesConfig: {
    STATE_BANK: { description: 'State-owned bank (BRI, BNI, Mandiri, BSI).' },
    REGIONAL_BANK: { description: 'Regional development bank (e.g. Bank Kalbar).' },
    PUBLIC_FUND: { description: 'Public revolving fund (e.g. LPDB-KUMKM).' },
    STATE_COMPANY: { description: 'State-owned company (Bulog, Pupuk Indonesia, Pertamina, PT Pos…).' },
    PRIVATE_BUYER: { description: 'Private buyer/offtaker (mills, factories, processors).' },
    PRIVATE_SUPPLIER: { description: 'Private supplier or wholesaler.' },
    NGO: { description: 'Non-governmental organisation.' },
    GOVERNMENT_PROGRAM: { description: 'Government programme.' },
  },
});

export interface PartnerRow {
  id: number;
  type: PartnerType;
  name: string;
  description: string;
  website: string | null;
  commodities: Commodity[];
  verification_level: VerificationLevel;
  version: number;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'A partner institution: lender, buyer, supplier, state company or NGO.',
})
export class Partner extends Node {
  dbId!: number;

  @Field(() => PartnerType, { description: 'What kind of institution this is.' })
  type!: PartnerType;

  @Field(() => String, { description: 'Name of the institution.' })
  name!: string;

  @Field(() => String, { description: 'What it offers cooperatives.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Website address.' })
  website!: string | null;

  @Field(() => [Commodity], { description: 'Commodities it buys, sells or finances.' })
  commodities!: Commodity[];

  @Field(() => VerificationLevel, { description: 'How far its profile has been checked.' })
  verificationLevel!: VerificationLevel;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  version!: number;

  static fromRow(row: PartnerRow): Partner {
    return Object.assign(new Partner(), {
      id: toGlobalId('Partner', row.id),
      dbId: row.id,
      type: row.type,
      name: row.name,
      description: row.description,
      website: row.website,
      commodities: row.commodities,
      verificationLevel: row.verification_level,
      version: row.version,
    });
  }
}
