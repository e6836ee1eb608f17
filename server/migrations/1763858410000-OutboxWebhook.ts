import type { MigrationInterface, QueryRunner } from 'typeorm';

/** GDPR-1: the outbox also delivers signed webhook events (the ERP's opt-out sync). */
export class OutboxWebhook1763858410000 implements MigrationInterface {
  name = 'OutboxWebhook1763858410000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "outbox_message" DROP CONSTRAINT "CHK_outbox_message_channel"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox_message" ADD CONSTRAINT "CHK_outbox_message_channel" CHECK ("channel" IN ('mail', 'sms', 'webhook'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "outbox_message" WHERE "channel" = 'webhook'`);
    await queryRunner.query(
      `ALTER TABLE "outbox_message" DROP CONSTRAINT "CHK_outbox_message_channel"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox_message" ADD CONSTRAINT "CHK_outbox_message_channel" CHECK ("channel" IN ('mail', 'sms'))`,
    );
  }
}
