import type { MarketingOptOut } from '@guichet/contracts';
import type { Transactions } from '../../../core/database/transactions';
import type { ErpOptOutEvents } from '../erp/erp-opt-out-events';
import type { CrmRecordRepository } from '../records/crm-record.repository';
import type { CompanyRecord, ContactRecord } from '../records/crm-records';
import { MarketingOptOuts } from './marketing-opt-outs.service';

const at = new Date('2026-01-01T00:00:00Z');
const optOut = (source: MarketingOptOut['source']): MarketingOptOut => ({
  source,
  at: at.toISOString(),
  by: null,
});
const company = (fields: Partial<CompanyRecord>): CompanyRecord => ({
  id: 'c1',
  name: 'Acme',
  erpReference: null,
  marketingOptOut: null,
  createdAt: at,
  updatedAt: at,
  ...fields,
});
const contact = (marketingOptOut: MarketingOptOut | null) =>
  ({ id: 'p1', marketingOptOut }) as ContactRecord;

describe(MarketingOptOuts.name, () => {
  let records: jest.Mocked<CrmRecordRepository>;
  let erp: jest.Mocked<Pick<ErpOptOutEvents, 'changed'>>;
  let optOuts: MarketingOptOuts;
  const acme = { workspaceId: 'w', kind: 'company' as const, id: 'c1' };
  const self = { source: 'self' as const, accountId: 'u1' };

  beforeEach(() => {
    records = {
      exists: jest.fn().mockResolvedValue(true),
      company: jest.fn(),
      contact: jest.fn(),
      lead: jest.fn(),
      setOptOut: jest.fn(),
      cascadeOptOutToContacts: jest.fn().mockResolvedValue(2),
      liftCascadedOptOuts: jest.fn().mockResolvedValue(2),
    } as unknown as jest.Mocked<CrmRecordRepository>;
    erp = { changed: jest.fn() };
    const transactions = { run: (work: () => Promise<unknown>) => work() } as Transactions;
    optOuts = new MarketingOptOuts(records, transactions, erp as unknown as ErpOptOutEvents);
  });

  it('cascades a company opt-out to its contacts and tells the ERP about a third party', async () => {
    records.company
      .mockResolvedValueOnce(company({ erpReference: 'C1' }))
      .mockResolvedValue(company({ erpReference: 'C1', marketingOptOut: optOut('self') }));
    await optOuts.change(acme, true, self);
    expect(records.setOptOut).toHaveBeenCalledWith(
      acme,
      expect.objectContaining({ source: 'self', by: 'u1' }),
    );
    expect(records.cascadeOptOutToContacts).toHaveBeenCalledWith(
      'w',
      'c1',
      expect.objectContaining({ source: 'self' }),
    );
    expect(erp.changed).toHaveBeenCalledWith('w', 'C1', optOut('self'));
  });

  it('lifts only the cascaded copies, and does not echo a change that came from the ERP', async () => {
    records.company
      .mockResolvedValueOnce(company({ erpReference: 'C1', marketingOptOut: optOut('self') }))
      .mockResolvedValue(company({ erpReference: 'C1' }));
    await optOuts.change(acme, false, { source: 'erp', accountId: null });
    expect(records.setOptOut).toHaveBeenCalledWith(acme, null);
    expect(records.liftCascadedOptOuts).toHaveBeenCalledWith('w', 'c1');
    expect(records.cascadeOptOutToContacts).not.toHaveBeenCalled();
    expect(erp.changed).not.toHaveBeenCalled();
  });

  it('changes nothing when the record already is as asked', async () => {
    records.company.mockResolvedValue(company({ marketingOptOut: optOut('erp') }));
    expect(await optOuts.change(acme, true, self)).toEqual(optOut('erp'));
    expect(records.setOptOut).not.toHaveBeenCalled();
  });

  it("makes a contact's cascaded opt-out its own when a user sets it on the contact", async () => {
    const paul = { workspaceId: 'w', kind: 'contact' as const, id: 'p1' };
    records.contact
      .mockResolvedValueOnce(contact(optOut('company')))
      .mockResolvedValue(contact(optOut('self')));
    await optOuts.change(paul, true, self);
    expect(records.setOptOut).toHaveBeenCalledWith(
      paul,
      expect.objectContaining({ source: 'self' }),
    );
    expect(records.cascadeOptOutToContacts).not.toHaveBeenCalled();
  });

  it('answers 404 for a record that is not in the workspace', async () => {
    records.exists.mockResolvedValue(false);
    await expect(optOuts.change(acme, true, self)).rejects.toMatchObject({ code: 'CRM_NOT_FOUND' });
  });
});
