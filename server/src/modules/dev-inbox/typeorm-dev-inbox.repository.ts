import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DevInboxItem } from '@guichet/contracts';
import { Repository } from 'typeorm';
import { DevInboxRepository, type NewDevInboxItem } from './dev-inbox.repository';
import { DevInboxMessageEntity } from './entities/dev-inbox-message.entity';

@Injectable()
export class TypeOrmDevInboxRepository extends DevInboxRepository {
  constructor(
    @InjectRepository(DevInboxMessageEntity)
    private readonly messages: Repository<DevInboxMessageEntity>,
  ) {
    super();
  }

  async add({ to, ...item }: NewDevInboxItem): Promise<void> {
    await this.messages.insert({ ...item, recipient: to });
  }

  async latest(limit: number): Promise<DevInboxItem[]> {
    const rows = await this.messages.find({ order: { receivedAt: 'DESC' }, take: limit });
    return rows.map(({ recipient, receivedAt, ...row }) => ({
      ...row,
      to: recipient,
      receivedAt: receivedAt.toISOString(),
    }));
  }
}
