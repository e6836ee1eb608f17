import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { OtpChallengeEntity } from './entities/otp-challenge.entity';
import {
  type NewOtpChallenge,
  type OtpFlowState,
  OtpRepository,
  type OtpSentCounts,
} from './otp.repository';

@Injectable()
export class TypeOrmOtpRepository extends OtpRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async add(challenge: NewOtpChallenge): Promise<void> {
    await this.context.manager().getRepository(OtpChallengeEntity).insert(challenge);
  }

  async flowState(purpose: string, flowId: string): Promise<OtpFlowState> {
    const [row] = (await this.context.manager().query(
      `SELECT coalesce(sum(attempts), 0)::int AS attempts, max(created_at) AS "lastIssuedAt"
         FROM otp_challenge WHERE purpose = $1 AND flow_id = $2`,
      [purpose, flowId],
    )) as OtpFlowState[];
    return row ?? { attempts: 0, lastIssuedAt: null };
  }

  async countSince(
    since: Date,
    recipient: string,
    workspaceId: string | null,
    subject: string | null,
  ): Promise<OtpSentCounts> {
    const [row] = (await this.context.manager().query(
      `SELECT count(*) FILTER (WHERE recipient = $2)::int AS recipient,
              count(*) FILTER (WHERE workspace_id IS NOT DISTINCT FROM $3)::int AS workspace,
              count(*) FILTER (WHERE subject = $4)::int AS subject
         FROM otp_challenge WHERE created_at >= $1`,
      [since, recipient, workspaceId, subject],
    )) as OtpSentCounts[];
    return row ?? { recipient: 0, workspace: 0, subject: 0 };
  }

  async consume(
    purpose: string,
    flowId: string,
    codeHash: Buffer,
    maxAttempts: number,
  ): Promise<boolean> {
    return this.context.manager().transaction(async (manager) => {
      // Lock the flow's live code so concurrent tries are counted one after the other.
      const [live] = (await manager.query(
        `SELECT id, code_hash FROM otp_challenge
          WHERE purpose = $1 AND flow_id = $2 AND consumed_at IS NULL AND expires_at > now()
          ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
        [purpose, flowId],
      )) as { id: string; code_hash: Buffer }[];
      const [{ attempts }] = (await manager.query(
        `SELECT coalesce(sum(attempts), 0)::int AS attempts FROM otp_challenge WHERE purpose = $1 AND flow_id = $2`,
        [purpose, flowId],
      )) as { attempts: number }[];
      if (!live || attempts >= maxAttempts) return false;
      if (live.code_hash.length === codeHash.length && timingSafeEqual(live.code_hash, codeHash)) {
        await manager.query('UPDATE otp_challenge SET consumed_at = now() WHERE id = $1', [
          live.id,
        ]);
        return true;
      }
      await manager.query('UPDATE otp_challenge SET attempts = attempts + 1 WHERE id = $1', [
        live.id,
      ]);
      return false;
    });
  }
}
