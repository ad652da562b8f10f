import { loadAverage, machineInfo, type MachineInfo } from './machine.js';

export type Cell = string | number;

interface Table {
  title: string;
  columns: string[];
  rows: Cell[][];
}

/** A ratio of candidate to baseline with the target it is checked against. */
export interface RatioResult {
  name: string;
  value: number;
  /** Human-readable target, e.g. `≥ 0.85`. */
  target: string;
  met: boolean;
}

/**
 * Collects a benchmark's tables and ratios and prints them at the end, as aligned text or, with
 * `json`, as one JSON document on stdout. Progress lines go to stderr so `--json` output stays
 * parseable.
 */
export class Report {
  readonly machine: MachineInfo = machineInfo();
  private readonly tables: Table[] = [];
  private readonly ratios: RatioResult[] = [];
  private readonly notes: string[] = [];

  constructor(
    readonly benchmark: string,
    readonly settings: Record<string, unknown>,
    private readonly json: boolean,
  ) {}

  progress(message: string): void {
    process.stderr.write(`${message}\n`);
  }

  table(title: string, columns: string[], rows: Cell[][]): void {
    this.tables.push({ title, columns, rows });
  }

  ratio(name: string, value: number, target: string, met: boolean): void {
    this.ratios.push({ name, value, target, met });
  }

  note(text: string): void {
    this.notes.push(text);
  }

  print(): void {
    const loadAverageAtEnd = loadAverage();
    if (this.json) {
      const document = {
        benchmark: this.benchmark,
        machine: { ...this.machine, loadAverageAtEnd },
        settings: this.settings,
        tables: this.tables,
        ratios: this.ratios,
        notes: this.notes,
      };
      process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
      return;
    }
    const { machine } = this;
    const lines = [
      `# ${this.benchmark} — ${machine.date}`,
      `node ${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, ` +
        `load average ${machine.loadAverageAtStart.toFixed(2)} at start, ` +
        `${loadAverageAtEnd.toFixed(2)} at end`,
      `settings: ${JSON.stringify(this.settings)}`,
    ];
    for (const table of this.tables) {
      lines.push('', `## ${table.title}`, ...formatTable(table.columns, table.rows));
    }
    if (this.ratios.length > 0) {
      lines.push('', '## Ratios and targets');
      lines.push(
        ...formatTable(
          ['ratio', 'value', 'target', 'met'],
          this.ratios.map((ratio) => [
            ratio.name,
            ratio.value.toFixed(3),
            ratio.target,
            ratio.met ? 'yes' : 'NO',
          ]),
        ),
      );
    }
    for (const note of this.notes) {
      lines.push('', `note: ${note}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}

function formatTable(columns: string[], rows: Cell[][]): string[] {
  const text = rows.map((row) => row.map(formatCell));
  const widths = columns.map((column, index) =>
    Math.max(column.length, ...text.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`;
  return [line(columns), line(widths.map((width) => '-'.repeat(width))), ...text.map(line)];
}

function formatCell(cell: Cell): string {
  if (typeof cell === 'string') {
    return cell;
  }
  if (!Number.isFinite(cell)) {
    return String(cell);
  }
  if (Number.isInteger(cell)) {
    return String(cell);
  }
  return Math.abs(cell) >= 100 ? cell.toFixed(0) : cell.toPrecision(3);
}
