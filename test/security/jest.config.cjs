const path = require('node:path');

/**
 * Security suites (issue 11): hostile inputs and the access-control matrix, generated from the
 * app's live route table, on a real PostgreSQL like the API tests.
 */
module.exports = require('../ts-jest-node.cjs')('security', path.join(__dirname, '..', '..'), {
  roots: ['<rootDir>/test/security'],
  testMatch: ['<rootDir>/test/security/**/*.security-spec.ts'],
  globalSetup: '<rootDir>/test/support/postgres.global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/postgres.global-teardown.mjs',
  setupFilesAfterEnv: ['<rootDir>/test/support/jest-timeout.ts'],
});
