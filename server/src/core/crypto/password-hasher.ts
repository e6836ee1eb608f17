import { Injectable } from '@nestjs/common';
import { HashingThreads } from './hashing-threads';

/** OWASP parameters for argon2id: 19 MiB, 2 passes, 1 lane. */
const ARGON2ID = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * Hashes passwords with argon2id (PWD-7); the PHC string carries its own salt and parameters.
 * One computation per core at a time for the whole process (HashingThreads): a flood of sign-ins
 * queues instead of sharing the cores, and an unknown account's dummy verify waits in the same
 * line as a real one.
 */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return HashingThreads.shared().hash(password, ARGON2ID);
  }

  verify(phcHash: string, password: string): Promise<boolean> {
    return HashingThreads.shared().verify(phcHash, password);
  }
}
