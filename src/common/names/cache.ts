/**
 * A bounded cache with two generations: lookups hit the young map, then the old one (promoting the
 * entry); when the young map is full it becomes the old one and the previous old map is dropped.
 * An approximate LRU at the cost of two Map lookups, for per-word results that repeat enormously
 * across a registry (name parts) but whose long tail must not grow without bound.
 */
export class BoundedCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly generationSize: number) {}

  get(key: string): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) {
      return hit;
    }
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.set(key, aged);
    }
    return aged;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.generationSize) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }
}
