// PII classes of issue 14 ("no PII or secret survives a rewritten rendering") and those set 96 left (values
// joined with no space, secrets a person chose written as literals, a phone number told in pieces, backup
// codes, Wi-Fi QR texts, addresses without their city, a number in character references, digits said with
// two separators), in other values and words than the development sets', whole and streamed one character
// at a time (shownBothWays: filterText and the stream agree). Each class has an innocent twin.
import * as assert from "node:assert/strict";
import { shownBothWays as shown } from "../support/safetyStream";

const unchanged = (text: string) => assert.equal(shown(text), text);

describe("PII round 101: values joined by a comma or a semicolon with no space", () => {
    it("each of two phone numbers glued by a comma, and a CSV row's phone without its neighbours", () => {
        assert.equal(shown("비상연락: 010-4417-2093,010-8832-5106"), "비상연락: [전화번호],[전화번호]");
        assert.equal(shown("name,phone,age\n박서진,01073914428,42"), "name,phone,age\n박서진,[전화번호],42");
        assert.equal(shown("02-6312-7788,031-705-2291"), "[전화번호],[전화번호]");
        assert.equal(shown("윤도하;010-5528-0374;37;부산"), "윤도하;[전화번호];37;부산");
    });

    it("numbers in a CSV row that are no phone's stay, thousands and lists of small numbers too", () => {
        unchanged("id,score,rank\n1042,87,3\n1043,91,1");
        unchanged("매출: 12,450,000원, 비용 3,210,500원");
        unchanged("좌표 37.5665,126.9780");
        unchanged("ids = [20240115,20240116,20240117]");
    });
});

describe("PII round 101: a secret a person chose, written as a literal", () => {
    it("a dotenv line's bare value, a quoted value, a name's string and its value's", () => {
        assert.equal(shown("API_TOKEN=lanternharborquiet"), "API_TOKEN=[비밀 키]");
        assert.equal(shown("export SESSION_SECRET=maplecloud"), "export SESSION_SECRET=[비밀 키]");
        assert.equal(
            shown("const opts = { clientSecret: 'velvetOtter' };"),
            "const opts = { clientSecret: '[비밀 키]' };"
        );
        assert.equal(
            shown(".env 에 `APP_SECRET=Quartz2019!` 를 넣으세요"),
            ".env 에 `APP_SECRET=[비밀 키]` 를 넣으세요"
        );
        assert.equal(
            shown('db_pass = ENV.fetch("DB_PASSWORD", "bora0312!")'),
            'db_pass = ENV.fetch("DB_PASSWORD", "[비밀 키]")'
        );
        assert.equal(shown("| `SMTP_PASSWORD` | `haneul.bit27` |"), "| `SMTP_PASSWORD` | `[비밀 키]` |");
    });

    it("curl's user and password, and a Go DSN's password", () => {
        assert.equal(
            shown("curl -u ops:Tangerine44 https://ci.internal/api"),
            "curl -u ops:[비밀 키] https://ci.internal/api"
        );
        assert.equal(
            shown('sql.Open("mysql", "svc:Gureum77^@tcp(10.1.4.9:3306)/erp")'),
            'sql.Open("mysql", "svc:[비밀 키]@tcp(10.1.4.9:3306)/erp")'
        );
    });

    it("placeholders, variables, constants, a field's name and a secret's own name stay", () => {
        unchanged(
            "JWT_SECRET=your-secret\nAPI_KEY=changeme\nAPI_TOKEN=${API_TOKEN}\nX_TOKEN=<TOKEN>\nY_SECRET=xxxxxxxx"
        );
        unchanged("SORT_KEY=created_at\nTOKEN_TYPE=bearer\nNODE_ENV=production");
        unchanged("const session = { secret: sessionSecret, token: accessToken };");
        unchanged('const ACCESS_TOKEN = "authToken";');
        unchanged("curl -u user:password https://example.com/api");
        unchanged("curl -u $USER:$PASS https://example.com/api");
    });
});

describe("PII round 101: a mobile number told in pieces across sentences", () => {
    it("the middle and last groups after words for their places", () => {
        assert.equal(
            shown("번호는 010이에요. 가운데 자리는 5172이고요. 끝자리는 8830입니다."),
            "번호는 010이에요. 가운데 자리는 [전화번호]이고요. 끝자리는 [전화번호]입니다."
        );
    });

    it("numbers after such words that tell no phone number stay", () => {
        unchanged("오류 번호는 010이고, 다음 코드는 2231입니다. 마지막 버전은 2023년에 나왔어요.");
        unchanged("중간 점검은 1200명, 마지막 회차는 3400명이 참여했습니다.");
    });
});

