import { Injectable } from '@nestjs/common';
import { ExpiringCache } from '../../core/cache/expiring-cache';
import type { Workspace, WorkspaceSettings } from './workspace';
import { WorkspaceRepository } from './workspace.repository';

/**
 * Every sign-in looks its workspace up by slug, and workspaces almost never change: the app has no
 * path that edits one (seed, import and SQL do). A change made elsewhere (an operator, another
 * instance) is seen here within this time, which only delays a new name or idle timeout by that
 * much; a deleted workspace has no accounts left to sign in to.
 */
const BY_SLUG_TTL_MS = 10_000;

/** What other modules may ask about firms. */
@Injectable()
export class Workspaces {
  // Only workspaces that exist are kept: unknown slugs, which anyone can send, are not.
  private readonly bySlug = new ExpiringCache<string, Readonly<Workspace>>(BY_SLUG_TTL_MS);

  constructor(private readonly repository: WorkspaceRepository) {}

  async findBySlug(slug: string): Promise<Workspace | null> {
    const cached = this.bySlug.get(slug);
    if (cached) return cached;
    const found = await this.repository.findBySlug(slug);
    if (found) this.bySlug.set(slug, Object.freeze(found));
    return found;
  }

  findById(id: string): Promise<Workspace | null> {
    return this.repository.findById(id);
  }

  /** Set in a single-firm deployment, where the sign-in page hides the workspace field (AUTH-1). */
  sole(): Promise<Workspace | null> {
    return this.repository.findSole();
  }

  /** A new firm (`create-workspace`); the slug must be free (see `WorkspaceSetup`). */
  create(slug: string, settings: WorkspaceSettings & { name: string }): Promise<Workspace> {
    return this.repository.create(slug, settings);
  }

  /** Changes a firm's settings; this instance sees them at once, others within the cache time. */
  async configure(workspace: Workspace, settings: WorkspaceSettings): Promise<Workspace> {
    const updated = await this.repository.update(workspace.id, settings);
    this.bySlug.delete(workspace.slug);
    return updated;
  }
}
