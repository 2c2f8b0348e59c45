import type { ScratchDatabase } from '../../src/db/scratch-database';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { testTemplate?: ScratchDatabase }).testTemplate?.dispose();
}
