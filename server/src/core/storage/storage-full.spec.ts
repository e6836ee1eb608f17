import { isStorageFull } from './storage-full';

describe(isStorageFull.name, () => {
  it('recognises a full disk, a quota and a file size limit, and nothing else', () => {
    for (const code of ['ENOSPC', 'EDQUOT', 'EFBIG']) {
      expect(isStorageFull(Object.assign(new Error(code), { code }))).toBe(true);
    }
    expect(isStorageFull(Object.assign(new Error('gone'), { code: 'ENOENT' }))).toBe(false);
    expect(isStorageFull(null)).toBe(false);
  });
});
