// altcha-lib 2 publishes its types through package.json `exports` only, which the server's
// `moduleResolution: node` does not read; these point the two entry points we use at them.
declare module 'altcha-lib' {
  export * from 'altcha-lib/dist/cjs/v2/index';
}

declare module 'altcha-lib/algorithms/pbkdf2' {
  export * from 'altcha-lib/dist/cjs/v2/algorithms/pbkdf2';
}
