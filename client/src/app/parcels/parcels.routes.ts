import type { Routes } from '@angular/router';
import type { TranslationKey } from '../core/i18n';
import { provideParcelHttp } from './parcel-http';
import { ParcelsApi } from './parcels-api';

/** `/parcels/…` (PARCEL-1…PARCEL-7), loaded with `loadChildren` for signed-in users. */
export const parcelsRoutes: Routes = [
  {
    path: '',
    providers: [provideParcelHttp(), ParcelsApi],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'received' },
      {
        path: 'received',
        title: 'parcels.received.pageTitle' satisfies TranslationKey,
        data: { box: 'received' },
        loadComponent: () => import('./parcel-list/parcel-list-page').then((m) => m.ParcelListPage),
      },
      {
        path: 'sent',
        title: 'parcels.sent.pageTitle' satisfies TranslationKey,
        data: { box: 'sent' },
        loadComponent: () => import('./parcel-list/parcel-list-page').then((m) => m.ParcelListPage),
      },
      {
        path: 'new',
        title: 'parcels.send.pageTitle' satisfies TranslationKey,
        loadComponent: () => import('./send-parcel/send-parcel-page').then((m) => m.SendParcelPage),
      },
      {
        path: ':id',
        title: 'parcels.detail.pageTitle' satisfies TranslationKey,
        loadComponent: () => import('./parcel-page/parcel-page').then((m) => m.ParcelPage),
      },
    ],
  },
];
