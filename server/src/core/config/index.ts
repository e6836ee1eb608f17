import { antivirusConfig } from './antivirus.config';
import { appConfig } from './app.config';
import { authConfig } from './auth.config';
import { captchaConfig } from './captcha.config';
import { crmConfig } from './crm.config';
import { cryptoConfig } from './crypto.config';
import { databaseConfig } from './database.config';
import { gdprConfig } from './gdpr.config';
import { identityConfig } from './identity.config';
import { loggingConfig } from './logging.config';
import { mailConfig } from './mail.config';
import { metricsConfig } from './metrics.config';
import { otpConfig } from './otp.config';
import { outboxConfig } from './outbox.config';
import { parcelsConfig } from './parcels.config';
import { retentionConfig } from './retention.config';
import { smsConfig } from './sms.config';
import { storageConfig } from './storage.config';
import { webhooksConfig } from './webhooks.config';

/** Every configuration namespace; each is validated when loaded, and main.ts loads them first. */
export const configNamespaces = [
  appConfig,
  loggingConfig,
  metricsConfig,
  authConfig,
  captchaConfig,
  databaseConfig,
  cryptoConfig,
  mailConfig,
  smsConfig,
  otpConfig,
  outboxConfig,
  identityConfig,
  storageConfig,
  antivirusConfig,
  parcelsConfig,
  gdprConfig,
  webhooksConfig,
  retentionConfig,
  crmConfig,
];

export * from './antivirus.config';
export * from './app.config';
export * from './auth.config';
export * from './captcha.config';
export * from './config-error';
export * from './crm.config';
export * from './crypto.config';
export * from './database.config';
export * from './gdpr.config';
export * from './identity.config';
export * from './logging.config';
export * from './mail.config';
export * from './metrics.config';
export * from './otp.config';
export * from './outbox.config';
export * from './parcels.config';
export * from './retention.config';
export * from './sms.config';
export * from './storage.config';
export * from './webhooks.config';
