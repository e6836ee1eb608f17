import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PWD-6: integration API keys. Only the SHA-256 of a key is stored (a key is 256 random bits, so
 * a fast hash is enough); its first characters are kept to recognise it in the admin list.
 */
export class ApiKeys1763857200000 implements MigrationInterface {
  name = 'ApiKeys1763857200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "api_key" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "name" character varying(100) NOT NULL,
        "prefix" character varying(16) NOT NULL,
        "secret_hash" bytea NOT NULL,
        "scopes" jsonb NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE,
        "last_used_at" TIMESTAMP WITH TIME ZONE,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "revoked_by" uuid,
        "created_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_api_key" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_api_key_secret_hash" UNIQUE ("secret_hash"),
        CONSTRAINT "CHK_api_key_scopes" CHECK (jsonb_typeof("scopes") = 'array'),
        CONSTRAINT "FK_api_key_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_api_key_created_by" FOREIGN KEY ("created_by")
          REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION,
        CONSTRAINT "FK_api_key_revoked_by" FOREIGN KEY ("revoked_by")
          REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_api_key_workspace" ON "api_key" ("workspace_id", "created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "api_key"`);
  }
}
