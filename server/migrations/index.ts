import { InitialSchema1763856000000 } from './1763856000000-InitialSchema';

/** Every migration, oldest first. A test checks that each file of this folder is listed here. */
export const migrations = [InitialSchema1763856000000];
