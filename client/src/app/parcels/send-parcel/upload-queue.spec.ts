import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Injector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ParcelErrorCode, type ParcelDocument } from '@guichet/contracts';
import { ParcelsApi } from '../parcels-api';
import { UploadQueue } from './upload-queue';

const PARCEL = 'p-1';
const DOCUMENTS_URL = `/api/parcels/${PARCEL}/documents`;

const fileOf = (name: string, size: number, type = 'application/pdf') =>
  new File([new Uint8Array(size)], name, { type });

const stored = (id: string, file: File): ParcelDocument => ({
  id,
  name: file.name,
  size: file.size,
  contentType: file.type,
  viewable: true,
  sha256: '0'.repeat(64),
});

describe(UploadQueue.name, () => {
  let http: HttpTestingController;
  let queue: UploadQueue;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), ParcelsApi, UploadQueue],
    });
    http = TestBed.inject(HttpTestingController);
    queue = TestBed.inject(UploadQueue);
    queue.configure({ maxFileBytes: 1000, maxParcelBytes: 1500 });
  });

  afterEach(() => http.verify());

  const uploads = () =>
    http.match((request) => request.method === 'POST' && request.url === DOCUMENTS_URL);
  const statuses = () => queue.all().map((item) => [item.file.name, item.status, item.percent]);

  it('waits for the draft, then uploads two files at a time, in order, reporting progress', () => {
    const [a, b, c] = [fileOf('a.pdf', 100), fileOf('b.pdf', 100), fileOf('c.pdf', 100)];
    queue.add([a, b, c]);
    expect(uploads()).toHaveLength(0);
    expect(statuses()).toEqual([
      ['a.pdf', 'waiting', 0],
      ['b.pdf', 'waiting', 0],
      ['c.pdf', 'waiting', 0],
    ]);

    queue.attach(PARCEL);
    const [first, second, ...more] = uploads();
    expect(more).toHaveLength(0);
    expect(first!.request.reportProgress).toBe(true);
    const body = first!.request.body as FormData;
    expect((body.get('file') as File).name).toBe('a.pdf');

    first!.event({ type: HttpEventType.UploadProgress, loaded: 40, total: 100 });
    expect(queue.all()[0]).toMatchObject({ status: 'uploading', percent: 40 });
    expect(queue.busy()).toBe(true);

    first!.flush(stored('d-a', a), { status: 201, statusText: 'Created' });
    expect(queue.all()[0]).toMatchObject({ status: 'stored', percent: 100 });
    expect(queue.notice()).toEqual({ key: 'parcels.upload.notice.stored', name: 'a.pdf' });
    // The third starts as soon as a place frees up.
    const [third] = uploads();
    expect(((third!.request.body as FormData).get('file') as File).name).toBe('c.pdf');

    second!.flush(stored('d-b', b), { status: 201, statusText: 'Created' });
    third!.flush(stored('d-c', c), { status: 201, statusText: 'Created' });
    expect(queue.storedCount()).toBe(3);
    expect(queue.busy()).toBe(false);
  });

  it('refuses a file over the limits at once, without sending it', () => {
    queue.attach(PARCEL);
    queue.add([fileOf('huge.zip', 1001)]);
    expect(queue.all()[0]).toMatchObject({
      status: 'refused',
      reason: 'errors.PARCEL_FILE_TOO_LARGE',
    });

    queue.add([fileOf('one.pdf', 900), fileOf('two.pdf', 900)]);
    expect(queue.all()[2]).toMatchObject({ status: 'refused', reason: 'errors.PARCEL_TOO_LARGE' });
    const sent = uploads();
    expect(sent).toHaveLength(1);
    sent[0]!.flush(stored('d-1', queue.all()[1]!.file));
    // A refused file does not hold the parcel back.
    expect(queue.busy()).toBe(false);
  });

  it("shows the server's reason when it refuses a file (type, virus)", () => {
    queue.attach(PARCEL);
    queue.add([fileOf('setup.exe', 10), fileOf('eicar.txt', 10)]);
    const [exe, eicar] = uploads();

    exe!.flush(
      { code: ParcelErrorCode.TypeRefused, message: 'Type refused' },
      { status: 415, statusText: 'Unsupported Media Type' },
    );
    eicar!.flush(
      { code: ParcelErrorCode.Infected, message: 'Infected' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );

    expect(queue.all().map((item) => [item.status, item.reason, item.retryable])).toEqual([
      ['refused', 'errors.PARCEL_TYPE_REFUSED', false],
      ['refused', 'errors.PARCEL_INFECTED', false],
    ]);
    expect(queue.notice()).toEqual({
      key: 'parcels.upload.notice.refused',
      name: 'eicar.txt',
      reason: 'errors.PARCEL_INFECTED',
    });
  });

  it('sends again a file the network lost, on request', () => {
    queue.attach(PARCEL);
    queue.add([fileOf('a.pdf', 10)]);
    uploads()[0]!.error(new ProgressEvent('error'), { status: 0, statusText: '' });
    expect(queue.all()[0]).toMatchObject({ status: 'refused', retryable: true });

    queue.retry(queue.all()[0]!.key);
    uploads()[0]!.flush(stored('d-a', queue.all()[0]!.file));
    expect(queue.all()[0]).toMatchObject({ status: 'stored', reason: null });
  });

  it('aborts an upload on the way when its file is removed, and deletes a stored one', () => {
    queue.attach(PARCEL);
    const [a, b] = [fileOf('a.pdf', 10), fileOf('b.pdf', 10)];
    queue.add([a, b]);
    const [first, second] = uploads();
    first!.flush(stored('d-a', a));

    queue.remove(queue.all()[1]!.key);
    expect(second!.cancelled).toBe(true);
    expect(statuses()).toEqual([['a.pdf', 'stored', 100]]);

    queue.remove(queue.all()[0]!.key);
    expect(queue.all()[0]!.status).toBe('removing');
    expect(queue.busy()).toBe(true);
    const removal = http.expectOne(`/api/parcels/${PARCEL}/documents/d-a`);
    expect(removal.request.method).toBe('DELETE');
    removal.flush(null, { status: 204, statusText: 'No Content' });
    expect(queue.all()).toEqual([]);
    expect(queue.notice()).toEqual({ key: 'parcels.upload.notice.removed', name: 'a.pdf' });
  });

  it('aborts what is still uploading when the page goes away', () => {
    const injector = Injector.create({
      providers: [UploadQueue],
      parent: TestBed.inject(Injector),
    }) as Injector & { destroy(): void };
    const own = runInInjectionContext(injector, () => injector.get(UploadQueue));
    own.attach(PARCEL);
    own.add([fileOf('a.pdf', 10)]);
    const [upload] = uploads();

    injector.destroy();

    expect(upload!.cancelled).toBe(true);
  });
});
