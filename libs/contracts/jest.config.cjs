module.exports = require('../../test/ts-jest-node.cjs')('contracts', __dirname, {
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
});
