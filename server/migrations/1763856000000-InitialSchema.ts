import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Workspaces and the accounts that sign in to them (walking skeleton; later issues extend). */
export class InitialSchema1763856000000 implements MigrationInterface {
  name = 'InitialSchema1763856000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "workspace" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" character varying(63) NOT NULL,
        "name" character varying(200) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_workspace_slug" UNIQUE ("slug"),
        CONSTRAINT "CHK_workspace_slug" CHECK ("slug" ~ '^[a-z0-9][a-z0-9-]*$'),
        CONSTRAINT "PK_workspace" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "account" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "access_code" character varying(32) NOT NULL,
        "role" character varying(16) NOT NULL,
        "civility" character varying(8),
        "first_name" character varying(100),
        "last_name" character varying(100) NOT NULL,
        "email" character varying(254),
        "mobile" character varying(16),
        "password_hash" text,
        "password_kind" character varying(16),
        "password_set_at" TIMESTAMP WITH TIME ZONE,
        "account_manager_id" uuid,
        "language" character varying(2) NOT NULL DEFAULT 'fr',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_account_workspace_access_code" UNIQUE ("workspace_id", "access_code"),
        CONSTRAINT "CHK_account_role" CHECK ("role" IN ('client', 'staff', 'admin')),
        CONSTRAINT "CHK_account_civility" CHECK ("civility" IN ('mr', 'mrs')),
        CONSTRAINT "CHK_account_password_kind" CHECK ("password_kind" IN ('legacy', 'temporary', 'personal')),
        CONSTRAINT "PK_account" PRIMARY KEY ("id"),
        CONSTRAINT "FK_account_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_account_manager" FOREIGN KEY ("account_manager_id")
          REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_account_workspace_email" ON "account" ("workspace_id", "email") WHERE "email" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "account"`);
    await queryRunner.query(`DROP TABLE "workspace"`);
  }
}