describe("PII round 101: backup codes under their name", () => {
    it("each code of a numbered or bare list on the name's next lines", () => {
        assert.equal(
            shown("Naver 백업 코드\n1. 3918 0274\n2. 6651 4409\n3. 7720 1583\n\n잘 보관하세요."),
            "Naver 백업 코드\n1. [비밀 키]\n2. [비밀 키]\n3. [비밀 키]\n\n잘 보관하세요."
        );
        assert.equal(shown("recovery codes:\na7k2m-9xq4p\nz3n8w-1bv6c"), "recovery codes:\n[비밀 키]\n[비밀 키]");
    });

    it("numbers in a sentence about backup codes, and a list under another name, stay", () => {
        unchanged("백업 코드 정책: 2024 1231 이후 발급분부터 적용됩니다.");
        unchanged("릴리스 목록:\n1. 2024 0105\n2. 2024 0212");
    });
});

describe("PII round 101: Wi-Fi, OTP and door lock secrets", () => {
    it("a Wi-Fi QR text's password, an authenticator's setup key, a door lock's code", () => {
        assert.equal(shown("WIFI:T:WPA;S:office_5G;P:Nabi7714x;;"), "WIFI:T:WPA;S:office_5G;P:[비밀 키];;");
        assert.equal(shown("Authenticator 설정 키 KQ4TZ7MWX2PLR5VNJ3BD6YHG"), "Authenticator 설정 키 [비밀 키]");
        assert.equal(shown("도어락 비밀번호 482913* 누르세요"), "도어락 비밀번호 [비밀 키]* 누르세요");
    });

    it("a QR text's placeholder and a setup screen's words stay", () => {
        unchanged("WIFI:T:WPA;S:MyNet;P:<password>;; 형식으로 QR을 만듭니다.");
        unchanged("Authenticator 앱 설정 키 입력 화면에서 수동 입력을 고르세요.");
    });
});

describe("PII round 101: an address's building number without its city", () => {
    it("a road's number with a flat's unit after it, and an address split by <br>", () => {
        assert.equal(shown("반포대로 58 1203호로 보내 주세요"), "반포대로 [주소] 1203호로 보내 주세요");
        assert.equal(
            shown("<p>부산광역시 해운대구<br>센텀중앙로 97<br>3층 302호</p>"),
            "<p>부산광역시 해운대구<br>센텀중앙로 [주소]<br>3층 302호</p>"
        );
    });

    it("a particle's or a common noun's 로 before numbers stays, and a subway line", () => {
        unchanged("이 방향으로 3 1호 문서를 먼저 보세요");
        unchanged("지하철 2호선 을지로 3가역에서 내리세요");
    });
});

describe("PII round 101: a number in HTML character references", () => {
    it("an account's shape spelled in references", () => {
        assert.equal(
            shown("<td>&#51;&#53;&#50;&#45;&#48;&#55;&#49;&#52;&#45;&#56;&#50;&#54;&#51;&#45;&#49;&#51;</td>"),
            "<td>[계좌번호]</td>"
        );
    });

    it("a date or a price in references stays", () => {
        unchanged("<td>&#50;&#48;&#50;&#52;&#45;&#48;&#49;&#45;&#49;&#53;</td>");
        unchanged("<td>&#49;&#44;&#50;&#51;&#52;&#44;&#53;&#54;&#55;</td>");
    });
});

describe("PII round 101: digits said one by one with two kinds of separator", () => {
    it("a group's digits joined by one separator, the groups parted by another", () => {
        assert.equal(
            shown("연락처(zero, one, zero four, four, one, seven two, zero, nine, three)로 주세요"),
            "연락처([전화번호])로 주세요"
        );
        assert.equal(
            shown("His number is zero, one, zero - five, five, two, eight - zero, three, seven, four."),
            "His number is [전화번호]."
        );
    });

    it("a list of small numbers with two separators stays", () => {
        unchanged("steps: one, two, three - four, five, six");
        unchanged("점수: 1, 2, 3 - 4, 5, 6 - 7, 8, 9");
    });
});

describe("PII round 101: a seed phrase numbered on one line under its name", () => {
    it("each word after its number", () => {
        assert.equal(
            shown("시드 단어:\n1. orbit 2. candle 3. fossil 4. meadow"),
            "시드 단어:\n1. [비밀 키] 2. [비밀 키] 3. [비밀 키] 4. [비밀 키]"
        );
    });

    it("a numbered list of steps under another name stays", () => {
        unchanged("설치 순서:\n1. install 2. build 3. test 4. deploy");
    });
});
