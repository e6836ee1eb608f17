import type { MigrationInterface, QueryRunner } from 'typeorm';

/** MAIL-2, MAIL-3: the transactional outbox and the development inbox. */
export class Outbox1763856100000 implements MigrationInterface {
  name = 'Outbox1763856100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "outbox_message" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "idempotency_key" character varying(200) NOT NULL,
        "workspace_id" uuid,
        "channel" character varying(8) NOT NULL,
        "template" character varying(40) NOT NULL,
        "recipient" text NOT NULL,
        "payload" bytea,
        "status" character varying(10) NOT NULL DEFAULT 'pending',
        "attempts" integer NOT NULL DEFAULT 0,
        "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_error" character varying(300),
        "provider_id" character varying(200),
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_outbox_message_idempotency_key" UNIQUE ("idempotency_key"),
        CONSTRAINT "CHK_outbox_message_channel" CHECK ("channel" IN ('mail', 'sms')),
        CONSTRAINT "CHK_outbox_message_status" CHECK ("status" IN ('pending', 'sending', 'sent', 'failed')),
        CONSTRAINT "PK_outbox_message" PRIMARY KEY ("id"),
        CONSTRAINT "FK_outbox_message_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    // The worker's claim reads only due rows; sent and failed ones stay out of the index.
    await queryRunner.query(
      `CREATE INDEX "IDX_outbox_message_due" ON "outbox_message" ("next_attempt_at") WHERE "status" IN ('pending', 'sending')`,
    );
    await queryRunner.query(`
      CREATE TABLE "dev_inbox_message" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "channel" character varying(8) NOT NULL,
        "recipient" text NOT NULL,
        "subject" text,
        "html" text,
        "text" text NOT NULL,
        "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_dev_inbox_message" PRIMARY KEY ("id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "dev_inbox_message"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
  }
}
