/** `npm test`: unit tests of libs, server and client, the HTTP/integration tests and the security suites on PostgreSQL. */
module.exports = {
  // On a 2-core machine Jest runs every file in its own process (one worker) only when asked: by
  // default it runs them in band, where what each file leaves loaded adds up until the heap gives
  // out (seen: 4 GB after ~140 of ~200 files). With a limit, a worker that grows past it is
  // replaced between two files.
  workerIdleMemoryLimit: '1GB',
  projects: [
    '<rootDir>/libs/contracts/jest.config.cjs',
    '<rootDir>/libs/password-policy/jest.config.cjs',
    '<rootDir>/server/jest.config.cjs',
    '<rootDir>/client/jest.config.cjs',
    '<rootDir>/test/api/jest.config.cjs',
    '<rootDir>/test/security/jest.config.cjs',
  ],
};
