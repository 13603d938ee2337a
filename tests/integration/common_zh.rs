//! Shared interface text in Simplified Chinese (issue 14, item 3): the words that the
//! library's own modules give the front ends — case-fact labels, examples and refusals,
//! the reopen offer, resume notes, store and catalog errors — and the English case
//! summary that a Chinese report exported from the wizard or plain mode carries for
//! Microsoft Support. English stays exactly as it was.

use std::path::{Path, PathBuf};

use crate::common::{fixture, fixture_path, run_piped, tempdir};
use breakglass::catalog::Catalog;
use breakglass::engine::Session;
use breakglass::i18n::with_language;
use breakglass::journal::Journal;
use breakglass::playbook::{Playbook, load_str, translation};
use breakglass::store::{Store, describe};
use breakglass::transcript::{self, FactKind};
use breakglass::tui::app::App;
use breakglass::tui::keymap::Action;
use breakglass::tui::theme::Theme;
use ratatui::layout::Size;

fn has_cjk(s: &str) -> bool {
    s.chars()
        .any(|c| ('\u{3000}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c))
}

#[test]
fn fact_refusals_and_examples_speak_chinese_and_english_is_unchanged() {
    let en = FactKind::Tenant
        .parse("not a domain")
        .unwrap_err()
        .to_string();
    assert_eq!(
        en,
        "that does not look like a tenant ID or primary domain (for example \
         contoso.onmicrosoft.com or 0f1e2d3c-...)"
    );
    let zh = with_language("zh-CN", || {
        FactKind::Tenant
            .parse("not a domain")
            .unwrap_err()
            .to_string()
    });
    assert_eq!(
        zh,
        "这看起来不像租户 ID 或主域（示例：contoso.onmicrosoft.com 或 0f1e2d3c-...）"
    );
    // A value with a secret's shape: refused, and the Chinese says never to type one.
    let secret = FactKind::RequestNumber.parse("123456");
    let secret_zh = with_language("zh-CN", || {
        FactKind::RequestNumber
            .parse("123456")
            .unwrap_err()
            .to_string()
    });
    let secret_en = secret.unwrap_err().to_string();
    assert!(secret_en.starts_with("that does not look like a support request number"));
    assert!(secret_zh.contains("支持请求编号"), "{secret_zh}");
    let e = FactKind::SignIn.parse("pQ7xL2mZ@contoso.com").unwrap_err();
    assert!(e.secret.is_some());
    let en = e.to_string();
    assert!(
        en.ends_with(
            "; never type a password, code, key or token here (a sign-in name is for \
             example admin@contoso.com)"
        ),
        "{en}"
    );
    let zh = with_language("zh-CN", || e.to_string());
    assert!(zh.starts_with("这看起来像机密信息（looks like"), "{zh}");
    assert!(
        zh.ends_with(
            "）；不要在这里输入密码、验证码、密钥或令牌（登录名的示例：admin@contoso.com）"
        ),
        "{zh}"
    );
    // Labels: one message for the form, the `f` prompt and reports.
    assert_eq!(FactKind::CorrelationId.title(), "Correlation ID");
    assert_eq!(
        with_language("zh-CN", || FactKind::CorrelationId.title()),
        "相关 ID"
    );
    assert_eq!(
        with_language("zh-CN", || breakglass::export::text::fact_label(
            FactKind::CorrelationId
        )),
        with_language("zh-CN", || breakglass::tui::view::facts::label(
            FactKind::CorrelationId
        ))
    );
    // The session file's English label is untouched.
    assert_eq!(
        with_language("zh-CN", || FactKind::Tenant.label()),
        "Tenant ID or primary domain"
    );
}

#[test]
fn the_plain_fact_prompt_speaks_chinese() {
    let data = tempdir();
    let small = fixture_path("small.yaml").display().to_string();
    let r = run_piped(
        &["--lang", "zh-CN", "run", "--plain", &small],
        "2\nf\nnot a domain\n\n\n\n\n\n\nq\n",
        &data,
    );
    r.code(0)
        .stdout_has("租户 ID 或主域（")
        .stdout_has("contoso.onmicrosoft.com 或 0f1e2d3c-...")
        .stdout_has("这看起来不像租户 ID 或主域");
    assert!(
        !r.stdout.contains("Tenant ID or primary domain"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("does not look like"), "{}", r.stdout);
}

#[test]
fn the_reopen_offer_speaks_chinese() {
    let data = tempdir();
    let small = fixture_path("small.yaml").display().to_string();
    run_piped(&["run", "--plain", &small], "2\nq\n", &data).code(0);
    let pb = fixture("small.yaml");
    let (sessions, _) = Store::at(&data).list();
    let en = transcript::reopen::open_work(&sessions[0], &pb).unwrap();
    assert!(
        en.starts_with("You were waiting on Microsoft Support (last changed "),
        "{en}"
    );
    assert!(
        en.ends_with(
            ": add the case number, tick what you did (0 of 1 item(s) ticked). Reopen it?"
        ),
        "{en}"
    );
    let zh = with_language("zh-CN", || {
        transcript::reopen::open_work(&sessions[0], &pb).unwrap()
    });
    assert!(
        zh.starts_with("你之前在等待 Microsoft 支持部门（上次更改："),
        "{zh}"
    );
    assert!(
        zh.ends_with("：添加支持案例编号、勾选你已完成的事项（已勾选 0/1 项）。要重新打开吗？"),
        "{zh}"
    );
}

#[test]
fn the_resume_note_speaks_chinese_and_the_file_keeps_english() {
    let (_, t, changed) = crate::sessions::small_answered_then_changed();
    let changed = load_str(&changed).unwrap().playbook;
    let r = with_language("zh-CN", || transcript::resume(&t, changed.clone()));
    let note = r.note.unwrap();
    assert_eq!(
        note,
        "此会话之后 playbook 已更改（当时版本 1，现在 2）：2 个回答中有 1 个仍然适用；\
         已停在“Second?”，因为回答 `q2=up` 不再适用。"
    );
    let english = r.note_english.unwrap();
    assert_eq!(
        english,
        "The playbook changed since this session (version 1 then, 2 now): 1 of 2 answers \
         still fit; stopped at \"Second?\" because the answer `q2=up` no longer does."
    );
    assert_eq!(transcript::resume(&t, changed).note, Some(english));
}

#[test]
fn store_and_catalog_errors_speak_chinese() {
    let data = tempdir();
    let store = Store::at(&data);
    let missing = store.load("nope-123").unwrap_err();
    assert_eq!(missing.to_string(), "no saved session is called `nope-123`");
    assert_eq!(
        with_language("zh-CN", || missing.to_string()),
        "没有名为 `nope-123` 的已保存会话"
    );
    // A file in the sessions folder that is not a session.
    std::fs::create_dir_all(data.join("sessions")).unwrap();
    std::fs::write(data.join("sessions").join("broken-1.json"), "{").unwrap();
    let broken = store.load("broken-1").unwrap_err();
    let en = broken.to_string();
    assert!(en.contains("is not a breakglass session: "), "{en}");
    let zh = with_language("zh-CN", || broken.to_string());
    assert!(zh.contains("不是 breakglass 会话："), "{zh}");
    // A folder with a session's name.
    std::fs::create_dir_all(data.join("sessions").join("odd-1.json")).unwrap();
    let odd = store.load("odd-1").unwrap_err();
    assert!(
        odd.to_string().ends_with(
            "it is a folder, not a file breakglass wrote; move it out of that folder or delete it"
        ),
        "{odd}"
    );
    let zh = with_language("zh-CN", || odd.to_string());
    assert!(
        zh.contains("它是文件夹，不是 breakglass 写入的文件"),
        "{zh}"
    );
    // Why a save failed.
    assert_eq!(
        describe(std::io::ErrorKind::StorageFull),
        "the disk is full"
    );
    assert_eq!(
        with_language("zh-CN", || describe(std::io::ErrorKind::StorageFull)),
        "磁盘已满"
    );
    // Unknown playbook and drill.
    let catalog = Catalog::builtin_only();
    let e = catalog.open(Some("no-such-playbook")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "no playbook is called `no-such-playbook` and there is no file at that path"
    );
    assert_eq!(
        with_language("zh-CN", || e.to_string()),
        "没有名为 `no-such-playbook` 的 playbook，该路径下也没有文件"
    );
}

/// The fixture playbook in English and with its zh-CN translation applied.
fn english_and_chinese() -> (Playbook, Playbook) {
    let text = std::fs::read_to_string(fixture_path("i18n/support-call.yaml")).unwrap();
    let en = load_str(&text).unwrap().playbook;
    let mut zh = en.clone();
    let tr = std::fs::read_to_string(fixture_path("i18n/support-call.zh-CN.yaml")).unwrap();
    let t = translation::check(&zh, &tr, Some("zh-CN"));
    assert!(t.diagnostics.is_empty(), "{:?}", t.diagnostics);
    translation::apply(&mut zh, &t);
    (en, zh)
}

/// The only report written under `data`.
fn the_report(data: &Path) -> String {
    let reports: Vec<PathBuf> = std::fs::read_dir(data.join("reports"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    assert_eq!(reports.len(), 1, "{reports:?}");
    std::fs::read_to_string(&reports[0]).unwrap()
}

/// The case summary blocks of a Markdown report: in its language, then in English.
fn summaries(report: &str) -> Vec<String> {
    report
        .split("```text\n")
        .skip(1)
        .map(|b| b.split("```").next().unwrap_or_default().to_string())
        .collect()
}

fn assert_english_summary(report: &str) {
    let blocks = summaries(report);
    assert_eq!(blocks.len(), 2, "{report}");
    assert!(has_cjk(&blocks[0]), "{report}");
    assert!(
        blocks[1].starts_with("Case summary (breakglass, session "),
        "{report}"
    );
    assert!(!has_cjk(&blocks[1]), "the English summary: {}", blocks[1]);
}

#[test]
fn a_chinese_report_exported_from_the_wizard_has_an_english_case_summary() {
    let (en, zh) = english_and_chinese();
    let data = tempdir();
    with_language("zh-CN", || {
        let journal = Journal::start(
            &zh,
            Some(Store::at(&data)),
            Box::new(transcript::SystemClock),
        );
        let mut app = App::new(
            Session::new(zh.clone()),
            Theme::new(true),
            Size::new(80, 24),
        )
        .with_journal(journal)
        .with_english(en.clone());
        app.apply(Action::Pick(0));
        assert!(app.session().outcome().is_some());
        app.apply(Action::Export);
    });
    assert_english_summary(&the_report(&data));
}

#[test]
fn a_chinese_report_exported_from_plain_mode_has_an_english_case_summary() {
    let (_, data) = crate::report_zh::plain_support_call_in_chinese("1\ne\nq\n");
    assert_english_summary(&the_report(&data));
}

#[test]
fn validate_stats_on_a_translation_says_statistics_are_for_playbooks() {
    let translation = format!(
        "{}/playbooks/entra-mfa-lockout.zh-CN.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    let r = crate::common::run(&["validate", "--stats", &translation]);
    r.code(0).stdout_has(
        "  no statistics: statistics are for playbooks, not translation files (run \
         `validate --stats` on the playbook)\n",
    );
    assert!(
        !r.stdout.contains("the playbook has errors"),
        "{}",
        r.stdout
    );
    let r = crate::common::run(&["--lang", "zh-CN", "validate", "--stats", &translation]);
    r.code(0)
        .stdout_has("  没有统计信息：统计信息只适用于 playbook，不适用于翻译文件");
    assert!(!r.stdout.contains("playbook 有错误"), "{}", r.stdout);
}
