import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';
import { describe, expect, test } from 'vitest';
import { simulatedCriticalChain } from '../../../bench/lantern-critical-chain.ts';

// A small page load built from Lantern's own graph nodes and simulated by Lantern's own simulator
// with Lighthouse's mobile settings, so the chain is read from a real simulation.
const origin = 'http://127.0.0.1:8080';
let nextId = 0;
/** A request with the fields Lantern's simulator reads (its full type has many more, hence the casts below). */
function request(path: string, transferSize: number, resourceType: string, startMs: number) {
  const url = new URL(path, origin);
  return {
    requestId: String(++nextId),
    url: url.href,
    parsedURL: { scheme: 'http', host: url.host, securityOrigin: origin },
    protocol: 'http/1.1',
    transferSize,
    resourceSize: transferSize,
    resourceType,
    priority: 'High',
    rendererStartTime: startMs / 1000,
    networkRequestTime: startMs / 1000,
    networkEndTime: (startMs + 10) / 1000,
  };
}
const network = (...args: Parameters<typeof request>) => new Lantern.Graph.NetworkNode(request(...args) as never);
/** A main-thread task of `ms` observed milliseconds starting at `atMs`. */
const task = (atMs: number, ms: number) =>
  new Lantern.Graph.CPUNode({ name: 'RunTask', tid: 1, ts: atMs * 1000, dur: ms * 1000 } as never, []);

/**
 * The page, then its stylesheet and the search's WebAssembly; a parsing task, then a script it
 * asked for, then a task that needed the script and the stylesheet.
 */
function simulate(label: string, { wasmBytes, parseMs }: { wasmBytes: number; parseMs: number }) {
  const page = network('/search/', 3_600, 'Document', 0);
  const styles = network('/_astro/Base.css', 3_500, 'Stylesheet', 20);
  const wasm = network('/pagefind/wasm.unknown.pagefind', wasmBytes, 'Fetch', 21);
  const parse = task(30, parseMs);
  const script = network('/_astro/a-script-with-a-name-longer-than-the-column.js', 2_600, 'Script', 30 + parseMs);
  const run = task(40 + parseMs, 10);
  styles.addDependency(page);
  wasm.addDependency(page);
  parse.addDependency(page);
  script.addDependency(parse);
  run.addDependency(script);
  run.addDependency(styles);
  const throughput = 1.6 * 1024 * 1024;
  const simulator = new Lantern.Simulation.Simulator({ rtt: 150, throughput, observedThroughput: throughput, cpuSlowdownMultiplier: 4 });
  return simulator.simulate(page, { label });
}

/** "name 1.2 KB 0–600" or "main thread 600–700" → its name and simulated span */
function parseLink(link: string) {
  const [, name, from, to] = /^(.+?) (\d+)–(\d+)$/.exec(link)!;
  return { name, from: Number(from), to: Number(to) };
}

describe('simulatedCriticalChain', () => {
  test('a large file that waited only for the page holds the paint', () => {
    const { timeInMs } = simulate('pessimisticLargestContentfulPaint', { wasmBytes: 53_000, parseMs: 20 });
    const chain = simulatedCriticalChain('LargestContentfulPaint')!.split(' → ').map(parseLink);
    expect(chain.map((link) => link.name)).toEqual(['search 3.5 KB', 'wasm.unknown.pagefind 51.8 KB']);
    expect(chain[0].from).toBe(0);
    expect(chain[1].from).toBeGreaterThanOrEqual(chain[0].to);
    expect(chain[1].to).toBe(Math.round(timeInMs));
  });

  test('a long task: the chain goes through it and the script it asked for, not the stylesheet', () => {
    const { timeInMs } = simulate('pessimisticFirstContentfulPaint', { wasmBytes: 1_000, parseMs: 200 });
    const chain = simulatedCriticalChain('FirstContentfulPaint')!.split(' → ').map(parseLink);
    expect(chain.map((link) => link.name)).toEqual(['search 3.5 KB', 'main thread', 'a-script-with-a-name-lo… 2.5 KB', 'main thread']);
    // The parsing task ran ×4 slower than observed, and each link starts after the one before.
    expect(chain[1].to - chain[1].from).toBe(800);
    for (const [index, link] of chain.entries()) if (index > 0) expect(link.from).toBeGreaterThanOrEqual(chain[index - 1].to);
    expect(chain.at(-1)!.to).toBe(Math.round(timeInMs));
  });

  test('says nothing when Lighthouse ran no such simulation', () => {
    Lantern.Simulation.Simulator.allNodeTimings.delete('pessimisticFirstContentfulPaint');
    expect(simulatedCriticalChain('FirstContentfulPaint')).toBeUndefined();
  });
});
