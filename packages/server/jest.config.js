/** @type {import('jest').Config} */
const fs = require('node:fs');
const os = require('node:os');

const swcrc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['<rootDir>/test/support/setup-file.ts'],
  testTimeout: 60000,
  // Each spec file loads the whole API into its worker, and ~100 MB of it stays reachable after
  // the file ends: a worker that ran half the suite reached V8's 4 GB heap limit. A worker past
  // this size after a file is replaced by a fresh one.
  workerIdleMemoryLimit: '1500MB',
  // Jest's default is one worker fewer than the cores: one on a 2-core machine. The spec files
  // spend much of their time waiting on PostgreSQL or on API processes they start, and each has
  // its own database copy and ports, so two run side by side even on 2 cores.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
};
