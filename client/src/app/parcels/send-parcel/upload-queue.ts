import { HttpEventType } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { ParcelErrorCode, type ParcelDocument } from '@guichet/contracts';
import type { Subscription } from 'rxjs';
import { errorMessageKey } from '../../core/http/api-error';
import type { TranslationKey } from '../../core/i18n';
import { ParcelsApi } from '../parcels-api';

/** Where one file stands. */
export type UploadStatus = 'waiting' | 'uploading' | 'stored' | 'refused' | 'removing';

/** One file the sender chose, and what became of it. */
export interface UploadItem {
  /** Unique in the queue, stable while the item lives (the same file may be chosen twice). */
  readonly key: number;
  readonly file: File;
  readonly status: UploadStatus;
  /** 0–100 while uploading; 100 once every byte has left (the server may still be scanning). */
  readonly percent: number;
  /** The stored document, once the server has it. */
  readonly document: ParcelDocument | null;
  /** Why the file was refused or could not be removed. */
  readonly reason: TranslationKey | null;
  /** The server never answered (network): trying again may work. */
  readonly retryable: boolean;
}

/** What the screen reader hears after a file changes state. */
export interface UploadNotice {
  readonly key: TranslationKey;
  readonly name: string;
  readonly reason?: TranslationKey;
}

/** The limits the files are checked against before any byte is sent. */
export interface UploadLimits {
  readonly maxFileBytes: number;
  readonly maxParcelBytes: number;
}

/** Files uploaded at the same time: enough to overlap round trips, few enough to show progress. */
export const UPLOAD_CONCURRENCY = 2;

/** Counts toward the parcel's size: everything that is, or will be, stored. */
const COUNTED: ReadonlySet<UploadStatus> = new Set(['waiting', 'uploading', 'stored']);

/**
 * The documents of a draft parcel, each uploaded on its own request, two at a time, in the order
 * chosen. A file over the limits is refused here at once, without sending it. Provided by the
 * send page: leaving the page aborts what is still uploading (the server keeps nothing of an
 * interrupted upload, and purges a draft left unsent).
 */
@Injectable()
export class UploadQueue {
  private readonly api = inject(ParcelsApi);
  private readonly items = signal<readonly UploadItem[]>([]);
  private readonly running = new Map<number, Subscription>();
  private parcelId: string | null = null;
  private limits: UploadLimits = { maxFileBytes: Infinity, maxParcelBytes: Infinity };
  private nextKey = 1;

  readonly all = this.items.asReadonly();
  readonly notice = signal<UploadNotice | null>(null);
  readonly storedCount = computed(
    () => this.items().filter((item) => item.status === 'stored').length,
  );
  /** Something is still on its way (or being removed): the parcel cannot be sent yet. */
  readonly busy = computed(() =>
    this.items().some((item) => item.status !== 'stored' && item.status !== 'refused'),
  );
  /** Bytes stored or on their way. */
  readonly plannedBytes = computed(() =>
    this.items()
      .filter((item) => COUNTED.has(item.status))
      .reduce((sum, item) => sum + item.file.size, 0),
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      for (const subscription of this.running.values()) subscription.unsubscribe();
      this.running.clear();
    });
  }

  /** The workspace's limits (from the parcel options). */
  configure(limits: UploadLimits): void {
    this.limits = limits;
  }

  /** The draft the files go into: uploads start once it is known. */
  attach(parcelId: string): void {
    this.parcelId = parcelId;
    this.pump();
  }

  /** Queues files, refusing at once those over a limit. */
  add(files: Iterable<File>): void {
    for (const file of files) {
      const reason = this.precheck(file);
      const item: UploadItem = {
        key: this.nextKey++,
        file,
        status: reason ? 'refused' : 'waiting',
        percent: 0,
        document: null,
        reason,
        retryable: false,
      };
      this.items.update((items) => [...items, item]);
      if (reason)
        this.notice.set({ key: 'parcels.upload.notice.refused', name: file.name, reason });
    }
    this.pump();
  }

  /** Takes a file out: aborts its upload, or deletes the stored document from the draft. */
  remove(key: number): void {
    const item = this.find(key);
    if (!item || item.status === 'removing') return;
    const name = item.file.name;
    if (item.status === 'stored' && item.document && this.parcelId) {
      this.patch(key, { status: 'removing', reason: null });
      this.api.removeDocument(this.parcelId, item.document.id).subscribe({
        next: () => {
          this.drop(key);
          this.notice.set({ key: 'parcels.upload.notice.removed', name });
        },
        error: (error: unknown) => {
          const reason = errorMessageKey(error);
          this.patch(key, { status: 'stored', reason });
          this.notice.set({ key: 'parcels.upload.notice.removeFailed', name, reason });
        },
      });
      return;
    }
    this.running.get(key)?.unsubscribe();
    this.running.delete(key);
    this.drop(key);
    this.notice.set({ key: 'parcels.upload.notice.removed', name });
    this.pump();
  }

  /** Sends again a file the network lost. */
  retry(key: number): void {
    const item = this.find(key);
    if (item?.status !== 'refused' || !item.retryable) return;
    this.patch(key, { status: 'waiting', reason: null, retryable: false, percent: 0 });
    this.pump();
  }

  private precheck(file: File): TranslationKey | null {
    if (file.size > this.limits.maxFileBytes) return `errors.${ParcelErrorCode.FileTooLarge}`;
    if (this.plannedBytes() + file.size > this.limits.maxParcelBytes) {
      return `errors.${ParcelErrorCode.ParcelTooLarge}`;
    }
    return null;
  }

  /** Starts waiting files while fewer than UPLOAD_CONCURRENCY are on their way. */
  private pump(): void {
    const parcelId = this.parcelId;
    if (!parcelId) return;
    for (const item of this.items()) {
      if (this.running.size >= UPLOAD_CONCURRENCY) return;
      if (item.status === 'waiting') this.start(parcelId, item);
    }
  }

  private start(parcelId: string, item: UploadItem): void {
    const { key, file } = item;
    this.patch(key, { status: 'uploading', percent: 0 });
    const subscription = this.api.upload(parcelId, file).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.UploadProgress) {
          const total = event.total ?? file.size;
          const percent = total > 0 ? Math.min(100, Math.round((event.loaded / total) * 100)) : 0;
          this.patch(key, { percent });
        } else if (event.type === HttpEventType.Response) {
          this.patch(key, { status: 'stored', percent: 100, document: event.body });
          this.notice.set({ key: 'parcels.upload.notice.stored', name: file.name });
        }
      },
      error: (error: unknown) => {
        this.running.delete(key);
        const reason = errorMessageKey(error);
        this.patch(key, { status: 'refused', reason, retryable: reason === 'errors.network' });
        this.notice.set({ key: 'parcels.upload.notice.refused', name: file.name, reason });
        this.pump();
      },
      complete: () => {
        this.running.delete(key);
        this.pump();
      },
    });
    // A synchronous answer (tests) has already completed and must not be kept as running.
    if (!subscription.closed) this.running.set(key, subscription);
  }

  private find(key: number): UploadItem | undefined {
    return this.items().find((item) => item.key === key);
  }

  private patch(key: number, changes: Partial<UploadItem>): void {
    this.items.update((items) =>
      items.map((item) => (item.key === key ? { ...item, ...changes } : item)),
    );
  }

  private drop(key: number): void {
    this.items.update((items) => items.filter((item) => item.key !== key));
  }
}
