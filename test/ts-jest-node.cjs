const path = require('node:path');

/** Shared Jest settings for TypeScript code running on Node (libs, server, API tests). */
module.exports = function nodeProject(displayName, rootDir, extra = {}) {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    transform: {
      '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, '..', 'server', 'tsconfig.json') }],
    },
    moduleFileExtensions: ['ts', 'js', 'json'],
    moduleNameMapper: {
      '^@guichet/contracts$': path.join(__dirname, '..', 'libs', 'contracts', 'src', 'index.ts'),
      '^@guichet/password-policy$': path.join(
        __dirname,
        '..',
        'libs',
        'password-policy',
        'src',
        'index.ts',
      ),
    },
    ...extra,
  };
};
