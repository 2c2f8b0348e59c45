import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { RegionLevel, VillageKind } from '../../modules/region/region.entity';
import { WILAYAH_CSV_GZ } from '../regions';

/** The province whose regions the demo's stories take place in: Kalimantan Barat. */
export const DEMO_PROVINCE_CODE = '61';

/**
 * A second province with a few of its regencies' cooperatives (Jawa Tengah: Kabupaten Kudus and
 * Kota Salatiga), so that scoping across provinces shows in the demo; no stories take place there.
 */
export const SECOND_PROVINCE_CODE = '33';
export const SECOND_PROVINCE_REGENCIES: readonly string[] = ['33.19', '33.73'];

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

/**
 * The regions of the given provinces (e.g. ["61"]) from the national file; with `regencyCodes`,
 * only those regencies and what lies in them.
 */
export function loadGeography(
  provinceCodes: readonly string[] = [DEMO_PROVINCE_CODE],
  regencyCodes?: readonly string[],
): Geography {
  const regions = parseWilayahCsv(gunzipSync(fs.readFileSync(WILAYAH_CSV_GZ)).toString('utf8')).filter(
    (region) =>
      provinceCodes.includes(region.code.slice(0, 2)) &&
      (!regencyCodes || region.code.length === 2 || regencyCodes.includes(region.code.slice(0, 5))),
  );
  const regencies = regions.filter((region) => region.level === RegionLevel.REGENCY);
  return {
    regions,
    regencies,
    villages: regions.filter((region) => region.level === RegionLevel.VILLAGE),
    districtsByRegency: groupByRegency(regions, RegionLevel.DISTRICT),
    villagesByRegency: groupByRegency(regions, RegionLevel.VILLAGE),
  };
}

/** A field without quotes, or a quoted one (a few village names hold commas: "Lubuk Pakam I,II"). */
const CSV_FIELD = /("[^"]*"|[^,"]*)(,|$)/gy;

/**
 * Only the name may be quoted, and never holds a quote itself; anything else (a wrong field count,
 * a stray quote) fails loudly rather than silently shifting columns.
 */
export function parseWilayahCsv(text: string): RegionRecord[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines[0] !== EXPECTED_HEADER) throw new Error(`Unexpected header in wilayah CSV: ${lines[0]}`);
  return lines.slice(1).map((line, index) => {
    const fields = splitCsvLine(line);
    if (fields?.length !== 5) {
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

function splitCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  CSV_FIELD.lastIndex = 0;
  while (CSV_FIELD.lastIndex < line.length) {
    const match = CSV_FIELD.exec(line);
    if (!match) return null;
    fields.push(match[1].startsWith('"') ? match[1].slice(1, -1) : match[1]);
    if (match[2] === '') break;
    // A trailing comma leaves one empty last field.
    if (CSV_FIELD.lastIndex === line.length) fields.push('');
  }
  return CSV_FIELD.lastIndex === line.length ? fields : null;
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
