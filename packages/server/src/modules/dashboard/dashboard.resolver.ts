import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Allow, Public } from '../../graphql/access';
import type { Context } from '../../request-context';
import { badUserInput } from '../../graphql/errors';
import { ForbiddenError } from '../../shared/domain-error';
import { AccessRole } from '../../shared/access-role';
import { regionByCode } from '../region/region.reads';
import { assertRegionCode } from '../region/region.input';
import { dinasCovers } from '../region/region-scope';
import type { Region } from '../region/region.type';
import { CooperativeFigures, DinasDashboard, PlatformFigures } from './dashboard.type';
import {
  cooperativeFigures,
  dinasDashboard,
  nationalDashboardIfCovered,
  platformFigures,
  proposalTrend,
} from './dashboard.reads';
import { ProposalMonth } from '../proposal/proposal.type';

/** A province or regency the figures may cover: BAD_USER_INPUT for anything else. */
async function figuresRegion(ctx: Context, code: string): Promise<Region> {
  assertRegionCode(code, 'regionCode');
  if (code.length > 5) {
    throw badUserInput('The figures cover a province ("61") or a regency ("61.03").', 'regionCode');
  }
  const region = await regionByCode(ctx, code);
  if (!region) throw badUserInput(`There is no region with the code "${code}".`, 'regionCode');
  return region;
}

@Resolver()
export class DashboardResolver {
  @Allow(AccessRole.DINAS)
  @Query(() => DinasDashboard, {
    description:
      'Figures of a province or regency for the cooperative office (Dinas): only inside the regions you oversee (FORBIDDEN otherwise). Admins may ask for any; they, and a Dinas of every province (the ministry), see the whole of Indonesia by default.',
  })
  async dinasDashboard(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String, {
      nullable: true,
      description:
        'A province ("61") or regency ("61.03") code; default: the widest region you oversee (the whole of Indonesia for admins and for a Dinas of every province).',
    })
    regionCode?: string | null,
  ): Promise<DinasDashboard> {
    const viewer = ctx.viewer!;
    if (regionCode != null) {
      const region = await figuresRegion(ctx, regionCode);
      if (!viewer.isAdmin && !dinasCovers(viewer, regionCode)) {
        throw new ForbiddenError('You may only see the dashboard of the regions you oversee.');
      }
      return dinasDashboard(ctx, region);
    }
    // Widest first: a province Dinas who also has a regency sees the province by default.
    const oversees = [...viewer.dinasRegionCodes()].sort((a, b) => a.length - b.length || a.localeCompare(b));
    if (oversees.length === 0) {
      // Only admins get here (@Allow lets DINAS through only with a region): the national view.
      return dinasDashboard(ctx, null);
    }
    // Dinas of several provinces, as the ministry is of all: the nation when it covers every one.
    if (oversees.filter((code) => code.length === 2).length > 1) {
      const nation = await nationalDashboardIfCovered(ctx, (code) => dinasCovers(viewer, code));
      if (nation) return nation;
    }
    return dinasDashboard(ctx, await figuresRegion(ctx, oversees[0]));
  }

  @Public()
  @Query(() => CooperativeFigures, {
    description:
      'Public figures of the cooperatives by stage: of the whole of Indonesia by province, of a province by regency, or of a regency by district.',
  })
  async cooperativeFigures(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String, {
      nullable: true,
      description: 'A province ("61") or regency ("61.03") code; default: the whole of Indonesia.',
    })
    regionCode?: string | null,
  ): Promise<CooperativeFigures> {
    return cooperativeFigures(ctx, regionCode == null ? null : await figuresRegion(ctx, regionCode));
  }

  @Public()
  @Query(() => PlatformFigures, {
    description: 'Public headline figures: accepted proposals and the financing volume they carry.',
  })
  platformFigures(@Ctx() ctx: Context): Promise<PlatformFigures> {
    return platformFigures(ctx);
  }
}

/** The dashboard's monthly trend, read only when asked: it counts events, not the counters. */
@Resolver(() => DinasDashboard)
export class DinasDashboardTrendField {
  @FieldResolver(() => [ProposalMonth], {
    description:
      'Proposals sent and accepted per month (WIB) in the region, the last 12 months, oldest first (zeros included). Counted from the proposals’ events, not from the counters: a regency or a province takes tens of milliseconds at national size, the whole nation more than a second.',
  })
  trend(@Root() dashboard: DinasDashboard, @Ctx() ctx: Context) {
    return proposalTrend(ctx, dashboard.region?.code ?? null);
  }
}
