import { spreadOf, type Spread } from '@brisk/shared-util-lab';
import type { BenchRuns, BoardRunFigures, LoadFigures, RunOutcome } from './run-figures.ts';

/** `event`: an Event Timing duration, where 0 means under its 16 ms floor. */
export type Unit = 'ms' | 'event' | 'count' | 'MB' | 'share' | 'ratio';

export interface MetricRow {
  id: string;
  label: string;
  unit: Unit;
  small: Spread | null;
  large: Spread | null;
  control: Spread | null;
}

export interface RatioRow {
  id: string;
  label: string;
  value: Spread | null;
}

export interface BenchSummary {
  metrics: MetricRow[];
  ratios: RatioRow[];
  measured: { small: number; large: number; control: number };
  failures: { page: keyof BenchRuns; round: number; error: string }[];
}

type Read<Figures> = (figures: Figures) => number;

interface Metric {
  id: string;
  label: string;
  unit: Unit;
  board: Read<BoardRunFigures>;
  control?: Read<LoadFigures>;
}

const both = (id: string, label: string, unit: Unit, read: Read<LoadFigures>): Metric => ({
  id,
  label,
  unit,
  board: read,
  control: read,
});
const board = (id: string, label: string, unit: Unit, read: Read<BoardRunFigures>): Metric => ({
  id,
  label,
  unit,
  board: read,
});

const interactive: Read<LoadFigures> = (figures) => figures.interactiveMs;
const domElements: Read<LoadFigures> = (figures) => figures.domElements;
const heap: Read<LoadFigures> = (figures) => figures.heapMb;

const metrics: Metric[] = [
  both('interactive', 'Navigation → interactive (control: every card in the DOM)', 'ms', interactive),
  both('loadLongTasks', 'Long tasks during load', 'count', (f) => f.loadLongTasks.count),
  both('loadLongestTask', 'Longest task during load', 'ms', (f) => f.loadLongTasks.longestMs),
  both('domElements', 'DOM elements', 'count', domElements),
  both('heap', 'JS heap after GC', 'MB', heap),
  board('keyboardEvent', 'Keyboard pick-up: slowest event', 'event', (f) => f.keyboardPickup.slowestEventMs),
  board('keyboardWall', 'Keyboard pick-up: Space → picked up', 'ms', (f) => f.keyboardPickup.wallMs),
  board('dragStartEvent', 'Drag start: slowest event', 'event', (f) => f.dragStart.slowestEventMs),
  board('dragStartWall', 'Drag start: activating move → dragging', 'ms', (f) => f.dragStart.wallMs),
  board('dropEvent', 'Drop: slowest event', 'event', (f) => f.drop.slowestEventMs),
  board('dropWall', 'Drop: release → shown in the second column', 'ms', (f) => f.drop.wallMs),
  board('dragLongTasks', 'Long tasks while dragging', 'count', (f) => f.dragLongTasks.count),
  board('dragLongestTask', 'Longest task while dragging', 'ms', (f) => f.dragLongTasks.longestMs),
  board('dialogEvent', 'Dialog open: slowest event', 'event', (f) => f.dialogOpen.slowestEventMs),
  board('dialogWall', 'Dialog open: release → dialog shown', 'ms', (f) => f.dialogOpen.wallMs),
  board('scrollFrameP95', 'Scroll: frame time p95', 'ms', (f) => f.scroll.frameP95Ms),
  board('scrollFrameMax', 'Scroll: frame time max', 'ms', (f) => f.scroll.frameMaxMs),
  board('scrollLongTasks', 'Long tasks while scrolling', 'count', (f) => f.scroll.longTasks.count),
  board('scrollLongestTask', 'Longest task while scrolling', 'ms', (f) => f.scroll.longTasks.longestMs),
  board('scrollReached', 'Scroll: share of the list reached', 'share', (f) => f.scroll.reached),
];

function measured<Figures>(runs: RunOutcome<Figures>[]): { round: number; figures: Figures }[] {
  return runs.flatMap((run) => (run.warmup || !run.figures ? [] : [{ round: run.round, figures: run.figures }]));
}

type Pair = [RunOutcome<LoadFigures>[], RunOutcome<LoadFigures>[]];

/** Round by round, between pages measured back to back, so the shared machine's drift falls on both alike. */
function pairedRatio(
  id: string,
  label: string,
  [top, bottom]: Pair,
  read: Read<LoadFigures>,
): RatioRow {
  const bottoms = new Map(measured(bottom).map((run) => [run.round, run.figures]));
  const values = measured(top).flatMap((run) => {
    const other = bottoms.get(run.round);
    return other === undefined ? [] : [read(run.figures) / read(other)];
  });
  return { id, label, value: spreadOf(values) };
}

function spreadOfRuns<Figures>(runs: { figures: Figures }[], read: Read<Figures> | undefined): Spread | null {
  return read ? spreadOf(runs.map((run) => read(run.figures))) : null;
}

export function summarizeBench(runs: BenchRuns): BenchSummary {
  const [small, large, control] = [measured(runs.small), measured(runs.large), measured(runs.control)];
  const vsControl: Pair = [runs.large, runs.control];
  const vsSmall: Pair = [runs.large, runs.small];
  return {
    metrics: metrics.map((metric) => ({
      id: metric.id,
      label: metric.label,
      unit: metric.unit,
      small: spreadOfRuns(small, metric.board),
      large: spreadOfRuns(large, metric.board),
      control: spreadOfRuns(control, metric.control),
    })),
    ratios: [
      pairedRatio('interactiveVsControl', '5,000-card board / control: navigation → interactive', vsControl, interactive),
      pairedRatio('domVsControl', '5,000-card board / control: DOM elements', vsControl, domElements),
      pairedRatio('heapVsControl', '5,000-card board / control: JS heap after GC', vsControl, heap),
      pairedRatio('interactiveLargeVsSmall', '5,000-card / 500-card board: navigation → interactive', vsSmall, interactive),
    ],
    measured: { small: small.length, large: large.length, control: control.length },
    failures: (['small', 'large', 'control'] as const).flatMap((page) =>
      runs[page].flatMap((run) => (run.error === undefined ? [] : [{ page, round: run.round, error: run.error }])),
    ),
  };
}
