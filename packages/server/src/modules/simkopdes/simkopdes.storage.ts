import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { csvFilesSource, workbookFileSource, type SimkopdesSource } from './simkopdes.read';

/**
 * Uploaded SIMKOPDES files on disk: one folder per import (a random key), the files under their
 * cleaned names (which name the tables). Kept until the run is discarded or undone, since the
 * apply job reads them again (and again, when a run resumes).
 */
export class SimkopdesFileStore {
  constructor(readonly dir: string) {}

  newKey(): string {
    return randomBytes(16).toString('hex');
  }

  folderOf(key: string): string {
    if (!/^[0-9a-f]{32}$/.test(key)) throw new Error(`not an import storage key: ${key}`);
    return path.join(this.dir, key);
  }

  async prepare(key: string): Promise<string> {
    const folder = this.folderOf(key);
    await fs.promises.mkdir(folder, { recursive: true });
    return folder;
  }

  source(key: string, format: 'CSV' | 'XLSX', fileNames: readonly string[]): SimkopdesSource {
    const folder = this.folderOf(key);
    const files = fileNames.map((name) => path.join(folder, path.basename(name)));
    return format === 'XLSX' ? workbookFileSource(files[0]) : csvFilesSource(files);
  }

  async remove(key: string): Promise<void> {
    await fs.promises.rm(this.folderOf(key), { recursive: true, force: true });
  }
}
