import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describeModelError } from "../../models/describeError";
import {
    ChecksumMismatchError,
    DiskSpaceError,
    DownloadCancelledError,
    DownloadHttpError,
    DownloadIncompleteError,
    InsecureUrlError,
    OfflineError
} from "../../models/downloadErrors";
import {
    GgufCorruptError,
    GgufTruncatedError,
    ModelFileMissingError,
    ModelFileUnreadableError,
    NotGgufError,
    UnsupportedArchitectureError,
    UnsupportedQuantizationError
} from "../../models/gguf/modelFileErrors";
import {
    CodeTooLongError,
    InputTooLongError,
    ModelLoadCancelledError,
    ModelLoadFailedError,
    ModelNotLoadedError,
    ModelOutOfMemoryError,
    PromptTooLongError,
    RuntimeDisposedError
} from "../../models/runtimeErrors";
import type { Translate } from "../../models/translate";
import { modelPathInSettings, settingsEditorCommand, userFolderOf } from "../../extension/userSettingsFile";
import {
    RemoteBadEndpointError,
    RemoteBadResponseError,
    RemoteDisconnectedError,
    RemoteModelNotServedError,
    RemoteStatusError,
    RemoteTimeoutError,
    RemoteUnauthorizedError,
    RemoteUnreachableError
} from "../../models/remote/remoteErrors";

const repo = path.resolve(__dirname, "..", "..", "..");
const korean = JSON.parse(fs.readFileSync(path.join(repo, "l10n", "bundle.l10n.ko.json"), "utf8")) as Record<
    string,
    string
>;
const fill = (message: string, args: Array<string | number>) =>
    message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
const english: Translate = (message, ...args) => fill(message, args);
const koreanT: Translate = (message, ...args) => {
    assert.ok(Object.hasOwn(korean, message), `no Korean for "${message}"`);
    const translated = korean[message];
    return fill(translated, args);
};

describe("error messages users can act on, in Korean and English", () => {
    const url = "https://huggingface.co/x/y/resolve/main/m.gguf";
    const errors = [
        new ModelFileMissingError("/m/a.gguf"),
        new ModelFileUnreadableError("/m/a.gguf", "EACCES"),
        new NotGgufError("/m/a.gguf", "magic"),
        new GgufTruncatedError("/m/a.gguf", "cut"),
        new GgufCorruptError("/m/a.gguf", "bad"),
        new UnsupportedArchitectureError("/m/a.gguf", "mamba", ["gemma"]),
        new UnsupportedQuantizationError("/m/a.gguf", 99, "blk.0"),
        new ModelOutOfMemoryError("/m/a.gguf", [{ gpuLayers: 0, contextSize: 512 }]),
        new ModelLoadCancelledError("/m/a.gguf"),
        new ModelLoadFailedError("/m/a.gguf", "boom"),
        new ModelNotLoadedError(),
        new InputTooLongError(393877, 348, 48),
        new InputTooLongError(393877, 348, 48, true),
        new CodeTooLongError(400_769, 3_296, 4_096),
        new CodeTooLongError(400_769, 3_296, 4_096, true),
        new CodeTooLongError(400_769, 3_296, 4_096, false, "docs"),
        new ModelNotLoadedError({ window: "ssh-remote" }),
        new ModelNotLoadedError({ window: "127.0.0.1:8080", ignoredPath: "/models/gemma-ko-7b.Q4_K_M.gguf" }),
        new PromptTooLongError(9000, 8192),
        new RuntimeDisposedError(),
        new OfflineError(url, "ENOTFOUND"),
        new DownloadHttpError(url, 403),
        new DownloadHttpError(url, 500),
        new DownloadCancelledError(url, 1024),
        new DownloadIncompleteError(url, 2048, 4096, "reset"),
        new ChecksumMismatchError(url, "a".repeat(64), "b".repeat(64)),
        new DiskSpaceError(url, "/models", 5 * 1024 ** 3, 1024 ** 3),
        new InsecureUrlError("http://example.com/m.gguf"),
        new RemoteBadEndpointError("ftp://llm.example.com"),
        new RemoteUnreachableError("https://llm.example.com", "ECONNREFUSED"),
        new RemoteTimeoutError("https://llm.example.com", "connect", 15_000),
        new RemoteUnauthorizedError("https://llm.example.com", 401),
        new RemoteStatusError("https://llm.example.com", 500, "boom"),
        new RemoteDisconnectedError("https://llm.example.com", "socket hang up"),
        new RemoteBadResponseError("https://llm.example.com", "not JSON"),
        new RemoteModelNotServedError("https://llm.example.com", "gemma-ko-2b", ["gemma-ko-7b"])
    ];

    it("has a distinct, translated message for every error class and code", () => {
        const seen = new Set<string>();
        for (const error of errors) {
            const en = describeModelError(error, english);
            const ko = describeModelError(error, koreanT);
            assert.ok(/[가-힣]/.test(ko), `${error.name}: Korean text`);
            assert.ok(!/\{\d\}/.test(ko) && !/\{\d\}/.test(en), `${error.name}: placeholders filled`);
            assert.ok(!seen.has(en), `${error.name}: distinct`);
            seen.add(en);
        }
        assert.match(
            describeModelError(new PromptTooLongError(9000, 8192), koreanT),
            /9,000토큰.*8,192토큰.*gemmaKo\.model\.contextSize/
        );
        assert.match(
            describeModelError(new DiskSpaceError(url, "/models", 5 * 1024 ** 3, 1024 ** 3), english),
            /5\.0 GiB more, 1\.0 GiB is free/
        );
        assert.equal(describeModelError(new Error("other"), english), "other");
    });

    it("says what to do with a too-long input: the context setting locally, a smaller part with a server", () => {
        const local = describeModelError(new InputTooLongError(393877, 348, 48), english);
        assert.match(local, /393,877 tokens, 348 parts.*gemmaKo\.model\.contextSize/);
        const server = describeModelError(new InputTooLongError(393877, 348, 48, true), english);
        assert.match(server, /inference server sets its own context size/);
        assert.doesNotMatch(server, /contextSize|Unload/, "no advice that does nothing for a server's model");
        assert.match(describeModelError(new InputTooLongError(393877, 348, 48, true), koreanT), /추론 서버/);
    });

    it("says of code too long for a doc comment the same token figure a summary's refusal says, and the way out", () => {
        const summary = describeModelError(new InputTooLongError(400_769, 348, 48), english);
        const docComment = describeModelError(new CodeTooLongError(400_769, 3_296, 4_096), english);
        assert.match(summary, /about 400,769 tokens/);
        assert.match(docComment, /about 400,769 tokens.*4,096 tokens.*3,296.*whole code.*gemmaKo\.model\.contextSize/);
        const korean = describeModelError(new CodeTooLongError(400_769, 3_296, 4_096), koreanT);
        assert.match(korean, /약 400,769토큰.*4,096토큰.*3,296토큰.*gemmaKo\.model\.contextSize/);
        const docs = describeModelError(new CodeTooLongError(400_769, 3_296, 4_096, false, "docs"), koreanT);
        assert.match(docs, /약 400,769토큰.*선택 영역이나 파일의 일부가 아니라 전체/);
        const server = describeModelError(new CodeTooLongError(400_769, 3_296, 4_096, true), english);
        assert.doesNotMatch(server, /contextSize|Unload/, "no advice that does nothing for a server's model");
    });

    it("says, in a remote window, where the model path is read and which file the User settings name", () => {
        const named = new ModelNotLoadedError({ window: "127.0.0.1:8080", ignoredPath: "/models/gemma-ko-7b.gguf" });
        assert.match(
            describeModelError(named, english),
            /remote window \(127\.0\.0\.1:8080\).*Remote settings.*gemma-ko-7b\.gguf/
        );
        assert.match(describeModelError(named, koreanT), /원격 창\(127\.0\.0\.1:8080\).*원격 설정.*gemma-ko-7b\.gguf/);
        assert.equal(
            describeModelError(new ModelNotLoadedError(), english),
            "No model is loaded. Choose a model first."
        );
    });
});

