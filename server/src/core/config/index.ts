import { appConfig } from './app.config';
import { databaseConfig } from './database.config';

/** Every configuration namespace; each is validated when loaded. */
export const configNamespaces = [appConfig, databaseConfig];

export * from './app.config';
export * from './config-error';
export * from './database.config';
