import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** OWASP parameters for argon2id: 19 MiB, 2 passes, 1 lane. */
const ARGON2ID = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Hashes passwords with argon2id (PWD-7); the PHC string carries its own salt and parameters. */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(password, ARGON2ID);
  }

  verify(phcHash: string, password: string): Promise<boolean> {
    return verify(phcHash, password);
  }
}
