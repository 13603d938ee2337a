//! Choosing the language of a playbook's text: `--lang`, then `BREAKGLASS_LANG`, then the
//! system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), then English.

/// English, the source language.
pub const ENGLISH: &str = "en";

/// The language to use, given the `--lang` flag and a way to read environment variables.
pub fn choose(flag: Option<&str>, var: impl Fn(&str) -> Option<String>) -> String {
    if let Some(tag) = flag.and_then(normalize) {
        return tag;
    }
    if let Some(tag) = var("BREAKGLASS_LANG").as_deref().and_then(normalize) {
        return tag;
    }
    // POSIX order: the first of these that is set and not empty decides.
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(v) = var(name).filter(|v| !v.is_empty()) {
            return normalize(&v).unwrap_or_else(|| ENGLISH.to_string());
        }
    }
    ENGLISH.to_string()
}

/// A locale or tag as a language tag: `zh_CN.UTF-8` → `zh-CN`, `zh-cn` → `zh-CN`, `de`
/// → `de`; `C` and `POSIX` → `en`; `None` for anything that is not a language.
pub fn normalize(raw: &str) -> Option<String> {
    let base = raw.split(['.', '@']).next().unwrap_or_default().trim();
    if base.eq_ignore_ascii_case("C") || base.eq_ignore_ascii_case("POSIX") {
        return Some(ENGLISH.to_string());
    }
    let mut parts = base.split(['_', '-']);
    let lang = parts.next()?.to_ascii_lowercase();
    if !(2..=3).contains(&lang.len()) || !lang.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut tag = lang;
    for p in parts {
        if !(2..=8).contains(&p.len()) || !p.chars().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        tag.push('-');
        match p.len() {
            2 => tag.push_str(&p.to_ascii_uppercase()),
            4 => {
                let mut c = p.chars();
                tag.extend(c.next().map(|f| f.to_ascii_uppercase()));
                tag.push_str(&c.as_str().to_ascii_lowercase());
            }
            _ => tag.push_str(p),
        }
    }
    Some(tag)
}

/// Whether `tag` is English (no translation applies).
pub fn is_english(tag: &str) -> bool {
    tag.split('-')
        .next()
        .is_some_and(|l| l.eq_ignore_ascii_case(ENGLISH))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn order_is_flag_then_breakglass_lang_then_locale_then_english() {
        let vars = [("BREAKGLASS_LANG", "de"), ("LANG", "fr_FR.UTF-8")];
        assert_eq!(choose(Some("zh-cn"), env(&vars)), "zh-CN");
        assert_eq!(choose(None, env(&vars)), "de");
        assert_eq!(choose(None, env(&vars[1..])), "fr-FR");
        assert_eq!(
            choose(None, env(&[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "de_DE")])),
            "zh-CN"
        );
        assert_eq!(choose(None, env(&[("LANG", "C.UTF-8")])), "en");
        assert_eq!(choose(None, env(&[])), "en");
        assert_eq!(normalize("zh_Hans_CN"), Some("zh-Hans-CN".into()));
    }
}
