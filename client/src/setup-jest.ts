import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
import { loadDictionary } from './app/core/i18n/dictionaries';

// The application runs without zone.js; tests must too, or they would hide missing signals.
setupZonelessTestEnv();

// The app downloads the wording of its language before the first render (provideI18n) and the
// other one on switching; specs have both at hand, so that a switch applies at once.
beforeAll(() => Promise.all([loadDictionary('fr'), loadDictionary('en')]));
