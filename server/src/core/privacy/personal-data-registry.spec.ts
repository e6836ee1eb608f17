import { Column, DataSource, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { type EntityClass, ErasedWith, NotPersonal, PersonalData } from './personal-data';
import { describeGaps, PersonalDataRegistry } from './personal-data-registry';

@Entity('person')
class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @PersonalData({ category: 'identity', erase: 'delete-row', mask: 'name' })
  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName!: string;

  @NotPersonal('a fixed code')
  @Column({ type: 'varchar', length: 8 })
  role!: string;

  @Column({ type: 'integer' })
  age!: number;
}

@Entity('person_note')
class PersonNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ErasedWith('delete')
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @PersonalData({ category: 'free-text', erase: 'null', mask: 'drop' })
  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @PersonalData({ category: 'credential', erase: 'null', mask: 'drop', export: false })
  @Column({ type: 'bytea', nullable: true })
  secret!: Buffer | null;
}

/** A column somebody forgot to classify: the registry must name it. */
@Entity('forgotten')
class ForgottenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  nickname!: string;

  @Column({ type: 'jsonb', nullable: true })
  extra!: object | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  /** A declaration that names no column protects nothing: it is a gap too. */
  @NotPersonal('typo')
  nickName?: string;
}

async function registryOf(...entities: EntityClass[]): Promise<PersonalDataRegistry> {
  const dataSource = new DataSource({ type: 'postgres', entities });
  // Metadata only, no connection: the unit under test is the join, not the database.
  await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  return PersonalDataRegistry.of(dataSource);
}

describe('PersonalDataRegistry', () => {
  it('gives each entity its table, database columns, types and declarations', async () => {
    const registry = await registryOf(PersonEntity, PersonNoteEntity);
    const person = registry.entity('person');
    expect(person.target).toBe(PersonEntity);
    expect(person.primaryKey).toEqual(['id']);
    expect(person.columns.map((c) => [c.column, c.type, c.declaration?.kind ?? null])).toEqual([
      ['id', 'uuid', null],
      ['last_name', 'character varying', 'personal'],
      ['role', 'character varying', 'not-personal'],
      ['age', 'integer', null],
    ]);
    expect(person.personalColumns).toEqual([
      expect.objectContaining({
        property: 'lastName',
        column: 'last_name',
        nullable: false,
        declaration: expect.objectContaining({ category: 'identity', mask: 'name', export: true }),
      }),
    ]);
    expect(registry.entity(PersonNoteEntity).personalColumns.map((c) => c.declaration)).toEqual([
      expect.objectContaining({ property: 'body', erase: 'null', export: true }),
      expect.objectContaining({ property: 'secret', category: 'credential', export: false }),
    ]);
  });

  it('resolves @ErasedWith relations to foreign-key columns and the target table', async () => {
    const registry = await registryOf(PersonEntity, PersonNoteEntity);
    expect(registry.entity('person_note').relations).toEqual([
      {
        property: 'person',
        cascade: 'delete',
        foreignKeyColumns: ['person_id'],
        targetTable: 'person',
        referencedColumns: ['id'],
        nullable: false,
      },
    ]);
    expect(registry.entity('person_note').foreignKeys).toEqual([
      { columns: ['person_id'], table: 'person' },
    ]);
    expect(registry.entity('person').columns.find((c) => c.column === 'last_name')?.maxLength).toBe(
      100,
    );
    expect(registry.dependentsOf('person').map((d) => d.entity.table)).toEqual(['person_note']);
    expect(registry.personalColumns().map((p) => `${p.table}.${p.column.column}`)).toEqual([
      'person.last_name',
      'person_note.body',
      'person_note.secret',
    ]);
  });

  it('finds nothing wrong when every text-like column is classified', async () => {
    expect((await registryOf(PersonEntity, PersonNoteEntity)).gaps()).toEqual([]);
  });

  it('names each undeclared text, jsonb and text[] column, and a declaration on no column', async () => {
    const registry = await registryOf(ForgottenEntity);
    expect(describeGaps(registry.gaps())).toEqual([
      'forgotten.nickname (nickname): undeclared',
      'forgotten.extra (extra): undeclared',
      'forgotten.tags (tags): undeclared',
      'forgotten.nickName (nickName): not-a-column',
    ]);
  });

  it('refuses an unknown entity', async () => {
    const registry = await registryOf(PersonEntity);
    expect(() => registry.entity('nope')).toThrow(/No entity nope/);
  });
});
