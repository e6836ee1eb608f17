import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PARCEL-8, OTP-3: secure messages to external addresses. A message is a parcel of kind
 * `message` (its documents, storage, expiry and purge are the parcel's); each address has a row
 * with the hash of its personal link and its receipt; downloads are counted per address and
 * document; a recipient session is bound to one workspace and one address.
 */
export class SecureMessages1763857700000 implements MigrationInterface {
  name = 'SecureMessages1763857700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "parcel" ADD "kind" character varying(16) NOT NULL DEFAULT 'parcel'`,
    );
    await queryRunner.query(
      `ALTER TABLE "parcel" ADD CONSTRAINT "CHK_parcel_kind" CHECK ("kind" IN ('parcel', 'message'))`,
    );
    await queryRunner.query(
      `CREATE TABLE "secure_message_recipient" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "parcel_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "token_hash" bytea NOT NULL, "notified_at" TIMESTAMP WITH TIME ZONE, "code_requested_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_secure_message_recipient" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_secure_message_recipient_token" ON "secure_message_recipient"  ("token_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_secure_message_recipient_parcel" ON "secure_message_recipient"  ("parcel_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_secure_message_recipient_email" ON "secure_message_recipient"  ("email")`,
    );
    await queryRunner.query(
      `CREATE TABLE "secure_message_download" ("recipient_id" uuid NOT NULL, "document_id" uuid NOT NULL, "first_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_at" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_secure_message_download" PRIMARY KEY ("recipient_id", "document_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "recipient_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" bytea NOT NULL, "workspace_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "private_computer" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "absolute_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_recipient_session" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_recipient_session_token" ON "recipient_session"  ("token_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_recipient_session_expires" ON "recipient_session"  ("absolute_expires_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "secure_message_recipient" ADD CONSTRAINT "FK_secure_message_recipient_parcel" FOREIGN KEY ("parcel_id") REFERENCES "parcel"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "secure_message_download" ADD CONSTRAINT "FK_secure_message_download_recipient" FOREIGN KEY ("recipient_id") REFERENCES "secure_message_recipient"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "secure_message_download" ADD CONSTRAINT "FK_secure_message_download_document" FOREIGN KEY ("document_id") REFERENCES "parcel_document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recipient_session" ADD CONSTRAINT "FK_recipient_session_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "recipient_session"`);
    await queryRunner.query(`DROP TABLE "secure_message_download"`);
    await queryRunner.query(`DROP TABLE "secure_message_recipient"`);
    await queryRunner.query(`ALTER TABLE "parcel" DROP CONSTRAINT "CHK_parcel_kind"`);
    await queryRunner.query(`ALTER TABLE "parcel" DROP COLUMN "kind"`);
  }
}
