import { availableParallelism } from 'node:os';
import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { TaskSlots } from './task-slots';

/** OWASP parameters for argon2id: 19 MiB, 2 passes, 1 lane. */
const ARGON2ID = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * One argon2id computation per core at a time, for the whole process. @node-rs/argon2 runs them
 * on libuv's pool (4 threads): more at once than cores only makes them share the cores, each
 * hash's 19 MiB sweeping the caches of the others (sign-in benchmark, 2 cores: raw hashes 8–30 %
 * faster two at a time than eight, sign-ins 11–42 % faster). The pool's other threads stay free
 * for files.
 */
const slots = new TaskSlots(availableParallelism());

/** Hashes passwords with argon2id (PWD-7); the PHC string carries its own salt and parameters. */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return slots.run(() => hash(password, ARGON2ID));
  }

  verify(phcHash: string, password: string): Promise<boolean> {
    return slots.run(() => verify(phcHash, password));
  }
}
