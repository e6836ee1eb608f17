import type { Type } from '@nestjs/common';
import { getMetadataStorage, type ValidationTypes } from 'class-validator';

/** A field a DTO validates, and whether a validator says it holds an e-mail address. */
export interface DtoField {
  name: string;
  email: boolean;
}

/** The fields of a class-validator DTO, read from the decorators the ValidationPipe applies. */
export function dtoFields(dto: Type): DtoField[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  const fields = new Map<string, DtoField>();
  for (const entry of metadata) {
    const field = fields.get(entry.propertyName) ?? { name: entry.propertyName, email: false };
    const kind = (entry.name ?? entry.type) as string | keyof typeof ValidationTypes;
    if (/email/i.test(String(kind)) || /email/i.test(entry.propertyName)) field.email = true;
    fields.set(entry.propertyName, field);
  }
  return [...fields.values()];
}
