import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GDPR-1, GDPR-7: the CRM — companies (third parties when they carry an ERP reference), contacts,
 * leads, each with a marketing opt-out and its provenance; their addresses, phones, e-mails,
 * remarks, communications, opportunities and encrypted documents, each hanging off exactly one
 * owner and going with it (ON DELETE CASCADE); target groups; each user's CRM preference.
 */
export class Crm1763858400000 implements MigrationInterface {
  name = 'Crm1763858400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "crm_company" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "erp_reference" character varying(64), "marketing_opt_out" boolean NOT NULL DEFAULT false, "marketing_opt_out_source" character varying(16), "marketing_opt_out_at" TIMESTAMP WITH TIME ZONE, "marketing_opt_out_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_crm_company_opt_out_source" CHECK ("marketing_opt_out_source" IN ('self', 'company', 'import', 'erp')), CONSTRAINT "PK_crm_company" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_crm_company_erp_reference" ON "crm_company"  ("workspace_id", "erp_reference") WHERE "erp_reference" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_company_workspace_name" ON "crm_company"  ("workspace_id", "name")`,
    );
    await queryRunner.query(
      `CREATE TABLE "crm_contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "company_id" uuid, "civility" character varying(8), "first_name" character varying(100), "last_name" character varying(100) NOT NULL, "job_title" character varying(100), "marketing_opt_out" boolean NOT NULL DEFAULT false, "marketing_opt_out_source" character varying(16), "marketing_opt_out_at" TIMESTAMP WITH TIME ZONE, "marketing_opt_out_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_crm_contact_opt_out_source" CHECK ("marketing_opt_out_source" IN ('self', 'company', 'import', 'erp')), CONSTRAINT "PK_crm_contact" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_contact_company" ON "crm_contact"  ("company_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_contact_workspace_name" ON "crm_contact"  ("workspace_id", "last_name", "first_name")`,
    );
    await queryRunner.query(
      `CREATE TABLE "crm_lead" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "civility" character varying(8), "first_name" character varying(100), "last_name" character varying(100) NOT NULL, "company_name" character varying(200), "job_title" character varying(100), "status" character varying(16) NOT NULL DEFAULT 'new', "marketing_opt_out" boolean NOT NULL DEFAULT false, "marketing_opt_out_source" character varying(16), "marketing_opt_out_at" TIMESTAMP WITH TIME ZONE, "marketing_opt_out_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_crm_lead_opt_out_source" CHECK ("marketing_opt_out_source" IN ('self', 'company', 'import', 'erp')), CONSTRAINT "CHK_crm_lead_status" CHECK ("status" IN ('new', 'qualified', 'converted', 'lost')), CONSTRAINT "PK_crm_lead" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_lead_workspace_name" ON "crm_lead"  ("workspace_id", "last_name", "first_name")`,
    );
    await queryRunner.query(
      `CREATE TABLE "crm_address" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "company_id" uuid, "contact_id" uuid, "lead_id" uuid, "label" character varying(50) NOT NULL DEFAULT '', "line1" character varying(200) NOT NULL, "line2" character varying(200), "postal_code" character varying(16), "city" character varying(100) NOT NULL, "country" character varying(2) NOT NULL DEFAULT 'FR', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_crm_address_owner" CHECK (num_nonnulls("company_id", "contact_id", "lead_id") = 1), CONSTRAINT "PK_crm_address" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_crm_address_lead" ON "crm_address"  ("lead_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_address_contact" ON "crm_address"  ("contact_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_address_company" ON "crm_address"  ("company_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "crm_communication" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "company_id" uuid, "contact_id" uuid, "lead_id" uuid, "direction" character varying(16) NOT NULL, "channel" character varying(16) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "subject" character varying(200) NOT NULL, "summary" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_crm_communication_channel" CHECK ("channel" IN ('email', 'phone', 'meeting', 'letter', 'other')), CONSTRAINT "CHK_crm_communication_direction" CHECK ("direction" IN ('from-person', 'to-person')), CONSTRAINT "CHK_crm_communication_owner" CHECK (num_nonnulls("company_id", "contact_id", "lead_id") = 1), CONSTRAINT "PK_crm_communication" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_communication_from_person" ON "crm_communication"  ("direction", "occurred_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_communication_lead" ON "crm_communication"  ("lead_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_communication_contact" ON "crm_communication"  ("contact_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_communication_company" ON "crm_communication"  ("company_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "crm_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "company_id" uuid, "contact_id" uuid, "lead_id" uuid, "name" character varying(200) NOT NULL, "size" bigint NOT NULL DEFAULT '0', "content_type" character varying(127) NOT NULL DEFAULT 'application/octet-stream', "sha256" character varying(64) NOT NULL DEFAULT '', "storage_key" character varying(80) NOT NULL, "key_id" character varying(32), "wrapped_key" bytea, "state" character varying(16) NOT NULL DEFAULT 'uploading', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_crm_document_state" CHECK ("state" IN ('uploading', 'stored')), CONSTRAINT "CHK_crm_document_owner" CHECK (num_nonnulls("company_id", "contact_id", "lead_id") = 1), CONSTRAINT "PK_crm_document" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_crm_document_lead" ON "crm_document"  ("lead_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_document_contact" ON "crm_document"  ("contact_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_document_company" ON "crm_document"  ("company_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "crm_email" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "company_id" uuid, "contact_id" uuid, "lead_id" uuid, "label" character varying(50) NOT NULL DEFAULT '', "address" character varying(254) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_crm_email_owner" CHECK (num_nonnulls("company_id", "contact_id", "lead_id") = 1), CONSTRAINT "PK_crm_email" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_crm_email_lead" ON "crm_email"  ("lead_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_crm_email_contact" ON "crm_email"  ("contact_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_crm_email_company" ON "crm_email"  ("company_id")`);
    await queryRunner.query(
      `CREATE TABLE "crm_opportunity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "company_id" uuid, "contact_id" uuid, "lead_id" uuid, "title" character varying(200) NOT NULL, "stage" character varying(16) NOT NULL DEFAULT 'open', "amount_cents" bigint, "expected_close_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_crm_opportunity_stage" CHECK ("stage" IN ('open', 'won', 'lost')), CONSTRAINT "CHK_crm_opportunity_owner" CHECK (num_nonnulls("company_id", "contact_id", "lead_id") = 1), CONSTRAINT "PK_crm_opportunity" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_opportunity_lead" ON "crm_opportunity"  ("lead_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_opportunity_contact" ON "crm_opportunity"  ("contact_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_opportunity_company" ON "crm_opportunity"  ("company_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "crm_phone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "company_id" uuid, "contact_id" uuid, "lead_id" uuid, "label" character varying(50) NOT NULL DEFAULT '', "number" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_crm_phone_owner" CHECK (num_nonnulls("company_id", "contact_id", "lead_id") = 1), CONSTRAINT "PK_crm_phone" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_crm_phone_lead" ON "crm_phone"  ("lead_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_crm_phone_contact" ON "crm_phone"  ("contact_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_crm_phone_company" ON "crm_phone"  ("company_id")`);
    await queryRunner.query(
      `CREATE TABLE "crm_preference" ("account_id" uuid NOT NULL, "exclude_marketing_opt_out" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_crm_preference" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "crm_remark" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "company_id" uuid, "contact_id" uuid, "lead_id" uuid, "text" text NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_crm_remark_owner" CHECK (num_nonnulls("company_id", "contact_id", "lead_id") = 1), CONSTRAINT "PK_crm_remark" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_crm_remark_lead" ON "crm_remark"  ("lead_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_remark_contact" ON "crm_remark"  ("contact_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_remark_company" ON "crm_remark"  ("company_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "crm_target_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "entity" character varying(16) NOT NULL, "criteria" jsonb NOT NULL DEFAULT '{}', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_crm_target_group" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_crm_target_group_workspace" ON "crm_target_group"  ("workspace_id", "name")`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_company" ADD CONSTRAINT "FK_crm_company_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_company" ADD CONSTRAINT "FK_crm_company_opt_out_by" FOREIGN KEY ("marketing_opt_out_by") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_contact" ADD CONSTRAINT "FK_crm_contact_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_contact" ADD CONSTRAINT "FK_crm_contact_company" FOREIGN KEY ("company_id") REFERENCES "crm_company"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_contact" ADD CONSTRAINT "FK_crm_contact_opt_out_by" FOREIGN KEY ("marketing_opt_out_by") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_lead" ADD CONSTRAINT "FK_crm_lead_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_lead" ADD CONSTRAINT "FK_crm_lead_opt_out_by" FOREIGN KEY ("marketing_opt_out_by") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_address" ADD CONSTRAINT "FK_crm_address_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_address" ADD CONSTRAINT "FK_crm_address_company" FOREIGN KEY ("company_id") REFERENCES "crm_company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_address" ADD CONSTRAINT "FK_crm_address_contact" FOREIGN KEY ("contact_id") REFERENCES "crm_contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_address" ADD CONSTRAINT "FK_crm_address_lead" FOREIGN KEY ("lead_id") REFERENCES "crm_lead"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_communication" ADD CONSTRAINT "FK_crm_communication_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_communication" ADD CONSTRAINT "FK_crm_communication_company" FOREIGN KEY ("company_id") REFERENCES "crm_company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_communication" ADD CONSTRAINT "FK_crm_communication_contact" FOREIGN KEY ("contact_id") REFERENCES "crm_contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_communication" ADD CONSTRAINT "FK_crm_communication_lead" FOREIGN KEY ("lead_id") REFERENCES "crm_lead"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_document" ADD CONSTRAINT "FK_crm_document_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_document" ADD CONSTRAINT "FK_crm_document_company" FOREIGN KEY ("company_id") REFERENCES "crm_company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_document" ADD CONSTRAINT "FK_crm_document_contact" FOREIGN KEY ("contact_id") REFERENCES "crm_contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_document" ADD CONSTRAINT "FK_crm_document_lead" FOREIGN KEY ("lead_id") REFERENCES "crm_lead"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_email" ADD CONSTRAINT "FK_crm_email_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_email" ADD CONSTRAINT "FK_crm_email_company" FOREIGN KEY ("company_id") REFERENCES "crm_company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_email" ADD CONSTRAINT "FK_crm_email_contact" FOREIGN KEY ("contact_id") REFERENCES "crm_contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_email" ADD CONSTRAINT "FK_crm_email_lead" FOREIGN KEY ("lead_id") REFERENCES "crm_lead"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_opportunity" ADD CONSTRAINT "FK_crm_opportunity_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_opportunity" ADD CONSTRAINT "FK_crm_opportunity_company" FOREIGN KEY ("company_id") REFERENCES "crm_company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_opportunity" ADD CONSTRAINT "FK_crm_opportunity_contact" FOREIGN KEY ("contact_id") REFERENCES "crm_contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_opportunity" ADD CONSTRAINT "FK_crm_opportunity_lead" FOREIGN KEY ("lead_id") REFERENCES "crm_lead"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_phone" ADD CONSTRAINT "FK_crm_phone_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_phone" ADD CONSTRAINT "FK_crm_phone_company" FOREIGN KEY ("company_id") REFERENCES "crm_company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_phone" ADD CONSTRAINT "FK_crm_phone_contact" FOREIGN KEY ("contact_id") REFERENCES "crm_contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_phone" ADD CONSTRAINT "FK_crm_phone_lead" FOREIGN KEY ("lead_id") REFERENCES "crm_lead"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_preference" ADD CONSTRAINT "FK_crm_preference_account" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_remark" ADD CONSTRAINT "FK_crm_remark_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_remark" ADD CONSTRAINT "FK_crm_remark_company" FOREIGN KEY ("company_id") REFERENCES "crm_company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_remark" ADD CONSTRAINT "FK_crm_remark_contact" FOREIGN KEY ("contact_id") REFERENCES "crm_contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_remark" ADD CONSTRAINT "FK_crm_remark_lead" FOREIGN KEY ("lead_id") REFERENCES "crm_lead"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_remark" ADD CONSTRAINT "FK_crm_remark_author" FOREIGN KEY ("author_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_target_group" ADD CONSTRAINT "FK_crm_target_group_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crm_target_group" ADD CONSTRAINT "FK_crm_target_group_created_by" FOREIGN KEY ("created_by") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "crm_preference"`);
    await queryRunner.query(`DROP TABLE "crm_target_group"`);
    await queryRunner.query(`DROP TABLE "crm_document"`);
    await queryRunner.query(`DROP TABLE "crm_opportunity"`);
    await queryRunner.query(`DROP TABLE "crm_communication"`);
    await queryRunner.query(`DROP TABLE "crm_remark"`);
    await queryRunner.query(`DROP TABLE "crm_email"`);
    await queryRunner.query(`DROP TABLE "crm_phone"`);
    await queryRunner.query(`DROP TABLE "crm_address"`);
    await queryRunner.query(`DROP TABLE "crm_lead"`);
    await queryRunner.query(`DROP TABLE "crm_contact"`);
    await queryRunner.query(`DROP TABLE "crm_company"`);
  }
}
