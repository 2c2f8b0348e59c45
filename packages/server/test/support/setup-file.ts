import 'reflect-metadata';
import { MetadataStorage } from '@mikro-orm/core';
import { checkStatementTemplates } from '../../src/shared/statement-templates';

// Global setup initialised MikroORM in jest's parent realm, leaving entity metadata in a
// process-wide store whose Maps belong to that realm; every spec file discovers its own.
MetadataStorage.clear();

// Every reuse of a kept statement is compared with a fresh build of it (shared/statement-templates.ts).
checkStatementTemplates();
