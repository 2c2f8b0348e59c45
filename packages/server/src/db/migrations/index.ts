import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128060838 } from './Migration20261128060838';
import { Migration20261128062838 } from './Migration20261128062838';
import { Migration20261128063836 } from './Migration20261128063836';
import { Migration20261128065525 } from './Migration20261128065525';
import { Migration20261128081751 } from './Migration20261128081751';
import { Migration20261128083742 } from './Migration20261128083742';
import { Migration20261128083947 } from './Migration20261128083947';
import { Migration20261128084037 } from './Migration20261128084037';
import { Migration20261128084154 } from './Migration20261128084154';
import { Migration20261128084524 } from './Migration20261128084524';
import { Migration20261128085015 } from './Migration20261128085015';
import { Migration20261128095000 } from './Migration20261128095000';
import { Migration20261204141350 } from './Migration20261204141350';
import { Migration20261204144842 } from './Migration20261204144842';
import { Migration20261204171500 } from './Migration20261204171500';
import { Migration20261204173000 } from './Migration20261204173000';
import { Migration20261204175500 } from './Migration20261204175500';
import { Migration20261204182000 } from './Migration20261204182000';
import { Migration20261204183000 } from './Migration20261204183000';
import { Migration20261204184000 } from './Migration20261204184000';
import { Migration20261204183512 } from './Migration20261204183512';

/** Every migration in order. `pnpm migration:create` regenerates this list. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261128060838', class: Migration20261128060838 },
  { name: 'Migration20261128062838', class: Migration20261128062838 },
  { name: 'Migration20261128063836', class: Migration20261128063836 },
  { name: 'Migration20261128065525', class: Migration20261128065525 },
  { name: 'Migration20261128081751', class: Migration20261128081751 },
  { name: 'Migration20261128083742', class: Migration20261128083742 },
  { name: 'Migration20261128083947', class: Migration20261128083947 },
  { name: 'Migration20261128084037', class: Migration20261128084037 },
  { name: 'Migration20261128084154', class: Migration20261128084154 },
  { name: 'Migration20261128084524', class: Migration20261128084524 },
  { name: 'Migration20261128085015', class: Migration20261128085015 },
  { name: 'Migration20261128095000', class: Migration20261128095000 },
  { name: 'Migration20261204141350', class: Migration20261204141350 },
  { name: 'Migration20261204144842', class: Migration20261204144842 },
  { name: 'Migration20261204171500', class: Migration20261204171500 },
  { name: 'Migration20261204173000', class: Migration20261204173000 },
  { name: 'Migration20261204175500', class: Migration20261204175500 },
  { name: 'Migration20261204182000', class: Migration20261204182000 },
  { name: 'Migration20261204183000', class: Migration20261204183000 },
  { name: 'Migration20261204184000', class: Migration20261204184000 },
  { name: 'Migration20261204183512', class: Migration20261204183512 },
];
