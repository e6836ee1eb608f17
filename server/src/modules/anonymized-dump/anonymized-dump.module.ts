import { Module } from '@nestjs/common';
import { AnonymizedDumpRepository } from './anonymized-dump.repository';
import { AnonymizedDump } from './anonymized-dump.service';

/** The anonymised dump for support (GDPR-6), run by the `anonymized-dump` command. */
@Module({
  providers: [AnonymizedDump, AnonymizedDumpRepository],
  exports: [AnonymizedDump],
})
export class AnonymizedDumpModule {}
