import { defineCommand } from "../ctx";

/**
 * `gemmaKo.showResults`: opens the results panel (focused) with every kept result, this window's
 * and those kept from before a reload. Without it, a closed panel came back only with a new request.
 */
export const showResults = defineCommand("gemmaKo.showResults", (ctx) => () => {
    ctx.panel({ focus: true });
});
