import type { Workspace } from './workspace';

/** Port: the firms. */
export abstract class WorkspaceRepository {
  abstract findBySlug(slug: string): Promise<Workspace | null>;

  abstract findById(id: string): Promise<Workspace | null>;

  /** The only workspace, when there is exactly one (single-firm deployment). */
  abstract findSole(): Promise<Workspace | null>;
}
