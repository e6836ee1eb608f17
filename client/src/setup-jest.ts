import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

// The application runs without zone.js; tests must too, or they would hide missing signals.
setupZonelessTestEnv();
