/**
 * Let the browser handle input and paint before the next step of a search. A first search runs
 * Pagefind's start-up, its WebAssembly, the checks of each candidate and the rendering one after
 * the other as responses arrive; without a break they chain into main-thread tasks of 50–250 ms
 * on a phone, during which a tap or a keystroke waits. scheduler.yield() keeps the search's place
 * at the front of the queue; browsers without it get a new task.
 */
export function yieldToMain(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
