//! Plain mode and the command line in Simplified Chinese, through the real binary: the
//! prompts, headings and summary of a plain walk, `status`, `list`, `sessions`, `validate`
//! and error messages, chosen by `--lang zh-CN`, by `BREAKGLASS_LANG` and by the locale
//! (`LANG=zh_CN.UTF-8`); English stays English. The assertions hold whether or not the
//! built-in playbook has a Chinese translation of its own text: they look only at the
//! interface's words around it.

use std::path::Path;

use unicode_width::UnicodeWidthStr;

use crate::common::{Run, builtin_playbook, tempdir};

/// The founding case typed as option numbers (see `plain.rs`).
const FOUNDING: &str = "1\n1\n1\n2\n2\n3\n5\n1\n";

/// Runs the binary with `args`, `input` piped in, the data directory `data`, an empty
/// config directory, no language from the caller's environment, and `env` set.
fn run_env(args: &[&str], input: &str, data: &Path, env: &[(&str, &str)]) -> Run {
    crate::common::run_piped_env(args, input, data, env)
}

/// `args` after `--lang zh-CN`.
fn zh(args: &[&str], input: &str, data: &Path) -> Run {
    let mut all = vec!["--lang", "zh-CN"];
    all.extend_from_slice(args);
    run_env(&all, input, data, &[])
}

/// The display column where `needle` starts in `line` (a Chinese character is two).
fn column_of(line: &str, needle: &str) -> usize {
    let at = line
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {line:?}"));
    line[..at].width()
}

#[test]
fn plain_mode_walks_the_founding_case_in_chinese() {
    let data = tempdir();
    let r = zh(&["--plain"], FOUNDING, &data);
    r.code(0)
        // The question and its prompt.
        .stdout_has("第 1 个问题。还剩 2 到 11 个问题。\n")
        .stdout_has("第 8 个问题。还剩 1 个问题。\n")
        .stdout_has("输入 ? 了解为什么问这个问题以及如何判断。\n")
        .stdout_has("输入 1 到 8 作答，或 b 返回，r 重新开始，? 帮助，q 退出： ")
        .stdout_has("路径代码：")
        // The outcome's headings.
        .stdout_has("结果：上报给 Microsoft 支持部门。\n")
        // A source's kind, in Chinese, after its (English) title.
        .stdout_has("，Microsoft 文档。\n")
        .stdout_has("步骤，共 ")
        .stdout_has("第 1 步。")
        .stdout_has("  要说的话：")
        .stdout_has("提前准备：\n")
        .stdout_has("第 1 项，未完成：")
        .stdout_has("来源：\n来源 1：")
        .stdout_has("这条路径到此结束。")
        .stdout_has("协助你的人可以用以下命令打开这个位置：breakglass --at ")
        // The summary after the walk.
        .stdout_has("你已到达：")
        .stdout_has("会话已保存为 ")
        .stdout_has("继续：breakglass --resume ")
        .stdout_has("要以文本形式输出，请运行：breakglass walk --answer which-service=");
    for english in [
        "Question 1.",
        "Outcome:",
        "Steps, ",
        "Answer 1 to",
        "Session saved as",
        "You reached:",
    ] {
        assert!(
            !r.stdout.contains(english),
            "English {english:?} left in:\n{}",
            r.stdout
        );
    }
    for c in r.stdout.chars() {
        assert!(c == '\n' || !c.is_control(), "control character {c:?}");
    }
}

#[test]
fn plain_mode_commands_answer_in_chinese() {
    let data = tempdir();
    // A wrong answer, help, back at the first question, then one answer and the end of
    // input before an outcome.
    let r = zh(&["--plain"], "x\n99\n?\nb\n1\n", &data);
    r.code(3)
        .stdout_has("无法理解“x”。请输入 1 到 8 之间的数字，或 b、r、?、q。")
        .stdout_has("没有答案 99。请输入 1 到 8 之间的数字。")
        .stdout_has("为什么问这个问题，以及如何判断：\n")
        .stdout_has("命令：数字选择对应的答案；")
        .stdout_has("这是第一个问题，无法再返回。")
        .stdout_has("输入在得出结果前结束。停在：")
        .stdout_has("你停在：");
    // At an outcome: the sections, a step again, ticking an item, quitting.
    let r = zh(
        &["--plain"],
        &format!("{FOUNDING}l\ns 1\ns 99\nt 1\nq\n"),
        &data,
    );
    r.code(0)
        .stdout_has("这个结果共有 ")
        .stdout_has(" 个章节：\n1. 摘要。\n2. 步骤，共 ")
        .stdout_has("输入 s 加编号再听一遍该步骤，或输入 a 再听一遍整页。")
        .stdout_has("没有第 99 步：这个结果共有 ")
        .stdout_has("已勾选第 1 项。")
        .stdout_has("正在退出。");
}

