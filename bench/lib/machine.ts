import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  date: string;
  node: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  /** 1-minute load average when the benchmark started, from every process on the machine. */
  loadAverageAtStart: number;
}

export function machineInfo(): MachineInfo {
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverageAtStart: loadavg()[0]!,
  };
}

/** 1-minute load average now. */
export function loadAverage(): number {
  return loadavg()[0]!;
}
