// Settings the schema does not allow are named, with what is used instead (found from outside:
// ten bad values were used as defaults or bounds without a word).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { invalidSettings, type SettingSchema } from "../../extension/settingsCheck";

const repo = path.resolve(__dirname, "..", "..", "..");
const manifest = JSON.parse(fs.readFileSync(path.join(repo, "package.json"), "utf8")) as {
    contributes: { configuration: { properties: Record<string, SettingSchema> } };
};
const properties = manifest.contributes.configuration.properties;

function check(values: Record<string, unknown>) {
    return invalidSettings(properties, (key) => ({
        set: Object.prototype.hasOwnProperty.call(values, key),
        value: values[key]
    }));
}

describe("settings out of range or of the wrong type", () => {
    it("names each one the outside tester set, with the value used instead", () => {
        const found = check({
            "gemmaKo.model.contextSize": -100,
            "gemmaKo.generation.maxTokens": 99_999_999,
            "gemmaKo.generation.temperature": "hot",
            "gemmaKo.model.gpuLayers": "all",
            "gemmaKo.runtime.threads": 9999,
            "gemmaKo.model.idleUnloadMinutes": -1,
            "gemmaKo.generation.speechStyle": "casual",
            "gemmaKo.remote.kind": "chat",
            "gemmaKo.runtime.gpu": "tpu"
        });
        assert.deepEqual(Object.fromEntries(found.map(({ key, used }) => [key, used])), {
            "gemmaKo.runtime.gpu": "auto",
            "gemmaKo.runtime.threads": 256,
            "gemmaKo.model.contextSize": 0,
            "gemmaKo.model.gpuLayers": -1,
            "gemmaKo.model.idleUnloadMinutes": 0,
            "gemmaKo.remote.kind": "auto",
            "gemmaKo.generation.maxTokens": 8192,
            "gemmaKo.generation.temperature": 0,
            "gemmaKo.generation.speechStyle": "formal"
        });
        assert.equal(found.find((f) => f.key === "gemmaKo.generation.temperature")?.value, "hot");
    });

    it("says nothing of good values, unset ones, or a context size above its maximum (said with the model's figure)", () => {
        assert.deepEqual(
            check({
                "gemmaKo.model.contextSize": 200_000,
                "gemmaKo.generation.temperature": 0.7,
                "gemmaKo.runtime.threads": 4,
                "gemmaKo.backend": "remote",
                "gemmaKo.remote.headers": { "X-Team": "a" },
                "gemmaKo.inline.enabled": false
            }),
            []
        );
        assert.deepEqual(check({}), []);
    });

    it("rounds a fraction where a whole number goes, as the settings are read", () => {
        assert.deepEqual(check({ "gemmaKo.runtime.threads": 2.5 }), [
            { key: "gemmaKo.runtime.threads", value: 2.5, used: 2 }
        ]);
    });
});
