import { defineCommand } from "../ctx";

/** `gemmaKo.insertResult` (not in the palette): inserts a finished result by id, as the panel's Insert does; the in-host tests use it. */
export const insertResult = defineCommand(
    "gemmaKo.insertResult",
    (ctx) => (id: unknown) => (typeof id === "string" ? ctx.results.insert(id, false) : false)
);
