import { Injectable } from '@nestjs/common';
import type { Workspace } from './workspace';
import { WorkspaceRepository } from './workspace.repository';

/** What other modules may ask about firms. */
@Injectable()
export class Workspaces {
  constructor(private readonly repository: WorkspaceRepository) {}

  findBySlug(slug: string): Promise<Workspace | null> {
    return this.repository.findBySlug(slug);
  }

  findById(id: string): Promise<Workspace | null> {
    return this.repository.findById(id);
  }

  /** Set in a single-firm deployment, where the sign-in page hides the workspace field (AUTH-1). */
  sole(): Promise<Workspace | null> {
    return this.repository.findSole();
  }
}
