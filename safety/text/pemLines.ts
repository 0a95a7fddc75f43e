// What a private key's lines look like, for the segmenter (which keeps a block together) and the
// secret rules (which redact it): one source, so the two never disagree on where a key ends.

/** A diff's, a comment's or a quote's mark before a key's line ("-  MIIE…", "/// b3Bl…", "> …"). */
export const pemLinePrefix = String.raw`(?:[-+>*#;%]|\/{2,3}|--)?[ \t]*`;

/**
 * A key's body without its BEGIN line: DER of an RSA, PKCS#8 or EC key in base64 ("MIIEpAIBAAK…",
 * "MIIEvQIBADAN…", "MHcCAQEE…"), or an OpenSSH key's ("b3BlbnNzaC1rZXktdjE…", "openssh-key-v1").
 */
export const armorlessKeyStart = String.raw`(?<![A-Za-z0-9+/])(?:MII[A-Za-z0-9+/]{3}(?:IBAAK|IBADAN)|MHcCAQEE|MIGHAgEAMBMG|b3BlbnNzaC1rZXktdjE)[A-Za-z0-9+/]{24}`;

/** The END line's closing dashes end before i ("…PRIVATE KEY-----"). */
export const closingDashes = (text: string, i: number) =>
    text.startsWith("-----", i - 5) && !text.startsWith("-----END", i - 8);
