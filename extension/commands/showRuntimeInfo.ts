import { newRequestId } from "../../webview/protocol";
import { defineCommand } from "../ctx";
import { refreshBackendInfo } from "../panel/runtimeInfo";

/** `gemmaKo.showRuntimeInfo`: opens the panel and reports backend, devices, VRAM and threads. */
export const showRuntimeInfo = defineCommand(
    "gemmaKo.showRuntimeInfo",
    (ctx) => () =>
        refreshBackendInfo(
            { runtime: ctx.runtime, models: ctx.models, log: ctx.log, secrets: ctx.extension.secrets },
            ctx.panel({ focus: true }),
            newRequestId()
        )
);
