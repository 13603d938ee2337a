//! `walk` and `report` in Simplified Chinese (issue 14, items 3 and 4), through the real
//! binary: the interface's own words (headings, labels, the case summary) in Chinese, the
//! script for Microsoft Support in English under the Chinese one, the same path code in
//! every language, and a zh-CN session reported in Chinese by default and in English on
//! request. The built-in playbook's own text may still be English; the wording checks
//! that need translated playbook text use the fixture `i18n/support-call`.

use std::path::{Path, PathBuf};

use crate::common::{FOUNDING, fixture_path, run, run_piped, tempdir};
use crate::i18n::path_code;

fn walk(lang: &str, format: &str) -> String {
    let mut args = vec!["--lang", lang, "walk", "--format", format];
    for a in FOUNDING {
        args.extend(["-a", a]);
    }
    let r = run(&args);
    r.code(0);
    r.stdout.clone()
}

fn has_cjk(s: &str) -> bool {
    s.chars()
        .any(|c| ('\u{3000}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c))
}

/// Where `needle` is in `hay`, failing the test when it is not.
fn at(hay: &str, needle: &str) -> usize {
    hay.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in:\n{hay}"))
}

/// The lines of the first script (`| ...`) after `label` in a text walk.
fn script_after(out: &str, label: &str) -> Vec<String> {
    out[at(out, label)..]
        .lines()
        .skip(1)
        .skip_while(|l| !l.trim_start().starts_with("| "))
        .take_while(|l| l.trim_start().starts_with("| "))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_founding_walk_in_chinese_text_has_chinese_headings_the_english_script_and_the_same_code() {
    let en = walk("en", "text");
    let zh = walk("zh-CN", "text");
    for heading in ["\n步骤\n", "\n提前准备\n", "\n预期情况\n", "\n来源\n"] {
        at(&zh, heading);
    }
    at(&zh, "你告诉 breakglass 的情况\n");
    at(&zh, "▲ 上报给 Microsoft 支持部门：");
    for english in [
        "\nSteps\n",
        "Say this:",
        "\nHave ready\n",
        "Path code:",
        "Who acts:",
    ] {
        assert!(!zh.contains(english), "{english:?} in:\n{zh}");
    }
    // The script in English, word for word as the English walk prints it, under the
    // Chinese heading (and, once the playbook is translated, under the Chinese script).
    let script = script_after(&en, "Say this:");
    assert!(script.len() > 3, "{en}");
    let tail = &zh[at(&zh, "要说的话：")..];
    let first = at(tail, &script[0]);
    assert!(
        tail[first..].contains(&script.join("\n")),
        "the English script under 要说的话：\n{tail}"
    );
    let code = path_code(&en).unwrap();
    assert_eq!(path_code(&zh).as_deref(), Some(code.as_str()));
    at(&zh, &format!("\n路径代码：{code}\n"));
}

#[test]
fn the_founding_walk_in_chinese_markdown_has_chinese_headings_the_english_script_and_the_same_code()
{
    let en = walk("en", "md");
    let zh = walk("zh-CN", "md");
    assert!(zh.starts_with("# 该怎么做："), "{zh}");
    for heading in [
        "\n## 我们是怎么走到这里的\n",
        "\n## 你告诉 breakglass 的情况\n",
        "\n## 结果：",
        "\n### 步骤\n",
        "\n### 提前准备\n",
        "\n### 来源\n",
        "**▲ 上报给 Microsoft 支持部门**",
    ] {
        at(&zh, heading);
    }
    for line in zh.lines().filter(|l| l.starts_with('#')) {
        assert!(
            ![
                "How we got here",
                "Steps",
                "Have ready",
                "Sources",
                "Outcome:"
            ]
            .iter()
            .any(|w| line.contains(w)),
            "an English heading: {line}"
        );
    }
    let script = en[at(&en, "> **Say this:** ")..]
        .lines()
        .next()
        .unwrap()
        .trim_start_matches("> **Say this:** ")
        .to_string();
    let tail = &zh[at(&zh, "> **要说的话：**")..];
    at(tail, &script);
    let code = |md: &str| {
        let from = at(md, "`breakglass --at ") + "`breakglass --at ".len();
        md[from..].split('`').next().unwrap().to_string()
    };
    assert_eq!(code(&zh), code(&en));
    at(&zh, &format!("路径代码 `{}`", code(&en)));
}

/// Every key of a JSON value, as paths (`outcome.steps.say`), arrays by their first item.
fn keys(v: &serde_json::Value, path: &str, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                let p = format!("{path}.{k}");
                out.push(p.clone());
                keys(v, &p, out);
            }
        }
        serde_json::Value::Array(a) => {
            if let Some(v) = a.first() {
                keys(v, path, out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_founding_walk_in_chinese_json_keeps_english_keys_ids_and_code() {
    let en: serde_json::Value = serde_json::from_str(&walk("en", "json")).unwrap();
    let zh: serde_json::Value = serde_json::from_str(&walk("zh-CN", "json")).unwrap();
    let (mut ek, mut zk) = (Vec::new(), Vec::new());
    keys(&en, "", &mut ek);
    keys(&zh, "", &mut zk);
    assert_eq!(ek, zk);
    assert!(!zk.iter().any(|k| has_cjk(k)));
    for k in ["format", "status", "code", "facts", "unused_answers"] {
        assert_eq!(en[k], zh[k], "{k}");
    }
    // The same answers, by id; their labels are in each language.
    let ids = |v: &serde_json::Value| {
        v["path"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| (s["node"].clone(), s["option"].clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&en), ids(&zh));
    assert_eq!(zh["path"][0]["question"], "以下哪一项符合你的情况？");
    assert_eq!(zh["outcome"]["kind"], "escalate");
    assert_eq!(en["outcome"]["kind_label"], "Escalate to Microsoft Support");
    assert_eq!(zh["outcome"]["kind_label"], "上报给 Microsoft 支持部门");
}

#[test]
fn a_translated_script_is_shown_in_chinese_then_in_english_with_a_bilingual_heading() {
    let pb = fixture_path("i18n/support-call.yaml");
    let pb = pb.to_str().unwrap();
    let text = run(&["--lang", "zh-CN", "walk", pb, "-a", "role=admin"]);
    text.code(0).stdout_has(
        "     要说的话：\n\
         \x20    | 我是唯一的全局管理员，我因多重身份验证而无法登录。\n\
         \x20    英文原文（对方读英文时使用）：\n\
         \x20    The same in English:\n\
         \x20    | I am the only Global Administrator and I am locked out by multifactor\n",
    );
    let md = run(&[
        "--lang",
        "zh-CN",
        "walk",
        pb,
        "-a",
        "role=admin",
        "--format",
        "md",
    ]);
    md.code(0).stdout_has(
        "   > **要说的话：**我是唯一的全局管理员，我因多重身份验证而无法登录。\n\n\
         \x20  > **英文原文（对方读英文时使用）：**\n\
         \x20  >\n\
         \x20  > **The same in English:** I am the only Global Administrator",
    );
    let json = run(&["--lang", "zh-CN", "walk", pb, "-a", "role=admin", "--json"]).json();
    let step = &json["outcome"]["steps"][0];
    assert_eq!(
        step["say"],
        "我是唯一的全局管理员，我因多重身份验证而无法登录。"
    );
    assert_eq!(
        step["say_english"],
        "I am the only Global Administrator and I am locked out by multifactor authentication."
    );
    // In English there is no second script, and no `say_english` key.
    let en = run(&["--lang", "en", "walk", pb, "-a", "role=admin", "--json"]).json();
    assert!(en["outcome"]["steps"][0].get("say_english").is_none());
}

/// A config folder with the fixture playbook and its translation installed, and a data
/// folder holding one zh-CN session (plain mode, to the escalation outcome). Returns
/// (config, data, session id).
/// The fixture playbook and its zh-CN translation installed in a new config directory,
/// walked in plain mode in Chinese with `input` typed: the config and data directories.
pub(crate) fn plain_support_call_in_chinese(input: &str) -> (PathBuf, PathBuf) {
    let config = tempdir();
    let playbooks = config.join("playbooks");
    std::fs::create_dir_all(&playbooks).unwrap();
    for f in ["i18n/support-call.yaml", "i18n/support-call.zh-CN.yaml"] {
        let name = Path::new(f).file_name().unwrap();
        std::fs::copy(fixture_path(f), playbooks.join(name)).unwrap();
    }
    let data = tempdir();
    let cfg = config.display().to_string();
    let args = [
        "--config-dir",
        &cfg,
        "--lang",
        "zh-CN",
        "--plain",
        "run",
        "support-call",
    ];
    run_piped(&args, input, &data).code(0);
    (config, data)
}

fn chinese_session() -> (PathBuf, PathBuf, String) {
    let (config, data) = plain_support_call_in_chinese("1\nq\n");
    let session = std::fs::read_dir(data.join("sessions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    let id = session.file_stem().unwrap().to_str().unwrap().to_string();
    (config, data, id)
}

fn report(config: &Path, data: &Path, id: &str, extra: &[&str]) -> String {
    let cfg = config.display().to_string();
    let mut args = vec!["--config-dir", &cfg, "report", id];
    args.extend(extra);
    let r = run_piped(&args, "", data);
    r.code(0);
    r.stdout.clone()
}

#[test]
fn a_chinese_session_reports_in_chinese_by_default_and_entirely_in_english_on_request() {
    let (config, data, id) = chinese_session();
    let zh = report(&config, &data, &id, &[]);
    assert!(zh.starts_with("# breakglass 会话报告\n"), "{zh}");
    for part in [
        "\n## 给 Microsoft 支持部门的案例摘要\n",
        "请念出这段内容，或把它粘贴到支持请求中。",
        "案例摘要（breakglass，会话 ",
        "问题：从另一个租户致电 Microsoft 支持\n",
        "\n## 你告诉 breakglass 的情况\n",
        "\n## 问题和答案\n\n| 时间 (UTC) | 问题 | 答案 |\n",
        "\n## 结果：从另一个租户致电 Microsoft 支持\n",
        "\n### 步骤\n",
        "路径代码 `",
    ] {
        at(&zh, part);
    }
    // Dates and times stay ISO.
    let situation = zh.lines().nth(2).unwrap();
    assert!(situation.contains(" UTC，"), "{situation}");
    assert!(
        situation.as_bytes()[..4].iter().all(u8::is_ascii_digit),
        "{situation}"
    );
    // The case summary for Microsoft Support: in Chinese, then the same in English,
    // with the playbook's English wording.
    let chinese = at(&zh, "案例摘要（breakglass，会话 ");
    let english = at(&zh, "Case summary (breakglass, session ");
    assert!(chinese < english);
    let summary = &zh[english..at(&zh[english..], "```").saturating_add(english)];
    assert!(!has_cjk(summary), "{summary}");
    for line in [
        "Problem: Call Microsoft Support from another tenant\n",
        "Are you the only Global Administrator of the tenant?: Yes, I am the only one\n",
        "Who is locked out: (not given)\n",
    ] {
        at(summary, line);
    }

    let en = report(&config, &data, &id, &["--lang", "en"]);
    assert!(en.starts_with("# breakglass session report\n"), "{en}");
    // Every interface word is English, and so is the playbook's text: no CJK at all.
    assert!(!has_cjk(&en), "{en}");
    for heading in en.lines().filter(|l| l.starts_with('#')) {
        assert!(!has_cjk(heading), "{heading}");
    }
    at(&en, "\n## Case summary for Microsoft Support\n");
    at(&en, "\n| Time (UTC) | Question | Answer |\n");
    // One summary only: it is already in English.
    assert_eq!(en.matches("Case summary (breakglass, session").count(), 1);
}

#[test]
fn the_json_report_of_a_chinese_session_adds_the_english_case_summary() {
    let (config, data, id) = chinese_session();
    let zh: serde_json::Value =
        serde_json::from_str(&report(&config, &data, &id, &["--format", "json"])).unwrap();
    let summary = zh["case_summary"].as_str().unwrap();
    assert!(
        summary.starts_with("案例摘要（breakglass，会话 "),
        "{summary}"
    );
    let english = zh["case_summary_english"].as_str().unwrap();
    assert!(
        english.starts_with("Case summary (breakglass, session "),
        "{english}"
    );
    assert!(!has_cjk(english), "{english}");
    assert_eq!(zh["outcome"]["kind_label"], "上报给 Microsoft 支持部门");
    let en: serde_json::Value = serde_json::from_str(&report(
        &config,
        &data,
        &id,
        &["--format", "json", "--lang", "en"],
    ))
    .unwrap();
    assert!(en.get("case_summary_english").is_none());
    assert_eq!(en["case_summary"].as_str(), Some(english));
    assert_eq!(en["code"], zh["code"]);
}

#[test]
fn without_its_playbook_a_chinese_session_still_reports_in_its_language() {
    let (_, data, id) = chinese_session();
    // Another config folder: the playbook is not installed there.
    let elsewhere = tempdir();
    let cfg = elsewhere.display().to_string();
    let zh = run_piped(&["--config-dir", &cfg, "report", &id], "", &data);
    zh.code(0);
    assert!(zh.stdout.starts_with("# 会话报告："), "{}", zh.stdout);
    at(&zh.stdout, "（仅根据会话文件）");
    at(&zh.stdout, "\n## 答案\n\n| 时间 (UTC) | 问题 | 答案 |\n");
    at(&zh.stdout, "| `role` | `admin` |");
    let en = run_piped(
        &["--config-dir", &cfg, "--lang", "en", "report", &id],
        "",
        &data,
    );
    en.code(0);
    assert!(en.stdout.starts_with("# Session report: "), "{}", en.stdout);
    at(
        &en.stdout,
        "\n## Answers\n\n| Time (UTC) | Question | Answer |\n",
    );
    // The title the session stamped stays as recorded (here, Chinese); the rest is English.
    let rest: String = en.stdout.lines().skip(1).collect::<Vec<_>>().join("\n");
    assert!(!has_cjk(&rest), "{rest}");
}

#[test]
fn walk_errors_stats_and_graph_labels_speak_chinese_and_keep_ids() {
    let r = run(&["--lang", "zh-CN", "walk", "-a", "which-servce=azure-admin"]);
    r.code(2)
        .stderr_has("没有名为 `which-servce` 的节点（你是不是想输入 `which-service`？）")
        .stderr_has("which-service, ");
    run(&["--lang", "zh-CN", "walk", "-a", "oops"])
        .code(2)
        .stderr_has("`oops` 不是答案；请写成 NODE=OPTION");
    run(&["--lang", "zh-CN", "walk", "-a", "which-service=azure-admin"])
        .code(3)
        .stdout_has("\n问题：")
        .stdout_has("\n选项：\n")
        .stdout_has("请添加 --answer symptom=<option> 继续。");
    let pb = fixture_path("i18n/support-call.yaml");
    let pb = pb.to_str().unwrap();
    run(&["--lang", "zh-CN", "validate", "--stats", pb])
        .code(0)
        .stdout_has("  3 个节点：1 个问题（2 个选项），2 个结果")
        .stdout_has("  各类结果：ask-admin 1, escalate 1");
    run(&["--lang", "zh-CN", "graph", pb])
        .code(0)
        .stdout_has("[[\"↻ 有管理员权限的人可以解决：请另一位管理员重置你的验证方法\"]]");
    run(&["--lang", "en", "graph", pb])
        .code(0)
        .stdout_has("[[\"↻ Someone with admin rights can fix this: Ask the other administrator");
}
