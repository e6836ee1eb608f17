/** Unit tests of the server: one class at a time, next to the code. */
module.exports = require('../test/ts-jest-node.cjs')('server', __dirname, {
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
});
