import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsUrl, Length, MaxLength } from 'class-validator';
import { MutationInput, VersionField } from '../../graphql/payload';
import { composed, inputField, NotBlank, type FieldChange } from '../../graphql/validation';
import { EachCoverageCode } from '../region/region.input';
import { Commodity } from '../commodity/commodity.type';
import { PartnerType } from './partner.entity';
import { Q_DESCRIPTION } from '../text-search/text-search.input';

@InputType({ description: 'Filters for partners; all given filters must match.' })
export class PartnerFilter {
  @Field(() => String, { nullable: true, description: Q_DESCRIPTION })
  q?: string | null;

  @Field(() => [PartnerType], { nullable: true, description: 'Any of these types.' })
  types?: PartnerType[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Serves this region (any level, e.g. "61.03"): its coverage includes the region, lies inside it, or is empty (all Indonesia).',
  })
  regionCode?: string | null;

  @Field(() => Commodity, { nullable: true, description: 'Interested in this commodity.' })
  commodity?: Commodity | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, case-insensitive (at most 100 characters).',
  })
  @MaxLength(100, { message: 'nameContains must be at most 100 characters' })
  nameContains?: string | null;
}

/* ---------- Mutation inputs ---------- */

/** Coverage names a handful of regions; a national partner leaves it empty. */
export const MAX_COVERAGE_REGIONS = 100;

/** Each profile field defined once, for createPartner and updatePartnerProfile alike. */
const PartnerField = {
  name: (change: FieldChange) =>
    composed(
      Field(() => String, inputField(change, 'Name of the institution (3–200 characters).')),
      Length(3, 200),
      NotBlank(),
    ),
  description: (change: FieldChange) =>
    composed(
      Field(
        () => String,
        inputField(change, 'What it offers cooperatives (at most 5000 characters).', { defaultValue: '' }),
      ),
      MaxLength(5000),
    ),
  website: (change: FieldChange) =>
    composed(
      Field(
        () => String,
        inputField(change, 'Website address, starting with https:// or http:// (at most 200 characters).', {
          optional: true,
        }),
      ),
      MaxLength(200),
      IsUrl(
        { protocols: ['http', 'https'], require_protocol: true },
        { message: 'website must be a web address starting with https:// or http://' },
      ),
    ),
  commodities: (change: FieldChange) =>
    composed(
      Field(
        () => [Commodity],
        inputField(change, 'Commodities it buys, sells or finances (each once).', { defaultValue: [] }),
      ),
      ArrayUnique(),
    ),
  coverageRegionCodes: (change: FieldChange) =>
    composed(
      Field(
        () => [String],
        inputField(
          change,
          `Regions it serves: provinces, regencies or districts, e.g. ["61", "33.01"] (each existing, at most ${MAX_COVERAGE_REGIONS}); empty means all Indonesia.` +
            (change ? ' The whole new list.' : ''),
          { defaultValue: [] },
        ),
      ),
      ArrayMaxSize(MAX_COVERAGE_REGIONS),
      ArrayUnique(),
      EachCoverageCode(),
    ),
};

@InputType({ description: "Changes to a partner's profile; fields left out stay as they are." })
export class UpdatePartnerProfileInput extends MutationInput {
  @Field(() => ID, { description: 'The partner.' })
  id!: string;

  @VersionField('partner')
  version!: number;

  @PartnerField.name('keep')
  name?: string | null;

  @PartnerField.description('keep')
  description?: string | null;

  @PartnerField.website('keepOrClear')
  website?: string | null;

  @PartnerField.commodities('keep')
  commodities?: Commodity[] | null;

  @PartnerField.coverageRegionCodes('keep')
  coverageRegionCodes?: string[] | null;
}

@InputType({ description: 'A new partner institution (admins only).' })
export class CreatePartnerInput extends MutationInput {
  @Field(() => PartnerType, { description: 'What kind of institution it is.' })
  type!: PartnerType;

  @PartnerField.name(false)
  name!: string;

  @PartnerField.description(false)
  description!: string;

  @PartnerField.website(false)
  website?: string | null;

  @PartnerField.commodities(false)
  commodities!: Commodity[];

  @PartnerField.coverageRegionCodes(false)
  coverageRegionCodes!: string[];
}
