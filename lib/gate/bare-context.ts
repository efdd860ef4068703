/**
 * What WXT hands the gate's main(): nothing. WXT's own context (location watcher, invalidation checks) would
 * weigh more than the whole gate, which uses none of it; the build swaps this in for the gate only (wxt.config.ts).
 */
export class ContentScriptContext {
  constructor(
    readonly name: string,
    readonly options?: unknown,
  ) {}
}
