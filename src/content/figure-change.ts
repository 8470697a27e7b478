import type { Figure } from './figures.ts';

/** How a figure moved since the previous year's figure with the same id and unit. */
export interface FigureChange {
  direction: 'up' | 'down' | 'same';
  previousYear: number;
  previousValue: number;
  /** Per cent change, or for figures in % the difference in percentage points; one decimal */
  amount: number;
  /** 'percent' for ordinary figures, 'points' for figures that are themselves in % */
  kind: 'percent' | 'points';
}

export function figureChange(figure: Figure, previous: { year: number; figures: Figure[] } | undefined): FigureChange | undefined {
  const before = previous?.figures.find((candidate) => candidate.id === figure.id);
  if (!previous || !before || before.unit !== figure.unit) return undefined;
  const kind = figure.unit === '%' ? 'points' : 'percent';
  if (kind === 'percent' && before.value === 0) return undefined; // no per cent change from zero
  const raw = kind === 'points' ? figure.value - before.value : ((figure.value - before.value) / before.value) * 100;
  const amount = Math.round(Math.abs(raw) * 10) / 10;
  const direction = figure.value > before.value ? 'up' : figure.value < before.value ? 'down' : 'same';
  return { direction, previousYear: previous.year, previousValue: before.value, amount, kind };
}
