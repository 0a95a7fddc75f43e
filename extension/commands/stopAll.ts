import { defineCommand } from "../ctx";

/** `gemmaKo.stopAll` (not in the palette): stops every running request; the panel has a Stop per result. */
export const stopAll = defineCommand("gemmaKo.stopAll", (ctx) => () => {
    ctx.results.stopAll();
});
