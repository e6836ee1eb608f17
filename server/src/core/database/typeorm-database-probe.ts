import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DatabaseProbe } from './database-probe';

@Injectable()
export class TypeOrmDatabaseProbe extends DatabaseProbe {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async isReachable(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
