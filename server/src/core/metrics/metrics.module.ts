import { Global, Module } from '@nestjs/common';
import { MetricsService } from './metrics.service';

/** The metrics every module may report to (OPS-3); `/metrics` is mounted by configureApp. */
@Global()
@Module({ providers: [MetricsService], exports: [MetricsService] })
export class MetricsModule {}
