import { Injectable } from '@nestjs/common';
import type { Workspace } from '../workspaces/workspace';
import { Workspaces } from '../workspaces/workspaces';

/** The firm a pre-authentication form names, or the only one of a single-firm deployment. */
@Injectable()
export class WorkspaceChoice {
  constructor(private readonly workspaces: Workspaces) {}

  of(slug: string | undefined): Promise<Workspace | null> {
    return slug ? this.workspaces.findBySlug(slug) : this.workspaces.sole();
  }
}
