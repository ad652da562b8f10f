/**
 * Runs `measure` for every candidate in each of `rounds` rounds, rotating the order every round
 * so that no candidate always runs first or last while the load from other processes drifts.
 * Returns the per-round results of each candidate, keyed by name.
 */
export async function interleave<T>(
  rounds: number,
  candidates: readonly string[],
  measure: (candidate: string, round: number) => Promise<T>,
  onResult?: (candidate: string, round: number, result: T) => void,
): Promise<Map<string, T[]>> {
  const results = new Map<string, T[]>(candidates.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const offset = round % candidates.length;
    const order = [...candidates.slice(offset), ...candidates.slice(0, offset)];
    for (const candidate of order) {
      const result = await measure(candidate, round);
      results.get(candidate)!.push(result);
      onResult?.(candidate, round, result);
    }
  }
  return results;
}
