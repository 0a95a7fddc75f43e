// PII classes set 111 left on main (round 116): a value assembled in code (a list of strings joined, a list of
// single digits, neighbouring assignments a later line joins) and feature-flag services' server keys. Values
// and words of our own, whole and streamed one character at a time (shownBothWays). Each class has an
// innocent twin: reserved domains, a documented test card, numbers that are no value, look-alike prefixes.
import * as assert from "node:assert/strict";
import { shownBothWays as shown } from "../support/safetyStream";

const unchanged = (text: string) => assert.equal(shown(text), text);
const redacted = (text: string, value: string) => {
    const out = shown(text);
    assert.ok(!out.includes(value), `${value} still in: ${out}`);
};

describe("PII round 116: values assembled in code", () => {
    it("an address from a list joined with '@' or with nothing", () => {
        redacted('const to = ["park.minji", "naver.com"].join("@");', "park.minji");
        redacted('val email = listOf("jh.lee", "@", "samsung.com").joinToString("")', "jh.lee");
        redacted('addr = "".join(["dh.kang", "@", "kakao.com"])', "dh.kang");
        redacted('to = "@".join(("sy.choi", "daum.net"))', "sy.choi");
    });

    it("an address from a user and a domain assigned one after the other", () => {
        redacted('login = "sj.yoon"\nmail_domain = "hanmail.net"\nto = login + "@" + mail_domain', "hanmail.net");
    });

    it("a card, a phone kept as a list of digits; a card from two assigned halves", () => {
        redacted("CARD = [4, 5, 3, 2, 0, 1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 5]", "4, 5, 3, 2, 0, 1, 9, 8");
        redacted('PHONE = ["0", "1", "0", "7", "3", "4", "1", "5", "5", "2", "8"]', '"7", "3", "4", "1"');
        redacted("nums = [0, 1, 0, 7, 3, 4, 1, 5, 5, 2, 8]\nphone = ''.join(map(str, nums))", "7, 3, 4, 1");
        redacted('prefix = "541275"\nbody = "1234567898"\ncard = prefix + body', "1234567898");
    });

    it("a phone's middle and last groups under a phone's name", () => {
        redacted('mid = "7341"\nlast = "5528"\nmobile = f"010-{mid}-{last}"', "5528");
    });

    it("reserved domains, a test card, numbers that are no value stay", () => {
        unchanged('const to = ["dev", "example.com"].join("@");');
        unchanged('String.join("@", "test", "test.com")');
        unchanged("test@test.com");
        unchanged("const TEST_CARD = [4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2]; // stripe test card");
        unchanged("WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]");
        unchanged("nums = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
        unchanged('major = "1"\nminor = "22"\nversion = major + minor');
        unchanged('user = "admin"\nhost = "db.internal"');
        unchanged('name = "config"\ndomain = "settings.json"');
        unchanged('width = "1920"\nheight = "1080"\ntel_ratio = 1');
        unchanged('const parts = ["src", "lib", "index.ts"].join("/");');
    });
});

describe("PII round 116: feature-flag server keys", () => {
    it("LaunchDarkly, Statsig, Unleash, Flagsmith, ConfigCat, GrowthBook", () => {
        const keys = [
            'ld = LaunchDarkly.init("sdk-3c9a1f2e-7b4d-4e8a-9f10-2d6c5b8e1a47")',
            "LD_API_KEY=api-7e21b9c4-0a5f-4d3e-8b6c-91f2a3d4e5b6",
            'Statsig.initialize("secret-Q8vTn2LmXc4Rp7WkZa1Ys9BdHf3Jg6Ne5Uo0Ki");',
            `UNLEASH_API_TOKEN=*:production.${"8f3a2c1d9e7b6a5f".repeat(4)}`,
            "FLAGSMITH_SERVER_KEY=ser.Ab3dEf6hIj9kLm2nOp5qRs",
            "configcat: configcat-sdk-1/Ab3dEf6hIj9kLm2nOp5qRs/Zy8xWv7uTs6rQp5oNm4lKj",
            "GB_SECRET=secret_admin_Xk29fLm3Qp7RtZ8vWb4n"
        ];
        for (const text of keys) assert.ok(shown(text).includes("[비밀 키]"), text);
    });

    it("a version, a trace id, a secret's name, a hash, a service's name stay", () => {
        unchanged("request sdk-version-1.2.3 and trace-3c9a1f2e-7b4d-4e8a-9f10-2d6c5b8e1a47");
        unchanged("the secret-manager-config file");
        unchanged(`sha: main.${"8f3a2c1d9e7b6a5f".repeat(4)}`);
        unchanged("ser.ServiceNameAlready");
    });
});
