import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { smsConfig } from '../../core/config/sms.config';
import { DevInbox } from '../dev-inbox/dev-inbox';
import { DevInboxModule } from '../dev-inbox/dev-inbox.module';
import { DevInboxSmsGateway } from './dev-inbox-sms-gateway';
import { DisabledSmsGateway } from './disabled-sms-gateway';
import { SmsGateway } from './sms-gateway';
import { SmsModule } from './sms.module';
import { SmsRenderer } from './sms-renderer';
import { SmsTemplate } from './sms-template';

/** The dev inbox without its database: the SMS module only needs `recordSms`. */
@Module({
  providers: [{ provide: DevInbox, useValue: { recordSms: () => Promise.resolve() } }],
  exports: [DevInbox],
})
class InMemoryDevInboxModule {}

describe(SmsModule.name, () => {
  const saved = { ...process.env };
  afterEach(() => (process.env = { ...saved }));

  const compile = (provider: string) => {
    process.env.SMS_PROVIDER = provider;
    return Test.createTestingModule({
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [smsConfig] }),
        SmsModule,
      ],
    })
      .overrideModule(DevInboxModule)
      .useModule(InMemoryDevInboxModule)
      .compile();
  };

  it('provides the renderer and the gateway of the configured provider', async () => {
    const moduleRef = await compile('dev-inbox');
    expect(moduleRef.get(SmsGateway)).toBeInstanceOf(DevInboxSmsGateway);
    const sms = moduleRef.get(SmsRenderer).render({
      template: SmsTemplate.OneTimeCode,
      workspaceName: 'Cabinet Degueldre',
      to: '06 06 10 10 10',
      language: 'fr',
      variables: { code: '482913', validMinutes: 10 },
    });
    expect(sms.to).toBe('+33606101010');
    expect((await compile('none')).get(SmsGateway)).toBeInstanceOf(DisabledSmsGateway);
  });
});
