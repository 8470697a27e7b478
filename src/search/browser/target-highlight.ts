/**
 * On a page opened from a search result (…/?hl=printed+text#paragraph-id), mark the query in
 * the target paragraph so the reader sees at once why it was found. The search page passes
 * each highlighted run exactly as the report prints it (it did the folding), so this needs no
 * search code: find the run in the paragraph's text and wrap it, one <mark> per text node it
 * spans (a run may cross from bold into plain text).
 */
function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** First occurrence of a run; one starting with a letter or digit must start a word, as in search. */
function findRun(text: string, run: string): number {
  const wordStart = /^[a-z0-9]/i.test(run);
  for (let at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + 1)) {
    if (!wordStart || !/([a-z0-9]|[0-9][.,])$/i.test(text.slice(Math.max(0, at - 2), at))) return at;
  }
  return -1;
}

function markRange(root: Element, from: number, to: number) {
  let offset = 0;
  for (const node of textNodes(root)) {
    const start = offset;
    offset += node.data.length;
    const localFrom = Math.max(from - start, 0);
    const localTo = Math.min(to - start, node.data.length);
    if (localFrom >= localTo) continue;
    const range = document.createRange();
    range.setStart(node, localFrom);
    range.setEnd(node, localTo);
    const mark = document.createElement('mark');
    mark.className = 'search-mark';
    range.surroundContents(mark);
  }
}

const runs = new URLSearchParams(location.search).getAll('hl').filter(Boolean);
const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
if (runs.length > 0 && target) {
  const text = target.textContent ?? '';
  const ranges = runs.map((run) => [findRun(text, run), run.length]).filter(([at]) => at >= 0).map(([at, length]) => [at, at + length]);
  // Wrap from the last range backwards: wrapping splits text nodes, shifting later offsets.
  for (const [from, to] of ranges.sort((a, b) => b[0] - a[0])) markRange(target, from, to);
  target.classList.add('search-target');
}
