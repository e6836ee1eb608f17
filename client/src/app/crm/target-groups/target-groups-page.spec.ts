import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CrmTargetGroup } from '@guichet/contracts';
import { STAFF } from '../../../testing/crm';
import { renderApp } from '../../../testing/render-app';
import { staffSession } from '../../../testing/session-info';

const group = (changes: Partial<CrmTargetGroup> = {}): CrmTargetGroup => ({
  id: '9a9a9a9a-0000-4000-8000-000000000001',
  name: 'Boulangeries lyonnaises',
  entity: 'company',
  criteria: { q: 'boulangerie', city: 'Lyon' },
  createdBy: STAFF,
  createdAt: '2026-11-22T09:00:00.000Z',
  ...changes,
});

// The first test compiles the lazy CRM routes through ts-jest: seconds on a busy machine.
jest.setTimeout(20_000);

describe('TargetGroupsPage', () => {
  let fixture: ComponentFixture<unknown>;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    fixture = await renderApp('/crm/target-groups', { session: staffSession() });
    http = TestBed.inject(HttpTestingController);
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const rows = () => [...page().querySelectorAll('[data-testid="crm-group-row"]')];
  const text = (element: Element | null) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

  it('lists the groups with their criteria and a CSV export of each', async () => {
    http.expectOne('/api/crm/target-groups').flush([
      group(),
      group({
        id: '9a9a9a9a-0000-4000-8000-000000000002',
        name: 'Tous les leads',
        entity: 'lead',
        criteria: { status: 'qualified' },
      }),
    ]);
    await fixture.whenStable();

    expect(rows().map((row) => [...row.children].slice(0, 4).map((cell) => text(cell)))).toEqual([
      [
        'Boulangeries lyonnaises',
        'Sociétés',
        'Rechercher : boulangerie · Ville : Lyon',
        'Camille Gestionnaire',
      ],
      ['Tous les leads', 'Leads', 'Statut : Qualifié', 'Camille Gestionnaire'],
    ]);
    const link = rows()[0].querySelector<HTMLAnchorElement>('[data-testid="crm-group-export"]')!;
    expect(link.getAttribute('href')).toBe(
      '/api/crm/target-groups/9a9a9a9a-0000-4000-8000-000000000001/export',
    );
    expect(link.getAttribute('aria-label')).toBe(
      'Exporter le groupe Boulangeries lyonnaises (CSV)',
    );
  });

  it('deletes a group', async () => {
    http.expectOne('/api/crm/target-groups').flush([group()]);
    await fixture.whenStable();

    rows()[0].querySelector<HTMLButtonElement>('[data-testid="crm-group-delete"]')!.click();
    await fixture.whenStable();
    http
      .expectOne({
        method: 'DELETE',
        url: '/api/crm/target-groups/9a9a9a9a-0000-4000-8000-000000000001',
      })
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(rows()).toHaveLength(0);
    expect(text(page().querySelector('[data-testid="crm-groups-outcome"]'))).toBe(
      'Le groupe « Boulangeries lyonnaises » est supprimé.',
    );
  });
});
