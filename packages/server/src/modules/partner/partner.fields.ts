import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../request-context';
import { ConnectionArgs } from '../../graphql/relay';
import { Region } from '../region/region.type';
import { regionsByCodes } from '../region/region.reads';
import { ProgramConnection } from '../program/program.resolver';
import { programsOfPartner } from '../program/program.reads';
import { ProgramsOfPartnerArgs } from '../program/program.input';
import { PartnerRequestConnection } from '../request/partner-request.resolver';
import { requestsOfPartner } from '../request/partner-request.reads';
import { Partner } from './partner.type';
import { coverageCodesOfPartner } from './partner.reads';

@Resolver(() => Partner)
export class PartnerFields {
  @FieldResolver(() => [Region], {
    description: 'Regions it serves (provinces, regencies or districts); empty means all Indonesia.',
  })
  async coverage(@Root() partner: Partner, @Ctx() ctx: Context) {
    return regionsByCodes(ctx, await coverageCodesOfPartner(ctx, partner.dbId));
  }

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

  @FieldResolver(() => PartnerRequestConnection, { description: 'Its open requests, newest first.' })
  requests(@Root() partner: Partner, @Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return requestsOfPartner(ctx, partner.dbId, args);
  }
}
