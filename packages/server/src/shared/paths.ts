import fs from 'node:fs';
import path from 'node:path';

function findUp(marker: string, from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, marker))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`${marker} not found above ${from}`);
    dir = parent;
  }
  return dir;
}

/** packages/server, whether running from TypeScript sources or from dist/. */
export const SERVER_ROOT = findUp('package.json', __dirname);

/** The workspace root (where pnpm-workspace.yaml lives); relative data folders resolve here. */
export const REPO_ROOT = fs.existsSync(path.join(SERVER_ROOT, '../../pnpm-workspace.yaml'))
  ? path.resolve(SERVER_ROOT, '../..')
  : SERVER_ROOT;
