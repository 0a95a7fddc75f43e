// Classes found in the fifteenth round (2026-12-06, second session), in other words and values, whole
// and streamed one character at a time.
import * as assert from "node:assert/strict";
import { shownBothWays } from "../support/safetyStream";

const redacted = (text: string, value: string) => {
    const out = shownBothWays(text);
    assert.ok(!out.includes(value), `${text} -> ${out}`);
};
const untouched = (text: string) => assert.equal(shownBothWays(text), text);

describe("outside round 22: a password given to a command as a word", () => {
    it("registry and cloud logins, Windows and web-server accounts, database tools", () => {
        redacted("docker login -u ci-bot -p Hx4#pQ9mWz2 registry.corp.local", "Hx4#pQ9mWz2");
        redacted("podman login quay.io --username me --password 'bN7!rT2kLq8'", "bN7!rT2kLq8");
        redacted('az login -u ops@example.org -p "Fv3#yU8nMc1"', "Fv3#yU8nMc1");
        redacted("net user svc_backup Kp2!wX7zQr /add", "Kp2!wX7zQr");
        redacted("htpasswd -bc /etc/nginx/.htpasswd admin Ty5#gH1jKl", "Ty5#gH1jKl");
        redacted("sqlcmd -S tcp:db,1433 -U sa -P 'Zq8!mN4vBx'", "Zq8!mN4vBx");
        redacted("ldapmodify -x -D cn=admin,dc=corp -w Lr6#tY2uIo -f change.ldif", "Lr6#tY2uIo");
        redacted("rabbitmqctl change_password guest Wm3!kP9sDf", "Wm3!kP9sDf");
    });

    it("the same commands without a password, or with a placeholder, stay untouched", () => {
        untouched("net user svc_backup /delete");
        untouched("net user guest /active:no");
        untouched("docker login -u ci-bot -p <password> registry.corp.local");
        untouched("docker login -u $REGISTRY_USER -p $REGISTRY_PASSWORD");
        untouched("docker run -p 8080:80 -p 8443:443 nginx:1.27");
        untouched("htpasswd -c /etc/nginx/.htpasswd admin");
    });
});

describe("outside round 22: passwords named by the syntax around them", () => {
    it("SQL, server configuration, signing, connection calls, PowerShell, long options", () => {
        redacted("CREATE USER 'report'@'10.%' IDENTIFIED BY 'Nq4!vR8zTk';", "Nq4!vR8zTk");
        redacted("ALTER ROLE etl WITH PASSWORD 'Gm2#xL7pWq';", "Gm2#xL7pWq");
        redacted("# redis.conf\nrequirepass Hz5!kT9mQa", "Hz5!kT9mQa");
        redacted('network={\n    ssid="office"\n    psk="Jr7#wQ2nLm"\n}', "Jr7#wQ2nLm");
        redacted("db.internal:5432:orders:etl:Pv3!mZ8kXs", "Pv3!mZ8kXs");
        redacted("keytool -importcert -keystore app.jks -storepass Tc6#qW1rEy -file ca.pem", "Tc6#qW1rEy");
        redacted("signingConfigs { release { storePassword 'Ls9!xC4vBn' } }", "Ls9!xC4vBn");
        redacted("$pdo = new PDO('pgsql:host=db;dbname=shop', 'shop', 'Wd8#hN3kQz');", "Wd8#hN3kQz");
        redacted("$sec = ConvertTo-SecureString 'Yb2!pM7sRt' -AsPlainText -Force", "Yb2!pM7sRt");
        redacted("0 4 * * * /opt/backup.sh --db-password 'Qe5#tV9wXc' >> /var/log/backup.log", "Qe5#tV9wXc");
        redacted("redis-cli -h cache -a 'Km3!zR8qWp' ping", "Km3!zR8qWp");
        redacted('static let adminPw: String = "Fx6#nB2mLs"', "Fx6#nB2mLs");
        redacted("The admin password is now Rt4!gH8jKl.", "Rt4!gH8jKl");
        redacted("암호를 'Dv7#cX3zAq'(으)로 재설정해 드렸습니다.", "Dv7#cX3zAq");
        redacted('smtp_password: "Admin5507#"', "Admin5507#");
    });

    it("the same syntax without a secret stays untouched", () => {
        untouched("ALTER USER app WITH PASSWORD NULL;");
        untouched("mysqldump --single-transaction --password='$MYSQL_PWD' shop");
        untouched("docker login --password-stdin ghcr.io");
        untouched('let password: String = "abc"');
        untouched("val dbPassword: String = BuildConfig.DB_PASSWORD");
        untouched("Version: 10:20:30:40:50");
        // (Round 106: a weak password given under its name is a password; named as an example it stays.)
        untouched('e.g. admin_password: "admin1234"');
        untouched("$cred = Get-Credential");
    });
});

