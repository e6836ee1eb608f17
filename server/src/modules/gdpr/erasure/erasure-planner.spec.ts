import type {
  PersonalDataRegistry,
  RegisteredEntity,
  RegisteredRelation,
} from '../../../core/privacy/personal-data-registry';
import type { PersonalDataOptions } from '../../../core/privacy/personal-data';
import type { Row } from './erasure-plan';
import { ErasurePlanner } from './erasure-planner';
import { ErasureRepository, type RowFilter } from './erasure.repository';

/** A table of the fake schema: columns (personal ones with their options) and relations. */
interface FakeTable {
  primaryKey?: string[];
  columns: string[];
  personal?: Record<string, PersonalDataOptions>;
  relations?: Omit<RegisteredRelation, 'nullable' | 'referencedColumns'>[];
}

function entityOf(table: string, spec: FakeTable): RegisteredEntity {
  const columns = spec.columns.map((column) => ({
    property: column,
    column,
    type: 'character varying',
    isArray: false,
    nullable: true,
    isPrimary: (spec.primaryKey ?? ['id']).includes(column),
    maxLength: null,
    declaration: spec.personal?.[column]
      ? { kind: 'personal' as const, property: column, ...spec.personal[column] }
      : null,
  }));
  return {
    target: class {},
    name: table,
    table,
    primaryKey: spec.primaryKey ?? ['id'],
    columns,
    personalColumns: columns.filter((c) => c.declaration) as RegisteredEntity['personalColumns'],
    foreignKeys: (spec.relations ?? []).map((r) => ({
      columns: r.foreignKeyColumns,
      table: r.targetTable,
    })),
    relations: (spec.relations ?? []).map((r) => ({
      ...r,
      referencedColumns: ['id'],
      nullable: true,
    })),
  };
}

/** The registry and the rows of a small schema, answering the planner's queries from memory. */
class FakeDatabase extends ErasureRepository {
  private readonly entities: RegisteredEntity[];

  constructor(
    schema: Record<string, FakeTable>,
    private readonly rows: Record<string, Row[]>,
  ) {
    super();
    this.entities = Object.entries(schema).map(([table, spec]) => entityOf(table, spec));
  }

  registry(): PersonalDataRegistry {
    const byTable = new Map(this.entities.map((e) => [e.table, e]));
    return {
      entities: () => this.entities,
      entity: (table: string) => byTable.get(table)!,
      dependentsOf: (table: string) =>
        this.entities.flatMap((entity) =>
          entity.relations
            .filter((r) => r.targetTable === table)
            .map((relation) => ({ entity, relation })),
        ),
    } as unknown as PersonalDataRegistry;
  }

  async find(filter: RowFilter): Promise<Row[]> {
    const wanted = new Set(
      filter.values.map((tuple) => JSON.stringify(tuple.map((v) => String(v).toLowerCase()))),
    );
    return (this.rows[filter.table] ?? []).filter((row) => {
      const tuple = filter.columns.map((c) => String(row[c]).toLowerCase());
      const inWorkspace = !filter.workspace || filter.workspace.via || row.workspace_id === 'w1';
      return inWorkspace && wanted.has(JSON.stringify(tuple));
    });
  }

