import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AUTH-4…AUTH-6: server-side sessions, the shared sign-in throttle, idle timeout, locking. */
export class Sessions1763856400000 implements MigrationInterface {
  name = 'Sessions1763856400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "workspace" ADD "idle_timeout_minutes" integer NOT NULL DEFAULT 20`,
    );
    await queryRunner.query(`ALTER TABLE "account" ADD "locked_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
      CREATE TABLE "session" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "token_hash" bytea NOT NULL,
        "account_id" uuid NOT NULL,
        "workspace_id" uuid NOT NULL,
        "private_computer" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "idle_expires_at" TIMESTAMP WITH TIME ZONE,
        "absolute_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "UQ_session_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "PK_session" PRIMARY KEY ("id"),
        CONSTRAINT "FK_session_account" FOREIGN KEY ("account_id")
          REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_session_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_session_account" ON "session" ("account_id")`);
    await queryRunner.query(`
      CREATE TABLE "sign_in_throttle" (
        "key" character varying(120) NOT NULL,
        "failures" integer NOT NULL,
        "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "blocked_until" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_sign_in_throttle" PRIMARY KEY ("key")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_in_throttle"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "locked_at"`);
    await queryRunner.query(`ALTER TABLE "workspace" DROP COLUMN "idle_timeout_minutes"`);
  }
}
