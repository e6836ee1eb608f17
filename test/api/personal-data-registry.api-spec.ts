import { DataSource } from 'typeorm';
import {
  describeGaps,
  PersonalDataRegistry,
} from '../../server/src/core/privacy/personal-data-registry';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * GDPR-3: every text-like column of every entity the app registers is declared personal or not
 * personal, so that erasure, export, retention and the anonymised dump cannot miss one. The unit
 * test of the registry proves this check fails, naming the column, for an undeclared one.
 */
describe('personal-data registry of the app', () => {
  let testApp: TestApp;
  let registry: PersonalDataRegistry;

  beforeAll(async () => {
    testApp = await startTestApp();
    registry = PersonalDataRegistry.of(testApp.app.get(DataSource));
  });

  afterAll(() => testApp.close());

  it('leaves no text, varchar or jsonb column of any entity unclassified', () => {
    expect(describeGaps(registry.gaps())).toEqual([]);
  });

  it('declares the columns that obviously hold personal data as personal', () => {
    const personal = registry.personalColumns().map((p) => `${p.table}.${p.column.column}`);
    expect(personal).toEqual(
      expect.arrayContaining([
        'account.last_name',
        'account.email',
        'account.mobile',
        'account.password_hash',
        'audit_event.ip_prefix',
        'outbox_message.recipient',
        'parcel.note',
        'parcel_document.name',
        'secure_message_recipient.email',
      ]),
    );
  });

  it('reaches every row that hangs off an account when a client is erased', () => {
    const dependents = registry
      .dependentsOf('account')
      .map(
        (d) => `${d.entity.table}.${d.relation.foreignKeyColumns.join(',')}:${d.relation.cascade}`,
      );
    expect(dependents.sort()).toEqual(
      expect.arrayContaining([
        'account.account_manager_id:detach',
        'account_second_factor.account_id:delete',
        'identity_flow.account_id:delete',
        'identity_review.account_id:delete',
        'parcel.sender_id:delete',
        'parcel_download.account_id:delete',
        'parcel_recipient.account_id:delete',
        'password_history.account_id:delete',
        'password_set_link.account_id:delete',
        'recovery_code.account_id:delete',
        'session.account_id:delete',
      ]),
    );
  });

  it('never exports credentials', () => {
    const exported = registry
      .personalColumns()
      .filter((p) => p.column.declaration.category === 'credential' && p.column.declaration.export);
    expect(exported.map((p) => `${p.table}.${p.column.column}`)).toEqual([]);
  });
});
