import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type HealthStatus } from '@guichet/contracts';
import { Public } from '../../core/http/public.decorator';
import { HealthService } from './health.service';

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get(ApiRoutes.healthLive)
  @ApiOkResponse({ description: 'The process is running' })
  live(): HealthStatus {
    return this.health.liveness();
  }

  @Get(ApiRoutes.healthReady)
  @ApiOkResponse({ description: 'The app and its database answer' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer' })
  ready(): Promise<HealthStatus> {
    return this.health.readiness();
  }
}
