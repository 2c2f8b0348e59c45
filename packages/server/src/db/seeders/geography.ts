import fs from 'node:fs';
import path from 'node:path';
import { RegionLevel, VillageKind } from '../../modules/region/region.entity';
import { SERVER_ROOT } from '../../shared/paths';

/** The Kemendagri regions of West Kalimantan (province, regencies, districts, villages). */
export const WILAYAH_CSV = path.join(SERVER_ROOT, 'data/wilayah-kalbar.csv');

const EXPECTED_HEADER = 'code,level,name,parent_code,village_kind';

export interface RegionRecord {
  code: string;
  level: RegionLevel;
  name: string;
  parentCode: string | null;
  villageKind: VillageKind | null;
}

/** The parsed regions plus the lookups the seed needs. */
export interface Geography {
  /** Every row in file order (sorted by code, so parents come before children). */
  regions: RegionRecord[];
  regencies: RegionRecord[];
  villages: RegionRecord[];
  districtsByRegency: Map<string, RegionRecord[]>;
  villagesByRegency: Map<string, RegionRecord[]>;
}

export function loadGeography(file = WILAYAH_CSV): Geography {
  const regions = parseWilayahCsv(fs.readFileSync(file, 'utf8'));
  const regencies = regions.filter((region) => region.level === RegionLevel.REGENCY);
  return {
    regions,
    regencies,
    villages: regions.filter((region) => region.level === RegionLevel.VILLAGE),
    districtsByRegency: groupByRegency(regions, RegionLevel.DISTRICT),
    villagesByRegency: groupByRegency(regions, RegionLevel.VILLAGE),
  };
}

/**
 * The file is plain CSV without quoting (no name contains a comma); a quote or a wrong field count
 * fails loudly rather than silently shifting columns.
 */
export function parseWilayahCsv(text: string): RegionRecord[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines[0] !== EXPECTED_HEADER) throw new Error(`Unexpected header in wilayah CSV: ${lines[0]}`);
  return lines.slice(1).map((line, index) => {
    const fields = line.split(',');
    if (fields.length !== 5 || line.includes('"')) {
      throw new Error(`Unsupported wilayah CSV line ${index + 2}: ${line}`);
    }
    const [code, level, name, parentCode, villageKind] = fields;
    return {
      code,
      level: toRegionLevel(level),
      name,
      parentCode: parentCode === '' ? null : parentCode,
      villageKind: villageKind === '' ? null : toVillageKind(villageKind),
    };
  });
}

/** "61.03.05.2001" → "61.03". */
export function regencyCodeOf(code: string): string {
  return code.slice(0, 5);
}

/** "Kabupaten Sanggau" → "Sanggau", "Kota Pontianak" → "Pontianak". */
export function shortRegencyName(name: string): string {
  return name.replace(/^(Kabupaten|Kota) /, '');
}

/** Title-cases a name only when the source spells it in capitals ("SUNGAI RAYA" → "Sungai Raya"). */
export function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s(-])(\p{L})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}

function toRegionLevel(value: string): RegionLevel {
  const level = value.toUpperCase();
  if (!Object.values<string>(RegionLevel).includes(level)) throw new Error(`Unknown region level ${value}`);
  return level as RegionLevel;
}

function toVillageKind(value: string): VillageKind {
  const kind = value.toUpperCase();
  if (!Object.values<string>(VillageKind).includes(kind)) throw new Error(`Unknown village kind ${value}`);
  return kind as VillageKind;
}

function groupByRegency(regions: RegionRecord[], level: RegionLevel): Map<string, RegionRecord[]> {
  const groups = new Map<string, RegionRecord[]>();
  for (const region of regions) {
    if (region.level !== level) continue;
    const key = regencyCodeOf(region.code);
    const group = groups.get(key);
    if (group) group.push(region);
    else groups.set(key, [region]);
  }
  return groups;
}
