/**
 * On a page opened from a search result (…/?hl=query#paragraph-id), mark the query in the
 * target paragraph so the reader sees at once why it was found. The match is found on
 * folded text (full-/half-width, whitespace), exactly as search found it, and marked in
 * the text as printed, one <mark> per text node it spans.
 */
import { queryTerms } from '../lib/search-folding.ts';
import { firstMatchRanges } from '../lib/search-excerpt.ts';

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function markRange(nodes: Text[], from: number, to: number) {
  let offset = 0;
  for (const node of nodes) {
    const start = offset;
    offset += node.data.length;
    const localFrom = Math.max(from - start, 0);
    const localTo = Math.min(to - start, node.data.length);
    if (localFrom >= localTo) continue;
    const range = document.createRange();
    range.setStart(node, localFrom);
    range.setEnd(node, localTo);
    const mark = document.createElement('mark');
    mark.className = 'search-target-mark';
    range.surroundContents(mark);
  }
}

const query = new URLSearchParams(location.search).get('hl');
const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
if (query && target) {
  const nodes = textNodes(target);
  const ranges = firstMatchRanges(nodes.map((node) => node.data).join(''), queryTerms(query));
  // Mark from the last range backwards: wrapping splits text nodes, which shifts later offsets.
  for (const [from, to] of ranges.reverse()) markRange(textNodes(target), from, to);
  target.classList.add('search-target');
}
