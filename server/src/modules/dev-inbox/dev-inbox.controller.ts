import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type DevInboxItem } from '@guichet/contracts';
import { Public } from '../../core/http/public.decorator';
import { DevInbox } from './dev-inbox';
import { DevInboxSamples } from './dev-inbox-samples';
import { SendSamplesDto } from './dto/send-samples.dto';

/** Development only (see DevInboxApiModule): what the app sent, newest first. */
@ApiTags('development')
@Public()
@Controller(ApiRoutes.devInbox)
export class DevInboxController {
  constructor(
    private readonly inbox: DevInbox,
    private readonly samples: DevInboxSamples,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'Every mail and SMS captured in development, newest first' })
  list(): Promise<DevInboxItem[]> {
    return this.inbox.latest();
  }

  @Post('samples')
  @ApiCreatedResponse({ description: 'One message of every template is on its way' })
  async sendSamples(@Body() body: SendSamplesDto): Promise<{ queued: number }> {
    return { queued: await this.samples.send(body) };
  }
}
