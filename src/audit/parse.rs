//! Parsing one export file: its text (UTF-8, a byte-order mark dropped, UTF-16 named),
//! a collection (`{"value": [...]}` or a bare array) or a single object, and bad JSON
//! turned into a message with the line, column and JSON pointer.

use serde::de::DeserializeOwned;

use super::model::Collection;
use super::pointer;
use super::read::FileError;

/// The file's text: UTF-8, a byte-order mark dropped; UTF-16 (what Windows PowerShell's
/// `>` writes) is named so the person can save it again.
pub fn text(bytes: &[u8]) -> Result<&str, String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(
            "the file is UTF-16 text (Windows PowerShell's `>` writes that); \
                    save it again as UTF-8 (`Out-File -Encoding utf8`, or the export commands)"
                .to_string(),
        );
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "the file is not UTF-8 text (bad byte at offset {})",
            e.valid_up_to()
        )
    })
}

/// A collection: `{"value": [...]}` (one page, or the pages joined), or a bare array.
pub fn many<T: DeserializeOwned>(
    text: &str,
    name: &'static str,
    notes: &mut Vec<String>,
) -> Result<Vec<T>, FileError> {
    match text.trim_start().as_bytes().first() {
        Some(b'[') => serde_json::from_str::<Vec<T>>(text).map_err(|e| json_error(text, name, &e)),
        Some(b'{') => {
            let c: Collection<T> = serde_json::from_str(text).map_err(|e| {
                if e.is_data() && e.to_string().starts_with("missing field `value`") {
                    FileError {
                        file: name,
                        message: "expected a collection, `{\"value\": [...]}`, but this is one \
                                  object: was it saved from another endpoint?"
                            .to_string(),
                        at: None,
                    }
                } else {
                    json_error(text, name, &e)
                }
            })?;
            if c.next_link.is_some() {
                notes.push(format!(
                    "{name} has an @odata.nextLink: only its first page was saved, so the rules \
                     may miss items; the export commands follow every page"
                ));
            }
            if c.context.as_deref().is_some_and(|u| u.contains("/beta/")) {
                notes.push(format!(
                    "{name} came from Graph's beta endpoint; the audit reads v1.0 fields and \
                     ignores the others"
                ));
            }
            Ok(c.value)
        }
        _ => Err(FileError {
            file: name,
            message: "expected JSON (an object `{\"value\": [...]}`), found something else"
                .to_string(),
            at: None,
        }),
    }
}

/// A single object.
pub fn one<T: DeserializeOwned>(text: &str, name: &'static str) -> Result<T, FileError> {
    if text.trim_start().as_bytes().first() != Some(&b'{') {
        return Err(FileError {
            file: name,
            message: "expected one JSON object `{...}`, found something else".to_string(),
            at: None,
        });
    }
    serde_json::from_str(text).map_err(|e| json_error(text, name, &e))
}

/// Bad JSON (or a value of the wrong type), with its line, column and pointer.
fn json_error(text: &str, name: &'static str, e: &serde_json::Error) -> FileError {
    let ptr = pointer::at(text, pointer::offset(text, e.line(), e.column()));
    let what = if e.is_data() {
        "a value has the wrong type"
    } else {
        "not valid JSON"
    };
    let message = e.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m);
    FileError {
        file: name,
        message: format!("{what}: {message}"),
        at: Some((e.line(), e.column(), ptr)),
    }
}