describe("outside round 22: values in the shapes a fifteenth tester wrote", () => {
    it("a CSV row joined by semicolons, a name ending in a digit syllable, a card group 0082", () => {
        redacted("id;name;rrn;phone\n1;박서영;940320-2785751;010-9023-8421", "010-9023-8421");
        redacted("id;name;rrn;phone\n1;박서영;940320-2785751;010-9023-8421", "940320-2785751");
        redacted("2;김하영;010-5512-3387", "010-5512-3387");
        redacted("카드 4518-7712-0082-3394 로 결제", "4518-7712-0082-3394");
    });

    it("digit words ending before a copula, base64 after a bracketed name, hex after 0x", () => {
        redacted("제 번호는 공일공 사칠이팔 삼삼오육이에요", "삼삼오육");
        redacted("회신 번호 공일공-5523-8891이에요", "5523-8891");
        redacted("payload(b64)=MDEwLTU1MjMtODg5MQ==", "MDEwLTU1MjMtODg5MQ==");
        redacted("DEBUG body=0x3031302d353532332d38383931", "3031302d353532332d38383931");
    });

    it("an e-mail address with its @ glued and its dot spelled, or broken after the @", () => {
        redacted("메일: park.minji@daum dot net", "park.minji");
        redacted("연락처 park.minji＠daum[.]net으로", "park.minji");
        redacted("# owner: parkmj(at)daum 닷 net", "parkmj");
        redacted("이메일: park-minji@\ndaum.net", "park-minji");
        untouched("weights @\ninputs.T");
    });

    it("newer providers' tokens, a lower-case bearer, a SAS signature, a Telegram token in its URL", () => {
        redacted(
            'os.environ["POSTHOG_PERSONAL_API_KEY"] = "phx_Zq8Wm3Kd7Lp2Xv9Ns4Bt6Yr1Hc5Jf0Ga8Ue3Qi7Ow"',
            "phx_Zq8Wm"
        );
        redacted("키 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를 넣었다", "nvapi-Q7z");
        redacted("LANGFUSE_SECRET_KEY=sk-lf-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "sk-lf-1a2b");
        redacted("cargo login cioAb3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv", "cioAb3Cd");
        redacted("authorization: bearer Xa7Kp2Lm9Qw4Rt8Yz3Bn6Vc1Dx5Fg0Hj", "Xa7Kp2Lm");
        redacted(
            "https://acct.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5Yz7%3D",
            "Ab3Cd5Ef"
        );
        redacted("curl https://api.telegram.org/bot7400508293:AAYuw1K9hItqaVC8bRsdkLooo3AI0Kyol2k/getMe", "AAYuw1K9");
        redacted(
            'client = Client("AC3872043a8b29a325bbf56a375a8fb64d", "81b73fba42a15ce00d63819b8fb85e25")',
            "81b73fba"
        );
        untouched("the bearer of this letter is our new team lead");
    });
});

describe("outside round 23 (sixteenth PII tester): commands, SQL, Postman, chat answers; published examples kept", () => {
    it("passwords in commands and SQL the last round did not know", () => {
        redacted("mongosh \"mongodb://db\" -u app -p 'Hk4#rT8wQz'", "Hk4#rT8wQz");
        redacted("htpasswd -b -c .htpasswd ops 'Lm7!xC2vBq'", "Lm7!xC2vBq");
        redacted("SET PASSWORD FOR 'ops'@'%' = 'Vt3#nB9kWs';", "Vt3#nB9kWs");
        redacted("keytool -genkeypair -keystore k.jks -storepass Pq5!zX8cVb -keypass Pq5!zX8cVb", "Pq5!zX8cVb");
        redacted("net use Y: \\\\nas\\backup /user:CORP\\ops Rw6#tG1hJk", "Rw6#tG1hJk");
        redacted(
            "rclone config create b2 b2 account 001122 key Ab3Cd5Ef7Gh secret_access_key Zx9!cV2bNm",
            "Zx9!cV2bNm"
        );
        redacted("curl -u ops:'Qa4$wS7eDr' https://repo.internal/api", "Qa4$wS7eDr");
        redacted('gpg --batch --passphrase "Ty8!uI3oPa" -d secrets.gpg', "Ty8!uI3oPa");
        redacted('ExecStart=/usr/bin/restic backup /srv --password-command "echo Gh2#jK5lZx"', "Gh2#jK5lZx");
        redacted('  SetEnv API_TOKEN "Bn7!mQ4wEr"', "Bn7!mQ4wEr");
    });

    it("a Postman variable, escaped JSON, a chat answer, a login in brackets, a Jenkins token, informal bank names", () => {
        redacted('{\n  "key": "authToken",\n  "value": "Jq8Wm2Kd7Lp3Xv9Ns4Bt6Yr1Hc5Jf0Ga8Ue3Qi7O"\n}', "Jq8Wm2Kd7Lp3");
        redacted('"raw": "{\\"user\\": \\"ops\\", \\"password\\": \\"Kx5#vB8nM2\\"}"', "Kx5#vB8nM2");
        redacted("[10:02] 김하늘: 운영 DB 비번 알려 주세요\n[10:03] 박도윤: Wd3!fR7tYq", "Wd3!fR7tYq");
        redacted("접속 정보(ops / Ux6#iO9pAs)는 위키에 있습니다.", "Ux6#iO9pAs");
        redacted("jenkins-cli -auth ops:11ab34cd56ef7890ab12cd34ef567890ab", "11ab34cd56ef");
        redacted("카뱅 3333-08-1234567 으로 보내 주세요", "1234567");
        redacted("email_b64=a2ltLm1pbmppQGRhdW0ubmV0  # 고객 메일", "a2ltLm1pbmpp");
    });

    it("published documentation keys, a decline test card, ids shaped like an RRN, a cache key stay", () => {
        untouched('stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"  # Stripe 문서 예제 키');
        untouched("토스페이먼츠 문서 키 test_ck_D5GePWvyJnrK0W0k6q8gLzN97Eoq 로 호출합니다.");
        untouched("거절 케이스: 4000000000000002 (card_declined)");
        untouched("로그 파일 batch_990523-2303551.log 확인");
        untouched("cache key: user:profile:v2:409f4adad81b8784");
    });
});

describe("outside round 23: numbers said with place values", () => {
    it("a phone number said in groups with 천, 백 and 십 is read as its digits", () => {
        redacted("회신 번호는 공일공 다시 삼천사백오십육 다시 칠천팔백구십일 입니다.", "삼천사백오십육");
        redacted("대표 번호 공삼일 이백칠십오 팔천사백이십이 로 걸어 주세요.", "팔천사백이십이");
        redacted("휴대폰 영일영-오천육백칠십팔-구천백이십삼", "구천백이십삼");
    });

    it("prices, counts and years said in words stay words", () => {
        untouched("가격은 삼천 원이고 이백 명이 왔다.");
        untouched("이천이십사 년 삼월 십오 일에 배포했습니다.");
        untouched("오백 이십 명이 접속했고 천 이백 건을 처리했다.");
    });
});

describe("outside round 23: escapes in code, a number named in code, a password in backticks", () => {
    it("octal and \\U escapes read as text, a jumin field, a backticked password", () => {
        redacted(
            'const char *m = "\\155\\151\\156\\152\\151\\100\\144\\141\\165\\155\\056\\156\\145\\164";',
            "\\155\\151\\156"
        );
        redacted(
            'mail = "\\U0000006d\\U00000069\\U0000006e\\U0000006a\\U00000069\\U00000040\\U00000064\\U00000061\\U00000075\\U0000006d\\U0000002e\\U0000006e\\U00000065\\U00000074"',
            "\\U0000006d"
        );
        redacted('member.setJumin("9901226258341");', "9901226258341");
        redacted("운영 서버 root 패스워드가 `Zq7#mK2pLx9`로 되어 있네요.", "Zq7#mK2pLx9");
        redacted("서버 공인 IP: 1\\156\\163\\37 입니다.", "163");
    });
});

describe("outside round 24 (seventeenth PII tester): setters, headers, config lines; OIDs and test cards kept", () => {
    it("a password given to a setter or a credential object, a stats auth line, a session cookie, a zip password", () => {
        redacted('cfg.setPassword("Hq4#nT8wLz");', "Hq4#nT8wLz");
        redacted('var c = new NetworkCredential("svc", "Pm7!rV2xKs");', "Pm7!rV2xKs");
        redacted("  stats auth admin:Wt5$kR9pLq", "Wt5$kR9pLq");
        redacted("curl -H 'Cookie: SESSION=cf501a3f106227db79f5bb1689351642; lang=ko' https://x", "cf501a3f1062");
        redacted("zip -P 'Gn3~xB7qWe' report.zip report.xlsx", "Gn3~xB7qWe");
        redacted("[Slack] 김하늘: 임시 패스워드 보내드려요 → Jk8^vN4mQz", "Jk8^vN4mQz");
        redacted("GET /api?serviceKey=itDMD0oXwx2Rq6I2qqH9kEg6tivsL1awF6pcTjuLptMK9x%3D%3D&pageNo=1", "itDMD0oXwx2R");
        redacted("order_id,card,amount\nORD-1,4648 1149 3374 7627,45000", "4648 1149 3374 7627");
    });

    it("an OID and processors' 3DS test cards stay", () => {
        untouched("인증서 확장 OID 2.5.29.29 파싱 로직 추가");
        untouched("3DS 인증 흐름은 4000 0025 0000 3155 카드로 확인할 수 있습니다.");
        untouched("source: 'tok_visa' }); // 4242424242424242");
    });
});

describe("outside round 24: a mail's quoted-printable source, a router's config, login calls, proxy headers", () => {
    it("=40 for @, username … password 0, smtp.login and red:auth, a Cookie or Token set by a proxy", () => {
        redacted("To: park.minji=40daum.net", "park.minji");
        redacted("username ops privilege 15 password 0 Rk4%pL8qZx", "Rk4%pL8qZx");
        redacted("server.login('ops', 'Wq9*xM3vBn')", "Wq9*xM3vBn");
        redacted('local ok = red:auth("Ty6.kP~3mQz")', "Ty6.kP~3mQz");
        redacted('proxy_set_header Cookie "SESSION=7d8395b7ff2d29b039895a32653df79b; lang=ko";', "7d8395b7ff2d");
        redacted('proxy_set_header Authorization "Token 7819c0ab76f276656d67b66cb40d46773ef88714";', "7819c0ab76f2");
        untouched("x=40 이면 y=20 입니다.");
    });
});
