import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { appConfig, type AppConfig } from '../../core/config/app.config';
import { PasswordHasher } from '../../core/crypto/password-hasher';
import { DemoDataRepository, type NewDemoWorkspace } from './demo-data.repository';
import { DEMO_WORKSPACES, type DemoWorkspace } from './demo-workspaces';

/**
 * Fills an empty database with the demo firms in development mode, so that a newcomer can try
 * every flow at once. Never in production or test mode.
 */
@Injectable()
export class DemoDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    @Inject(appConfig.KEY) private readonly app: AppConfig,
    private readonly repository: DemoDataRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.app.mode === 'development') await this.seedIfEmpty();
  }

  /** Stores the demo firms unless the database already holds a workspace; says whether it did. */
  async seedIfEmpty(workspaces: DemoWorkspace[] = DEMO_WORKSPACES): Promise<boolean> {
    // Checked first so that a normal restart does not spend time hashing demo passwords.
    if (!(await this.repository.isEmpty())) return false;
    const prepared = await Promise.all(workspaces.map((w) => this.prepare(w)));
    if (!(await this.repository.insertIfEmpty(prepared))) return false;
    this.logger.log(`Demo data created: workspaces ${workspaces.map((w) => w.slug).join(', ')}`);
    return true;
  }

  private async prepare({ accounts, ...workspace }: DemoWorkspace): Promise<NewDemoWorkspace> {
    return {
      ...workspace,
      accounts: await Promise.all(
        accounts.map(async ({ password, email, ...account }) => ({
          ...account,
          email: email?.toLowerCase() ?? null,
          passwordHash: password ? await this.hasher.hash(password.plain) : null,
          passwordKind: password?.kind ?? null,
        })),
      ),
    };
  }
}
