/**
 * The personal-data registry (GDPR-3). Every entity column that can hold text is declared here
 * once, either as personal data (with its category and how to erase, export and mask it) or as
 * not personal (with why). Erasure, export, retention and the anonymised dump all read this one
 * declaration, and a test fails when a text, varchar or jsonb column is left unclassified, so a
 * new column cannot be forgotten.
 *
 * The decorators only record; `personal-data-registry.ts` joins the records with TypeORM's
 * metadata to learn table and column names.
 */

/** What kind of personal data a column holds; the export groups by it, retention targets it. */
export type PersonalDataCategory =
  | 'identity' // names, civility, access code, date of birth
  | 'contact' // e-mail, phone, postal address
  | 'credential' // password hashes, secrets: erased, never exported
  | 'free-text' // notes, remarks, message bodies: may hold anything the person wrote
  | 'document' // file names and the files themselves
  | 'network' // IP address, user agent
  | 'commercial' // opportunities, communications, company-side facts about a person
  | 'preference'; // language, opt-outs and other choices the person made

/** How erasure treats the column: set it null, set a fixed value, or delete the whole row. */
export type ErasureRule = 'null' | 'delete-row' | { readonly value: string | number | boolean };

/**
 * How the anonymised dump replaces the value. All replacements except `drop` are derived from a
 * keyed hash of the original, so equal values stay equal (joins and unique indexes hold) and
 * different values stay different.
 */
export type MaskRule =
  | 'name' // a fake name of similar shape
  | 'email' // `<hash>@example.invalid`
  | 'phone' // an E.164 number in a reserved range
  | 'identifier' // an access code, reference or login of the same length
  | 'address' // a fake street address
  | 'ip' // an address from a documentation range
  | 'hash' // the keyed hash itself, hex
  | 'keep' // a choice from a short fixed list (civility, language) that singles no one out
  | 'drop'; // free text, documents and secrets: emptied (null, or '' / {} where not nullable)

export interface PersonalDataOptions {
  readonly category: PersonalDataCategory;
  readonly erase: ErasureRule;
  readonly mask: MaskRule;
  /** False for what must never leave the server even to its owner (credentials). Default true. */
  readonly export?: boolean;
}

export interface PersonalColumnDeclaration extends PersonalDataOptions {
  readonly kind: 'personal';
  readonly property: string;
}

export interface NotPersonalColumnDeclaration {
  readonly kind: 'not-personal';
  readonly property: string;
  readonly reason: string;
}

export type ColumnDeclaration = PersonalColumnDeclaration | NotPersonalColumnDeclaration;

/**
 * How erasing the person at the other end of a relation reaches this row: `delete` removes the
 * row (and what the database cascades from it), `erase` applies the row's own column rules and
 * keeps it (e.g. an audit event keeps its kind and time), `detach` sets the foreign key null.
 */
export type ErasureCascade = 'delete' | 'erase' | 'detach';

export interface RelationDeclaration {
  readonly property: string;
  readonly cascade: ErasureCascade;
}

/** An entity class, as decorators and TypeORM's metadata name it. */
export type EntityClass = abstract new (...args: never[]) => object;

const columnDeclarations = new Map<EntityClass, ColumnDeclaration[]>();
const relationDeclarations = new Map<EntityClass, RelationDeclaration[]>();

function record<T>(store: Map<EntityClass, T[]>, target: object, entry: T): void {
  const entity = target.constructor as EntityClass;
  const list = store.get(entity) ?? [];
  list.push(entry);
  store.set(entity, list);
}

/** Declares a column as personal data and how to erase, export and mask it. */
export function PersonalData(options: PersonalDataOptions): PropertyDecorator {
  return (target, property) =>
    record(columnDeclarations, target, {
      kind: 'personal',
      property: String(property),
      export: true,
      ...options,
    });
}

/** Declares a text-like column as holding no personal data, saying why. */
export function NotPersonal(reason: string): PropertyDecorator {
  return (target, property) =>
    record(columnDeclarations, target, {
      kind: 'not-personal',
      property: String(property),
      reason,
    });
}

/**
 * On a relation (`@ManyToOne`) to a row that belongs to a person: what erasing that person does
 * to this row.
 */
export function ErasedWith(cascade: ErasureCascade): PropertyDecorator {
  return (target, property) =>
    record(relationDeclarations, target, { property: String(property), cascade });
}

/** The declarations recorded for an entity class, in declaration order. */
export function declaredColumns(entity: EntityClass): readonly ColumnDeclaration[] {
  return columnDeclarations.get(entity) ?? [];
}

export function declaredRelations(entity: EntityClass): readonly RelationDeclaration[] {
  return relationDeclarations.get(entity) ?? [];
}
