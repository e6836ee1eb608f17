import { Global, Module } from '@nestjs/common';
import { PersonalDataRegistry, personalDataRegistryProvider } from './personal-data-registry';

/** The personal-data registry (GDPR-3), for erasure, export, retention and the dump. */
@Global()
@Module({
  providers: [personalDataRegistryProvider],
  exports: [PersonalDataRegistry],
})
export class PrivacyModule {}
