import { registerAs } from '@nestjs/config';
import { EnvironmentReader } from './environment-reader';

/** The CRM (GDPR-1): the largest document attached to a company, contact or lead. */
export const crmConfig = registerAs('crm', () => {
  const env = new EnvironmentReader();
  const mebibyte = 1024 * 1024;
  return {
    documentMaxBytes: env.integer('CRM_DOCUMENT_MAX_BYTES', 20 * mebibyte, {
      min: 1,
      max: 1024 * mebibyte,
    }),
  };
});

export type CrmConfig = ReturnType<typeof crmConfig>;
