/**
 * Jest config of the Angular client. Runs on its own (`npx jest -c client/jest.config.cjs`) and as
 * a project of the root config, so every path is anchored on this directory.
 *
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'client',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  preset: 'jest-preset-angular',
  testEnvironment: 'jsdom',
  // Specs render the whole app (router, lazy routes, Material); on 2 busy cores Jest's 5 s
  // default has been reached by a correct spec.
  testTimeout: 20_000,
  setupFilesAfterEnv: ['<rootDir>/src/setup-jest.ts'],
  // The preset's transform reads `<rootDir>/tsconfig.spec.json` (this directory).
  moduleNameMapper: {
    '^@guichet/contracts$': '<rootDir>/../libs/contracts/src/index.ts',
    '^@guichet/password-policy$': '<rootDir>/../libs/password-policy/src/index.ts',
    // The CAPTCHA widget needs Web Workers and a secure context, which jsdom lacks: specs get a
    // stand-in custom element with the same surface.
    '^altcha$': '<rootDir>/src/testing/altcha-stub.ts',
  },
};
