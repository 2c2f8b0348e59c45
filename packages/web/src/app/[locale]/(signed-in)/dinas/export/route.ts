import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import { DinasDashboardDocument, type DinasDashboardQuery } from '@/graphql/generated/graphql';
import { persistedRequestUrl } from '@/lib/persisted-operations';
import { routing } from '@/i18n/routing';
import { apiUrl, SESSION_COOKIE } from '@/lib/api-url';
import { buildDinasCsv, dinasCsvFilename, type DinasCsvLabels } from '@/features/dashboard/dinas-csv';
import { parseDashboardRegion } from '@/features/dashboard/dinas-regions';
import { COOPERATIVE_STAGES } from '@/lib/enum-values';
import { PROPOSAL_STATUSES } from '@/lib/workspace-enum-values';

/** HTTP status for the API's refusal codes; anything else unexpected is a bad gateway. */
const STATUS_OF_CODE: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

function plainText(message: string, status: number): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' },
  });
}

/**
 * The Dinas dashboard as CSV (`/dinas/export?region=61.03`): the same (persisted) query as the
 * page, sent to the API with the viewer's own session cookie, so the API's region scope applies
 * unchanged.
 * Column titles follow the page's language.
 */
export async function GET(request: NextRequest, { params }: RouteContext<'/[locale]/dinas/export'>) {
  const { locale: requestedLocale } = await params;
  const locale = hasLocale(routing.locales, requestedLocale) ? requestedLocale : routing.defaultLocale;
  const [t, stages, shared] = await Promise.all([
    getTranslations({ locale, namespace: 'dinas' }),
    getTranslations({ locale, namespace: 'enums.stage' }),
    getTranslations({ locale, namespace: 'roleWorkspaces' }),
  ]);

  const session = request.cookies.get(SESSION_COOKIE);
  if (!session) return plainText(t('export.signInFirst'), 401);

  let body: { data?: DinasDashboardQuery | null; errors?: { extensions?: { code?: unknown } }[] };
  try {
    const variables = { regionCode: parseDashboardRegion(request.nextUrl.searchParams) };
    const response = await fetch(
      persistedRequestUrl(`${apiUrl()}/graphql`, DinasDashboardDocument, variables),
      {
        headers: {
          'content-type': 'application/json',
          cookie: `${SESSION_COOKIE}=${encodeURIComponent(session.value)}`,
        },
        cache: 'no-store',
      },
    );
    body = await response.json();
  } catch (error) {
    console.error('The Dinas export could not reach the API', error);
    return plainText(t('export.failed'), 502);
  }

  const code = body.errors?.[0]?.extensions?.code;
  if (typeof code === 'string' && STATUS_OF_CODE[code]) {
    const message = { 401: t('export.signInFirst'), 403: t('export.forbidden'), 400: t('export.badRegion') }[
      STATUS_OF_CODE[code]
    ]!;
    return plainText(message, STATUS_OF_CODE[code]);
  }
  const dashboard = body.data?.dinasDashboard;
  if (!dashboard) {
    console.error('The Dinas export got no data from the API', body.errors);
    return plainText(t('export.failed'), 502);
  }

  const labels: DinasCsvLabels = {
    regionCode: t('export.regionCode'),
    region: !dashboard.region
      ? t('areaProvinceColumn')
      : dashboard.region.level === 'PROVINCE'
        ? t('areaRegencyColumn')
        : t('areaDistrictColumn'),
    total: t('total'),
    allAreas: t('allAreas'),
    nation: t('nation'),
    stages: Object.fromEntries(
      COOPERATIVE_STAGES.map((stage) => [stage, stages(stage)]),
    ) as DinasCsvLabels['stages'],
    proposalStatus: t('export.proposalStatus'),
    count: shared('count'),
    statuses: Object.fromEntries(
      PROPOSAL_STATUSES.map((status) => [status, shared(`proposalStatus.${status}`)]),
    ) as DinasCsvLabels['statuses'],
    proposals: t('proposals'),
    figure: t('export.figure'),
    value: t('export.value'),
    acceptedProposals: t('acceptedProposals'),
    acceptedFinancingProposals: t('export.acceptedFinancingProposals'),
    financingVolume: t('export.financingVolume'),
  };
  return new Response(buildDinasCsv(dashboard, labels), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${dinasCsvFilename(dashboard.region?.code ?? null, new Date())}"`,
      'cache-control': 'private, no-store',
    },
  });
}
