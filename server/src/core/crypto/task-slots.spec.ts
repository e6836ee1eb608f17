import { TaskSlots } from './task-slots';

/** A task that runs until it is told to end. */
function pending<T>() {
  let end!: (value: T) => void;
  let fail!: (error: Error) => void;
  const done = new Promise<T>((resolve, reject) => {
    end = resolve;
    fail = reject;
  });
  return { done, end, fail };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('TaskSlots', () => {
  it('runs no more than its size at once, the others in the order they came', async () => {
    const slots = new TaskSlots(2);
    const tasks = Array.from({ length: 5 }, () => pending<number>());
    const started: number[] = [];
    const results = tasks.map((task, i) =>
      slots.run(() => {
        started.push(i);
        return task.done;
      }),
    );
    await settle();
    expect(started).toEqual([0, 1]);

    tasks[1]!.end(1);
    await settle();
    expect(started).toEqual([0, 1, 2]);

    tasks[0]!.end(0);
    tasks[2]!.end(2);
    await settle();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    tasks[3]!.end(3);
    tasks[4]!.end(4);
    await expect(Promise.all(results)).resolves.toEqual([0, 1, 2, 3, 4]);
  });

  it('frees the slot of a task that fails, and passes its error on', async () => {
    const slots = new TaskSlots(1);
    const failing = pending<string>();
    const first = slots.run(() => failing.done);
    let secondStarted = false;
    const second = slots.run(() => {
      secondStarted = true;
      return Promise.resolve('second');
    });
    await settle();
    expect(secondStarted).toBe(false);

    failing.fail(new Error('broken'));
    await expect(first).rejects.toThrow('broken');
    await expect(second).resolves.toBe('second');
  });

  it('frees the slot of a task that throws before it returns a promise', async () => {
    const slots = new TaskSlots(1);
    await expect(
      slots.run(() => {
        throw new Error('at once');
      }),
    ).rejects.toThrow('at once');
    await expect(slots.run(() => Promise.resolve(7))).resolves.toBe(7);
  });

  it('refuses a size that would run nothing', () => {
    expect(() => new TaskSlots(0)).toThrow(RangeError);
  });
});
