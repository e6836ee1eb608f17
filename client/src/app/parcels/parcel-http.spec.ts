import {
  FetchBackend,
  HttpBackend,
  HttpClient,
  HttpXhrBackend,
  provideHttpClient,
  withFetch,
} from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideParcelHttp } from './parcel-http';

describe('provideParcelHttp', () => {
  const parcelInjector = () =>
    createEnvironmentInjector(provideParcelHttp(), TestBed.inject(EnvironmentInjector));

  it("runs the parcels' requests over XMLHttpRequest where the app uses fetch (upload progress)", () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(withFetch())] });
    expect(TestBed.inject(HttpBackend)).toBeInstanceOf(FetchBackend);

    const injector = parcelInjector();

    expect(injector.get(HttpBackend)).toBeInstanceOf(HttpXhrBackend);
    expect(injector.get(HttpClient)).not.toBe(TestBed.inject(HttpClient));
  });

  it('keeps the testing backend of unit tests', () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });

    expect(parcelInjector().get(HttpBackend)).toBe(TestBed.inject(HttpBackend));
  });
});
