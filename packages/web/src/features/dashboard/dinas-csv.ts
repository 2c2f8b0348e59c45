import type { CooperativeStage, DinasDashboardQuery, ProposalStatus } from '@/graphql/generated/graphql';
import { DISPLAY_TIME_ZONE } from '@/lib/format';

export type DinasDashboardData = DinasDashboardQuery['dinasDashboard'];

/** The column and row titles of the export, in the viewer's language. */
export interface DinasCsvLabels {
  regionCode: string;
  region: string;
  total: string;
  /** The label of the totals row of the stage table. */
  allAreas: string;
  /** The name of the whole of Indonesia, for a dashboard without a region. */
  nation: string;
  stages: Record<CooperativeStage, string>;
  proposalStatus: string;
  count: string;
  statuses: Record<ProposalStatus, string>;
  proposals: string;
  figure: string;
  value: string;
  acceptedProposals: string;
  acceptedFinancingProposals: string;
  financingVolume: string;
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe; numbers are
 * written as they are.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvLine(fields: (string | number)[]): string {
  return fields.map(csvField).join(',');
}

/**
 * The dashboard as CSV, three tables one after another with an empty line between them:
 * cooperatives by stage per sub-region (with a totals row), proposals by status, and the headline
 * figures. Amounts are plain decimals ("12500000000"), so a spreadsheet reads them as numbers.
 */
export function buildDinasCsv(data: DinasDashboardData, labels: DinasCsvLabels): string {
  const stages = data.byStage.map((entry) => entry.stage);
  const countOf = (byStage: DinasDashboardData['byStage'], stage: CooperativeStage) =>
    byStage.find((entry) => entry.stage === stage)?.count ?? 0;
  const lines = [
    csvLine([labels.regionCode, labels.region, ...stages.map((stage) => labels.stages[stage]), labels.total]),
    ...data.breakdown.map((area) =>
      csvLine([
        area.region.code,
        area.region.name,
        ...stages.map((stage) => countOf(area.byStage, stage)),
        area.total,
      ]),
    ),
    csvLine([
      data.region?.code ?? '',
      `${labels.allAreas}: ${data.region?.name ?? labels.nation}`,
      ...stages.map((stage) => countOf(data.byStage, stage)),
      data.cooperatives,
    ]),
    '',
    csvLine([labels.proposalStatus, labels.count]),
    ...data.proposalsByStatus.map((entry) => csvLine([labels.statuses[entry.status], entry.count])),
    csvLine([labels.proposals, data.proposals]),
    '',
    csvLine([labels.figure, labels.value]),
    csvLine([labels.acceptedProposals, data.acceptedProposals]),
    csvLine([labels.acceptedFinancingProposals, data.acceptedFinancingProposals]),
    csvLine([labels.financingVolume, data.financingVolume.amount]),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * "mitradesa-dinas-61.03-2026-11-28.csv": the region (or "indonesia" for the whole of Indonesia)
 * and the day (in West Kalimantan).
 */
export function dinasCsvFilename(regionCode: string | null, now: Date): string {
  const day = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(now);
  const region = regionCode === null ? 'indonesia' : regionCode.replace(/[^\d.]/g, '');
  return `mitradesa-dinas-${region}-${day}.csv`;
}
