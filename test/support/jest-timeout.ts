// API tests start whole apps and real servers; Jest's 5 s default is too short on 2 cores.
jest.setTimeout(30_000);
