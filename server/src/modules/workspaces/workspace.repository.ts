import type { Workspace, WorkspaceSettings } from './workspace';

/** Port: the firms. */
export abstract class WorkspaceRepository {
  abstract findBySlug(slug: string): Promise<Workspace | null>;

  abstract findById(id: string): Promise<Workspace | null>;

  /** The only workspace, when there is exactly one (single-firm deployment). */
  abstract findSole(): Promise<Workspace | null>;

  /** A new firm, its settings at their defaults unless given. */
  abstract create(slug: string, settings: WorkspaceSettings & { name: string }): Promise<Workspace>;

  abstract update(id: string, settings: WorkspaceSettings): Promise<Workspace>;
}