describe("the User settings file as code-server keeps it", () => {
    it("finds the User folder from the extension's storage, and only there", () => {
        assert.equal(userFolderOf("/data/User/globalStorage/gemma-ko.gemma-ko-assistant"), "/data/User");
        assert.equal(userFolderOf("/data/Machine/globalStorage/gemma-ko.gemma-ko-assistant"), undefined);
    });

    it("reads gemmaKo.model.path from settings.json with comments and trailing commas, and nothing else", () => {
        const text = '// mine\n{\n  /* model */ "gemmaKo.model.path": " /m/a.gguf ",\n  "x": 1,\n}\n';
        assert.equal(modelPathInSettings(text), "/m/a.gguf");
        assert.equal(
            modelPathInSettings('{ // "gemmaKo.model.path": "/m/a.gguf"\n}'),
            undefined,
            "a commented-out line"
        );
        assert.equal(modelPathInSettings('{"gemmaKo.model.path": ""}'), undefined);
        assert.equal(modelPathInSettings('{"gemmaKo.model.path": 3}'), undefined);
        assert.equal(modelPathInSettings("[1, 2]"), undefined);
        assert.equal(modelPathInSettings("{ not json"), undefined);
    });

    it("opens a machine-scoped setting on the Remote tab in a remote window, where the User tab finds nothing", () => {
        assert.deepEqual(settingsEditorCommand("gemmaKo.model.downloadBaseUrl", true, "code-server"), {
            command: "workbench.action.openRemoteSettings",
            argument: { query: "gemmaKo.model.downloadBaseUrl" }
        });
        assert.deepEqual(settingsEditorCommand("gemmaKo.model.downloadBaseUrl", true, undefined), {
            command: "workbench.action.openSettings",
            argument: "gemmaKo.model.downloadBaseUrl"
        });
        assert.deepEqual(settingsEditorCommand("gemmaKo.model.contextSize", false, "ssh-remote"), {
            command: "workbench.action.openSettings",
            argument: "gemmaKo.model.contextSize"
        });
    });
});
