import 'reflect-metadata';
import { MetadataStorage } from '@mikro-orm/core';

// Global setup initialised MikroORM in jest's parent realm, leaving entity metadata in a
// process-wide store whose Maps belong to that realm; every spec file discovers its own.
MetadataStorage.clear();