#[test]
fn status_speaks_chinese() {
    let data = tempdir();
    let r = zh(&["status"], "", &data);
    r.code(0)
        .stdout_has("演练就绪状态（")
        .stdout_has("从未运行；")
        .stdout_has("运行演练：breakglass drill run ID")
        .stdout_has("审核：没有记录。");
    // The state column lines up the drill ids whatever the width of the state's words.
    let rows: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.contains("从未运行"))
        .collect();
    assert!(rows.len() > 1, "{}", r.stdout);
    let ids = ["emergency-access-validation", "founding-case"];
    let cols: Vec<usize> = rows
        .iter()
        .filter_map(|l| {
            ids.iter()
                .find(|id| l.contains(*id))
                .map(|id| column_of(l, id))
        })
        .collect();
    assert_eq!(cols.len(), 2, "{}", r.stdout);
    assert_eq!(cols[0], cols[1], "drill ids do not line up:\n{}", r.stdout);
}

#[test]
fn list_speaks_chinese_and_names_the_interface_languages() {
    let data = tempdir();
    let r = zh(&["list"], "", &data);
    r.code(0)
        .stdout_has("版本")
        .stdout_has("审阅日期")
        .stdout_has("标题\n")
        .stdout_has("你的 playbook 读取自 ")
        .stdout_has("界面语言：English (en), 简体中文 (zh-CN)（用 --lang 选择）。");
    let lines: Vec<&str> = r.stdout.lines().collect();
    let row = lines
        .iter()
        .find(|l| l.starts_with("entra-mfa-lockout "))
        .unwrap();
    // Each heading starts where its column starts, counted in display columns.
    let version = row.split_whitespace().nth(1).unwrap();
    let reviewed = row.split_whitespace().nth(2).unwrap();
    assert_eq!(column_of(lines[0], "版本"), column_of(row, version));
    assert_eq!(column_of(lines[0], "审阅日期"), column_of(row, reviewed));
    assert_eq!(column_of(lines[0], "来源"), column_of(row, "built-in"));
    // English says the same, in English.
    run_env(&["list"], "", &data, &[])
        .code(0)
        .stdout_has("ID                 VERSION    REVIEWED    FROM      TITLE\n")
        .stdout_has("Interface languages: English (en), 简体中文 (zh-CN) (choose with --lang).");
}

#[test]
fn sessions_speak_chinese() {
    let data = tempdir();
    zh(&["sessions"], "", &data)
        .code(0)
        .stdout_has(" 中没有已保存的会话。");
    zh(&["--plain"], "1\n", &data).code(3);
    zh(&["--plain"], FOUNDING, &data).code(0);
    let r = zh(&["sessions"], "", &data);
    r.code(0)
        .stdout_has("开始时间 (UTC)")
        .stdout_has("停在何处\n")
        .stdout_has("未完成，停在：")
        .stdout_has("结果：")
        .stdout_has(" 分钟  ")
        .stdout_has("用 `breakglass --resume ID` 继续某个会话");
    let lines: Vec<&str> = r.stdout.lines().collect();
    let row = lines[1];
    let started = row.split_whitespace().nth(1).unwrap();
    assert_eq!(column_of(lines[0], "开始时间"), column_of(row, started));
    assert_eq!(
        column_of(lines[0], "PLAYBOOK"),
        column_of(row, "entra-mfa-lockout")
    );
    // The age is right-aligned under its heading.
    let age_end = column_of(lines[0], "距今") + "时长".width();
    let minutes = column_of(row, " 分钟") + " 分钟".width();
    assert_eq!(age_end, minutes, "{}", r.stdout);
    zh(&["sessions", "--older-than", "30"], "", &data)
        .code(0)
        .stdout_has("已删除 0 个最后修改于 30 天以前的会话。");
}

