interface RegionChain {
  name: string;
  parent?: RegionChain | null;
}

/** "Balai Ingin, Tayan Hilir, Kabupaten Sanggau": a region and the ones it lies in, innermost first. */
export function placeOf(region: RegionChain, depth = 3): string {
  const names: string[] = [];
  let current: RegionChain | null | undefined = region;
  while (current && names.length < depth) {
    names.push(current.name);
    current = current.parent;
  }
  return names.join(', ');
}
