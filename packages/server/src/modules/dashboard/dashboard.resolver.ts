import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Allow, Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { badUserInput, ForbiddenError } from '../../graphql/errors';
import { isDinasOf } from '../account/permissions';
import { AccessRole } from '../account/viewer';
import { regionByCode } from '../region/region.reads';
import { assertRegionCode } from '../region/region.input';
import { DinasDashboard, PlatformFigures } from './dashboard.type';
import { dinasDashboard, firstProvinceCode, platformFigures } from './dashboard.reads';

@Resolver()
export class DashboardResolver {
  @Allow(AccessRole.DINAS)
  @Query(() => DinasDashboard, {
    description:
      'Figures of a province or regency for the cooperative office (Dinas): only inside the regions you oversee (FORBIDDEN otherwise); admins may ask for any.',
  })
  async dinasDashboard(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String, {
      nullable: true,
      description:
        'A province ("61") or regency ("61.03") code; default: the widest region you oversee (for admins, the first province).',
    })
    regionCode?: string | null,
  ): Promise<DinasDashboard> {
    const viewer = ctx.viewer!;
    // Widest first: a province Dinas who also has a regency sees the province by default.
    const oversees = [...viewer.dinasRegionCodes()].sort((a, b) => a.length - b.length || a.localeCompare(b));
    let code = regionCode ?? null;
    if (code !== null) {
      assertRegionCode(code, 'regionCode');
      if (code.length > 5) {
        throw badUserInput('The dashboard covers a province ("61") or a regency ("61.03").', 'regionCode');
      }
      if (!viewer.isAdmin && !isDinasOf(ctx, code)) {
        throw new ForbiddenError('You may only see the dashboard of the regions you oversee.');
      }
    } else {
      code = viewer.isAdmin && oversees.length === 0 ? await firstProvinceCode(ctx) : (oversees[0] ?? null);
    }
    const region = code === null ? null : await regionByCode(ctx, code);
    if (!region) throw badUserInput(`There is no region with the code "${code}".`, 'regionCode');
    return dinasDashboard(ctx, region);
  }

  @Public()
  @Query(() => PlatformFigures, {
    description: 'Public headline figures: accepted proposals and the financing volume they carry.',
  })
  platformFigures(@Ctx() ctx: Context): Promise<PlatformFigures> {
    return platformFigures(ctx);
  }
}
