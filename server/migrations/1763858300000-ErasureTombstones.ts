import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GDPR-2: what is left of an erased person — no personal data, only counts and keyed hashes of
 * e-mail and phone so that an import re-creating them is flagged (looked up per workspace).
 */
export class ErasureTombstones1763858300000 implements MigrationInterface {
  name = 'ErasureTombstones1763858300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "erasure_tombstone" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "subject_kind" character varying(16) NOT NULL,
        "origin" character varying(10) NOT NULL,
        "erased_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "erased_by" uuid,
        "counts" jsonb NOT NULL DEFAULT '{}',
        "email_hashes" character varying(64) array NOT NULL DEFAULT '{}',
        "phone_hashes" character varying(64) array NOT NULL DEFAULT '{}',
        "pending_blobs" text array NOT NULL DEFAULT '{}',
        CONSTRAINT "PK_erasure_tombstone" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_erasure_tombstone_kind"
          CHECK ("subject_kind" IN ('client', 'company', 'contact', 'lead')),
        CONSTRAINT "CHK_erasure_tombstone_origin" CHECK ("origin" IN ('admin', 'erp', 'retention')),
        CONSTRAINT "FK_erasure_tombstone_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_erasure_tombstone_workspace_time" ON "erasure_tombstone" ("workspace_id", "erased_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "erasure_tombstone"`);
  }
}
