import type { Routes } from '@angular/router';
import type { TranslationKey } from '../core/i18n';
import { provideParcelHttp } from '../parcels/parcel-http';
import { ParcelsApi } from '../parcels/parcels-api';

/** `/messages/…` (PARCEL-8), for staff and admins (the server checks the role). */
export const secureMessagesRoutes: Routes = [
  {
    path: '',
    // The parcels' HttpClient over XMLHttpRequest: attachments report their upload progress.
    providers: [provideParcelHttp(), ParcelsApi],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'messages.sent.pageTitle' satisfies TranslationKey,
        loadComponent: () => import('./sent/sent-messages-page').then((m) => m.SentMessagesPage),
      },
      {
        path: 'new',
        title: 'messages.compose.pageTitle' satisfies TranslationKey,
        loadComponent: () =>
          import('./compose/compose-message-page').then((m) => m.ComposeMessagePage),
      },
    ],
  },
];