#[test]
fn errors_speak_chinese() {
    let data = tempdir();
    zh(&["--resume", "no-such-session"], "", &data)
        .code(2)
        .stderr_has("breakglass: 没有 ID 为 `no-such-session` 的已保存会话\n")
        .stderr_has("breakglass: `breakglass sessions` 会列出已保存的会话。\n");
    zh(&["sessions", "--delete", "no-such-session"], "", &data)
        .code(2)
        .stderr_has("没有 ID 为 `no-such-session` 的已保存会话");
    zh(&["--plain", "run", "no-such-playbook"], "", &data)
        .code(2)
        .stderr_has("breakglass: 没有名为 `no-such-playbook` 的 playbook，该路径下也没有文件。")
        .stderr_has("可用的 playbook：entra-mfa-lockout。");
    zh(&["--plain", "--at", "ZZZZ"], "", &data).code(2);
    // English: the same errors, word for word as before.
    run_env(&["--resume", "no-such-session"], "", &data, &[])
        .code(2)
        .stderr_has("breakglass: no saved session is called `no-such-session`\n");
}

#[test]
fn validate_says_its_summary_in_chinese() {
    let data = tempdir();
    zh(&["validate"], "", &data)
        .code(0)
        .stdout_has("entra-mfa-lockout.yaml (built in)：可用\n")
        .stdout_has("个文件：全部可用。\n");
    run_env(&["validate"], "", &data, &[])
        .code(0)
        .stdout_has("entra-mfa-lockout.yaml (built in): ok\n")
        .stdout_has(" files: all can be used.\n");
}

#[test]
fn the_environment_chooses_chinese_too() {
    let data = tempdir();
    for env in [
        [("BREAKGLASS_LANG", "zh-CN")],
        [("LANG", "zh_CN.UTF-8")],
        [("LC_ALL", "zh_CN.UTF-8")],
    ] {
        let r = run_env(&["status"], "", &data, &env);
        r.code(0).stdout_has("演练就绪状态");
        run_env(&["--plain"], "1\n", &data, &env)
            .code(3)
            .stdout_has("第 1 个问题。");
    }
    // The flag wins over the environment, and English is the default.
    run_env(
        &["--lang", "en", "status"],
        "",
        &data,
        &[("BREAKGLASS_LANG", "zh-CN")],
    )
    .code(0)
    .stdout_has("Drill readiness on ");
    run_env(&["status"], "", &data, &[("LANG", "C")])
        .code(0)
        .stdout_has("Drill readiness on ");
    run_env(&["--plain"], "1\n", &data, &[])
        .code(3)
        .stdout_has("Question 1. 2 to 11 questions left.");
}

#[test]
fn translate_reads_lang_as_the_target_not_the_interface() {
    let dir = tempdir();
    let pb = dir.join("support-call.yaml");
    std::fs::copy(crate::common::fixture_path("i18n/support-call.yaml"), &pb).unwrap();
    let pb_s = pb.display().to_string();
    // `--lang zh-CN` is the language translated into; the interface follows the locale.
    run_env(&["--lang", "zh-CN", "translate", &pb_s], "", &dir, &[])
        .code(0)
        .stdout_has("Wrote ");
    run_env(
        &["--lang", "zh-CN", "translate", &pb_s],
        "",
        &dir,
        &[("LANG", "zh_CN.UTF-8")],
    )
    .code(0)
    .stdout_has("已更新 ")
    .stdout_has("zh-CN：0/25 条字符串，0 条已过时，25 条待翻译");
}

#[test]
fn plain_mode_in_chinese_fits_a_narrow_terminal() {
    // Wrapped as on a terminal 24 to 47 columns wide: every line fits (a web address is
    // never split, so it may stand alone on a longer line), and the Chinese survives.
    // Prompts and path codes are written whole, as in English.
    for width in [24, 33, 47] {
        let out = breakglass::i18n::with_language("zh-CN", || {
            let start = breakglass::plain::Start {
                width: Some(width),
                ..Default::default()
            };
            let session = breakglass::engine::Session::new(builtin_playbook());
            let mut out = Vec::new();
            let input = format!("{FOUNDING}?\nl\n");
            breakglass::plain::run(session, start, input.as_bytes(), &mut out).unwrap();
            String::from_utf8(out).unwrap()
        });
        let flat = out.replace('\n', "");
        assert!(flat.contains("结果：上报给"), "{out}");
        assert!(flat.contains("这个结果共有"), "{out}");
        for line in out.lines() {
            // Prompts are not wrapped: a reader hears them whole.
            if line.contains("http") || line.contains('：') && line.ends_with('：') {
                continue;
            }
            // Nor is a path code line: the code must stay whole to be read out.
            if line.starts_with("输入")
                || line.starts_with("这条路径")
                || line.starts_with("路径代码")
            {
                continue;
            }
            assert!(
                line.width() <= width,
                "{line:?} is {} columns, wider than {width}",
                line.width()
            );
        }
    }
}
