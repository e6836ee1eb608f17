import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PARCEL-1…PARCEL-7: secure parcels, their documents (blob key and wrapped data key), recipients
 * with their receipts, per-document downloads, and each workspace's limits. Everything of a
 * parcel goes with it (ON DELETE CASCADE), so the purge deletes one row per parcel.
 */
export class Parcels1763857500000 implements MigrationInterface {
  name = 'Parcels1763857500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "parcel" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "sender_id" uuid NOT NULL, "subject" character varying(200) NOT NULL, "note" text NOT NULL DEFAULT '', "state" character varying(16) NOT NULL DEFAULT 'draft', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_parcel_state" CHECK ("state" IN ('draft', 'sent', 'withdrawn')), CONSTRAINT "PK_parcel" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_parcel_expires" ON "parcel"  ("expires_at")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_parcel_workspace" ON "parcel"  ("workspace_id", "state")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_parcel_sender" ON "parcel"  ("sender_id", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "parcel_document" ("id" uuid NOT NULL, "parcel_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "size" bigint NOT NULL DEFAULT '0', "content_type" character varying(127) NOT NULL DEFAULT 'application/octet-stream', "sha256" character varying(64) NOT NULL DEFAULT '', "storage_key" character varying(80) NOT NULL, "key_id" character varying(32), "wrapped_key" bytea, "state" character varying(16) NOT NULL DEFAULT 'uploading', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_parcel_document_state" CHECK ("state" IN ('uploading', 'stored')), CONSTRAINT "PK_parcel_document" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_parcel_document_parcel" ON "parcel_document"  ("parcel_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "parcel_download" ("document_id" uuid NOT NULL, "account_id" uuid NOT NULL, "parcel_id" uuid NOT NULL, "first_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_at" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_parcel_download" PRIMARY KEY ("document_id", "account_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_parcel_download_parcel" ON "parcel_download"  ("parcel_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "parcel_recipient" ("parcel_id" uuid NOT NULL, "account_id" uuid NOT NULL, "notified_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_parcel_recipient" PRIMARY KEY ("parcel_id", "account_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_parcel_recipient_account" ON "parcel_recipient"  ("account_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "parcel_settings" ("workspace_id" uuid NOT NULL, "max_file_bytes" bigint NOT NULL, "max_parcel_bytes" bigint NOT NULL, "default_expiry_days" integer NOT NULL, "max_expiry_days" integer NOT NULL, "allowed_types" text array NOT NULL DEFAULT '{}', "denied_types" text array NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_parcel_settings" PRIMARY KEY ("workspace_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "parcel" ADD CONSTRAINT "FK_parcel_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "parcel" ADD CONSTRAINT "FK_parcel_sender" FOREIGN KEY ("sender_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "parcel_document" ADD CONSTRAINT "FK_parcel_document_parcel" FOREIGN KEY ("parcel_id") REFERENCES "parcel"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "parcel_download" ADD CONSTRAINT "FK_parcel_download_document" FOREIGN KEY ("document_id") REFERENCES "parcel_document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "parcel_download" ADD CONSTRAINT "FK_parcel_download_parcel" FOREIGN KEY ("parcel_id") REFERENCES "parcel"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "parcel_download" ADD CONSTRAINT "FK_parcel_download_account" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "parcel_recipient" ADD CONSTRAINT "FK_parcel_recipient_parcel" FOREIGN KEY ("parcel_id") REFERENCES "parcel"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "parcel_recipient" ADD CONSTRAINT "FK_parcel_recipient_account" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "parcel_settings" ADD CONSTRAINT "FK_parcel_settings_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "parcel_settings"`);
    await queryRunner.query(`DROP TABLE "parcel_download"`);
    await queryRunner.query(`DROP TABLE "parcel_recipient"`);
    await queryRunner.query(`DROP TABLE "parcel_document"`);
    await queryRunner.query(`DROP TABLE "parcel"`);
  }
}
