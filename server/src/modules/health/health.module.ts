import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { DependencyProbes } from './dependency-probes';
import { HealthService } from './health.service';

@Module({
  controllers: [HealthController],
  providers: [HealthService, DependencyProbes],
})
export class HealthModule {}
