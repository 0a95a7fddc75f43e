import { defineCommand } from "../ctx";

/**
 * `gemmaKo.stopAll` (not in the palette): stops every running request, and every command still
 * preparing one (finding the code to document); the panel has a Stop per result.
 */
export const stopAll = defineCommand("gemmaKo.stopAll", (ctx) => () => {
    ctx.preparations.stopAll();
    ctx.results.stopAll();
});
