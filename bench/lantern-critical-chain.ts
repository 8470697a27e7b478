/**
 * What Lighthouse's simulated phone waited for before a paint. Lighthouse scores a page by
 * replaying its observed load in Lantern, its model of a phone: 150 ms round trips, 1.6 Mbit/s
 * shared equally by every request in flight, and main-thread work ×4. A file arrives in whole
 * round trips (its window doubles each time, as in TCP slow start), so a smaller file ends
 * earlier only if it saves a whole round trip. In the model a script or
 * fetch request that the browser sent during a main-thread task starts only after that (×4) task,
 * and a high-priority script counts as render-blocking. The node of the simulated graph that ends
 * last holds the paint, and the chain of nodes that held it up says why: a score below 100 is
 * easiest to act on when that chain is known.
 *
 * Lantern keeps the node timings of the simulations it ran last, by label; Lighthouse runs in
 * this process, so they are read right after each run.
 */
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';

type Simulations = typeof Lantern.Simulation.Simulator.allNodeTimings;
type SimulatedNode = Simulations extends Map<string, Map<infer N, unknown>> ? N : never;
type Timing = Simulations extends Map<string, Map<unknown, infer T>> ? T : never;

function describe(node: SimulatedNode, timing: Timing): string {
  const span = `${Math.round(timing.startTime)}–${Math.round(timing.endTime)}`;
  if (node.type !== 'network') return `main thread ${span}`;
  const { url, transferSize } = node.request;
  const name = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '/';
  return `${name.length > 24 ? `${name.slice(0, 23)}…` : name} ${(transferSize / 1024).toFixed(1)} KB ${span}`;
}

/**
 * The chain that held up the pessimistic simulation of `metric` (the graph of every request
 * finished before the observed paint): from the node that ends last back to the page's own
 * request, each node preceded by the dependency that ended last. Times in simulated ms; a gap
 * before a main-thread node is time the simulated main thread spent on other tasks. Undefined
 * when Lighthouse ran no such simulation.
 */
export function simulatedCriticalChain(metric: 'FirstContentfulPaint' | 'LargestContentfulPaint'): string | undefined {
  const timings = Lantern.Simulation.Simulator.allNodeTimings.get(`pessimistic${metric}`);
  if (!timings) return undefined;
  let [node] = [...timings].reduce((last, entry) => (entry[1].endTime > last[1].endTime ? entry : last));
  const chain: string[] = [];
  for (;;) {
    chain.unshift(describe(node, timings.get(node)!));
    const held = node.getDependencies().filter((dependency) => timings.has(dependency));
    if (held.length === 0) break;
    node = held.reduce((last, dependency) => (timings.get(dependency)!.endTime > timings.get(last)!.endTime ? dependency : last));
  }
  return chain.join(' → ');
}
