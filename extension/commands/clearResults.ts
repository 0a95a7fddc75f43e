import { defineCommand } from "../ctx";

/**
 * `gemmaKo.clearResults`: empties the results panel and forgets every finished result, also those
 * kept for the next window in the workspace's storage (a request still running goes on).
 */
export const clearResults = defineCommand("gemmaKo.clearResults", (ctx) => () => {
    ctx.results.clear();
});
