//! The Fluent files of each interface language, embedded in the binary. English is the
//! source: every other language has the same files and the same message ids.

/// Interface languages: a tag and its files (name, Fluent text). The first is English.
pub const LANGUAGES: &[(&str, &[(&str, &str)])] = &[
    (
        "en",
        &[
            ("cli.ftl", include_str!("en/cli.ftl")),
            ("common.ftl", include_str!("en/common.ftl")),
            ("drill.ftl", include_str!("en/drill.ftl")),
            ("plain.ftl", include_str!("en/plain.ftl")),
            ("report.ftl", include_str!("en/report.ftl")),
            ("wizard.ftl", include_str!("en/wizard.ftl")),
        ],
    ),
    (
        "zh-CN",
        &[
            ("cli.ftl", include_str!("zh-CN/cli.ftl")),
            ("common.ftl", include_str!("zh-CN/common.ftl")),
            ("drill.ftl", include_str!("zh-CN/drill.ftl")),
            ("plain.ftl", include_str!("zh-CN/plain.ftl")),
            ("report.ftl", include_str!("zh-CN/report.ftl")),
            ("wizard.ftl", include_str!("zh-CN/wizard.ftl")),
        ],
    ),
];
