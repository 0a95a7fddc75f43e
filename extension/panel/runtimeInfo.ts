import * as vscode from "vscode";
import { describeModelError } from "../../models/describeError";
import { errorMessage } from "../../models/errors/codedError";
import {
    backendDisplayName,
    contextSizeRow,
    formatRuntimeInfo,
    type RuntimeInfo,
    type RuntimeInfoRow
} from "../../models/runtimeInfo";
import { remoteReport } from "../../models/remote/remoteReport";
import type { ModelService } from "../modelService";
import { remoteApiKeySecret } from "../requests/remoteServer";
import type { RuntimeService } from "../runtimeService";
import type { ResultsPanel } from "./resultsPanel";

/** What the runtime report needs from the context. */
export interface RuntimeReportSources {
    runtime: RuntimeService;
    models: ModelService;
    log: vscode.LogOutputChannel;
    secrets: vscode.SecretStorage;
}

/**
 * The runtime report of whichever backend answers: the inference server's (health,
 * model, context; no llama.cpp is started) or the local llama.cpp runtime's.
 * Resolves with the local runtime's report (the command's result, for tests and
 * other extensions), or `undefined` for the server or after an error.
 */
export async function refreshBackendInfo(
    sources: RuntimeReportSources,
    panel: ResultsPanel,
    requestId: string
): Promise<RuntimeInfo | undefined> {
    const remote = sources.models.remoteBackend;
    const problem = sources.models.remoteProblem;
    if (remote === undefined && problem !== undefined) {
        // The server is chosen but cannot be used: say so, not the local runtime's report.
        const message = vscode.l10n.t(
            "The inference server is chosen (gemmaKo.backend), but it cannot be used: {0}",
            describeModelError(problem, vscode.l10n.t)
        );
        sources.log.warn(`Runtime: the inference server cannot be used: ${errorMessage(problem)}`);
        // The panel shows an answer only to the request it is waiting for: say it is one.
        panel.post({ type: "runtimeInfo.loading", requestId });
        panel.post({ type: "runtimeInfo.error", requestId, message: message.slice(0, 4000) });
        return undefined;
    }
    if (remote === undefined) {
        const loaded = sources.models.model;
        // The context in use beside the runtime, with why when the setting asked for more.
        const extra =
            loaded === undefined ? [] : [contextSizeRow(loaded, sources.models.requestedContextSize, vscode.l10n.t)];
        return refreshRuntimeInfo(sources.runtime, sources.log, panel, requestId, extra);
    }
    panel.post({ type: "runtimeInfo.loading", requestId });
    const hasKey = ((await sources.secrets.get(remoteApiKeySecret)) ?? "").length > 0;
    const { rows } = await remoteReport(remote, hasKey, vscode.l10n.t);
    sources.log.info(`Runtime: inference server; ${rows.map((r) => `${r.label}: ${r.value}`).join("; ")}`);
    panel.post({ type: "runtimeInfo.result", requestId, backend: "remote", rows });
    return undefined;
}

/**
 * Fetches the runtime report for one request and sends it to the panel and the
 * log. Resolves with the report, or `undefined` after telling the user what failed.
 */
export async function refreshRuntimeInfo(
    runtime: RuntimeService,
    log: vscode.LogOutputChannel,
    panel: ResultsPanel,
    requestId: string,
    extraRows: RuntimeInfoRow[] = []
): Promise<RuntimeInfo | undefined> {
    panel.post({ type: "runtimeInfo.loading", requestId });
    try {
        const info = await vscode.window.withProgress(
            {
                location: vscode.ProgressLocation.Window,
                title: vscode.l10n.t("Gemma-Ko: starting the llama.cpp runtime")
            },
            () => runtime.runtimeInfo()
        );
        const rows = [...formatRuntimeInfo(info, vscode.l10n.t), ...extraRows];
        log.info(
            `Runtime: ${backendDisplayName(info.backend)}; ${rows.map((r) => `${r.label}: ${r.value}`).join("; ")}`
        );
        panel.post({ type: "runtimeInfo.result", requestId, backend: info.backend, rows });
        return info;
    } catch (error) {
        const reason = errorMessage(error);
        log.error(`Could not start the llama.cpp runtime: ${reason}`);
        const message = vscode.l10n.t("Could not start the llama.cpp runtime: {0}", reason);
        panel.post({ type: "runtimeInfo.error", requestId, message: message.slice(0, 4000) });
        const showLog = vscode.l10n.t("Show Log");
        void vscode.window.showErrorMessage(message, showLog).then((choice) => {
            if (choice === showLog) log.show();
        });
        return undefined;
    }
}
