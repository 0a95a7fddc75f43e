import type { RuntimeInfoRow } from "../runtimeInfo";
import type { Translate } from "../translate";
import type { RemoteHealth, RemoteModel } from "./serverInfo";
import type { RemoteBackend } from "./remoteBackend";

/**
 * The runtime report for the remote backend: which server answers, whether it is up,
 * the model, its context and how tokens are counted. Whether an API key is stored is
 * said; the key itself never is.
 */
export async function remoteReport(
    backend: RemoteBackend,
    hasApiKey: boolean,
    t: Translate,
    signal?: AbortSignal
): Promise<{ rows: RuntimeInfoRow[]; health: RemoteHealth }> {
    const health = await backend.health(signal);
    let served: RemoteModel[] | undefined;
    if (health.ok) served = await backend.listModels(signal).catch(() => undefined);
    const info = backend.model;
    const rows: RuntimeInfoRow[] = [
        { label: t("Backend"), value: t("inference server (OpenAI-compatible)") },
        { label: t("Server"), value: backend.origin },
        {
            label: t("Health"),
            value: health.ok
                ? t("answers ({0} ms)", health.latencyMs)
                : t("not reachable: {0}", health.detail.slice(0, 200))
        },
        { label: t("Model"), value: info?.name ?? t("not connected yet (connects on first use)") }
    ];
    if (info !== undefined) {
        rows.push(
            { label: t("Model kind"), value: info.kind.kind === "base" ? t("base model") : t("instruction-tuned") },
            {
                label: t("Context"),
                value:
                    info.contextSource === "assumed"
                        ? t("{0} tokens (assumed: the server does not say)", info.contextSize)
                        : t("{0} tokens", info.contextSize)
            }
        );
        if (info.slots !== undefined) rows.push({ label: t("Parallel slots"), value: String(info.slots) });
        rows.push({
            label: t("Token counting"),
            value:
                info.tokenize === "estimate"
                    ? t("estimated (the server has no /tokenize)")
                    : info.tokenize === "server"
                      ? t("the server's /tokenize")
                      : t("the server's /tokenize where offered")
        });
    }
    if (served !== undefined && served.length > 0)
        rows.push({
            label: t("Served models"),
            value: served
                .slice(0, 10)
                .map((m) => m.id)
                .join(", ")
        });
    rows.push(
        { label: t("API key"), value: hasApiKey ? t("stored in secret storage") : t("none") },
        { label: t("Safety filter"), value: t("on this machine (the server's output is filtered here)") }
    );
    return { rows, health };
}
