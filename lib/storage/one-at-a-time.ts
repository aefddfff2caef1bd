/**
 * One read-modify-write of a stored value at a time: two events in the background may change the
 * same value at once, and the second must read what the first wrote. Each task starts when the one
 * before has settled, whether it succeeded or not; its own result or error goes to its caller.
 */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let lock: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = lock.then(task);
    lock = run.catch(() => undefined);
    return run;
  };
}
