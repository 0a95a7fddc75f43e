// Settings typed into settings.json that the schema does not allow (a context size of -100, a
// temperature of "hot", a GPU backend "tpu") were used as their defaults or nearest bounds
// without a word (found from outside). This says once, per change of settings, which keys were
// out of range or of the wrong type and what is used instead (settingsWatch.ts says it). Plain
// data, no VS Code, so that unit tests can read it.

/** What the manifest says of one setting (contributes.configuration.properties). */
export interface SettingSchema {
    type?: string | string[];
    minimum?: number;
    maximum?: number;
    enum?: unknown[];
    default?: unknown;
}

/** A setting whose value the extension does not use as given. */
export interface InvalidSetting {
    key: string;
    value: unknown;
    used: unknown;
}

function typeOk(type: string, value: unknown): boolean {
    switch (type) {
        case "integer":
            return typeof value === "number" && Number.isInteger(value);
        case "number":
            return typeof value === "number" && Number.isFinite(value);
        case "string":
            return typeof value === "string";
        case "boolean":
            return typeof value === "boolean";
        case "object":
            return typeof value === "object" && value !== null && !Array.isArray(value);
        case "array":
            return Array.isArray(value);
        case "null":
            return value === null;
        default:
            return true;
    }
}

/**
 * The value `schema` allows in place of `value`, or undefined when `value` is allowed: a number
 * out of range is held to the nearest bound (as Config reads it), anything else the default.
 */
export function usedInstead(schema: SettingSchema, value: unknown): { used: unknown } | undefined {
    const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
    if (types.length > 0 && !types.some((type) => typeOk(type, value))) {
        // A fraction where a whole number goes: Config rounds it down.
        if (types.includes("integer") && typeof value === "number" && Number.isFinite(value))
            return usedInstead(schema, Math.floor(value)) ?? { used: Math.floor(value) };
        return { used: schema.default };
    }
    if (schema.enum !== undefined && !schema.enum.includes(value)) return { used: schema.default };
    if (typeof value === "number") {
        if (schema.minimum !== undefined && value < schema.minimum) return { used: schema.minimum };
        if (schema.maximum !== undefined && value > schema.maximum) return { used: schema.maximum };
    }
    return undefined;
}

/** The settings (set by the user, not defaults) that `properties` do not allow as given. */
export function invalidSettings(
    properties: Record<string, SettingSchema>,
    valueOf: (key: string) => { set: boolean; value: unknown }
): InvalidSetting[] {
    const found: InvalidSetting[] = [];
    for (const [key, schema] of Object.entries(properties)) {
        const { set, value } = valueOf(key);
        if (!set) continue;
        // Above its maximum the context size is said with the loaded model's own figure (modelService.ts).
        if (key === "gemmaKo.model.contextSize" && typeof value === "number" && value > (schema.maximum ?? value))
            continue;
        const instead = usedInstead(schema, value);
        if (instead !== undefined) found.push({ key, value, used: instead.used });
    }
    return found;
}