  async countBy(
    table: string,
    columns: readonly string[],
    parents: readonly (readonly unknown[])[],
  ) {
    const counts = new Map<string, number>();
    const wanted = new Set(parents.map((p) => JSON.stringify(p.map(String))));
    for (const row of this.rows[table] ?? []) {
      const key = JSON.stringify(columns.map((c) => String(row[c])));
      if (wanted.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }

  update = (): Promise<void> => Promise.resolve();
  delete = (): Promise<void> => Promise.resolve();
}

const GONE: PersonalDataOptions = { category: 'identity', erase: 'delete-row', mask: 'name' };
const EMAIL: PersonalDataOptions = { category: 'contact', erase: 'delete-row', mask: 'email' };

/** People (`account`), parcels they send, recipients linking parcels to people, mails. */
const SCHEMA: Record<string, FakeTable> = {
  account: {
    columns: ['id', 'workspace_id', 'name', 'email'],
    personal: { name: GONE, email: EMAIL },
  },
  parcel: {
    columns: ['id', 'sender_id'],
    relations: [
      {
        property: 'sender',
        cascade: 'delete',
        foreignKeyColumns: ['sender_id'],
        targetTable: 'account',
      },
    ],
  },
  parcel_recipient: {
    primaryKey: ['parcel_id', 'account_id'],
    columns: ['parcel_id', 'account_id'],
    relations: [
      {
        property: 'parcel',
        cascade: 'delete',
        foreignKeyColumns: ['parcel_id'],
        targetTable: 'parcel',
      },
      {
        property: 'account',
        cascade: 'delete',
        foreignKeyColumns: ['account_id'],
        targetTable: 'account',
      },
    ],
  },
  outbox_message: {
    columns: ['id', 'workspace_id', 'recipient'],
    personal: { recipient: { category: 'contact', erase: 'delete-row', mask: 'hash' } },
  },
  crm_email: {
    columns: ['id', 'workspace_id', 'contact_id', 'address'],
    personal: { address: EMAIL },
    relations: [
      {
        property: 'contact',
        cascade: 'delete',
        foreignKeyColumns: ['contact_id'],
        targetTable: 'crm_contact',
      },
    ],
  },
  crm_contact: { columns: ['id', 'workspace_id', 'last_name'], personal: { last_name: GONE } },
};

const ROWS: Record<string, Row[]> = {
  account: [
    { id: 'client', workspace_id: 'w1', name: 'Jeanne', email: 'jeanne@example.test' },
    { id: 'manager', workspace_id: 'w1', name: 'Camille', email: 'camille@example.test' },
    { id: 'other-client', workspace_id: 'w1', name: 'Paul', email: 'paul@example.test' },
  ],
  parcel: [
    { id: 'sent-by-client', sender_id: 'client' },
    { id: 'to-client-only', sender_id: 'manager' },
    { id: 'to-client-and-paul', sender_id: 'manager' },
  ],
  parcel_recipient: [
    { parcel_id: 'sent-by-client', account_id: 'manager' },
    { parcel_id: 'to-client-only', account_id: 'client' },
    { parcel_id: 'to-client-and-paul', account_id: 'client' },
    { parcel_id: 'to-client-and-paul', account_id: 'other-client' },
  ],
  outbox_message: [
    { id: 'mail-to-client', workspace_id: 'w1', recipient: 'JEANNE@example.test' },
    { id: 'mail-elsewhere', workspace_id: 'w2', recipient: 'jeanne@example.test' },
    { id: 'mail-to-paul', workspace_id: 'w1', recipient: 'paul@example.test' },
  ],
  crm_contact: [{ id: 'contact', workspace_id: 'w1', last_name: 'Homonyme' }],
  crm_email: [
    {
      id: 'contact-email',
      workspace_id: 'w1',
      contact_id: 'contact',
      address: 'jeanne@example.test',
    },
  ],
};

describe(ErasurePlanner.name, () => {
  const plan = async () => {
    const planner = new ErasurePlanner(new FakeDatabase(SCHEMA, ROWS));
    return planner.plan('account', ROWS.account![0]!, 'w1');
  };
  const keysOf = async (table: string) =>
    (await plan()).plan.rowsOf(table).map((p) => `${p.action}:${JSON.stringify(p.row)}`);

  it('deletes what hangs off the person and a parcel whose only recipient they are', async () => {
    const { plan: reached } = await plan();
    expect(
      reached
        .rowsOf('parcel')
        .map((p) => p.row.id)
        .sort(),
    ).toEqual(['sent-by-client', 'to-client-only']);
    expect(reached.rowsOf('parcel').every((p) => p.action === 'delete')).toBe(true);
    expect(reached.rowsOf('account').map((p) => [p.row.id, p.action])).toEqual([
      ['client', 'delete'],
    ]);
  });

  it('never reaches another person through a link: the manager stays, and Paul keeps his parcel', async () => {
    const { plan: reached } = await plan();
    expect(reached.has('account', JSON.stringify(['manager']))).toBe(false);
    expect(reached.has('parcel', JSON.stringify(['to-client-and-paul']))).toBe(false);
    expect(
      reached
        .rowsOf('parcel_recipient')
        .map((p) => p.row.account_id)
        .sort(),
    ).toEqual(['client', 'client', 'manager']);
  });

  it('finds rows by e-mail only in tables that belong to nobody, in the same workspace', async () => {
    expect(await keysOf('outbox_message')).toEqual([
      `delete:${JSON.stringify(ROWS.outbox_message![0])}`,
    ]);
    expect(await keysOf('crm_email')).toEqual([]);
    expect((await plan()).contacts).toEqual({ emails: ['jeanne@example.test'], phones: [] });
  });

  it('counts rows per table for the preview', async () => {
    expect((await plan()).plan.counts()).toEqual({
      account: 1,
      parcel: 2,
      parcel_recipient: 3,
      outbox_message: 1,
    });
  });
});
