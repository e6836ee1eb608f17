module.exports = require('../../test/ts-jest-node.cjs')('password-policy', __dirname, {
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
});
