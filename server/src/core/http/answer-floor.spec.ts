import { withAnswerFloor } from './answer-floor';

describe(withAnswerFloor.name, () => {
  it('answers no sooner than the floor, whether the work succeeds or fails', async () => {
    let started = performance.now();
    await expect(withAnswerFloor(40, async () => 'done')).resolves.toBe('done');
    expect(performance.now() - started).toBeGreaterThanOrEqual(39);

    started = performance.now();
    await expect(
      withAnswerFloor(40, async () => {
        throw new Error('no such account');
      }),
    ).rejects.toThrow('no such account');
    expect(performance.now() - started).toBeGreaterThanOrEqual(39);
  });

  it('adds nothing when the work took longer than the floor', async () => {
    const started = performance.now();
    await withAnswerFloor(0, () => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(performance.now() - started).toBeLessThan(200);
  });
});
