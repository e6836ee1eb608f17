import { Global, Module } from '@nestjs/common';
import { antivirusConfig, type AntivirusConfig } from '../config/antivirus.config';
import { ClamdScanner, NoVirusScanner } from './clamd-scanner';
import { VirusScanner } from './virus-scanner';

/** The antivirus chosen by the configuration: clamd, or none. */
@Global()
@Module({
  providers: [
    {
      provide: VirusScanner,
      inject: [antivirusConfig.KEY],
      useFactory: (config: AntivirusConfig) =>
        config.target ? new ClamdScanner(config.target, config.timeoutMs) : new NoVirusScanner(),
    },
  ],
  exports: [VirusScanner],
})
export class AntivirusModule {}
