import { defineCommand } from "../ctx";

/**
 * `gemmaKo.insertResult` (not in the palette): inserts a finished result by id, as the panel's
 * Insert does (its Replace with `replace` true); the in-host tests use it.
 */
export const insertResult = defineCommand(
    "gemmaKo.insertResult",
    (ctx) => (id: unknown, replace?: unknown) =>
        typeof id === "string" ? ctx.results.insert(id, replace === true) : false
);
