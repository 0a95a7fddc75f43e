import * as vscode from "vscode";
import type { SafetyFilter } from "../../safety/filter";
import type { SafetyPolicy } from "../../safety/policy";

/**
 * The user's `gemmaKo.safety.policy` (validated on each use; an invalid one gives the
 * defaults, said once), and streaming filters under it.
 */
export class UserPolicy {
    private warned = false;

    constructor(
        private readonly source: () => unknown,
        private readonly log: vscode.LogOutputChannel
    ) {}

    /** The streaming filter for one request, under the user's policy. */
    async createFilter(): Promise<SafetyFilter> {
        // The filter (lexicon, classifier weights, phone metadata: ~1.5 MB) loads on first
        // use, not at activation; webpack puts it in its own chunk.
        const { SafetyFilter } = await import(/* webpackChunkName: "safety" */ "../../safety/filter.js");
        return new SafetyFilter(await this.policy());
    }

    /** The user's policy (an invalid policy: the defaults, said once). */
    async policy(): Promise<SafetyPolicy> {
        const { resolvePolicy } = await import(/* webpackChunkName: "safety" */ "../../safety/policy.js");
        // An invalid policy is rejected as a whole and the defaults apply — never "allow everything".
        return resolvePolicy(this.source(), (error) => {
            this.log.warn(error.message);
            if (this.warned) return;
            this.warned = true;
            void vscode.window.showWarningMessage(
                vscode.l10n.t(
                    "The gemmaKo.safety.policy setting is invalid ({0}); the default safety policy is used.",
                    error.problems.join("; ")
                )
            );
        });
    }
}
