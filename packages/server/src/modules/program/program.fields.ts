import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../request-context';
import { Region } from '../region/region.type';
import { regionsByCodes } from '../region/region.reads';
import { Partner } from '../partner/partner.type';
import { partnerById } from '../partner/partner.reads';
import { Program } from './program.type';
import { coverageCodesOfProgram, programsOfPartner } from './program.reads';
import { ProgramsOfPartnerArgs } from './program.input';
import { ProgramConnection } from './program.resolver';

@Resolver(() => Program)
export class ProgramFields {
  @FieldResolver(() => Partner, { description: 'The partner that runs it.' })
  partner(@Root() program: Program, @Ctx() ctx: Context) {
    return partnerById(ctx, program.partnerId);
  }

  @FieldResolver(() => [Region], {
    description: 'Regions it is open to (provinces, regencies or districts); empty means all Indonesia.',
  })
  async coverage(@Root() program: Program, @Ctx() ctx: Context) {
    return regionsByCodes(ctx, await coverageCodesOfProgram(ctx, program.dbId));
  }
}

/** `Partner.programs`: declared here, where programs are read, so that partners need not know programs. */
@Resolver(() => Partner)
export class PartnerProgramsFields {
  @FieldResolver(() => ProgramConnection, {
    description: 'Its programs, by name: active ones unless `statuses` says otherwise.',
  })
  programs(
    @Root() partner: Partner,
    @Ctx() ctx: Context,
    @Args(() => ProgramsOfPartnerArgs) args: ProgramsOfPartnerArgs,
  ) {
    return programsOfPartner(ctx, partner.dbId, args);
  }
}
