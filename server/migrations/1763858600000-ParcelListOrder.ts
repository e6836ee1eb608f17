import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PARCEL-3: the received list reads a firm's sent parcels newest first (`sent_at DESC, id DESC`,
 * keyset pages). Without this index PostgreSQL gathered and sorted every sent parcel of the firm
 * for each page (about 300 ms at 100,000 parcels, `npm run bench -- list-parcels`); with it, it
 * walks the index backwards and stops after one page.
 */
export class ParcelListOrder1763858600000 implements MigrationInterface {
  name = 'ParcelListOrder1763858600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_parcel_received_order" ON "parcel"  ("workspace_id", "sent_at", "id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_parcel_received_order"`);
  }
}
