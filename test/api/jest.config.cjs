const path = require('node:path');

/** HTTP and integration tests: the full app on a real PostgreSQL, one fresh database per file. */
module.exports = require('../ts-jest-node.cjs')('api', path.join(__dirname, '..', '..'), {
  roots: ['<rootDir>/test/api'],
  testMatch: ['<rootDir>/test/api/**/*.api-spec.ts'],
  globalSetup: '<rootDir>/test/support/postgres.global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/postgres.global-teardown.mjs',
  setupFilesAfterEnv: ['<rootDir>/test/support/jest-timeout.ts'],
});
