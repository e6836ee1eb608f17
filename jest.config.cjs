/** `npm test`: unit tests of libs, server and client, the HTTP/integration tests and the security suites on PostgreSQL. */
module.exports = {
  projects: [
    '<rootDir>/libs/contracts/jest.config.cjs',
    '<rootDir>/libs/password-policy/jest.config.cjs',
    '<rootDir>/server/jest.config.cjs',
    '<rootDir>/client/jest.config.cjs',
    '<rootDir>/test/api/jest.config.cjs',
    '<rootDir>/test/security/jest.config.cjs',
  ],
};
